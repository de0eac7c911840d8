#pragma once
// What the user reads about a mechanism, in the current language: the
// engine's descriptor (engine/mechanism.h) translated, looked up by id. The
// window, the CLI and the comparison all take their words from here.
#include "engine/mechanism.h"

#include <QList>
#include <QString>

namespace ipcscope {

struct MechanismText {
    QString id;
    Group group = Group::Signals;
    QString groupTitle;
    QString title;
    QString explanation; // two or three sentences for students
    QString calls;       // the system calls, as the lecture writes them
    quint32 colour = 0;  // 0xRRGGBB
    const Mechanism *mechanism = nullptr;
};

// Every mechanism, in lecture order, in the language installed now.
QList<MechanismText> mechanismCatalog();
// One of them; an empty text for an unknown id.
MechanismText mechanismText(const QString &id);
// The lecture's groups, in order, in the language installed now.
QStringList groupTitles();

} // namespace ipcscope
