// Unix domain stream sockets: each consumer listens on a socket file, each
// producer connects to every consumer and sends its messages to them in turn.
#include "bytestream.h"
#include "mechanisms.h"
#include "privatedirectory.h"
#include "sockets.h"

#include "../resources.h"
#include "../syserror.h"

#include <sys/socket.h>
#include <unistd.h>

namespace ipcscope {

namespace {

class UnixStreamMechanism : public Mechanism {
public:
    const MechanismInfo &info() const override
    {
        static const MechanismInfo info{
            .id = "unix-stream",
            .group = Group::Sockets,
            .lecture = LectureKind::Sockets,
            .inFlight = InFlightBound::SendBuffer,
            .title = QT_TRANSLATE_NOOP("Engine", "Unix domain socket (stream)"),
            .summary = QT_TRANSLATE_NOOP(
                "Engine",
                "socket(AF_UNIX, SOCK_STREAM): a connected, two-way byte stream between processes on one "
                "machine, found by a path."),
            .calls = "socket(AF_UNIX, SOCK_STREAM, 0);  connect(...);  send(fd, buf, n, 0);",
            .colour = 0x2a9d8f,
            .scene = SceneKind::Stream,
            .keepsBoundaries = false,
            .handParams = {{"dir", HandObject::PrivateDirectory}},
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
        return {maxMessage(), procLimit({QT_TRANSLATE_NOOP("Engine", "default send buffer (wmem_default)")},
                                        "/proc/sys/net/core/wmem_default", 212992, bytesUnit())};
    }

    Created create(const Shape &shape, const Params &requested) const override
    {
        Created made;
        Objects &objects = made.objects;
        const RemoveOnFailure undo(objects);
        const std::string dir = privateDirectory(requested, objects);
        for (int c = 0; c < shape.consumers; ++c) {
            made.fds.push_back({UniqueFd(unixSocket(SOCK_STREAM)), Role::Consumer, c});
            const int fd = made.fds.back().fd.get();
            bindUnix(fd, consumerSocketPath(dir, c));
            objects.owned.push_back({ObjectKind::Path, consumerSocketPath(dir, c)});
            listenOn(fd, kMaxProducers * 2);
        }
        objects.params = {{"dir", dir}};
        return made;
    }

    std::unique_ptr<Endpoint> open(const EndpointContext &context) const override
    {
        if (context.role == Role::Consumer)
            return std::make_unique<StreamConsumer>(context.fd, context.shape.producers, context.gate, context.peers,
                                                    processAdmission(context.peers));
        const std::string dir = param(context.params, "dir");
        requirePrivateDirectory(dir);
        std::vector<UniqueFd> connections;
        for (int c = 0; c < context.shape.consumers; ++c) {
            connections.emplace_back(unixSocket(SOCK_STREAM));
            connectUnix(connections.back().get(), consumerSocketPath(dir, c));
        }
        std::vector<int> fds;
        for (UniqueFd &fd : connections)
            fds.push_back(fd.release());
        return std::make_unique<StreamProducer>(std::move(fds), context.gate);
    }
};

} // namespace

const Mechanism &unixStream()
{
    static const UnixStreamMechanism mechanism;
    return mechanism;
}

} // namespace ipcscope
