#include "spinbeforesleep.h"

#include "shmring.h"

#include <sched.h>

#include <algorithm>

namespace ipcscope {

namespace {
// The CPUs this process may run on, as the ring header keeps them.
uint64_t ownCpus()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0)
        return ~uint64_t(0); // unknown: as if anywhere
    uint64_t mask = 0;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
        if (CPU_ISSET(cpu, &set))
            mask |= uint64_t(1) << std::min(cpu, 63);
    return mask;
}
} // namespace

SpinBeforeSleep::SpinBeforeSleep(RingHeader *header, bool producer)
    : m_ownCpus(ownCpus()), m_peerCpus(producer ? header->consumerCpus : header->producerCpus)
{
    (producer ? header->producerCpus : header->consumerCpus).fetch_or(m_ownCpus, std::memory_order_relaxed);
}

} // namespace ipcscope
