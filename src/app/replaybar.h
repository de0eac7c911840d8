#pragma once
// The bar a replay is driven from: play and pause, the speed, a step back or
// forward by one call (by one sample where the calls were sampled, and then
// it says so), a slider to scrub, the time, and — always in view while it is
// shown — where and when the recording was made. Over a live run looked
// back on, it says how far in the past the picture is, and Follow returns
// to the live run. It draws the replay controller's state and hands the
// user's moves to it.
#include <QWidget>

#include <optional>

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
    // Over a live run's recording so far: `nowS` is the run's time now.
    void setLive(std::optional<double> nowS);
    bool isLive() const { return m_liveNowS.has_value(); }
    // What a step does, as the bar says it (empty when it goes by call).
    QString stepNote() const;

signals:
    void closeRequested();
    void followRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void labelSteps();
    void reserveTimeWidth();
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
    QToolButton *m_follow;
    QLabel *m_note;
    std::optional<double> m_liveNowS;
    bool m_moving = false; // the slider follows the cursor: not a user's move
};

} // namespace ipcscope
