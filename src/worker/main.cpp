// ipcscope-worker: one producer or consumer of a run. The session starts it;
// it can also be started by hand from two terminals, as in the lecture
// (`ipcscope-cli run --show-commands` prints how).
#include "options.h"

#include "engine/lessons/lessonworker.h"
#include "engine/reaper.h"
#include "engine/worker.h"

#include <cstdio>
#include <string>

int main(int argc, char **argv)
{
    if (argc == 2 && std::string(argv[1]) == "reaper")
        return ipcscope::runReaper();
    if (argc >= 2 && std::string(argv[1]) == "lesson")
        return ipcscope::runLessonWorker(argc, argv);
    ipcscope::WorkerOptions options;
    std::string error;
    if (!ipcscope::parseWorkerOptions(argc, argv, options, error)) {
        std::fprintf(stderr, "ipcscope-worker: %s\n%s", error.c_str(), ipcscope::workerUsage());
        return 2;
    }
    return ipcscope::runWorker(options);
}
