#pragma once
// A write end of the run's FIFO that ipcscope holds while a worker joins.
// The readers see end of file the moment the last write end closes: a
// producer that is still opening the FIFO when the others finish would find
// no reader left (and wait in open() for ever), and a consumer that opens it
// after the last writer closed would wait there too. Held from before the
// joiner is started until its telemetry says it is past opening.
#include "runtypes.h"

#include "engine/resources.h"

#include <string>
#include <vector>

namespace ipcscope {

class FifoHold {
public:
    // Opens `path` for writing without waiting (ENXIO: no reader has it open
    // any more) for worker `slot`; the call as made, or throws SysError.
    std::string hold(int slot, const std::string &path);
    // Lets go of the ends whose worker has opened the FIFO, or ended.
    void release(const QVector<WorkerSnapshot> &workers);
    // Lets go of the end held for `slot` (its worker was not started, or
    // ended before opening the FIFO); whether one was held.
    bool drop(int slot);
    void clear() { m_held.clear(); }

private:
    struct Held {
        int slot;
        UniqueFd fd;
    };
    std::vector<Held> m_held;
};

} // namespace ipcscope
