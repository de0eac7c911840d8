#include "peers.h"

namespace ipcscope {

RunPeers::RunPeers(const TelemetryBlock &block, WorkerSlot &own, std::string handToken)
    : m_block(block), m_own(own), m_token(block.isValid() ? block.token() : std::move(handToken))
{
}

bool RunPeers::isRunProcess(pid_t pid) const
{
    if (!m_block.isValid())
        return true;
    for (int i = 0; i < m_block.slotCount(); ++i)
        if (pid > 0 && m_block.slot(i)->pid.load(std::memory_order_acquire) == pid)
            return true;
    return false;
}

bool RunPeers::isRunPort(uint16_t port) const
{
    if (!m_block.isValid())
        return true;
    for (int i = 0; i < m_block.slotCount(); ++i)
        if (port != 0 && m_block.slot(i)->localPort.load(std::memory_order_acquire) == port)
            return true;
    return false;
}

void RunPeers::announcePort(uint16_t port)
{
    m_own.localPort.store(port, std::memory_order_release);
}

void RunPeers::refusedStranger()
{
    m_own.strangers.fetch_add(1, std::memory_order_relaxed);
}

void RunPeers::refusedForeign()
{
    m_own.foreign.fetch_add(1, std::memory_order_relaxed);
}

} // namespace ipcscope
