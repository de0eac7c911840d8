#pragma once
// The lessons, one file each, grouped as the lecture goes.
#include "lesson.h"

#include <QCoreApplication>

namespace ipcscope {

const Lesson &raceLesson();
const Lesson &deadlockLesson();
const Lesson &signalsLesson();
const Lesson &pipeBufLesson();
const Lesson &backPressureLesson();
const Lesson &sigpipeLesson();
const Lesson &messageTypesLesson();
const Lesson &prioritiesLesson();
const Lesson &lectureShmLesson();
const Lesson &lectureMsgLesson();
const Lesson &lectureSemLesson();
const Lesson &lecturePosixShmLesson();
const Lesson &boundariesLesson();
const Lesson &eintrLesson();
const Lesson &ftokLesson();
const Lesson &addressesLesson();
const Lesson &initRaceLesson();
const Lesson &busyWaitLesson();
// Built on the playground's faults.
const Lesson &semUndoLesson();
const Lesson &robustMutexLesson();
const Lesson &eidrmLesson();
const Lesson &holderStoppedLesson();
const Lesson &pipeEofLesson();
const Lesson &persistenceLesson();

// Every lesson text goes through the "Lessons" translation context.
struct LessonText {
    Q_DECLARE_TR_FUNCTIONS(Lessons)
};

} // namespace ipcscope
