// Unix domain datagram sockets: the consumers share one socket bound to a path;
// producers send() whole datagrams to it. Unlike UDP, a full receiver makes
// the sender wait, so nothing is lost.
#include "datagram.h"
#include "mechanisms.h"
#include "privatedirectory.h"
#include "sockets.h"

#include "../resources.h"
#include "../syserror.h"

#include <sys/socket.h>
#include <unistd.h>

namespace ipcscope {

namespace {

std::string socketPath(const std::string &dir)
{
    return dir + "/dgram.sock";
}

class UnixDgramMechanism : public Mechanism {
public:
    const MechanismInfo &info() const override
    {
        static const MechanismInfo info{
            .id = "unix-dgram",
            .group = Group::Sockets,
            .lecture = LectureKind::Sockets,
            .inFlight = InFlightBound::DatagramQueue,
            .title = QT_TRANSLATE_NOOP("Engine", "Unix domain socket (datagram)"),
            .summary = QT_TRANSLATE_NOOP(
                "Engine",
                "socket(AF_UNIX, SOCK_DGRAM): whole messages to a socket found by its path. Reliable on "
                "one machine: a full receiver makes the sender wait."),
            .calls = "socket(AF_UNIX, SOCK_DGRAM, 0);  sendto(...);  recvfrom(...);",
            .colour = 0x264653,
            .scene = SceneKind::Datagrams,
            .handParams = {{"dir", HandObject::PrivateDirectory}},
        };
        return info;
    }
    Footprint footprint(const Shape &) const override
    {
        return {.producerFds = 1, .consumerFds = 1, .sessionFds = 1};
    }
    Limit maxMessage() const override
    {
        // unix(7): a datagram must fit the send buffer, which SO_SNDBUF can raise
        // to twice net.core.wmem_max; the kernel keeps 32 bytes of it.
        Limit l = procLimit({QT_TRANSLATE_NOOP("Engine", "datagram size")}, "/proc/sys/net/core/wmem_max", 212992,
                            bytesUnit());
        l.value = l.value * 2 - 32;
        l.source = {QT_TRANSLATE_NOOP("Engine", "2 × wmem_max − 32, wmem_max %1"), {l.source}};
        return l;
    }
    std::vector<Limit> limits() const override
    {
        return {maxMessage(), procLimit({QT_TRANSLATE_NOOP("Engine", "datagrams queued per socket (max_dgram_qlen)")},
                                        "/proc/sys/net/unix/max_dgram_qlen", 10, {})};
    }

    Created create(const Shape &, const Params &requested) const override
    {
        Created made;
        Objects &objects = made.objects;
        const RemoveOnFailure undo(objects);
        const std::string dir = privateDirectory(requested, objects);
        made.fds.push_back({UniqueFd(unixSocket(SOCK_DGRAM)), Role::Consumer, -1});
        bindUnix(made.fds.back().fd.get(), socketPath(dir));
        objects.owned.push_back({ObjectKind::Path, socketPath(dir)});
        objects.params = {{"dir", dir}};
        return made;
    }

    std::unique_ptr<Endpoint> open(const EndpointContext &context) const override
    {
        if (context.role == Role::Consumer)
            return std::make_unique<DatagramEndpoint>(context.fd, context.gate);
        // Only the run's user can reach a file in the private directory.
        const std::string dir = param(context.params, "dir");
        requirePrivateDirectory(dir);
        UniqueFd fd(unixSocket(SOCK_DGRAM));
        ensureSendBuffer(fd.get(), context.shape.size);
        connectUnix(fd.get(), socketPath(dir));
        return std::make_unique<DatagramEndpoint>(fd.release(), context.gate);
    }
};

} // namespace

const Mechanism &unixDgram()
{
    static const UnixDgramMechanism mechanism;
    return mechanism;
}

} // namespace ipcscope
