#pragma once
// The kernel's numbers put into words for the scene: what the object between
// the workers is called and what the kernel says about it, and the state of
// each semaphore or lock — all from RunSnapshot, nothing invented.
#include "session/runtypes.h"

#include "engine/objects.h"

#include <QStringList>

namespace ipcscope {

enum class ObjectLook { Ring, Cells, Tube, PendingSignals };

struct ObjectLayout {
    ObjectLook look = ObjectLook::Cells;
    int cells = 8; // ring slots, or waiting messages that can be shown
    QString title;
};

struct ObjectState {
    QStringList lines;
    double fill = -1;     // 0..1, negative when unknown
    int filledSlots = -1; // rings: how many slots hold a message
    int head = -1;        // rings: slot indices when the kernel knows them
    int tail = -1;
};

struct SyncObjectState {
    qint64 value = -1; // -1 unknown, -2 no value (a condition variable)
    int waiting = 0;
    QStringList waiters; // worker names
    qint64 lastPid = 0;
    QString lastBy; // worker name of lastPid
};

ObjectLayout objectLayout(const Scenario &scenario, const Params &params);
ObjectState objectState(const Scenario &scenario, const Params &params, const RunSnapshot &snapshot);
// The sync objects shown as semaphores: name and what it does.
QList<QPair<QString, QString>> syncObjects(const QString &mechanism);
SyncObjectState syncObjectState(const QString &mechanism, int index, const RunSnapshot &snapshot);
QString workerNameForPid(const RunSnapshot &snapshot, qint64 pid);

} // namespace ipcscope
