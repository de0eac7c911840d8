#pragma once
// Whether a side of a shared-memory ring spins a little before it sleeps.
//
// Spinning pays only while the other side can run at the same time, on a CPU
// this one does not hold: then what it waits for comes within microseconds,
// and a sleep would cost a system call to sleep here, one to wake it there,
// and the time the kernel takes to run the sleeper again. When both may run
// only on one CPU (both pinned to it, or a one-CPU machine) the spin would
// burn the very slice the other side needs, so a side goes straight to sleep.
#include <atomic>
#include <cstdint>

namespace ipcscope {

struct RingHeader;

// How many turns a side spins before it sleeps: a few microseconds to some
// tens, as long as a turn's look and pause take.
constexpr int kSpinsBeforeSleep = 1024;

// One turn of a spin: tells the CPU that this is a wait loop.
inline void relax()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

class SpinBeforeSleep {
public:
    // Writes this process's CPUs into the ring header as its side's (ORed
    // with those of others of its side); the worker is pinned, or not,
    // before it opens its channel.
    SpinBeforeSleep(RingHeader *header, bool producer);
    // Whether to spin before waiting for the other side. No while the other
    // side has not opened the ring (nobody is coming soon). Read each time,
    // not kept: with several producers or consumers the other side's CPUs
    // grow as each of them opens the ring. Inline, and no std::popcount
    // (a call into libgcc without -mpopcnt): a lock asks it for every message.
    bool pays() const
    {
        const uint64_t peer = m_peerCpus.load(std::memory_order_relaxed);
        const uint64_t both = m_ownCpus | peer;
        return peer != 0 && (both & (both - 1)) != 0; // more than one CPU
    }
    // Where it pays, `tries` turns of `ready` (each followed by a pause)
    // until it says yes; false when it never did, or it does not pay.
    template <class Ready> bool tried(int tries, const Ready &ready) const { return pays() && spun(tries, ready); }
    // `tries` turns of `ready` whether it pays or not: for a caller that
    // asked pays() already for this wait.
    template <class Ready> static bool spun(int tries, const Ready &ready)
    {
        for (int i = 0; i < tries; ++i) {
            if (ready())
                return true;
            relax();
        }
        return false;
    }

private:
    uint64_t m_ownCpus;
    const std::atomic<uint64_t> &m_peerCpus;
};

} // namespace ipcscope
