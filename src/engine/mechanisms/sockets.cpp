#include "sockets.h"

#include "../resources.h"
#include "../syserror.h"
#include "fdio.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/sockios.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <sstream>

namespace ipcscope {

namespace {

sockaddr_un unixAddress(const std::string &path)
{
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (path.size() >= sizeof addr.sun_path)
        throw SysError("socket path " + path, ENAMETOOLONG);
    std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
    return addr;
}

sockaddr_in loopbackAddress(uint16_t port)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    return addr;
}

} // namespace

int unixSocket(int type)
{
    return int(checked(socket(AF_UNIX, type | SOCK_CLOEXEC, 0), "socket(AF_UNIX)"));
}

void bindUnix(int fd, const std::string &path)
{
    const sockaddr_un addr = unixAddress(path);
    if (bind(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0)
        throw SysError("bind(" + path + ")", errno);
}

void connectUnix(int fd, const std::string &path)
{
    const sockaddr_un addr = unixAddress(path);
    while (connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0) {
        if (errno != EINTR)
            throw SysError("connect(" + path + ")", errno);
    }
}

int inetSocket(int type)
{
    return int(checked(socket(AF_INET, type | SOCK_CLOEXEC, 0), "socket(AF_INET)"));
}

uint16_t bindLoopback(int fd, uint16_t port)
{
    sockaddr_in addr = loopbackAddress(port);
    if (bind(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0)
        throw SysError("bind(127.0.0.1:" + std::to_string(port) + ")", errno);
    return localPort(fd);
}

uint16_t localPort(int fd)
{
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    checked(getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len), "getsockname");
    return ntohs(addr.sin_port);
}

void connectLoopback(int fd, uint16_t port)
{
    const sockaddr_in addr = loopbackAddress(port);
    while (connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0) {
        if (errno != EINTR)
            throw SysError("connect(127.0.0.1:" + std::to_string(port) + ")", errno);
    }
}

void listenOn(int fd, int backlog)
{
    checked(listen(fd, backlog), "listen");
}

void ensureSendBuffer(int fd, size_t size)
{
    int current = 0;
    socklen_t len = sizeof current;
    getsockopt(fd, SOL_SOCKET, SO_SNDBUF, &current, &len);
    // The kernel doubles what is asked and caps it at net.core.wmem_max.
    const size_t wanted = size + 4096;
    if (size_t(current) < wanted) {
        const int ask = int(wanted);
        setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &ask, sizeof ask);
    }
}

std::string joinPorts(const std::vector<uint16_t> &ports)
{
    std::string out;
    for (uint16_t p : ports)
        out += (out.empty() ? "" : ":") + std::to_string(p);
    return out;
}

std::vector<uint16_t> splitPorts(const std::string &text)
{
    std::vector<uint16_t> ports;
    std::istringstream in(text);
    std::string item;
    while (std::getline(in, item, ':'))
        ports.push_back(uint16_t(std::stoul(item)));
    return ports;
}

std::string consumerSocketPath(const std::string &dir, int consumer)
{
    return dir + "/c" + std::to_string(consumer + 1) + ".sock";
}

namespace {

constexpr int kTokenWaitMs = 3000;
// A consumer with several connections gives the next one its turn every
// kLookEvery passes; while producers may join, it looks at the listener as
// often, on one connection at full speed also after kDryLookMs without a
// message, and with no connection left it waits for one kDryLookMs at a time.
constexpr unsigned kLookEvery = 64;
constexpr int kDryLookMs = 20;

// Reads into `buf` until `len` bytes are there (`got` already are), the
// stream ends, or — before its first byte — the connection's bounded wait
// runs out (`dry`, nothing read). A message begun is read whole, however
// slowly the rest of it comes.
size_t readMessage(int fd, uint8_t *buf, size_t len, size_t got, bool &dry)
{
    dry = false;
    while (got < len) {
        const ssize_t n = recv(fd, buf + got, len - got, 0);
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && got == 0) {
            dry = true;
            return 0;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            continue;
        if (n < 0)
            throw SysError("recv", errno);
        if (n == 0)
            break;
        got += size_t(n);
    }
    return got;
}

bool readToken(int fd, const std::string &token)
{
    std::string got(token.size(), '\0');
    const timeval wait{kTokenWaitMs / 1000, 0};
    const timeval forever{0, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
    ssize_t n;
    do
        n = recv(fd, got.data(), got.size(), MSG_WAITALL);
    while (n < 0 && errno == EINTR);
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &forever, sizeof forever);
    return n == ssize_t(token.size()) && got == token;
}

} // namespace

