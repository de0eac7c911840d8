#pragma once
// A process we fork must not outlive the one that forked it: a worker, a
// lesson's child or a test's helper left running would hold kernel objects
// (and their names) after the run that made them is gone.
#include <sys/types.h>

namespace ipcscope {

// Called in a child right after fork(): asks the kernel to SIGKILL it when
// its parent dies — strictly, when the thread that forked it ends, so fork
// from a thread that lives as long as the child should — then checks that
// `parent` (the forking process's pid, taken before the fork) is still its
// parent. False means the parent died before the request was made, so it
// will never fire: the child must exit at once. Only system calls, so it is
// safe between fork and exec in a threaded process.
bool dieWithParent(pid_t parent) noexcept;

} // namespace ipcscope
