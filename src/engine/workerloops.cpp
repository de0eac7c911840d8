#include "workerloops.h"

#include "clock.h"
#include "message.h"
#include "peers.h"
#include "stamppolicy.h"

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace ipcscope {

namespace {

constexpr uint64_t kQueueSampleNs = 10'000'000;
// A worker started by hand has no session to say the producers are done: a
// consumer of a lossy mechanism stops after this long without a message.
constexpr uint64_t kHandRunIdleNs = 2'000'000'000;

size_t messageSize(const WorkerLoop &l)
{
    return l.info.takesSize ? l.options.shape.size : kHeaderSize;
}

uint64_t deadlineOf(const WorkerCommand &o)
{
    return o.durationS > 0 ? monotonicNs() + uint64_t(o.durationS * 1e9) : 0;
}

// `lastNs`: when the last message went (or the loop began). The deadline is
// held against that reading instead of a clock read of its own: a run by
// duration ends at most one message late, and a message costs one read less.
bool moreToSend(const WorkerLoop &l, uint64_t seq, uint64_t deadline, uint64_t lastNs)
{
    const uint64_t count = l.options.count;
    return (count == 0 || seq < count) && !l.gate.stopRequested() && !(deadline && lastNs >= deadline);
}

MessageHeader headerOf(const uint8_t *message)
{
    MessageHeader h;
    std::memcpy(&h, message, sizeof h);
    return h;
}

// Sends message `seq` and records it; returns its send time: a clock read of
// its own when `stamped`, else `lastNs`, the last reading (and the message
// goes with sendNs 0).
uint64_t sendOne(const WorkerLoop &l, Endpoint &out, MessageBuilder &builder, uint64_t seq, bool stamped = true,
                 uint64_t lastNs = 0)
{
    // The send stamp that the consumer's latency is measured from (and the
    // run's first byte's time).
    const uint64_t now = stamped ? monotonicNs() : lastNs;
    builder.stamp(seq, stamped ? now : 0);
    out.send(builder.data(), builder.size());
    // The header as stamped, not read back out of the message
    // (MessageBuilder says why).
    const uint8_t *payload = builder.data() + kHeaderSize;
    if (l.info.signalFrames) {
        MessageHeader h = builder.header();
        h.size = l.info.signalBytes;
        l.writer.sent(h, payload, now, out.lastPlace());
    } else {
        l.writer.sent(builder.header(), payload, now, out.lastPlace());
    }
    return now;
}

// The next message of a consumer or a ponger: its length, or 0 at the end of
// the stream, when the channel closed or a lossy mechanism heard nothing for a
// while and nothing more can come. `now` is when it returned; `lastMessageNs`
// when a message last came.
// With `verifier`, the message is checked as it is received (where it lies,
// for most rings in shared memory: Endpoint::receiveChecked) and `intact`
// says whether it passed.
size_t receiveNext(const WorkerLoop &l, Endpoint &in, MessageBuffer &buffer, uint64_t &lastMessageNs, uint64_t &now,
                   const Verifier *verifier = nullptr, bool *intact = nullptr)
{
    const bool handRun = l.options.telemetry.empty();
    for (;;) {
        const size_t n = verifier ? in.receiveChecked(buffer.data(), buffer.size(), *verifier, *intact)
                                  : in.receive(buffer.data(), buffer.size());
        // A message its producer chose not to stamp (StampPolicy) is not
        // timed: `now` stays the last reading, a few messages old. A standard
        // signal cannot carry a stamp at all, nor can an end marker: those
        // are timed here, or the run's last byte would be its first reading.
        if (n != kTimedOut && n >= kHeaderSize) {
            const MessageHeader h = headerOf(buffer.data());
            if (h.sendNs == 0 && !(h.flags & (kAnonymous | kEndOfStream)))
                return n;
        }
        // The consumer's one clock read per timed message: the arrival time
        // that latency and the run's last byte are measured to; the queue
        // sample and the idle timeout below reuse it.
        now = monotonicNs();
        if (n != kTimedOut) {
            if (n != 0)
                lastMessageNs = now;
            return n;
        }
        if (l.gate.stopRequested() || l.gate.allProducersDone() || (handRun && now - lastMessageNs > kHandRunIdleNs))
            return 0;
    }
}

} // namespace

void runProducer(const WorkerLoop &l, Endpoint &out)
{
    MessageBuilder builder(uint16_t(l.options.index), messageSize(l), l.options.payload);
    const uint64_t deadline = deadlineOf(l.options);
    uint64_t lastNs = monotonicNs();
    // Signals carry their stamp in the signal's value: always stamped.
    StampPolicy stamps(l.options.count, !l.info.takesSize || l.info.signalFrames);
    // Between two sends it waits only in the gate (paced, held), which
    // publishes first, and finish() publishes what is left.
    out.batchPublication();
    for (uint64_t seq = 0; moreToSend(l, seq, deadline, lastNs); ++seq) {
        l.gate.pace();
        if (l.gate.stopRequested())
            break;
        const bool stamped = stamps.due(seq);
        lastNs = sendOne(l, out, builder, seq, stamped, lastNs);
        if (stamped)
            stamps.stamped(seq, lastNs);
    }
    out.finish();
    // With a session the count comes with being last: a consumer added to
    // the run gets its end marker too.
    int consumers = l.options.shape.consumers;
    if (l.gate.finishProducer(l.options.telemetry.empty() ? nullptr : &consumers))
        out.endStream(consumers, builder);
}

// A consumer slowed down to `rate` messages a second (a lesson's slow reader).
void paceConsumer(double rate, uint64_t received, uint64_t startNs)
{
    if (rate <= 0)
        return;
    const uint64_t due = startNs + uint64_t(double(received) * 1e9 / rate);
    const timespec ts = toTimespec(due);
    clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr);
}

