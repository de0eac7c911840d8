#pragma once
// What the pipe and the FIFO share: an endpoint on one end of a kernel byte
// stream, and the PIPE_BUF rule that keeps messages whole when several
// writers or readers share it.
#include "../mechanism.h"

namespace ipcscope {

class ByteStreamEndpoint : public Endpoint {
public:
    ByteStreamEndpoint(int fd, Gate &gate) : m_fd(fd), m_gate(gate) {}
    ~ByteStreamEndpoint() override;
    void send(uint8_t *message, size_t len) override;
    size_t receive(uint8_t *buffer, size_t cap) override;
    // The read and the check in one call: one virtual call a message, not two.
    size_t receiveChecked(uint8_t *buffer, size_t cap, const Verifier &verifier, bool &intact) override;
    // Closing the last write end is what tells the readers the stream ended.
    void finish() override;
    void endStream(int, MessageBuilder &) override {}
    uint64_t queuedBytes() override;
    uint64_t capacityBytes() override;
    std::string closeRead() override;

private:
    int m_fd;
    Gate &m_gate;
};

Refusal refuseUnlessAtomic(const Shape &shape);
std::vector<Limit> byteStreamLimits();
Limit byteStreamMessageLimit(); // ipcscope's own ceiling: a byte stream has no messages

} // namespace ipcscope
