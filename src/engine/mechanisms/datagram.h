#pragma once
// The datagram side of the socket mechanisms: one send() is one message and
// one recv() returns it whole. All consumers share one bound socket, so each
// datagram goes to exactly one of them.
#include "../mechanism.h"
#include "../peers.h"

namespace ipcscope {

class DatagramEndpoint : public Endpoint {
public:
    // A consumer with receiveTimeoutNs > 0 returns kTimedOut after that long
    // without a datagram (UDP, where even an end marker may be dropped).
    // With `sources`, a consumer takes only datagrams from the loopback ports
    // the run's workers send from, and counts the others as foreign.
    DatagramEndpoint(int fd, Gate &gate, uint64_t receiveTimeoutNs = 0, RunPeers *sources = nullptr);
    ~DatagramEndpoint() override;
    void send(uint8_t *message, size_t len) override;
    size_t receive(uint8_t *buffer, size_t cap) override;
    uint64_t queuedBytes() override;

protected:
    int fd() const { return m_fd; }

private:
    int m_fd;
    Gate &m_gate;
    RunPeers *m_sources;
};

} // namespace ipcscope
