#pragma once
// Every limit a run would hit, named before anything starts, with where it
// comes from: descriptors (RLIMIT_NOFILE), processes (RLIMIT_NPROC), queued
// bytes (RLIMIT_MSGQUEUE), real-time signals (RLIMIT_SIGPENDING), the
// segment size (shmmax), free System V and POSIX queue slots (shmmni, semmni,
// msgmni, queues_max) and free space in /dev/shm. What the machine grants
// can change a moment later; what can only fail mid-run is reported then.
#include "mechanism.h"

#include <vector>

namespace ipcscope {

struct RunDemand {
    Shape shape;
    int channels = 1; // a ping-pong has two
};

std::vector<Refusal> preflightRefusals(const Mechanism &mechanism, const RunDemand &demand);

} // namespace ipcscope