Admission tokenAdmission(const RunPeers &peers)
{
    return [&peers](int fd) { return !peers.token().empty() && readToken(fd, peers.token()); };
}

Admission processAdmission(const RunPeers &peers)
{
    return [&peers](int fd) {
        ucred cred{};
        socklen_t len = sizeof cred;
        return getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0 && cred.uid == geteuid() &&
               peers.isRunProcess(cred.pid);
    };
}

void presentToken(int fd, const RunPeers &peers)
{
    const std::string &token = peers.token();
    writeFully(fd, reinterpret_cast<const uint8_t *>(token.data()), token.size(), true);
}

StreamConsumer::StreamConsumer(int listener, int producers, Gate &gate, RunPeers &peers, Admission admit)
    : m_gate(gate), m_peers(peers), m_admit(std::move(admit))
{
    UniqueFd listening(listener);
    const Admission &admitted = m_admit;
    // Every producer connects to every consumer before the run starts; a
    // stranger may connect too, and is shown the door.
    while (int(m_connections.size()) < producers) {
        UniqueFd fd(accept4(listening.get(), nullptr, nullptr, SOCK_CLOEXEC));
        if (!fd.valid()) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            for (int c : m_connections)
                close(c);
            throw SysError("accept", err);
        }
        if (!admitted(fd.get())) {
            peers.refusedStranger();
            continue;
        }
        m_connections.push_back(fd.release());
    }
    if (peers.producersMayJoin()) {
        m_listener = listening.release();
        for (int fd : m_connections)
            boundWait(fd);
        return;
    }
    // Whoever else is waiting in the backlog is refused, and counted, rather
    // than reset unseen when the listener closes.
    pollfd pending{listening.get(), POLLIN, 0};
    while (poll(&pending, 1, 0) == 1 && (pending.revents & POLLIN)) {
        const UniqueFd stranger(accept4(listening.get(), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK));
        if (!stranger.valid())
            break;
        peers.refusedStranger();
    }
}

StreamConsumer::~StreamConsumer()
{
    for (int fd : m_connections)
        close(fd);
    if (m_listener >= 0)
        close(m_listener);
}

void StreamConsumer::acceptJoiner()
{
    UniqueFd fd(accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK));
    if (!fd.valid()) {
        if (errno == EAGAIN || errno == EINTR || errno == ECONNABORTED)
            return;
        throw SysError("accept", errno);
    }
    // Read as the others are: blocking, whole messages.
    const int flags = fcntl(fd.get(), F_GETFL);
    if (flags < 0 || fcntl(fd.get(), F_SETFL, flags & ~O_NONBLOCK) < 0)
        throw SysError("fcntl(F_SETFL)", errno);
    if (!m_admit(fd.get())) {
        m_peers.refusedStranger();
        return;
    }
    boundWait(fd.get()); // after the admission, which sets its own wait
    m_connections.push_back(fd.release());
}

void StreamConsumer::lookForJoiner(int waitMs)
{
    pollfd listening{m_listener, POLLIN, 0};
    if (poll(&listening, 1, waitMs) < 0 && errno != EINTR)
        throw SysError("poll", errno);
    if (listening.revents & POLLIN)
        acceptJoiner();
}

void StreamConsumer::boundWait(int fd)
{
    const timeval dryLook{0, kDryLookMs * 1000};
    if (setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &dryLook, sizeof dryLook) < 0)
        throw SysError("setsockopt(SO_RCVTIMEO)", errno);
}

void StreamConsumer::send(uint8_t *, size_t)
{
    throw SysError("send on a consumer", EBADF);
}

