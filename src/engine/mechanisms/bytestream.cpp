#include "bytestream.h"

#include "fdio.h"

#include "../verifier.h"

#include <fcntl.h>
#include <unistd.h>

namespace ipcscope {

ByteStreamEndpoint::~ByteStreamEndpoint()
{
    finish();
}

void ByteStreamEndpoint::send(uint8_t *message, size_t len)
{
    writeAll(m_fd, message, len, m_gate);
}

size_t ByteStreamEndpoint::receive(uint8_t *buffer, size_t cap)
{
    // All messages of a run have the same size, so reading exactly one message
    // keeps the readers on message boundaries.
    return readAll(m_fd, buffer, cap, m_gate);
}

size_t ByteStreamEndpoint::receiveChecked(uint8_t *buffer, size_t cap, const Verifier &verifier, bool &intact)
{
    const size_t n = readAll(m_fd, buffer, cap, m_gate);
    intact = n != 0 && verifier.intact(buffer, n);
    return n;
}

void ByteStreamEndpoint::finish()
{
    if (m_fd >= 0)
        close(m_fd);
    m_fd = -1;
}

std::string ByteStreamEndpoint::closeRead()
{
    const int fd = m_fd;
    m_fd = -1;
    return "close(" + std::to_string(fd) + ") = " + std::to_string(close(fd));
}

uint64_t ByteStreamEndpoint::queuedBytes()
{
    return m_fd >= 0 ? bytesReadable(m_fd) : 0;
}

uint64_t ByteStreamEndpoint::capacityBytes()
{
    const int size = m_fd >= 0 ? fcntl(m_fd, F_GETPIPE_SZ) : -1;
    return size > 0 ? uint64_t(size) : 0;
}

Refusal refuseUnlessAtomic(const Shape &shape)
{
    if ((shape.producers == 1 && shape.consumers == 1) || shape.allowTornWrites)
        return {};
    const Limit atomic = pipeBufLimit();
    if (shape.size <= atomic.value)
        return {};
    const Text who = shape.producers > 1
                         ? Text{QT_TRANSLATE_NOOP("Engine", "%1 writers"), {verbatim(uint64_t(shape.producers))}}
                         : Text{QT_TRANSLATE_NOOP("Engine", "%1 readers"), {verbatim(uint64_t(shape.consumers))}};
    return {Refusal::Field::Size,
            {QT_TRANSLATE_NOOP("Engine", "with %1 a message of %2 B could be split or interleaved: only writes and "
                                         "reads of at most %3 B are atomic (%4); use one producer and one consumer, "
                                         "or smaller messages"),
             {who, verbatim(shape.size), verbatim(atomic.value), formatLimit(atomic)}}};
}

std::vector<Limit> byteStreamLimits()
{
    return {pipeBufLimit(), pipeCapacityLimit(), pipeMaxSizeLimit(), byteStreamMessageLimit()};
}

Limit byteStreamMessageLimit()
{
    return {{QT_TRANSLATE_NOOP("Engine", "message size")},
            kMaxMessageSize,
            bytesUnit(),
            {QT_TRANSLATE_NOOP("Engine", "ipcscope's limit: a byte stream has no messages of its own")}};
}

} // namespace ipcscope
