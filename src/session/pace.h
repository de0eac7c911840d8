#pragma once
// How fast a run goes: from one call every few seconds (the workers held and
// let through one call at a time, as by Step on a steady beat), through a
// producer's message rate, to no limit at all.
#include <QCoreApplication>
#include <QString>

namespace ipcscope {

struct Pace {
    double callEveryS = 0; // > 0: one call every this many seconds, by Step
    double rate = 0;       // otherwise: messages per second per producer, 0 = unlimited
    bool stepped() const { return callEveryS > 0; }
    bool operator==(const Pace &) const = default;

    // In a few words: "1 call / 2 s", "10 msg/s", "unlimited".
    QString describe() const;
    // How often a run at this pace is sampled, given the display's interval:
    // a stepped pace three times a beat when the beat is shorter, so that
    // each call let through comes to rest and is read before the next (one
    // poll a beat drifts against it, and some steps are never seen); never
    // slower than the display, never faster than every 5 ms.
    // At no limit and not held, every kAtSpeedMs at most: each sample then
    // shows means over its interval (where a worker spent it, a
    // semaphore's mean waiters), which no one reads 30 times a second, and
    // each drawn sample repaints every card — at full speed the window's
    // largest cost to the run it shows (docs/benchmarks.md, "What the
    // window costs a run"). Held (Pause, Step by hand), every sample is
    // exact and read at the display's pace.
    static constexpr int kAtSpeedMs = 100;
    int pollIntervalMs(int displayMs, bool held = false) const;
};

} // namespace ipcscope
