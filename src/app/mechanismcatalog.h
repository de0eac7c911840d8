#pragma once
// What the window says about each mechanism, in the user's language: its
// lecture group, a title, a short explanation for the side panel, the calls it
// makes, and its colour, the same everywhere in the program.
#include <QColor>
#include <QString>
#include <QStringList>

namespace ipcscope {

struct MechanismText {
    QString id;
    QString group;
    QString title;
    QString explanation; // two or three sentences for students
    QString calls;       // the system calls, as the lecture writes them
    QColor colour;
};

// Every mechanism, in lecture order.
const QList<MechanismText> &mechanismCatalog();
// Builds the texts anew in the current language.
void retranslateMechanismCatalog();
const MechanismText &mechanismText(const QString &id);
// The lecture's groups, in order.
QStringList mechanismGroups();

} // namespace ipcscope
