// ipcscope-worker: one producer or consumer of a run. The session starts it;
// it can also be started by hand from two terminals, as in the lecture
// (`ipcscope-cli run --show-commands` prints how).
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
    ipcscope::WorkerCommand command;
    std::string error;
    if (!ipcscope::WorkerCommand::parse(argc, argv, 1, command, error)) {
        std::fprintf(stderr, "ipcscope-worker: %s\n%s", error.c_str(), ipcscope::WorkerCommand::usage());
        return 2;
    }
    return ipcscope::runWorker(command);
}
