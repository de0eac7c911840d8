#pragma once
// One worker process's life: open the run's objects, wait for go, send or
// receive until done, publish everything in its telemetry slot. The worker
// executable is a thin main over runWorker().
#include "workercommand.h"

#include <string>

namespace ipcscope {



// Runs the worker and returns its exit status. Errors become a failed state in
// the slot and one line on stderr.
int runWorker(const WorkerCommand &command);

} // namespace ipcscope
