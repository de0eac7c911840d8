#include "datagram.h"

#include "../clock.h"
#include "../syserror.h"
#include "fdio.h"

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace ipcscope {

DatagramEndpoint::DatagramEndpoint(int fd, Gate &gate, uint64_t receiveTimeoutNs) : m_fd(fd), m_gate(gate)
{
    if (receiveTimeoutNs) {
        const timeval tv{time_t(receiveTimeoutNs / 1'000'000'000ull),
                         suseconds_t(receiveTimeoutNs % 1'000'000'000ull / 1000)};
        checked(setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv), "setsockopt(SO_RCVTIMEO)");
    }
}

DatagramEndpoint::~DatagramEndpoint()
{
    close(m_fd);
}

void DatagramEndpoint::send(uint8_t *message, size_t len)
{
    m_gate.before(Op::Send);
    while (::send(m_fd, message, len, MSG_NOSIGNAL) < 0) {
        if (errno != EINTR)
            throw SysError("send", errno);
    }
    m_gate.after();
}

size_t DatagramEndpoint::receive(uint8_t *buffer, size_t cap)
{
    m_gate.before(Op::Receive);
    ssize_t n;
    // MSG_TRUNC returns the datagram's real length, so a longer one shows up
    // as a wrong size (and is counted corrupted) instead of passing cut short.
    while ((n = recv(m_fd, buffer, cap, MSG_TRUNC)) < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            m_gate.after();
            return kTimedOut;
        }
        if (errno != EINTR)
            throw SysError("recv", errno);
    }
    m_gate.after();
    return size_t(n);
}

uint64_t DatagramEndpoint::queuedBytes()
{
    return bytesReadable(m_fd);
}

} // namespace ipcscope
