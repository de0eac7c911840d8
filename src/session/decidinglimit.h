#pragma once
// The limit that decides a row of a comparison: how many messages the
// mechanism's object holds in flight with this machine's defaults ("msgmnb
// 16 KiB: 4 messages of 4 KiB in flight"). A queue that holds four messages
// makes the sender wait for the receiver every four; its throughput says as
// much about that default as about the mechanism.
#include "comparerow.h"

#include <QCoreApplication>
#include <QString>

namespace ipcscope {

// The defaults the kernel gives a new object, as read from /proc and
// getrlimit. A test builds one by hand.
struct SystemLimits {
    qint64 pipeCapacity = 65536;   // F_GETPIPE_SZ of a new pipe
    qint64 msgmnb = 16384;         // bytes in one System V queue
    qint64 mqMaxmsg = 10;          // messages in one POSIX queue, as ipcscope creates it
    qint64 maxDgramQlen = 10;      // datagrams queued on a Unix socket
    qint64 unixSendBuffer = 212992; // wmem_default
    qint64 tcpSendBuffer = 16384;  // tcp_wmem, the default
    qint64 tcpReceiveBuffer = 131072;
    qint64 udpReceiveBuffer = 212992; // rmem_default
    qint64 signalQueue = 0;           // RLIMIT_SIGPENDING
    int ringSlots = 8;                // of the shared-memory rings

    static SystemLimits read(int ringSlots);
};

class DecidingLimit {
    Q_DECLARE_TR_FUNCTIONS(DecidingLimit)
public:
    // The sentence for one point, or empty where no limit of the kind holds.
    static QString describe(const ComparePoint &point, const SystemLimits &limits);
};

} // namespace ipcscope
