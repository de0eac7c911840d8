#pragma once
// One fault as it was made: when, the exact call ipcscope made and what the
// kernel answered, and what the workers did after it (the effects, filled in
// while the run goes on).
#include "fault.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ipcscope {

struct FaultRecord {
    Fault fault;
    double atS = 0;    // when it was made, seconds since the start
    QString call;      // "semctl(32780, 2, SETVAL, 2) = 0"
    bool ok = false;   // the kernel did what was asked
    QString result;    // what it answered: "0", "65536", "EPERM"
    QStringList effects; // "C1 failed: EIDRM (semop(P))", "P2 asleep in semop P(put)"
    // The step that takes it back where the kernel allows (cont P1, the old
    // value, the old size), and whether it has been made.
    std::optional<Fault> undo;
    bool undone = false;
    // add producer|consumer: the telemetry slot of the worker it started
    // (-1 for every other step), so that what happens to that worker later
    // — its exec fails — is written into this record.
    int joinedSlot = -1;

    QJsonObject toJson() const;
};

} // namespace ipcscope
