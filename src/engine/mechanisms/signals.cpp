// Signals: a producer calls kill(2) (standard SIGUSR1) or sigqueue(3)
// (real-time SIGRTMIN, with an 8-byte sigval) on the consumer's PID; the
// consumer takes them with sigwaitinfo(2). A standard signal is one pending
// bit, so signals sent while one is pending merge into it: that loss is the
// lesson. Real-time signals queue, each with its value.
#include "mechanisms.h"

#include "../clock.h"
#include "../message.h"
#include "../syserror.h"

#include <signal.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace ipcscope {

namespace {

// A real-time sigval carries producer (3 bits), sequence number (29 bits)
// and the low 32 bits of the send time, enough for latencies under 4 s.
constexpr int kSeqBits = 29;
constexpr uint64_t kSeqMask = (uint64_t(1) << kSeqBits) - 1;
constexpr uint64_t kReceiveTimeoutNs = 100'000'000;

uint64_t encodeValue(const MessageHeader &h)
{
    return (h.seq & kSeqMask) | uint64_t(h.producer & 7) << kSeqBits | (h.sendNs & 0xffffffffu) << 32;
}

// The sigval holds the low 29 bits of the sequence number; the full number is
// the one nearest to the newest seen from that producer, so an endless run
// keeps counting past 2^29.
uint64_t unwrapSeq(uint64_t low, uint64_t &newest)
{
    const uint64_t lap = kSeqMask + 1;
    uint64_t full = (newest & ~kSeqMask) | low;
    if (full + lap / 2 < newest)
        full += lap;
    else if (full > newest + lap / 2 && full >= lap)
        full -= lap;
    newest = std::max(newest, full);
    return full;
}

MessageHeader decodeValue(uint64_t value, uint64_t nowNs, uint64_t &newest)
{
    MessageHeader h{};
    h.magic = kMessageMagic;
    h.size = 8;
    h.producer = uint16_t((value >> kSeqBits) & 7);
    h.seq = unwrapSeq(value & kSeqMask, newest);
    const uint32_t sentLow = uint32_t(value >> 32);
    h.sendNs = nowNs - uint32_t(uint32_t(nowNs) - sentLow);
    h.flags = kNoPayload;
    return h;
}

struct SignalKind {
    bool realtime;
    int data() const { return realtime ? SIGRTMIN : SIGUSR1; }
    int end() const { return realtime ? SIGRTMIN + 1 : SIGUSR2; }
};

class SignalConsumer : public Endpoint {
public:
    SignalConsumer(SignalKind kind, Gate &gate) : m_kind(kind), m_gate(gate)
    {
        // Blocked signals stay pending until sigwaitinfo takes them; this is
        // done before the worker reports ready, so no signal finds it unprepared.
        sigemptyset(&m_set);
        sigaddset(&m_set, m_kind.data());
        sigaddset(&m_set, m_kind.end());
        checked(sigprocmask(SIG_BLOCK, &m_set, nullptr), "sigprocmask");
    }

    void send(uint8_t *, size_t) override { throw SysError("send on a consumer", EBADF); }

    size_t receive(uint8_t *buffer, size_t) override
    {
        siginfo_t info{};
        const timespec timeout = toTimespec(kReceiveTimeoutNs);
        m_gate.before(Op::Receive);
        int sig;
        while ((sig = sigtimedwait(&m_set, &info, &timeout)) < 0) {
            if (errno == EAGAIN) {
                m_gate.after();
                return kTimedOut;
            }
            if (errno != EINTR)
                throw SysError("sigtimedwait", errno);
        }
        m_gate.after();
        MessageHeader h{};
        if (sig == m_kind.end()) {
            h.magic = kMessageMagic;
            h.flags = kNoPayload | kEndOfStream;
        } else if (m_kind.realtime) {
            const uint64_t value = uint64_t(reinterpret_cast<uintptr_t>(info.si_value.sival_ptr));
            h = decodeValue(value, monotonicNs(), m_newestSeq[(value >> kSeqBits) & 7]);
        } else {
            h.magic = kMessageMagic;
            h.flags = kAnonymous; // kill() carries nothing but the signal number
        }
        std::memcpy(buffer, &h, sizeof h);
        return kHeaderSize;
    }

    uint64_t queuedBytes() override
    {
        sigset_t pending;
        sigpending(&pending);
        return sigismember(&pending, m_kind.data()) ? 1 : 0;
    }

private:
    SignalKind m_kind;
    Gate &m_gate;
    sigset_t m_set;
    uint64_t m_newestSeq[8] = {};
};

class SignalProducer : public Endpoint {
public:
    SignalProducer(SignalKind kind, pid_t consumer, Gate &gate) : m_kind(kind), m_consumer(consumer), m_gate(gate) {}

    void send(uint8_t *message, size_t) override
    {
        MessageHeader h;
        std::memcpy(&h, message, sizeof h);
        m_gate.before(Op::Send);
        if (m_kind.realtime) {
            sigval value{};
            value.sival_ptr = reinterpret_cast<void *>(uintptr_t(encodeValue(h)));
            queue(m_kind.data(), value);
        } else {
            checked(kill(m_consumer, m_kind.data()), "kill");
        }
        m_gate.after();
    }

    size_t receive(uint8_t *, size_t) override { throw SysError("receive on a producer", EBADF); }

