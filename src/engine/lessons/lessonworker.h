#pragma once
// `ipcscope-worker lesson NAME ...`: the small programs the lessons run as
// real processes — a racing counter, a process taking two semaphores, a
// System V or POSIX queue's sender and receiver, the lecture's shared-memory
// writer and reader. Each prints what it observed as "key=value" lines.
namespace ipcscope {

int runLessonWorker(int argc, char **argv);

} // namespace ipcscope
