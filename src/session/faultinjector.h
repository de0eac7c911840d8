#pragma once
// Makes a fault on a running run: finds its target among the run's own
// workers and objects (nothing else is ever named) and makes the one call
// that the verb stands for, recorded as it was made. The command line's
// script, the window's menus and the tests all go through here.
#include "fault.h"
#include "faultrecord.h"
#include "runtypes.h"

#include "engine/mechanism.h"
#include "engine/telemetryblock.h"

namespace ipcscope {

class FaultInjector {
    Q_DECLARE_TR_FUNCTIONS(FaultInjector)

public:
    // `objects`: what the run created (its forward channel); `block`: its
    // telemetry, through which a consumer is asked to close its read end.
    FaultInjector(const Mechanism &mechanism, const Objects &objects, TelemetryBlock *block = nullptr)
        : m_mechanism(mechanism), m_objects(objects), m_block(block)
    {
    }

    // Makes `fault` now on the run whose workers `snapshot` shows. A worker
    // that has exited, or an object the run does not have, is answered in
    // the record (ok false), never looked for elsewhere.
    FaultRecord inject(const Fault &fault, const RunSnapshot &snapshot) const;

private:
    const OwnedObject *owned(ObjectKind kind) const;
    void objectFault(const Fault &fault, const RunSnapshot &snapshot, FaultRecord &record) const;
    // close-read, shutdown, rcvbuf: on the ends the run's live workers hold.
    void endFault(const Fault &fault, const RunSnapshot &snapshot, FaultRecord &record) const;

    const Mechanism &m_mechanism;
    const Objects &m_objects;
    TelemetryBlock *m_block;
};

} // namespace ipcscope
