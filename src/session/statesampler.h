#pragma once
// Where the workers spend their time when it changes faster than a frame. A
// thread of the session looks at every worker's state word, and at the ring's
// fill, 250 times a second and counts what it sees: shares of time, sampled.
// The workers pay nothing for it but the CPU the thread takes from them: at
// full speed every wake-up preempts a worker (on two CPUs, both are busy), so
// it wakes no more often than the shares need. They are given over the last
// kMinSamples samples at least (about 100 ms), so that a frame's share does
// not rest on the eight samples a frame holds.
#include "engine/mechanisms/shmring.h"
#include "engine/telemetryblock.h"

#include <QHash>
#include <QVector>

#include <atomic>
#include <deque>
#include <mutex>
#include <thread>

namespace ipcscope {

class StateSampler {
public:
    static constexpr int kPeriodUs = 4000;
    static constexpr int kMinSamples = 25;

    // Both must outlive the sampler (the run stops it before it lets go of them).
    StateSampler(const TelemetryBlock &block, const RingObserver *ring);
    ~StateSampler();
    StateSampler(const StateSampler &) = delete;
    StateSampler &operator=(const StateSampler &) = delete;

    struct Interval {
        int samples = 0;
        QVector<QHash<quint32, int>> states; // per worker slot: state word → times seen
        double fillSum = 0;                  // ring fill, summed over the samples
    };
    // What was seen since the last call, with as many of the calls before
    // as it takes to hold kMinSamples.
    Interval take();

private:
    void loop();

    const TelemetryBlock &m_block;
    const RingObserver *m_ring;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    Interval m_interval;
    std::deque<Interval> m_recent; // what the last calls returned, newest last
    std::thread m_thread;
};

} // namespace ipcscope
