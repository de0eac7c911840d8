#include "latencynote.h"

namespace ipcscope {

QString LatencyNote::oneWayUnderStream()
{
    return tr("One-way latency under a full-speed stream is mostly queueing: each message waits behind the ones "
              "sent before it. The round trip of a ping-pong, one message at a time, is the latency of the "
              "mechanism itself.");
}

} // namespace ipcscope
