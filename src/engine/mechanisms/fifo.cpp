// mkfifo(3): a pipe with a name in the file system; any process that knows the
// path can open it, as the lecture does from two terminals.
#include "bytestream.h"
#include "mechanisms.h"
#include "privatedirectory.h"

#include "../ownership.h"
#include "../syserror.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ipcscope {

namespace {

std::string fifoPath(const std::string &dir)
{
    return dir + "/fifo";
}

class FifoMechanism : public Mechanism {
public:
    const MechanismInfo &info() const override
    {
        static const MechanismInfo info{
            .id = "fifo",
            .group = Group::PipesAndFifos,
            .lecture = LectureKind::Fifo,
            .inFlight = InFlightBound::PipeCapacity,
            .title = QT_TRANSLATE_NOOP("Engine", "Named pipe (FIFO)"),
            .summary = QT_TRANSLATE_NOOP(
                "Engine",
                "mkfifo() gives a pipe a name in the file system, so unrelated processes can open it by "
                "path. open() waits until there is both a reader and a writer."),
            .calls = "mkfifo(path, 0600);  open(path, O_WRONLY);  write(fd, buf, n);",
            .colour = 0xf0e442,
            .scene = SceneKind::Stream,
            .keepsBoundaries = false,
            .pipeBuffer = true,
            .handParams = {{"dir", HandObject::PrivateDirectory}},
            .handNote = QT_TRANSLATE_NOOP("Engine", "Start the producers together: the FIFO ends for the reader when the last writer that opened it closes."),
        };
        return info;
    }
    Footprint footprint(const Shape &) const override { return {.producerFds = 1, .consumerFds = 1}; }
    Limit maxMessage() const override { return byteStreamLimits().back(); }
    std::vector<Limit> limits() const override { return byteStreamLimits(); }
    Refusal refuse(const Shape &shape) const override { return refuseUnlessAtomic(shape); }

    // The FIFO lives in a private directory that this run made: nobody else
    // can have put a FIFO, or a symbolic link to a file of theirs, there.
    Created create(const Shape &, const Params &requested) const override
    {
        Created made;
        Objects &objects = made.objects;
        const RemoveOnFailure undo(objects);
        const std::string dir = privateDirectory(requested, objects);
        const std::string path = fifoPath(dir);
        if (mkfifo(path.c_str(), 0600) != 0)
            throw SysError("mkfifo(" + path + ")", errno);
        objects.owned.push_back({ObjectKind::Path, path});
        objects.params["dir"] = dir;
        objects.params["path"] = path;
        return made;
    }

    std::unique_ptr<Endpoint> open(const EndpointContext &context) const override
    {
        const std::string dir = param(context.params, "dir");
        requirePrivateDirectory(dir);
        const std::string path = fifoPath(dir);
        const int flags = (context.role == Role::Producer ? O_WRONLY : O_RDONLY) | O_CLOEXEC | O_NOFOLLOW;
        int fd;
        do
            fd = ::open(path.c_str(), flags); // waits for the other side
        while (fd < 0 && errno == EINTR);
        if (fd < 0)
            throw SysError("open(" + path + ")", errno);
        auto endpoint = std::make_unique<ByteStreamEndpoint>(fd, context.gate);
        requireOwnFile(fd, S_IFIFO, path);
        return endpoint;
    }
};

} // namespace

const Mechanism &fifoMechanism()
{
    static const FifoMechanism mechanism;
    return mechanism;
}

} // namespace ipcscope
