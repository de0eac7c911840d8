#pragma once
// Creates, maps and removes a run's telemetry block (see telemetry.h).
#include "telemetry.h"

#include <cstddef>
#include <string>

namespace ipcscope {

class TelemetryBlock {
public:
    // Creates a new block (O_EXCL, mode 0600) and initialises it.
    // `spareProducers`/`spareConsumers`: slots kept for workers added later.
    static TelemetryBlock create(const std::string &name, int producers, int consumers, uint32_t seenBitsLog2,
                                 int spareProducers = 0, int spareConsumers = 0);
    // Maps an existing block for a worker. Everything the layout depends on
    // is checked against the mapping before it is used, and kept here; the
    // caller checks that the counts are those of its run.
    static TelemetryBlock open(const std::string &name);

    TelemetryBlock() = default;
    TelemetryBlock(TelemetryBlock &&other) noexcept;
    TelemetryBlock &operator=(TelemetryBlock &&other) noexcept;
    TelemetryBlock(const TelemetryBlock &) = delete;
    TelemetryBlock &operator=(const TelemetryBlock &) = delete;
    ~TelemetryBlock();

    bool isValid() const { return m_base != nullptr; }
    const std::string &name() const { return m_name; }
    ControlBlock *control() const { return static_cast<ControlBlock *>(m_base); }
    int producers() const { return m_producers; }
    int consumers() const { return m_consumers; }
    int workers() const { return m_producers + m_consumers; }
    int spareProducers() const { return m_spareProducers; }
    int spareConsumers() const { return m_spareConsumers; }
    // Every slot, the spare ones included: the first workers(), then the
    // added workers in the order they joined.
    int slotCount() const { return workers() + m_spareProducers + m_spareConsumers; }
    // The producers whose messages a consumer may meet: the first ones and
    // those that may be added.
    int producerCapacity() const { return m_producers + m_spareProducers; }
    std::string token() const;
    WorkerSlot *slot(int index) const;
    // The slot of one of the first workers: producers first, then consumers.
    WorkerSlot *slot(Role role, int index) const;
    std::atomic<uint64_t> *seenBitmap(int producer) const;

    // Session side: changes to the run control that wake every waiting worker.
    void setGo();
    void setPaused(bool paused);
    void setStop();
    void setRate(double msgsPerSecond);
    void grantStep(int slotIndex);
    // Which messages' events the workers publish (ControlBlock::eventEvery).
    void setEventEvery(uint32_t every);
    // Asks the consumer in `slotIndex` to close its read end at its next call.
    void askCloseRead(int slotIndex);
    // A producer died before it could say it was done: counted done for it,
    // so that the last one still going ends the stream for the consumers.
    void producerGone();
    // Counts one more worker of `role` in, before it is started: false when
    // every producer has finished already (the stream has ended, or ends as
    // this is asked), so that nobody joins a run that is over.
    bool join(Role role);
    // Counts out a worker that join() counted in but that never opened the
    // channel (its exec failed, or it died first): a producer so that the
    // others' last one ends the stream, a consumer so that nobody sends an
    // end marker for it.
    void leave(Role role);
    // Names spare slot `slotIndex` for the worker about to be started in it.
    void claimSlot(int slotIndex, Role role, int index);
    // The producers still sending.
    int producersActive() const;

    // The bytes a block takes in /dev/shm.
    static size_t layoutSize(int slots, int producers, uint32_t seenBitsLog2);

private:
    void bump();

    std::string m_name;
    void *m_base = nullptr;
    size_t m_size = 0;
    int m_producers = 0;
    int m_consumers = 0;
    uint32_t m_seenBitsLog2 = 0;
    int m_spareProducers = 0;
    int m_spareConsumers = 0;
};

// Removes a block by name; harmless when it is already gone.
void unlinkTelemetry(const std::string &name);

} // namespace ipcscope
