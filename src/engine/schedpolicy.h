#pragma once
// The workers' scheduling policy (sched(7)), chosen for a run and set by each
// worker on itself.
//
// Batch, SCHED_BATCH (the default): a worker woken does not preempt the one
// running; it waits until that one sleeps or its slice is used up. On one CPU
// a hand-off then costs a context switch only when a side must wait (its
// ring, pipe or queue full or empty), as a throughput job wants; on a CPU of
// its own a worker is not affected. Normal, SCHED_OTHER, the kernel's
// default: a wake-up may preempt the running worker at once, and on one CPU
// a hand-off can cost a switch a message, more often the more work each side
// does a message.
#include <string_view>

namespace ipcscope {

enum class SchedPolicy { Batch, Normal };

// "batch", "normal": the word of the command lines.
const char *schedPolicyName(SchedPolicy policy);
bool parseSchedPolicy(std::string_view text, SchedPolicy &policy);
// Sets the calling process's policy (at nice 0: no privilege needed); false,
// with errno, if the kernel refused.
bool applySchedPolicy(SchedPolicy policy);

} // namespace ipcscope
