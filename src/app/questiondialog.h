#pragma once
// Predict, then reveal: a lesson's question put to the audience before it
// runs, its choices as large buttons; one click picks a guess and lets the
// lesson run. "Run without guessing" runs it with no guess; closing the
// dialog runs nothing.
#include "session/lessons/lessonquestion.h"

#include <QDialog>

namespace ipcscope {

class QuestionDialog : public QDialog {
    Q_OBJECT
public:
    // `large`: type for the back of a lecture hall (presentation).
    QuestionDialog(const QString &title, const LessonQuestion &question, bool large, QWidget *parent = nullptr);
    // The choice picked, or -1 for "Run without guessing".
    int guess() const { return m_guess; }

private:
    int m_guess = -1;
};

} // namespace ipcscope
