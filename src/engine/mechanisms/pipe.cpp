// pipe(2): the session makes the pipe and each worker inherits one end as fd 3,
// the way a child inherits it across fork().
#include "bytestream.h"
#include "mechanisms.h"

#include "../syserror.h"

#include <fcntl.h>

#include <cerrno>
#include <string>
#include <unistd.h>

namespace ipcscope {

namespace {

class PipeMechanism : public Mechanism {
public:
    const MechanismInfo &info() const override
    {
        static const MechanismInfo info{
            .id = "pipe",
            .group = Group::PipesAndFifos,
            .lecture = LectureKind::Pipes,
            .inFlight = InFlightBound::PipeCapacity,
            .title = QT_TRANSLATE_NOOP("Engine", "Anonymous pipe"),
            .summary = QT_TRANSLATE_NOOP(
                "Engine",
                "pipe() makes a one-way byte stream in the kernel; the workers inherit its ends, as a "
                "child does across fork(). write() waits while the pipe is full, read() while it is "
                "empty."),
            .calls = "pipe(fd);  write(fd[1], buf, n);  read(fd[0], buf, n);",
            .colour = 0xe69f00,
            .scene = SceneKind::Stream,
            .keepsBoundaries = false,
            .pipeBuffer = true,
            .inheritsEnds = true,
        };
        return info;
    }
    Footprint footprint(const Shape &) const override
    {
        return {.producerFds = 1, .consumerFds = 1, .sessionFds = 2};
    }
    Limit maxMessage() const override { return byteStreamLimits().back(); }
    std::vector<Limit> limits() const override { return byteStreamLimits(); }
    Refusal refuse(const Shape &shape) const override { return refuseUnlessAtomic(shape); }

    Created create(const Shape &, const Params &requested) const override
    {
        int fds[2];
        checked(pipe2(fds, O_CLOEXEC), "pipe2");
        Created made;
        made.fds.push_back({UniqueFd(fds[0]), Role::Consumer, -1});
        made.fds.push_back({UniqueFd(fds[1]), Role::Producer, -1});
        // capacity=N: the pipe's buffer, set with F_SETPIPE_SZ (up to pipe-max-size).
        if (const std::string capacity = param(requested, "capacity"); !capacity.empty())
            if (fcntl(fds[1], F_SETPIPE_SZ, std::stoi(capacity)) < 0)
                throw SysError("fcntl(F_SETPIPE_SZ, " + capacity + ")", errno);
        return made;
    }

    std::unique_ptr<Endpoint> open(const EndpointContext &context) const override
    {
        // The inherited end (fd 3): the write end for a producer, the read end for a consumer.
        if (fcntl(context.fd, F_GETFD) < 0)
            throw SysError("pipe end on fd " + std::to_string(context.fd), EBADF,
                           "start the worker with its pipe end on fd " + std::to_string(context.fd));
        return std::make_unique<ByteStreamEndpoint>(context.fd, context.gate);
    }
};

} // namespace

const Mechanism &pipeMechanism()
{
    static const PipeMechanism mechanism;
    return mechanism;
}

} // namespace ipcscope
