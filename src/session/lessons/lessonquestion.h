#pragma once
// Predict, then reveal: the question a lesson puts to the audience before it
// runs, with two to four choices. Which choice is right is never written
// down here: the lesson decides it from what it measured (Lesson::answer),
// so the answer can go against the lecture as the verdict can.
#include <QString>
#include <QStringList>

namespace ipcscope {

struct LessonQuestion {
    QString text;        // "How many of the 80 000 SIGUSR1 arrive?"
    QStringList choices; // 2 to 4, in the order shown
    bool isEmpty() const { return choices.isEmpty(); }
};

} // namespace ipcscope
