#pragma once
// The lesson workers, and the telemetry they share with the session: a slot
// for their state (so a blocked P shows), a start barrier (so racers start
// together).
#include "lessonargs.h"

#include "../gate.h"
#include "../slotwriter.h"
#include "../telemetryblock.h"

#include <memory>

namespace ipcscope {

class LessonTelemetry {
public:
    explicit LessonTelemetry(const LessonArgs &args);
    ~LessonTelemetry();
    Gate &gate() { return *m_gate; }
    SlotWriter &writer() { return *m_writer; }
    // The whole block: another worker's slot (invalid without --telemetry).
    const TelemetryBlock &block() const { return m_block; }

private:
    TelemetryBlock m_block;
    std::unique_ptr<WorkerSlot> m_private;
    std::unique_ptr<SlotWriter> m_writer;
    std::unique_ptr<Gate> m_gate;
};

int raceWorker(const LessonArgs &args);
int lockerWorker(const LessonArgs &args);
int msgSendWorker(const LessonArgs &args);
int msgReceiveWorker(const LessonArgs &args);
int mqSendWorker(const LessonArgs &args);
int mqReceiveWorker(const LessonArgs &args);
int boundariesWorker(const LessonArgs &args);
int eintrWorker(const LessonArgs &args);
int ftokWorker(const LessonArgs &args);
int addressesWorker(const LessonArgs &args);
int initRaceWorker(const LessonArgs &args);
int busyWaitWorker(const LessonArgs &args);
int pipeEofWorker(const LessonArgs &args);
int persistenceWorker(const LessonArgs &args);
int signalSendWorker(const LessonArgs &args);
int signalReceiveWorker(const LessonArgs &args);

} // namespace ipcscope
