#pragma once
// The bar a replay is driven from: play and pause, the speed, a step back or
// forward by one recorded sample, a slider to scrub, the time, and — always
// in view while it is shown — where and when the recording was made. It
// draws the replay controller's state and hands the user's moves to it.
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace ipcscope {

class ReplayController;

class ReplayBar : public QWidget {
    Q_OBJECT
public:
    explicit ReplayBar(ReplayController &replay, QWidget *parent = nullptr);

    // The recording was (re)loaded: its length and its origin.
    void reset();
    void retranslate();
    QString originText() const;

signals:
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPosition(double tS);
    void showPlaying(bool playing);

    ReplayController &m_replay;
    QLabel *m_origin;
    QToolButton *m_back;
    QToolButton *m_play;
    QToolButton *m_forward;
    QComboBox *m_speed;
    QSlider *m_slider;
    QLabel *m_time;
    QToolButton *m_close;
    bool m_moving = false; // the slider follows the cursor: not a user's move
};

} // namespace ipcscope
