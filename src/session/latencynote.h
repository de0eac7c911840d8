#pragma once
// What a one-way latency measured under a full-speed stream is: the time a
// message spent queued behind the others more than the time to deliver it.
// Said beside the figure wherever one is shown, with the round trip of a
// ping-pong as the latency of one message alone.
#include <QCoreApplication>
#include <QString>

namespace ipcscope {

class LatencyNote {
    Q_DECLARE_TR_FUNCTIONS(LatencyNote)
public:
    // One sentence, for a tooltip, a table's note or a run's summary.
    static QString oneWayUnderStream();
};

} // namespace ipcscope
