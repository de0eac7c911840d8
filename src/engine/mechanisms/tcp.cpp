// TCP on loopback: each consumer listens on a port of 127.0.0.1, each producer
// connects to every consumer and sends its messages to them in turn.
#include "bytestream.h"
#include "mechanisms.h"
#include "procnet.h"
#include "sockets.h"

#include "../resources.h"
#include "../syserror.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ipcscope {

namespace {

// Every message goes out as it is written, as a bare loop measured against
// this one sets it too: without it Nagle's algorithm holds small writes back
// to batch them, which is a different experiment (and latency) than one
// message per send().
void sendAtOnce(int fd)
{
    const int on = 1;
    checked(setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on), "setsockopt(TCP_NODELAY)");
}

class TcpMechanism : public Mechanism {
public:
    const MechanismInfo &info() const override
    {
        static const MechanismInfo info{
            .id = "tcp",
            .group = Group::Sockets,
            .lecture = LectureKind::Sockets,
            .inFlight = InFlightBound::TcpBuffers,
            .title = QT_TRANSLATE_NOOP("Engine", "TCP on loopback"),
            .summary = QT_TRANSLATE_NOOP(
                "Engine",
                "socket(AF_INET, SOCK_STREAM) on 127.0.0.1: the network stack without the network — a "
                "reliable, ordered byte stream with acknowledgements and flow control."),
            .calls = "socket(AF_INET, SOCK_STREAM, 0);  setsockopt(TCP_NODELAY);  connect(127.0.0.1:port);  send(...);",
            .colour = 0x8a6d3b,
            .scene = SceneKind::Stream,
            .keepsBoundaries = false,
            .handParams = {{"ports", HandObject::PrintedPort}},
            .needsToken = true,
        };
        return info;
    }
    Footprint footprint(const Shape &shape) const override
    {
        return {.producerFds = shape.consumers, .consumerFds = shape.producers + 1, .sessionFds = shape.consumers};
    }
    Limit maxMessage() const override { return byteStreamMessageLimit(); }
    std::vector<Limit> limits() const override
    {
        return {maxMessage(),
                procLimit({QT_TRANSLATE_NOOP("Engine", "send buffer (tcp_wmem default)")},
                          "/proc/sys/net/ipv4/tcp_wmem", 16384, bytesUnit(), 1),
                procLimit({QT_TRANSLATE_NOOP("Engine", "receive buffer (tcp_rmem default)")},
                          "/proc/sys/net/ipv4/tcp_rmem", 131072, bytesUnit(), 1)};
    }

    Created create(const Shape &shape, const Params &requested) const override
    {
        Created made;
        const std::vector<uint16_t> wanted =
            param(requested, "ports").empty() ? std::vector<uint16_t>{} : splitPorts(param(requested, "ports"));
        std::vector<uint16_t> ports;
        for (int c = 0; c < shape.consumers; ++c) {
            made.fds.push_back({UniqueFd(inetSocket(SOCK_STREAM)), Role::Consumer, c});
            const int fd = made.fds.back().fd.get();
            ports.push_back(bindLoopback(fd, size_t(c) < wanted.size() ? wanted[size_t(c)] : 0));
            listenOn(fd, kMaxProducers * 2);
        }
        made.objects.params = {{"ports", joinPorts(ports)}};
        return made;
    }

    std::unique_ptr<Endpoint> open(const EndpointContext &context) const override
    {
        // Anyone on the machine can connect to a loopback port: the run's
        // processes prove themselves with its token.
        if (context.peers.token().empty())
            throw SysError("tcp", EACCES,
                           "a TCP run needs its token: started by hand, set IPCSCOPE_TOKEN as `ipcscope-cli run -m tcp "
                           "--show-commands` prints it");
        if (context.role == Role::Consumer) {
            const Admission byToken = tokenAdmission(context.peers);
            const Admission admit = [byToken](int fd) {
                if (!byToken(fd))
                    return false;
                sendAtOnce(fd);
                return true;
            };
            return std::make_unique<StreamConsumer>(context.fd, context.shape.producers, context.gate, context.peers,
                                                    admit);
        }
        std::vector<UniqueFd> connections;
        for (uint16_t port : splitPorts(param(context.params, "ports"))) {
            connections.emplace_back(inetSocket(SOCK_STREAM));
            sendAtOnce(connections.back().get());
            connectLoopback(connections.back().get(), port);
            presentToken(connections.back().get(), context.peers);
        }
        std::vector<int> fds;
        for (UniqueFd &fd : connections)
            fds.push_back(fd.release());
        return std::make_unique<StreamProducer>(std::move(fds), context.gate);
    }

    std::vector<KernelValue> sample(const Params &params) const override
    {
        const InetQueues q = readInetQueues("/proc/net/tcp", splitPorts(param(params, "ports")));
        return {
            {"sockets", "rx_queue", q.rxQueue}, {"sockets", "tx_queue", q.txQueue}, {"sockets", "count", q.sockets}};
    }
};

} // namespace

const Mechanism &tcpMechanism()
{
    static const TcpMechanism mechanism;
    return mechanism;
}

} // namespace ipcscope
