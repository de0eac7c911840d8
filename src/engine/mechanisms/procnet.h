#pragma once
// Queue sizes of loopback sockets as the kernel lists them in /proc/net/udp
// and /proc/net/tcp (see proc(5)): the kernel's own view of what waits.
#include "../mechanism.h"

#include <cstdint>
#include <vector>

namespace ipcscope {

struct InetQueues {
    int64_t rxQueue = 0; // bytes waiting to be read, summed
    int64_t txQueue = 0; // bytes waiting to be sent or acknowledged
    int64_t drops = 0;   // datagrams dropped (UDP only)
    int sockets = 0;
};

// Sums over the sockets whose local or remote port is one of `ports`.
InetQueues readInetQueues(const char *table, const std::vector<uint16_t> &ports);

} // namespace ipcscope
