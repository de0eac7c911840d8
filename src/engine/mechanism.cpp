#include "mechanism.h"

#include "clock.h"
#include "mechanisms/mechanisms.h"
#include "message.h"

#include <unistd.h>

#include <algorithm>

namespace ipcscope {

void Objects::closeFds()
{
    for (const InheritedFd &f : fds)
        if (f.fd >= 0)
            close(f.fd);
    fds.clear();
}

void Objects::removeAll() const
{
    // Files before the directory that holds them.
    for (auto it = owned.rbegin(); it != owned.rend(); ++it)
        removeObject(*it);
}

void Endpoint::endStream(int consumers, MessageBuilder &builder)
{
    for (int i = 0; i < consumers; ++i)
        send(const_cast<uint8_t *>(builder.stamp(0, monotonicNs(), kEndOfStream)), builder.size());
}

const std::vector<const Mechanism *> &allMechanisms()
{
    static const std::vector<const Mechanism *> all = {
        &signalsStd(), &signalsRt(), &pipeMechanism(), &fifoMechanism(), &sysvShm(),   &posixShm(),     &shmMutex(),
        &shmNoSync(),  &sysvMsg(),   &posixMq(),       &unixStream(),    &unixDgram(), &tcpMechanism(), &udpMechanism(),
    };
    return all;
}

const Mechanism *findMechanism(const std::string &id)
{
    for (const Mechanism *m : allMechanisms())
        if (m->info().id == id)
            return m;
    return nullptr;
}

std::string validateShape(const Mechanism &mechanism, const Shape &shape)
{
    const MechanismInfo &info = mechanism.info();
    const std::string name = info.id + ": ";
    if (shape.producers < 1 || shape.producers > info.maxProducers)
        return name + std::to_string(shape.producers) + " producers is outside 1.." +
               std::to_string(info.maxProducers) + " (ipcscope runs at most " + std::to_string(info.maxProducers) +
               " producers on " + info.id + ")";
    if (shape.consumers < 1 || shape.consumers > info.maxConsumers)
        return name + std::to_string(shape.consumers) + " consumers is outside 1.." +
               std::to_string(info.maxConsumers) +
               (info.maxConsumers == 1
                    ? " (a signal is delivered to one process, so there is one consumer)"
                    : " (ipcscope runs at most " + std::to_string(info.maxConsumers) + " consumers)");
    if (info.takesSize) {
        if (shape.size < kHeaderSize)
            return name + "a message of " + std::to_string(shape.size) + " B is below the minimum of " +
                   std::to_string(kHeaderSize) + " B (the ipcscope header every message carries)";
        const Limit max = mechanism.maxMessage();
        if (shape.size > max.value)
            return name + "a message of " + std::to_string(shape.size) + " B is over the limit: " + formatLimit(max);
        if (shape.size > kMaxMessageSize)
            return name + "a message of " + std::to_string(shape.size) + " B is over ipcscope's own limit of " +
                   std::to_string(kMaxMessageSize) + " B";
    }
    if (shape.ringSlots < 1 || shape.ringSlots > 1024)
        return name + std::to_string(shape.ringSlots) + " ring slots is outside 1..1024";
    return mechanism.refuse(shape);
}

} // namespace ipcscope
