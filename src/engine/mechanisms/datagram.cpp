#include "datagram.h"

#include "../clock.h"
#include "../syserror.h"
#include "fdio.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace ipcscope {

DatagramEndpoint::DatagramEndpoint(int fd, Gate &gate, uint64_t receiveTimeoutNs, RunPeers *sources)
    : m_fd(fd), m_gate(gate), m_sources(sources && sources->knowsWorkers() ? sources : nullptr)
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
    for (;;) {
        sockaddr_in from{};
        socklen_t fromLen = sizeof from;
        // MSG_TRUNC returns the datagram's real length, so a longer one shows
        // up as a wrong size (and is counted corrupted) instead of passing cut
        // short.
        const ssize_t n = m_sources ? recvfrom(m_fd, buffer, cap, MSG_TRUNC, reinterpret_cast<sockaddr *>(&from), &fromLen)
                                    : recv(m_fd, buffer, cap, MSG_TRUNC);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                m_gate.after();
                return kTimedOut;
            }
            if (errno != EINTR)
                throw SysError("recv", errno);
            continue;
        }
        if (m_sources && (from.sin_family != AF_INET || from.sin_addr.s_addr != htonl(INADDR_LOOPBACK) ||
                          !m_sources->isRunPort(ntohs(from.sin_port)))) {
            m_sources->refusedForeign();
            continue;
        }
        m_gate.after();
        return size_t(n);
    }
}

uint64_t DatagramEndpoint::queuedBytes()
{
    return bytesReadable(m_fd);
}

} // namespace ipcscope
