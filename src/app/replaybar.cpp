#include "replaybar.h"

#include "session/formatter.h"
#include "session/replaycontroller.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace ipcscope {

namespace {

constexpr double kSpeeds[] = {0.25, 0.5, 1, 2, 4, 8};
constexpr int kSliderSteps = 1000; // per second of recording

} // namespace

ReplayBar::ReplayBar(ReplayController &replay, QWidget *parent)
    : QWidget(parent), m_replay(replay), m_origin(new QLabel), m_back(new QToolButton), m_play(new QToolButton),
      m_forward(new QToolButton), m_speed(new QComboBox), m_slider(new QSlider(Qt::Horizontal)), m_time(new QLabel),
      m_close(new QToolButton), m_follow(new QToolButton), m_note(new QLabel)
{
    setObjectName(QStringLiteral("replayBar"));
    // The origin on a line of its own: at 1024 pixels, beside the controls,
    // it would leave the slider no room.
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(6, 2, 6, 2);
    column->setSpacing(0);
    auto *row = new QHBoxLayout;
    QFont bold = m_origin->font();
    bold.setBold(true);
    m_origin->setFont(bold);
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    for (const double s : kSpeeds)
        m_speed->addItem(QString(), s);
    m_speed->setCurrentIndex(2);
    column->addWidget(m_origin);
    column->addLayout(row);
    // Under the controls, only when steps go by sample: at 1024 pixels there
    // is no room beside the origin.
    column->addWidget(m_note);
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_origin->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_follow->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_follow->hide();
    m_slider->setMinimumWidth(160);
    row->addWidget(m_back);
    row->addWidget(m_play);
    row->addWidget(m_forward);
    row->addWidget(m_speed);
    row->addWidget(m_slider, 1);
    row->addWidget(m_time);
    row->addWidget(m_follow);
    row->addWidget(m_close);

    connect(m_play, &QToolButton::clicked, this, [this] {
        if (m_replay.isPlaying())
            m_replay.pause();
        else
            m_replay.play();
    });
    connect(m_back, &QToolButton::clicked, &m_replay, &ReplayController::stepBack);
    connect(m_forward, &QToolButton::clicked, &m_replay, &ReplayController::stepForward);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_replay.setSpeed(m_speed->itemData(i).toDouble()); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_moving)
            m_replay.seek(double(value) / kSliderSteps);
    });
    connect(m_close, &QToolButton::clicked, this, &ReplayBar::closeRequested);
    connect(m_follow, &QToolButton::clicked, this, &ReplayBar::followRequested);
    connect(&m_replay, &ReplayController::positionChanged, this, &ReplayBar::showPosition);
    connect(&m_replay, &ReplayController::playingChanged, this, &ReplayBar::showPlaying);
    retranslate();
}

QString ReplayBar::originText() const
{
    if (m_liveNowS)
        return tr("Past — %1 ago; the live run goes on")
            .arg(Formatter::duration(std::max(0.0, *m_liveNowS - m_replay.timeS())));
    const Recording &r = m_replay.recording();
    const QDateTime at = QDateTime::fromString(r.recordedAt, Qt::ISODateWithMs).toLocalTime();
    return tr("Replay — recorded on %1 at %2")
        .arg(r.host().isEmpty() ? tr("an unnamed host") : r.host(),
             at.isValid() ? QLocale().toString(at, QLocale::ShortFormat) : r.recordedAt);
}

void ReplayBar::setLive(std::optional<double> nowS)
{
    m_liveNowS = nowS;
    m_follow->setVisible(isLive());
    m_close->setVisible(!isLive());
    m_origin->setText(originText());
}

QString ReplayBar::stepNote() const
{
    if (m_replay.stepsByCall() || m_replay.recording().events.isEmpty())
        return {};
    return tr("Steps go one sample: at speed the calls were sampled");
}

void ReplayBar::labelSteps()
{
    const bool byCall = m_replay.stepsByCall();
    m_back->setToolTip(byCall ? tr("One call back") : tr("One sample back"));
    m_forward->setToolTip(byCall ? tr("One call forward") : tr("One sample forward"));
    m_note->setText(stepNote());
    m_note->setVisible(!m_note->text().isEmpty());
}

// The time label as wide as its widest text for this recording, so that it
// neither jumps as the cursor moves nor is cut where the bar is narrow.
void ReplayBar::reserveTimeWidth()
{
    const double d = m_replay.durationS();
    // One moment of each form duration() writes (µs, ms, s, min, h), its
    // digits the widest, up to the recording's length.
    QList<double> moments{0, d};
    for (const double t : {0.000888, 0.0888, 0.888, 8.88, 58.8, 888.0, 3588.0, 35988.0})
        if (t < d)
            moments.append(t);
    const QFontMetrics metrics(m_time->font());
    int widest = 0;
    for (const double t : moments)
        widest = std::max(widest, metrics.horizontalAdvance(
                                      tr("%1 of %2").arg(Formatter::duration(t), Formatter::duration(d))));
    m_time->setMinimumWidth(widest + m_time->contentsMargins().left() + m_time->contentsMargins().right() +
                            2 * m_time->margin());
}

void ReplayBar::reset()
{
    m_moving = true;
    m_slider->setRange(0, int(std::ceil(m_replay.durationS() * kSliderSteps)));
    m_moving = false;
    m_origin->setText(originText());
    reserveTimeWidth();
    showPosition(m_replay.timeS());
    showPlaying(m_replay.isPlaying());
    labelSteps();
}

void ReplayBar::retranslate()
{
    labelSteps();
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Back to the live run"));
    m_speed->setToolTip(tr("Replay speed"));
    m_slider->setToolTip(tr("Drag to any moment of the recording"));
    m_close->setToolTip(tr("Close the replay"));
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, tr("%1×").arg(QLocale().toString(kSpeeds[i])));
    showPlaying(m_replay.isPlaying());
    if (m_replay.isLoaded())
        reset();
}

void ReplayBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange && m_replay.isLoaded())
        reserveTimeWidth();
    QWidget::changeEvent(event);
}

void ReplayBar::showPosition(double tS)
{
    m_moving = true;
    m_slider->setValue(int(std::lround(tS * kSliderSteps)));
    m_moving = false;
    m_time->setText(tr("%1 of %2").arg(Formatter::duration(tS), Formatter::duration(m_replay.durationS())));
    if (m_liveNowS)
        m_origin->setText(originText());
    m_back->setEnabled(m_replay.index() > 0);
    m_forward->setEnabled(m_replay.index() + 1 < m_replay.recording().scenes.size());
}

void ReplayBar::showPlaying(bool playing)
{
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause the replay") : tr("Play the recording"));
}

} // namespace ipcscope
