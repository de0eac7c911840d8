// POSIX message queue (mq_open, mq_send/mq_receive): whole messages with a
// priority; the highest priority is received first. Producer n sends with
// priority n; the end-of-stream markers go last, with priority 0.
#include "mechanisms.h"

#include "../ownership.h"
#include "../syserror.h"

#include <fcntl.h>
#include <mqueue.h>
#include <sys/resource.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace ipcscope {

namespace {

// Messages a run's queue holds: the kernel's default msg_max.
constexpr uint64_t kQueueDepth = 10;

Limit messageSizeLimit()
{
    return procLimit({QT_TRANSLATE_NOOP("Engine", "message size (msgsize_max)")}, "/proc/sys/fs/mqueue/msgsize_max",
                     8192, bytesUnit());
}

Limit queueDepthLimit()
{
    return procLimit({QT_TRANSLATE_NOOP("Engine", "messages in one queue (msg_max)")}, "/proc/sys/fs/mqueue/msg_max",
                     10, {});
}

class PosixMqEndpoint : public Endpoint {
public:
    PosixMqEndpoint(mqd_t mq, unsigned priority, Gate &gate) : m_mq(mq), m_priority(priority), m_gate(gate) {}
    ~PosixMqEndpoint() override { mq_close(m_mq); }

    void send(uint8_t *message, size_t len) override
    {
        m_gate.before(Op::Send);
        while (mq_send(m_mq, reinterpret_cast<const char *>(message), len, m_priority) != 0) {
            if (errno != EINTR)
                throw SysError("mq_send", errno);
        }
        m_gate.after();
    }

    size_t receive(uint8_t *buffer, size_t cap) override
    {
        m_gate.before(Op::Receive);
        ssize_t n;
        while ((n = mq_receive(m_mq, reinterpret_cast<char *>(buffer), cap, nullptr)) < 0) {
            if (errno != EINTR)
                throw SysError("mq_receive", errno);
        }
        m_gate.after();
        return size_t(n);
    }

    void endStream(int consumers, MessageBuilder &builder) override
    {
        m_priority = 0; // behind every data message still queued
        Endpoint::endStream(consumers, builder);
    }

private:
    mqd_t m_mq;
    unsigned m_priority;
    Gate &m_gate;
};

class PosixMqMechanism : public Mechanism {
public:
    const MechanismInfo &info() const override
    {
        static const MechanismInfo info{
            .id = "posix-mq",
            .group = Group::MessageQueues,
            .lecture = LectureKind::MessageQueues,
            .inFlight = InFlightBound::QueueMessages,
            .title = QT_TRANSLATE_NOOP("Engine", "POSIX message queue"),
            .summary = QT_TRANSLATE_NOOP(
                "Engine",
                "mq_open(), mq_send() and mq_receive(): whole messages with a priority; the highest "
                "priority is received first. The queue holds at most msg_max messages."),
            .calls = "mq_open(name, O_CREAT | O_RDWR, 0600, &attr);  mq_send(q, buf, n, prio);",
            .colour = 0xa03c8c,
            .scene = SceneKind::Queue,
            .handParams = {{"mq", HandObject::PosixName}},
        };
        return info;
    }
    Footprint footprint(const Shape &shape) const override
    {
        // RLIMIT_MSGQUEUE counts each message's bytes and the kernel's
        // bookkeeping for it (ipc/mqueue.c: a struct msg_msg and a tree node,
        // 48 B each on 64-bit Linux).
        const uint64_t depth = std::min<uint64_t>(kQueueDepth, queueDepthLimit().value);
        return {.posixQueues = 1,
                .posixQueueBytes = depth * (shape.size + 96),
                .producerFds = 1,
                .consumerFds = 1};
    }
    Limit maxMessage() const override { return messageSizeLimit(); }
    std::vector<Limit> limits() const override
    {
        return {messageSizeLimit(), queueDepthLimit(),
                rlimitLimit({QT_TRANSLATE_NOOP("Engine", "bytes in all queues of a user")}, RLIMIT_MSGQUEUE,
                            bytesUnit(), "RLIMIT_MSGQUEUE"),
                procLimit({QT_TRANSLATE_NOOP("Engine", "queues in the system (queues_max)")},
                          "/proc/sys/fs/mqueue/queues_max", 256, {})};
    }

    Created create(const Shape &shape, const Params &requested) const override
    {
        const std::string name = param(requested, "mq").empty() ? uniquePosixName("mq") : param(requested, "mq");
        mq_attr attr{};
        attr.mq_maxmsg = long(std::min<uint64_t>(kQueueDepth, queueDepthLimit().value));
        attr.mq_msgsize = long(shape.size);
        const mqd_t mq = mq_open(name.c_str(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600, &attr);
        if (mq == mqd_t(-1))
            throw SysError("mq_open(" + name + ")", errno);
        mq_close(mq);
        Created made;
        made.objects.owned.push_back({ObjectKind::PosixMq, name});
        made.objects.params = {{"mq", name}};
        return made;
    }

    std::unique_ptr<Endpoint> open(const EndpointContext &context) const override
    {
        const std::string name = param(context.params, "mq");
        const int flags = (context.role == Role::Producer ? O_WRONLY : O_RDONLY) | O_CLOEXEC;
        const mqd_t mq = mq_open(name.c_str(), flags);
        if (mq == mqd_t(-1))
            throw SysError("mq_open(" + name + ")", errno);
        auto endpoint = std::make_unique<PosixMqEndpoint>(mq, unsigned(context.index + 1), context.gate);
        // On Linux a queue descriptor is a file descriptor: fstat tells its owner.
        requireOwnFile(mq, 0, name);
        return endpoint;
    }

    std::vector<KernelValue> sample(const Params &params) const override
    {
        const mqd_t mq = mq_open(param(params, "mq").c_str(), O_RDONLY | O_CLOEXEC);
        if (mq == mqd_t(-1))
            return {};
        mq_attr attr{};
        mq_getattr(mq, &attr);
        mq_close(mq);
        return {{"queue", "curmsgs", attr.mq_curmsgs},
                {"queue", "maxmsg", attr.mq_maxmsg},
                {"queue", "msgsize", attr.mq_msgsize}};
    }
};

} // namespace

const Mechanism &posixMq()
{
    static const PosixMqMechanism mechanism;
    return mechanism;
}

} // namespace ipcscope