size_t StreamConsumer::receive(uint8_t *buffer, size_t cap)
{
    m_gate.before(Op::Receive);
    for (;;) {
        if (m_connections.empty()) {
            // Every connection has ended; with producers that may join, the
            // stream ends when every producer the run has had is done (one
            // that has closed its connection says so a moment later).
            if (m_listener < 0 || m_gate.allProducersDone()) {
                m_gate.after();
                return 0;
            }
            lookForJoiner(kDryLookMs);
            continue;
        }
        if (m_current >= m_connections.size())
            m_current = 0;
        const bool alone = m_connections.size() == 1 && m_listener < 0;
        if (!alone && ++m_sinceLook >= kLookEvery) {
            // Every kLookEvery passes the next connection gets its turn and
            // the listener a look: a producer that always has data keeps
            // neither the others nor one that joins unread.
            m_sinceLook = 0;
            m_current = (m_current + 1) % m_connections.size();
            if (m_listener >= 0)
                lookForJoiner(0);
        }
        size_t got = 0;
        if (alone) {
            got = readFully(m_connections[0], buffer, cap);
        } else if (m_connections.size() == 1 && m_gate.atFullSpeed()) {
            // One producer at full speed: wait in recv as the loop does, one
            // call a message, where a recv that found nothing and a poll came
            // on top of it whenever the producer was behind (0.29 calls a
            // message more; unix-stream at 64 KiB on one CPU moved 2-9 % more
            // without them: docs/benchmarks.md, eighteenth round). Joiners
            // are looked for every kLookEvery passes (above), and whenever
            // the connection stays dry for kDryLookMs: a producer stopped
            // between messages does not keep one that joined waiting (one
            // stopped inside a message does, as before: a message is read
            // whole).
            bool dry = false;
            got = readMessage(m_connections[0], buffer, cap, 0, dry);
            if (dry) {
                lookForJoiner(0);
                continue;
            }
        } else {
            // Stay on the connection that had data until its turn ends
            // (above); look at the others when it runs dry, and sleep in
            // poll() only when all are dry.
            bool anyData = false;
            for (size_t tried = 0; tried < m_connections.size() && !anyData; ++tried) {
                const size_t at = (m_current + tried) % m_connections.size();
                const ssize_t n = recv(m_connections[at], buffer, cap, MSG_DONTWAIT);
                if (n < 0 && (errno == EAGAIN || errno == EINTR))
                    continue;
                if (n < 0)
                    throw SysError("recv", errno);
                m_current = at;
                anyData = true;
                bool dry = false; // never, once a byte came
                got = n > 0 ? readMessage(m_connections[at], buffer, cap, size_t(n), dry) : 0;
            }
            if (!anyData) {
                std::vector<pollfd> fds;
                for (int fd : m_connections)
                    fds.push_back({fd, POLLIN, 0});
                if (m_listener >= 0)
                    fds.push_back({m_listener, POLLIN, 0});
                if (poll(fds.data(), fds.size(), -1) < 0 && errno != EINTR)
                    throw SysError("poll", errno);
                if (m_listener >= 0 && (fds.back().revents & POLLIN))
                    acceptJoiner();
                continue;
            }
        }
        if (got == 0) { // this producer closed its connection
            close(m_connections[m_current]);
            m_connections.erase(m_connections.begin() + long(m_current));
            continue;
        }
        m_gate.after();
        return got;
    }
}

uint64_t StreamConsumer::queuedBytes()
{
    uint64_t total = 0;
    for (int fd : m_connections)
        total += bytesReadable(fd);
    return total;
}

StreamProducer::StreamProducer(std::vector<int> connections, Gate &gate)
    : m_connections(std::move(connections)), m_gate(gate)
{
}

StreamProducer::~StreamProducer()
{
    finish();
}

void StreamProducer::send(uint8_t *message, size_t len)
{
    const int fd = m_connections[m_next];
    m_next = (m_next + 1) % m_connections.size();
    writeAll(fd, message, len, m_gate, true);
}

size_t StreamProducer::receive(uint8_t *, size_t)
{
    throw SysError("receive on a producer", EBADF);
}

void StreamProducer::finish()
{
    for (int fd : m_connections)
        close(fd);
    m_connections.clear();
}

uint64_t StreamProducer::queuedBytes()
{
    uint64_t total = 0;
    for (int fd : m_connections) {
        int n = 0;
        if (ioctl(fd, SIOCOUTQ, &n) == 0 && n > 0)
            total += uint64_t(n);
    }
    return total;
}

} // namespace ipcscope
