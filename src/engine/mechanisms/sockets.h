#pragma once
// Socket plumbing shared by the four socket mechanisms: addresses, listening
// and bound sockets for the session to create, connections for the workers,
// and the stream endpoints that frame whole messages on a byte stream.
#include "../mechanism.h"
#include "../peers.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ipcscope {

int unixSocket(int type);
void bindUnix(int fd, const std::string &path);
void connectUnix(int fd, const std::string &path);
int inetSocket(int type);
// Binds to 127.0.0.1 (port 0: any free port) and returns the port.
uint16_t bindLoopback(int fd, uint16_t port);
void connectLoopback(int fd, uint16_t port);
// The port a bound or connected loopback socket has.
uint16_t localPort(int fd);
void listenOn(int fd, int backlog);
// Grows SO_SNDBUF so that one message of `size` bytes fits.
void ensureSendBuffer(int fd, size_t size);

std::string joinPorts(const std::vector<uint16_t> &ports); // "40001:40002"
std::vector<uint16_t> splitPorts(const std::string &text);
std::string consumerSocketPath(const std::string &dir, int consumer);

// Whether an accepted connection comes from the run: a TCP peer must first
// send the run's token; a Unix peer must be one of the run's processes.
using Admission = std::function<bool(int fd)>;
Admission tokenAdmission(const RunPeers &peers);
Admission processAdmission(const RunPeers &peers);
// A TCP producer presents the token right after connecting.
void presentToken(int fd, const RunPeers &peers);

// A consumer of a stream mechanism: accepts one connection from each producer
// on its listening socket — refusing, and counting, any other — and reads
// whole messages from whichever has data. Where producers may join the
// running run (peers.producersMayJoin()) it keeps listening, accepts theirs
// as they come, and ends only when every producer the run has had is done.
class StreamConsumer : public Endpoint {
public:
    StreamConsumer(int listener, int producers, Gate &gate, RunPeers &peers, Admission admit);
    ~StreamConsumer() override;
    void send(uint8_t *, size_t) override;
    size_t receive(uint8_t *buffer, size_t cap) override;
    uint64_t queuedBytes() override;

private:
    // A producer that joined is waiting in the listener's backlog.
    void acceptJoiner();
    // Accepts a producer waiting in the backlog, if one comes within
    // `waitMs`.
    void lookForJoiner(int waitMs);
    // A connection whose recv waits a while at most (SO_RCVTIMEO), so that
    // a consumer waiting on it looks at the listener now and then.
    static void boundWait(int fd);

    std::vector<int> m_connections;
    size_t m_current = 0;
    unsigned m_sinceLook = 0; // passes since the turn moved and the listener was looked at
    Gate &m_gate;
    RunPeers &m_peers;
    Admission m_admit;
    int m_listener = -1; // kept only while producers may join
};

// A producer of a stream mechanism: one connection to every consumer, used in
// turn, so that the messages spread over all consumers. Closing them is the
// end of the stream.
class StreamProducer : public Endpoint {
public:
    StreamProducer(std::vector<int> connections, Gate &gate);
    ~StreamProducer() override;
    void send(uint8_t *message, size_t len) override;
    size_t receive(uint8_t *, size_t) override;
    void finish() override;
    void endStream(int, MessageBuilder &) override {}
    uint64_t queuedBytes() override;

private:
    std::vector<int> m_connections;
    size_t m_next = 0;
    Gate &m_gate;
};

} // namespace ipcscope
