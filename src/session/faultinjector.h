#pragma once
// Makes a fault on a running run: finds its target among the run's own
// workers and objects (nothing else is ever named) and makes the one call
// that the verb stands for, recorded as it was made. The command line's
// script, the window's menus and the tests all go through here.
#include "fault.h"
#include "faultrecord.h"
#include "runtypes.h"

#include "engine/mechanism.h"

namespace ipcscope {

class FaultInjector {
    Q_DECLARE_TR_FUNCTIONS(FaultInjector)

public:
    // `objects`: what the run created (its forward channel).
    FaultInjector(const Mechanism &mechanism, const Objects &objects) : m_mechanism(mechanism), m_objects(objects) {}

    // Makes `fault` now on the run whose workers `snapshot` shows. A worker
    // that has exited, or an object the run does not have, is answered in
    // the record (ok false), never looked for elsewhere.
    FaultRecord inject(const Fault &fault, const RunSnapshot &snapshot) const;

private:
    const OwnedObject *owned(ObjectKind kind) const;
    void objectFault(const Fault &fault, const RunSnapshot &snapshot, FaultRecord &record) const;

    const Mechanism &m_mechanism;
    const Objects &m_objects;
};

} // namespace ipcscope
