#pragma once
// The worker's command line.
#include "engine/worker.h"

#include <string>

namespace ipcscope {

bool parseWorkerOptions(int argc, char **argv, WorkerOptions &options, std::string &error);
const char *workerUsage();

} // namespace ipcscope
