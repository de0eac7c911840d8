// System V message queue (msgget by key, msgsnd/msgrcv), as in the lecture:
// each message carries an mtype (here: the producer's number) before its text.
#include "mechanisms.h"

#include "../message.h"
#include "../ownership.h"
#include "../syserror.h"

#include <sys/ipc.h>
#include <sys/msg.h>

#include <cerrno>
#include <cstring>

namespace ipcscope {

namespace {

class SysvMsgEndpoint : public Endpoint {
public:
    SysvMsgEndpoint(int id, Gate &gate) : m_id(id), m_gate(gate) {}

    void send(uint8_t *message, size_t len) override
    {
        // struct msgbuf { long mtype; char mtext[]; } written in place, in the
        // headroom in front of the message: no extra copy.
        MessageHeader h;
        std::memcpy(&h, message, sizeof h);
        const long mtype = long(h.producer) + 1;
        uint8_t *buf = message - sizeof(long);
        std::memcpy(buf, &mtype, sizeof mtype);
        m_gate.before(Op::Send);
        while (msgsnd(m_id, buf, len, 0) != 0) {
            if (errno != EINTR)
                throw SysError("msgsnd", errno);
        }
        m_gate.after();
    }

    size_t receive(uint8_t *buffer, size_t cap) override
    {
        uint8_t *buf = buffer - sizeof(long);
        m_gate.before(Op::Receive);
        ssize_t n;
        // msgtyp 0: the first message in the queue, whatever its type.
        while ((n = msgrcv(m_id, buf, cap, 0, 0)) < 0) {
            if (errno != EINTR)
                throw SysError("msgrcv", errno);
        }
        m_gate.after();
        return size_t(n);
    }

private:
    int m_id;
    Gate &m_gate;
};

class SysvMsgMechanism : public Mechanism {
public:
    const MechanismInfo &info() const override
    {
        static const MechanismInfo info{
            .id = "sysv-msg",
            .group = Group::MessageQueues,
            .lecture = LectureKind::MessageQueues,
            .inFlight = InFlightBound::QueueBytes,
            .title = QT_TRANSLATE_NOOP("Engine", "System V message queue"),
            .summary = QT_TRANSLATE_NOOP(
                "Engine",
                "msgget() finds a queue by its key; msgsnd() and msgrcv() move whole messages, each with "
                "an mtype. msgsnd() waits while the message would not fit in the queue (msg_qbytes, "
                "msgmnb by default)."),
            .calls = "msgget(key, IPC_CREAT | 0600);  msgsnd(id, &msg, n, 0);  msgrcv(id, &msg, n, 0, 0);",
            .colour = 0xcc79a7,
            .scene = SceneKind::Queue,
            .handParams = {{"key", HandObject::SysvKey}},
        };
        return info;
    }
    Footprint footprint(const Shape &) const override { return {.sysvQueues = 1}; }
    Limit maxMessage() const override
    {
        return procLimit({QT_TRANSLATE_NOOP("Engine", "message size (msgmax)")}, "/proc/sys/kernel/msgmax", 8192,
                         bytesUnit());
    }
    std::vector<Limit> limits() const override
    {
        return {maxMessage(),
                procLimit({QT_TRANSLATE_NOOP("Engine", "bytes in one queue (msgmnb)")}, "/proc/sys/kernel/msgmnb",
                          16384, bytesUnit()),
                procLimit({QT_TRANSLATE_NOOP("Engine", "queues in the system (msgmni)")}, "/proc/sys/kernel/msgmni",
                          32000, {})};
    }
    Refusal refuse(const Shape &shape) const override
    {
        const Limit queue = limits()[1];
        if (shape.size > queue.value)
            return {Refusal::Field::Size,
                    {QT_TRANSLATE_NOOP("Engine", "a message of %1 B never fits in a queue: %2"),
                     {verbatim(shape.size), formatLimit(queue)}}};
        return {};
    }

    Created create(const Shape &, const Params &requested) const override
    {
        key_t key = 0;
        const int id = createWithFreshKey(
            param(requested, "key"), key, [](key_t k) { return msgget(k, IPC_CREAT | IPC_EXCL | 0600); }, "msgget");
        Created made;
        made.objects.owned.push_back({ObjectKind::SysvMsg, std::to_string(id), key});
        made.objects.params = {{"key", formatKey(key)}, {"id", std::to_string(id)}};
        return made;
    }

    std::unique_ptr<Endpoint> open(const EndpointContext &context) const override
    {
        // By id where the session made it, by key when started by hand;
        // either way only a queue of ours with that key.
        const key_t key = parseKey(param(context.params, "key"));
        const std::string given = param(context.params, "id");
        const int id = given.empty() ? int(checked(msgget(key, 0), "msgget")) : std::stoi(given);
        msqid_ds ds{};
        checked(msgctl(id, IPC_STAT, &ds), "msgctl(IPC_STAT)");
        requireOwnSysv(ds.msg_perm, "queue " + formatKey(key));
        if (ds.msg_perm.__key != key)
            throw SysError("msgget", EIDRM, "queue " + std::to_string(id) + " no longer has key " + formatKey(key));
        return std::make_unique<SysvMsgEndpoint>(id, context.gate);
    }

    std::vector<KernelValue> sample(const Params &params) const override
    {
        msqid_ds ds{};
        if (msgctl(std::stoi(param(params, "id")), IPC_STAT, &ds) != 0)
            return {};
        return {{"queue", "qnum", int64_t(ds.msg_qnum)},
                {"queue", "cbytes", int64_t(ds.__msg_cbytes)},
                {"queue", "qbytes", int64_t(ds.msg_qbytes)},
                {"queue", "lspid", ds.msg_lspid},
                {"queue", "lrpid", ds.msg_lrpid}};
    }
};

} // namespace

const Mechanism &sysvMsg()
{
    static const SysvMsgMechanism mechanism;
    return mechanism;
}

} // namespace ipcscope