    void endStream(int, MessageBuilder &) override
    {
        m_gate.before(Op::Send);
        if (m_kind.realtime)
            queue(m_kind.end(), sigval{});
        else
            checked(kill(m_consumer, m_kind.end()), "kill");
        m_gate.after();
    }

private:
    // The queue is bounded by RLIMIT_SIGPENDING: when it is full, wait and retry.
    void queue(int sig, const sigval &value)
    {
        while (sigqueue(m_consumer, sig, value) != 0) {
            if (errno != EAGAIN)
                throw SysError("sigqueue", errno);
            const timespec nap{0, 50'000};
            nanosleep(&nap, nullptr);
        }
    }

    SignalKind m_kind;
    pid_t m_consumer;
    Gate &m_gate;
};

class SignalMechanism : public Mechanism {
public:
    explicit SignalMechanism(SignalKind kind) : m_kind(kind)
    {
        // Two descriptors in one file: the kinds differ only in the signal.
        static const char *const stdSummary = QT_TRANSLATE_NOOP(
            "Engine", "kill() sends SIGUSR1; the consumer takes it with sigwaitinfo(). A standard signal is one "
                      "pending bit: signals sent while one is still pending merge into it, so fewer arrive than were "
                      "sent.");
        static const char *const rtSummary = QT_TRANSLATE_NOOP(
            "Engine", "sigqueue() sends SIGRTMIN with an 8-byte value. Real-time signals queue: none merges, they arrive "
                      "in order, each with its value — here the producer, the sequence number and the send time. The "
                      "queue is bounded: at RLIMIT_SIGPENDING, sigqueue() fails with EAGAIN; this producer then "
                      "sleeps 50 µs and tries again.");
        m_info = {
            .id = kind.realtime ? "signals-rt" : "signals-std",
            .group = Group::Signals,
            .lecture = LectureKind::Signals,
            .inFlight = kind.realtime ? InFlightBound::SignalQueue : InFlightBound::PendingBit,
            .title = kind.realtime ? QT_TRANSLATE_NOOP("Engine", "Real-time signals (sigqueue)")
                                   : QT_TRANSLATE_NOOP("Engine", "Standard signals (SIGUSR1)"),
            .summary = kind.realtime ? rtSummary : stdSummary,
            .calls = kind.realtime ? "sigqueue(pid, SIGRTMIN, value);  sigwaitinfo(&set, &info);"
                                   : "kill(pid, SIGUSR1);  sigwaitinfo(&set, &info);",
            .colour = kind.realtime ? 0x555555u : 0x999999u,
            .scene = SceneKind::Signals,
            .lossy = !kind.realtime,
            .takesSize = false,
            .maxConsumers = 1,
            .needsConsumerPid = true,
            .signalFrames = true,
            .signalBytes = kind.realtime ? uint32_t(sizeof(sigval)) : 0,
            .handParams = {{"pid", HandObject::PrintedPid}},
        };
    }
    const MechanismInfo &info() const override { return m_info; }
    Limit maxMessage() const override
    {
        return {{QT_TRANSLATE_NOOP("Engine", "payload")},
                m_info.signalBytes,
                bytesUnit(),
                m_kind.realtime ? Text{QT_TRANSLATE_NOOP("Engine", "one union sigval")}
                                : Text{QT_TRANSLATE_NOOP("Engine", "kill() carries no data")}};
    }
    std::vector<Limit> limits() const override
    {
        std::vector<Limit> limits = {maxMessage()};
        if (m_kind.realtime) {
            limits.push_back(rlimitLimit({QT_TRANSLATE_NOOP("Engine", "queued signals of a user")}, RLIMIT_SIGPENDING,
                                         {QT_TRANSLATE_NOOP("Engine", "signals")}, "RLIMIT_SIGPENDING"));
            limits.push_back({{QT_TRANSLATE_NOOP("Engine", "sequence number in the sigval")},
                              kSeqMask + 1,
                              {QT_TRANSLATE_NOOP("Engine", "values")},
                              {QT_TRANSLATE_NOOP(
                                  "Engine", "29 bits, unwrapped by the consumer; an echo must come back within 4 s")}});
        } else {
            limits.push_back({{QT_TRANSLATE_NOOP("Engine", "pending SIGUSR1")},
                              1,
                              {QT_TRANSLATE_NOOP("Engine", "signal")},
                              {QT_TRANSLATE_NOOP("Engine", "signal(7): standard signals do not queue")}});
        }
        return limits;
    }

    Footprint footprint(const Shape &) const override { return {.realtimeSignals = m_kind.realtime}; }
    Created create(const Shape &, const Params &) const override { return {}; }

    std::unique_ptr<Endpoint> open(const EndpointContext &context) const override
    {
        if (context.role == Role::Consumer)
            return std::make_unique<SignalConsumer>(m_kind, context.gate);
        const std::string pid = param(context.params, "pid");
        if (pid.empty())
            throw SysError("signal producer", EINVAL, "give the consumer's PID as --object pid=N");
        return std::make_unique<SignalProducer>(m_kind, pid_t(std::stol(pid)), context.gate);
    }

    std::vector<KernelValue> sample(const Params &params) const override
    {
        // The consumer's queue as /proc/PID/status shows it: "SigQ: queued/limit".
        std::ifstream status("/proc/" + param(params, "pid") + "/status");
        std::string line;
        while (std::getline(status, line)) {
            if (line.rfind("SigQ:", 0) == 0) {
                unsigned long queued = 0, limit = 0;
                if (std::sscanf(line.c_str(), "SigQ: %lu/%lu", &queued, &limit) == 2)
                    return {{"consumer", "sigq", int64_t(queued)}, {"consumer", "sigq_limit", int64_t(limit)}};
            }
        }
        return {};
    }

private:
    SignalKind m_kind;
    MechanismInfo m_info;
};

} // namespace

const Mechanism &signalsStd()
{
    static const SignalMechanism mechanism(SignalKind{false});
    return mechanism;
}

const Mechanism &signalsRt()
{
    static const SignalMechanism mechanism(SignalKind{true});
    return mechanism;
}

} // namespace ipcscope