void runConsumer(const WorkerLoop &l, Endpoint &in, Verifier &verifier)
{
    MessageBuffer buffer(messageSize(l));
    const uint64_t startNs = monotonicNs();
    uint64_t taken = 0;
    // With a session, the last producer sends one end marker per consumer;
    // started by hand, every producer sends its own.
    const int endsNeeded = l.options.telemetry.empty() ? l.options.shape.producers : 1;
    int ends = 0;
    uint64_t nextQueueSample = 0;
    uint64_t lastMessageNs = monotonicNs();
    uint64_t now = lastMessageNs; // the last clock reading
    // Between two receives it waits only in the gate, which publishes
    // first, and in the slow reader's sleep, which publishes below.
    in.batchPublication();
    // The object's depth once more as the consumer leaves: read every 10 ms
    // while it works, the last reading would otherwise be from before its
    // last reads, and the run's end would show a drained pipe still full
    // (and a UDP socket, gone with its consumer, fewer drops than it had).
    const auto lastQueueReading = [&] {
        in.publish(); // what it took, before it leaves
        if (l.writer.live())
            l.writer.queued(in.queuedBytes(), in.capacityBytes(), in.kernelDrops());
    };
    for (;;) {
        if (l.options.stopAfter && taken >= l.options.stopAfter) {
            lastQueueReading();
            return; // leaves early: its end of the channel closes as it exits
        }
        if (l.gate.closeReadAsked()) {
            // Said before it leaves, so that the session can log the call.
            const std::string call = in.closeRead();
            if (!call.empty()) {
                std::fprintf(stderr, "%s: closed its read end, as asked\n", call.c_str());
                return;
            }
        }
        if (l.options.consumerRate > 0) {
            in.publish(); // it sleeps next: what it took goes out first
            paceConsumer(l.options.consumerRate, taken, startNs);
        }
        bool intact = false;
        const size_t n = receiveNext(l, in, buffer, lastMessageNs, now, &verifier, &intact);
        if (n == 0)
            break;
        ++taken;
        // The buffer holds at least the message's first kKeptBytes: a ring
        // checked the rest where it lay.
        const MessageHeader h = headerOf(buffer.data());
        const uint8_t *payload = buffer.data() + kHeaderSize;
        switch (verifier.classify(h, n, intact)) {
        case Verifier::Outcome::Reordered:
            l.writer.reordered();
            [[fallthrough]];
        case Verifier::Outcome::New:
            l.writer.received(h, payload, now, in.lastPlace(), !l.gate.heldSince(h.sendNs));
            break;
        case Verifier::Outcome::Duplicate:
            l.writer.duplicated(h, now);
            break;
        case Verifier::Outcome::Corrupted:
            if (l.info.anyoneCanSend) {
                l.peers.refusedForeign();
                break;
            }
            // A datagram may be longer than the buffer (recv reports its full length).
            l.writer.corrupted(buffer.data(), std::min(n, buffer.size()), now);
            break;
        case Verifier::Outcome::End:
            l.writer.endOfStream(now);
            if (++ends >= endsNeeded) {
                lastQueueReading();
                return;
            }
            break;
        }
        if (l.writer.live() && now >= nextQueueSample) {
            l.writer.queued(in.queuedBytes(), in.capacityBytes(), in.kernelDrops());
            nextQueueSample = now + kQueueSampleNs;
        }
    }
    lastQueueReading();
}

