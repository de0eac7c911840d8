// The queues' own rules: a System V queue hands out by mtype (msgrcv's
// msgtyp: 0 the first, > 0 the first of that type, < 0 the lowest type up to
// |msgtyp|); a POSIX queue hands out the highest priority first. With
// --telemetry each publishes its state (so the lesson's scene draws it as
// the Live scene draws a worker) and waits at the start line for go, so that
// the scene can show the queue before a receiver takes from it.
#include "lessonsteps.h"

#include "../ownership.h"
#include "../syserror.h"

#include <fcntl.h>
#include <mqueue.h>
#include <sys/msg.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ipcscope {

namespace {
struct TypedMessage {
    long mtype;
    char text[64];
};
} // namespace

int msgSendWorker(const LessonArgs &args)
{
    const int id = openOwnSysv(ObjectKind::SysvMsg, key_t(args.number("key")));
    LessonTelemetry telemetry(args);
    Gate &gate = telemetry.gate();
    gate.waitForGo();
    int i = 0;
    for (long type : args.numbers("types")) {
        TypedMessage m{};
        m.mtype = type;
        std::snprintf(m.text, sizeof m.text, "#%d, type %ld", i++, type);
        gate.before(Op::Send);
        checked(msgsnd(id, &m, std::strlen(m.text) + 1, 0), "msgsnd");
        gate.after();
        SlotWriter::add(telemetry.writer().slot()->messages, 1);
        std::printf("sent=%s\n", m.text);
    }
    return 0;
}

int msgReceiveWorker(const LessonArgs &args)
{
    const int id = openOwnSysv(ObjectKind::SysvMsg, key_t(args.number("key")));
    LessonTelemetry telemetry(args);
    Gate &gate = telemetry.gate();
    gate.waitForGo();
    TypedMessage m{};
    // IPC_NOWAIT: the lesson asks for what is there; nothing fitting is an answer too.
    gate.before(Op::Receive);
    const ssize_t n = msgrcv(id, &m, sizeof m.text, args.number("msgtyp"), IPC_NOWAIT);
    gate.after();
    if (n < 0 && errno == ENOMSG) {
        std::printf("none=1\n");
        return 0;
    }
    checked(n, "msgrcv");
    SlotWriter::add(telemetry.writer().slot()->messages, 1);
    std::printf("type=%ld\ntext=%s\n", m.mtype, m.text);
    return 0;
}

int mqSendWorker(const LessonArgs &args)
{
    const std::string name = args.text("mq");
    const mqd_t mq = mq_open(name.c_str(), O_WRONLY | O_CLOEXEC);
    if (mq == mqd_t(-1))
        throw SysError("mq_open(" + name + ")", errno);
    requireOwnFile(mq, 0, name);
    LessonTelemetry telemetry(args);
    Gate &gate = telemetry.gate();
    gate.waitForGo();
    int i = 0;
    for (long priority : args.numbers("priorities")) {
        char text[64];
        std::snprintf(text, sizeof text, "#%d, priority %ld", i++, priority);
        gate.before(Op::Send);
        if (mq_send(mq, text, std::strlen(text) + 1, unsigned(priority)) != 0)
            throw SysError("mq_send", errno);
        gate.after();
        SlotWriter::add(telemetry.writer().slot()->messages, 1);
        std::printf("sent=%s\n", text);
    }
    mq_close(mq);
    return 0;
}

int mqReceiveWorker(const LessonArgs &args)
{
    const std::string name = args.text("mq");
    const mqd_t mq = mq_open(name.c_str(), O_RDONLY | O_CLOEXEC);
    if (mq == mqd_t(-1))
        throw SysError("mq_open(" + name + ")", errno);
    requireOwnFile(mq, 0, name);
    mq_attr attr{};
    mq_getattr(mq, &attr);
    std::string buffer(size_t(attr.mq_msgsize), '\0');
    LessonTelemetry telemetry(args);
    Gate &gate = telemetry.gate();
    gate.waitForGo();
    for (long long i = 0; i < args.number("count"); ++i) {
        unsigned priority = 0;
        gate.before(Op::Receive);
        if (mq_receive(mq, buffer.data(), buffer.size(), &priority) < 0)
            throw SysError("mq_receive", errno);
        gate.after();
        SlotWriter::add(telemetry.writer().slot()->messages, 1);
        std::printf("got=%s\n", buffer.c_str()); // the text names the priority it was sent with
        std::printf("priority=%u\n", priority);  // and this is the one mq_receive says it had (the scene's)
    }
    mq_close(mq);
    return 0;
}

} // namespace ipcscope
