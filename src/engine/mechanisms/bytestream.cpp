#include "bytestream.h"

#include "fdio.h"

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

void ByteStreamEndpoint::finish()
{
    if (m_fd >= 0)
        close(m_fd);
    m_fd = -1;
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

std::string refuseUnlessAtomic(const std::string &id, const Shape &shape)
{
    if ((shape.producers == 1 && shape.consumers == 1) || shape.allowTornWrites)
        return {};
    const Limit atomic = pipeBufLimit();
    if (shape.size <= atomic.value)
        return {};
    const std::string who = shape.producers > 1 ? std::to_string(shape.producers) + " writers"
                                                : std::to_string(shape.consumers) + " readers";
    return id + ": with " + who + " a message of " + std::to_string(shape.size) +
           " B could be split or interleaved: only writes and reads up to " + formatLimit(atomic) +
           " are atomic; use one producer and one consumer, or messages of at most " + std::to_string(atomic.value) +
           " B";
}

std::vector<Limit> byteStreamLimits()
{
    return {pipeBufLimit(),
            pipeCapacityLimit(),
            procLimit("largest capacity (F_SETPIPE_SZ)", "/proc/sys/fs/pipe-max-size", 1048576, "B"),
            {"message size", kMaxMessageSize, "B", "ipcscope's limit: a byte stream has no messages of its own"}};
}

} // namespace ipcscope
