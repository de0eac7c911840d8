#include "lessonworker.h"

#include "lecturehost.h"
#include "lessonsteps.h"

#include "../syserror.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ipcscope {

LessonTelemetry::LessonTelemetry(const LessonArgs &args)
{
    WorkerSlot *slot;
    ControlBlock *control = nullptr;
    const int index = int(args.number("slot"));
    if (args.has("telemetry")) {
        m_block = TelemetryBlock::open(args.text("telemetry"));
        if (index < 0 || index >= m_block.workers())
            throw SysError("telemetry slot", ERANGE, "slot " + std::to_string(index) + " is not in the block");
        control = m_block.control();
        slot = m_block.slot(index);
    } else {
        m_private = std::make_unique<WorkerSlot>();
        slot = m_private.get();
    }
    slot->pid.store(getpid());
    m_writer = std::make_unique<SlotWriter>(slot, true);
    m_gate = std::make_unique<Gate>(control, index, *m_writer);
    m_gate->publish(WorkerState::Starting);
}

LessonTelemetry::~LessonTelemetry()
{
    m_writer->recordUsage();
    m_writer->slot()->state.store(packState(std::uncaught_exceptions() ? WorkerState::Failed : WorkerState::Done));
}

int runLessonWorker(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: ipcscope-worker lesson race|lock|sig-send|sig-receive|msg-send|msg-receive|"
                             "mq-send|mq-receive|lecture-shm|lecture-msg|lecture-sem|lecture-posix-shm|boundaries|eintr|ftok|"
                             "addresses|init-race|busy-wait|pipe-eof|persistence "
                             "[--option value]...\n");
        return 2;
    }
    const std::string name = argv[2];
    const LessonArgs args(argc, argv, 3);
    const std::pair<const char *, int (*)(const LessonArgs &)> workers[] = {
        {"race", raceWorker},
        {"lock", lockerWorker},
        {"msg-send", msgSendWorker},
        {"msg-receive", msgReceiveWorker},
        {"mq-send", mqSendWorker},
        {"mq-receive", mqReceiveWorker},
        {"sig-send", signalSendWorker},
        {"sig-receive", signalReceiveWorker},
        {"lecture-shm", lectureShmWorker},
        {"lecture-msg", lectureMsgWorker},
        {"lecture-sem", lectureSemWorker},
        {"lecture-posix-shm", lecturePosixShmWorker},
        {"boundaries", boundariesWorker},
        {"eintr", eintrWorker},
        {"ftok", ftokWorker},
        {"addresses", addressesWorker},
        {"init-race", initRaceWorker},
        {"busy-wait", busyWaitWorker},
        {"pipe-eof", pipeEofWorker},
        {"persistence", persistenceWorker},
    };
    for (const auto &[id, run] : workers) {
        if (name != id)
            continue;
        try {
            const int status = run(args);
            std::fflush(stdout);
            return status;
        } catch (const std::exception &e) {
            std::fprintf(stderr, "ipcscope-worker lesson %s: %s\n", id, e.what());
            return 1;
        }
    }
    std::fprintf(stderr, "ipcscope-worker: no lesson worker '%s'\n", name.c_str());
    return 2;
}

} // namespace ipcscope