void runPinger(const WorkerLoop &l, Endpoint &out, Endpoint &in, Verifier &verifier)
{
    MessageBuilder builder(uint16_t(l.options.index), messageSize(l), l.options.payload);
    MessageBuffer echo(messageSize(l));
    const uint64_t deadline = deadlineOf(l.options);
    uint64_t lastNs = monotonicNs();
    for (uint64_t seq = 0; moreToSend(l, seq, deadline, lastNs); ++seq) {
        l.gate.pace();
        if (l.gate.stopRequested())
            break;
        const uint64_t sentNs = sendOne(l, out, builder, seq);
        lastNs = sentNs;
        // Wait for this message to come back; a lossy mechanism may lose the
        // ping or the pong, and the next ping goes out after a timeout.
        for (;;) {
            const size_t n = in.receive(echo.data(), echo.size());
            const uint64_t now = monotonicNs();
            if (n == 0 || n == kTimedOut)
                break;
            const MessageHeader h = headerOf(echo.data());
            const Verifier::Outcome outcome = verifier.check(echo.data(), n);
            if (outcome == Verifier::Outcome::Corrupted) {
                if (l.info.anyoneCanSend) {
                    l.peers.refusedForeign();
                    continue;
                }
                l.writer.corrupted(echo.data(), std::min(n, echo.size()), now);
                break;
            }
            if (outcome == Verifier::Outcome::Duplicate ||
                (outcome != Verifier::Outcome::End && !(h.flags & kAnonymous) && h.seq != seq))
                continue; // an echo of an earlier ping, late
            if (outcome == Verifier::Outcome::End)
                return;
            // A standard signal carries nothing: its echo answers the last ping.
            const uint64_t sent = (h.flags & kAnonymous) ? sentNs : h.sendNs;
            l.writer.echoed(now > sent ? now - sent : 0, now, !l.gate.heldSince(sent));
            break;
        }
    }
    out.finish();
    l.gate.finishProducer();
    out.endStream(1, builder);
}

void runPonger(const WorkerLoop &l, Endpoint &in, Endpoint &out, Verifier &verifier)
{
    MessageBuffer buffer(messageSize(l));
    uint64_t lastMessageNs = monotonicNs();
    for (;;) {
        uint64_t now = 0;
        const size_t n = receiveNext(l, in, buffer, lastMessageNs, now);
        if (n == 0)
            break;
        const MessageHeader h = headerOf(buffer.data());
        const Verifier::Outcome outcome = verifier.check(buffer.data(), n);
        if (outcome == Verifier::Outcome::End)
            break;
        if (outcome == Verifier::Outcome::Corrupted) {
            if (l.info.anyoneCanSend)
                l.peers.refusedForeign();
            else
                l.writer.corrupted(buffer.data(), std::min(n, buffer.size()), now);
            continue;
        }
        if (outcome == Verifier::Outcome::Duplicate) {
            l.writer.duplicated(h, now);
            continue;
        }
        l.writer.received(h, buffer.data() + kHeaderSize, now, in.lastPlace(), !l.gate.heldSince(h.sendNs));
        out.send(buffer.data(), n); // the very bytes that came, back
    }
    out.finish();
}

} // namespace ipcscope
