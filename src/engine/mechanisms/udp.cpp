// UDP on loopback: the consumers share one socket bound to a port of
// 127.0.0.1. A datagram that finds the receive buffer full is dropped, and
// nobody is told: at full speed, loss is expected and counted.
#include "datagram.h"
#include "mechanisms.h"
#include "procnet.h"
#include "sockets.h"

#include "../resources.h"
#include "../syserror.h"

#include <linux/sock_diag.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ipcscope {

namespace {

constexpr uint64_t kReceiveTimeoutNs = 100'000'000;

// The consumers' side, which also reads how many datagrams the kernel dropped
// at the socket (sk_drops, the count /proc/net/udp lists): the socket goes
// with its last consumer, and /proc/net/udp then lists it no more, so the
// consumers' last reading is the run's last word on its drops.
class UdpConsumerEndpoint : public DatagramEndpoint {
public:
    using DatagramEndpoint::DatagramEndpoint;
    uint64_t kernelDrops() override
    {
        uint32_t meminfo[SK_MEMINFO_VARS] = {};
        socklen_t len = sizeof meminfo;
        // A reading that fails keeps the last: a 0 at the end would say
        // again that nothing was dropped.
        if (getsockopt(fd(), SOL_SOCKET, SO_MEMINFO, meminfo, &len) == 0 && len > SK_MEMINFO_DROPS * sizeof(uint32_t))
            m_drops = meminfo[SK_MEMINFO_DROPS];
        return m_drops;
    }

private:
    uint64_t m_drops = 0;
};

class UdpMechanism : public Mechanism {
public:
    const MechanismInfo &info() const override
    {
        static const MechanismInfo info{
            .id = "udp",
            .group = Group::Sockets,
            .lecture = LectureKind::Sockets,
            .inFlight = InFlightBound::ReceiveBuffer,
            .title = QT_TRANSLATE_NOOP("Engine", "UDP on loopback"),
            .summary = QT_TRANSLATE_NOOP(
                "Engine",
                "socket(AF_INET, SOCK_DGRAM) on 127.0.0.1: datagrams without connection or "
                "acknowledgement. When the receive buffer is full the kernel drops the datagram — loss "
                "even on one machine."),
            .calls = "socket(AF_INET, SOCK_DGRAM, 0);  sendto(127.0.0.1:port);  recvfrom(...);",
            .colour = 0xe76f51,
            .scene = SceneKind::Datagrams,
            .lossy = true,
            .anyoneCanSend = true,
            .handParams = {{"port", HandObject::PrintedPort}},
        };
        return info;
    }
    Footprint footprint(const Shape &) const override
    {
        return {.producerFds = 1, .consumerFds = 1, .sessionFds = 1};
    }
    Limit maxMessage() const override
    {
        return {{QT_TRANSLATE_NOOP("Engine", "datagram size")},
                65507,
                bytesUnit(),
                {QT_TRANSLATE_NOOP("Engine", "IPv4: 65535 − 20 (IP header) − 8 (UDP header)")}};
    }
    std::vector<Limit> limits() const override
    {
        return {maxMessage(), procLimit({QT_TRANSLATE_NOOP("Engine", "receive buffer (rmem_default)")},
                                        "/proc/sys/net/core/rmem_default", 212992, bytesUnit())};
    }

    Created create(const Shape &, const Params &requested) const override
    {
        Created made;
        made.fds.push_back({UniqueFd(inetSocket(SOCK_DGRAM)), Role::Consumer, -1});
        const std::string wanted = param(requested, "port");
        const uint16_t port = bindLoopback(made.fds.back().fd.get(), wanted.empty() ? 0 : uint16_t(std::stoul(wanted)));
        made.objects.params = {{"port", std::to_string(port)}};
        return made;
    }

    std::unique_ptr<Endpoint> open(const EndpointContext &context) const override
    {
        if (context.role == Role::Consumer)
            return std::make_unique<UdpConsumerEndpoint>(context.fd, context.gate, kReceiveTimeoutNs, &context.peers);
        UniqueFd fd(inetSocket(SOCK_DGRAM));
        ensureSendBuffer(fd.get(), context.shape.size);
        connectLoopback(fd.get(), uint16_t(std::stoul(param(context.params, "port"))));
        // Connected, it has its source port: the consumers admit only that.
        context.peers.announcePort(localPort(fd.get()));
        return std::make_unique<DatagramEndpoint>(fd.release(), context.gate);
    }

    std::vector<KernelValue> sample(const Params &params) const override
    {
        const InetQueues q = readInetQueues("/proc/net/udp", {uint16_t(std::stoul(param(params, "port")))});
        if (q.sockets == 0)
            return {}; // gone with its last worker: no reading, rather than zeros
        return {{"socket", "rx_queue", q.rxQueue}, {"socket", "drops", q.drops}};
    }
};

} // namespace

const Mechanism &udpMechanism()
{
    static const UdpMechanism mechanism;
    return mechanism;
}

} // namespace ipcscope
