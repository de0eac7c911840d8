#pragma once
// Where the workers spend their time when it changes faster than a frame. A
// thread of the session looks at every worker's state word, and at the ring's
// fill, a thousand times a second and counts what it sees: shares of time,
// sampled. The workers pay nothing for it; the scene shows the shares as
// what they are.
#include "engine/mechanisms/shmring.h"
#include "engine/telemetryblock.h"

#include <QHash>
#include <QVector>

#include <atomic>
#include <mutex>
#include <thread>

namespace ipcscope {

class StateSampler {
public:
    static constexpr int kPeriodUs = 1000;

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
    // What was seen since the last call.
    Interval take();

private:
    void loop();

    const TelemetryBlock &m_block;
    const RingObserver *m_ring;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    Interval m_interval;
    std::thread m_thread;
};

} // namespace ipcscope
