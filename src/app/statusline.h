#pragma once
// The window's status line: the run's state at the left, a counter (frames
// a second, messages on screen) at the right, and QStatusBar's passing
// messages over the state. What does not fit is cut with "…" an em short of
// the counter, the whole in the tooltip: a long line never runs into the
// counter (the Russian summary's "…повреждено 0" read "повреждено 45 кадр/с").
#include <QStatusBar>

#include <tuple>

class QLabel;

namespace ipcscope {

class StatusLine : public QStatusBar {
    Q_OBJECT
public:
    explicit StatusLine(QWidget *parent = nullptr);
    void setState(const QString &text);
    void setCounter(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    // Where a passing message is drawn: from the left to an em before the counter.
    QRect messageRoom() const;

    QLabel *m_state;
    QLabel *m_counter;
    // What the status bar lays out: each label in a holder (statusline.cpp).
    QWidget *m_stateHolder;
    QWidget *m_counterHolder;
    // Where the labels were laid out last, and the height they asked for.
    std::tuple<QRect, QRect, int, int> m_laidOut;
};

} // namespace ipcscope
