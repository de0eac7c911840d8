#pragma once
// The lecturer's speed control, from one call every few seconds to unlimited:
// at the slow end the workers are held and let through one call at a time
// (Step, by itself, at a steady beat); further on, the producers' message
// rate; at the far end, no limit at all. On the toolbar, so that it stays
// at hand in presentation mode.
#include "session/pace.h"

#include <QWidget>

class QLabel;
class QSlider;

namespace ipcscope {

class PaceControl : public QWidget {
    Q_OBJECT
public:
    explicit PaceControl(QWidget *parent = nullptr);

    Pace pace() const;
    // Shows `pace` exactly, the slider on the stop nearest to it, without
    // emitting paceChanged.
    void setPace(const Pace &pace);
    void retranslate();
    // While a lesson runs it sets its own timing (its runs go at their
    // scenario's rate, its own workers as fast as they go): the slider is off
    // and says the timing is the lesson's. endLesson() gives the Live run's
    // pace back.
    void showLesson();
    void endLesson();
    bool showsLesson() const { return m_lesson; }
    // On the projector a shorter slider: in the large type, with Russian's
    // longer words, the toolbar must keep its Presentation button (the way
    // back) out of the "»" overflow at 1024 pixels.
    void setCompact(bool compact);
    // What the value label says now.
    QString text() const;

signals:
    void paceChanged(const ipcscope::Pace &pace);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPace();
    void fitValueWidth();

    QLabel *m_title;
    QSlider *m_slider;
    QLabel *m_value;
    Pace m_pace; // exactly, until the slider moves
    bool m_lesson = false;
};

} // namespace ipcscope
