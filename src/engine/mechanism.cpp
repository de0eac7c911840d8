#include "mechanism.h"

#include "clock.h"
#include "mechanisms/mechanisms.h"
#include "mechanisms/shmring.h"
#include "message.h"
#include "verifier.h"

#include <unistd.h>

#include <algorithm>
#include <exception>

namespace ipcscope {

void Objects::removeAll() const
{
    // Files before the directory that holds them.
    for (auto it = owned.rbegin(); it != owned.rend(); ++it)
        removeObject(*it);
}

RemoveOnFailure::RemoveOnFailure(const Objects &objects)
    : m_objects(objects), m_exceptions(std::uncaught_exceptions())
{
}

RemoveOnFailure::~RemoveOnFailure()
{
    if (std::uncaught_exceptions() > m_exceptions)
        m_objects.removeAll();
}

Mechanism::~Mechanism() = default;

KernelReader::~KernelReader() = default;

namespace {

class SampleEachTime : public KernelReader {
public:
    explicit SampleEachTime(const Mechanism &mechanism) : m_mechanism(mechanism) {}
    std::vector<KernelValue> read(const Params &params) override { return m_mechanism.sample(params); }

private:
    const Mechanism &m_mechanism;
};

} // namespace

std::unique_ptr<KernelReader> Mechanism::kernelReader() const
{
    return std::make_unique<SampleEachTime>(*this);
}

std::unique_ptr<RingObserver> Mechanism::observeRing(const Params &, const Shape &) const
{
    return nullptr;
}

void Endpoint::endStream(int consumers, MessageBuilder &builder)
{
    for (int i = 0; i < consumers; ++i)
        send(const_cast<uint8_t *>(builder.stamp(0, monotonicNs(), kEndOfStream)), builder.size());
}

size_t Endpoint::receiveChecked(uint8_t *buffer, size_t cap, const Verifier &verifier, bool &intact)
{
    const size_t n = receive(buffer, cap);
    // A datagram longer than the buffer reports its whole length: intact()
    // refuses it on the lengths alone, before reading past the header.
    intact = n != 0 && n != kTimedOut && verifier.intact(buffer, n);
    return n;
}

Text groupTitle(Group group)
{
    switch (group) {
    case Group::Signals:
        return {QT_TRANSLATE_NOOP("Engine", "Signals")};
    case Group::PipesAndFifos:
        return {QT_TRANSLATE_NOOP("Engine", "Pipes & FIFOs")};
    case Group::SharedMemory:
        return {QT_TRANSLATE_NOOP("Engine", "Shared memory")};
    case Group::MessageQueues:
        return {QT_TRANSLATE_NOOP("Engine", "Message queues")};
    case Group::Sockets:
        return {QT_TRANSLATE_NOOP("Engine", "Sockets")};
    }
    return {};
}

const std::vector<const Mechanism *> &allMechanisms()
{
#define IPCSCOPE_ADDRESS_OF(name) &name(),
    static const std::vector<const Mechanism *> all = {IPCSCOPE_MECHANISMS(IPCSCOPE_ADDRESS_OF)};
#undef IPCSCOPE_ADDRESS_OF
    return all;
}

const Mechanism *findMechanism(const std::string &id)
{
    for (const Mechanism *m : allMechanisms())
        if (m->info().id == id)
            return m;
    return nullptr;
}

std::vector<Refusal> shapeRefusals(const Mechanism &mechanism, const Shape &shape)
{
    using Field = Refusal::Field;
    const MechanismInfo &info = mechanism.info();
    std::vector<Refusal> out;
    if (shape.producers < 1 || shape.producers > info.maxProducers)
        out.push_back(
            {Field::Producers,
             {QT_TRANSLATE_NOOP("Engine", "%1 producers: ipcscope runs 1..%2 producers on %3"),
              {verbatim(std::to_string(shape.producers)), verbatim(uint64_t(info.maxProducers)), verbatim(info.id)}}});
    if (shape.consumers < 1 || shape.consumers > info.maxConsumers)
        out.push_back({Field::Consumers,
                       info.maxConsumers == 1
                           ? Text{QT_TRANSLATE_NOOP("Engine", "%1 consumers: a signal is delivered to one process, so "
                                                              "there is one consumer"),
                                  {verbatim(std::to_string(shape.consumers))}}
                           : Text{QT_TRANSLATE_NOOP("Engine", "%1 consumers: ipcscope runs 1..%2 consumers"),
                                  {verbatim(std::to_string(shape.consumers)), verbatim(uint64_t(info.maxConsumers))}}});
    if (info.takesSize) {
        const Text size = verbatim(shape.size);
        const Limit max = mechanism.maxMessage();
        if (shape.size < kHeaderSize)
            out.push_back({Field::Size,
                           {QT_TRANSLATE_NOOP("Engine", "a message of %1 B is below the minimum of %2 B (the ipcscope "
                                                        "header every message carries)"),
                            {size, verbatim(kHeaderSize)}}});
        else if (shape.size > max.value)
            out.push_back(
                {Field::Size,
                 {QT_TRANSLATE_NOOP("Engine", "a message of %1 B is over the limit: %2"), {size, formatLimit(max)}}});
        else if (shape.size > kMaxMessageSize)
            out.push_back({Field::Size,
                           {QT_TRANSLATE_NOOP("Engine", "a message of %1 B is over ipcscope's own limit of %2 B"),
                            {size, verbatim(kMaxMessageSize)}}});
    }
    if (shape.ringSlots < 1 || shape.ringSlots > 1024)
        out.push_back(
            {Field::RingSlots,
             {QT_TRANSLATE_NOOP("Engine", "%1 ring slots: from 1 to 1024"), {verbatim(uint64_t(shape.ringSlots))}}});
    // What the mechanism itself refuses depends on the fields together: asked
    // only once each of them is possible on its own.
    if (out.empty())
        if (Refusal r = mechanism.refuse(shape); !r.empty())
            out.push_back(r);
    return out;
}

Refusal validateShape(const Mechanism &mechanism, const Shape &shape)
{
    const std::vector<Refusal> all = shapeRefusals(mechanism, shape);
    return all.empty() ? Refusal{} : all.front();
}

} // namespace ipcscope
