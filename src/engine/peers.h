#pragma once
// Telling the run's own processes from strangers. Loopback ports and socket
// files can be reached by anyone on the machine, so an endpoint that accepts
// connections or datagrams asks its run who may speak: TCP producers present
// the run's token first, a Unix socket's peer must be one of the run's
// processes (SO_PEERCRED), a UDP datagram must come from a port one of them
// sends from.
// What is refused is counted, apart from the run's own messages.
#include "telemetryblock.h"

#include <cstdint>
#include <string>
#include <sys/types.h>

namespace ipcscope {

class RunPeers {
public:
    // block: the run's telemetry (may be invalid when started by hand);
    // own: this worker's slot; handToken: the token of a run started by hand
    // (IPCSCOPE_TOKEN), used when there is no block.
    RunPeers(const TelemetryBlock &block, WorkerSlot &own, std::string handToken);

    // The token TCP producers present; empty when the run has none.
    const std::string &token() const { return m_token; }
    // Whether a process, or a UDP source port, is one of the run's workers'
    // (in a ping-pong the reply travels the other way). Without a telemetry
    // block nobody can know: anyone of our user passes.
    bool knowsWorkers() const { return m_block.isValid(); }
    bool isRunProcess(pid_t pid) const;
    bool isRunPort(uint16_t port) const;
    // Whether producers may still connect once the run has started: the
    // session kept telemetry slots for producers added to it.
    bool producersMayJoin() const { return m_block.isValid() && m_block.spareProducers() > 0; }
    // A UDP sender tells the receivers where its datagrams come from.
    void announcePort(uint16_t port);
    void refusedStranger();
    void refusedForeign();

private:
    const TelemetryBlock &m_block;
    WorkerSlot &m_own;
    std::string m_token;
};

} // namespace ipcscope
