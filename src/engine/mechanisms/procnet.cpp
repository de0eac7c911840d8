#include "procnet.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace ipcscope {

InetQueues readInetQueues(const char *table, const std::vector<uint16_t> &ports)
{
    InetQueues q;
    std::ifstream in(table);
    std::string line;
    std::getline(in, line); // column titles
    while (std::getline(in, line)) {
        unsigned localAddr, localPort, remoteAddr, remotePort, state;
        unsigned long tx, rx;
        int consumed = 0;
        if (std::sscanf(line.c_str(), " %*d: %x:%x %x:%x %x %lx:%lx%n", &localAddr, &localPort, &remoteAddr,
                        &remotePort, &state, &tx, &rx, &consumed) < 7)
            continue;
        const auto ours = [&](unsigned port) { return std::find(ports.begin(), ports.end(), port) != ports.end(); };
        if (!ours(localPort) && !ours(remotePort))
            continue;
        q.rxQueue += int64_t(rx);
        q.txQueue += int64_t(tx);
        ++q.sockets;
        // The drops counter is the last column of /proc/net/udp (lines end in spaces).
        const auto end = line.find_last_not_of(' ');
        const auto lastSpace = end == std::string::npos ? std::string::npos : line.find_last_of(' ', end);
        if (lastSpace != std::string::npos && std::string(table).find("udp") != std::string::npos)
            q.drops += std::strtoll(line.c_str() + lastSpace + 1, nullptr, 10);
    }
    return q;
}

} // namespace ipcscope
