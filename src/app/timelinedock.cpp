#include "timelinedock.h"

#include "recordingfiles.h"
#include "timelineview.h"

#include "session/timelinemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QMainWindow>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace ipcscope {

TimelineDock::TimelineDock(RecordingFiles &files, QWidget *parent)
    : QDockWidget(parent), m_files(files), m_view(new TimelineView), m_follow(new QToolButton)
{
    setObjectName(QStringLiteral("timelineDock"));
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_view);
    m_follow->setObjectName(QStringLiteral("timelineFollow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(6, 2, 6, 0);
    row->addWidget(m_follow);
    row->addStretch();
    auto *body = new QWidget(this);
    auto *column = new QVBoxLayout(body);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addLayout(row);
    column->addWidget(scroll);
    setWidget(body);
    retranslate();
    updateFollow();

    connect(m_follow, &QToolButton::clicked, this, [this] {
        m_view->follow();
        updateFollow();
    });
    connect(m_view, &TimelineView::followingChanged, this, &TimelineDock::updateFollow);
    connect(&files.recorder(), &Recorder::recorded, this, [this] {
        if (m_files.isReplaying())
            return;
        // The run has ended: what it added last, and, unless the user is
        // looking at its past, the whole of it.
        if (!isVisible() || m_stale || !m_view->extend(source()))
            showSource();
        else if (m_view->isFollowing())
            m_view->showAll();
        updateFollow();
    });
    // A run discarded before it ended (another started, a lesson or a
    // comparison took over, a recording was opened): no "now" to follow.
    // As laid out so far, the whole of it unless the user is looking at its past.
    connect(&files.recorder(), &Recorder::abandoned, this, [this] {
        if (m_files.isReplaying())
            return;
        if (isVisible() && !m_stale && m_view->isFollowing())
            m_view->showAll();
        updateFollow();
    });
    connect(&files.replay(), &ReplayController::loaded, this, &TimelineDock::showSource);
    connect(&files.replay(), &ReplayController::positionChanged, this, [this](double tS) {
        if (m_files.isReplaying())
            m_view->setCursorTime(tS);
    });
    connect(&files, &RecordingFiles::replayEnded, this, &TimelineDock::showSource);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        lay();
        // Shown the first time: as tall as its lanes ask, at most a third of the
        // window (the scene keeps the rest);
        // after that the height the user gave it.
        auto *main = qobject_cast<QMainWindow *>(parentWidget());
        if (!m_sized && main && !isFloating()) {
            m_sized = true;
            main->resizeDocks({this}, {std::min(m_view->sizeHint().height() + 40, main->height() / 3)}, Qt::Vertical);
        }
    });
}

const Recording &TimelineDock::source() const
{
    return m_files.isReplaying() ? m_files.replay().recording() : m_files.recorder().recording();
}

bool TimelineDock::isLive() const
{
    // Only what is still being recorded: not a recording complete, nor one
    // whose run was discarded before it ended.
    return !m_files.isReplaying() && m_files.recorder().isRecording() && !m_files.recorder().recording().isEmpty();
}

void TimelineDock::followRun()
{
    if (m_files.isReplaying())
        return; // the replay (or the look back) is shown; the run is laid out when it ends
    if (!isVisible() || m_stale) {
        m_stale = true;
        lay();
        return;
    }
    // Another run, or the recording's oldest part let go: laid out anew.
    if (!m_view->extend(source()))
        m_view->setModel(TimelineModel::fromRecording(source()), TimelineView::kFollowSpanS);
    updateFollow();
}

void TimelineDock::showSource()
{
    m_stale = true;
    m_view->setCursorTime(std::nullopt);
    lay();
    updateFollow();
}

void TimelineDock::lay()
{
    if (!m_stale || !isVisible())
        return;
    m_stale = false;
    m_view->setModel(TimelineModel::fromRecording(source()), isLive() ? TimelineView::kFollowSpanS : qInf());
}

void TimelineDock::updateFollow()
{
    // Only a run going on has a "now" to return to.
    m_follow->setVisible(isLive());
    const QSignalBlocker block(m_follow);
    m_follow->setChecked(m_view->isFollowing());
}

void TimelineDock::retranslate()
{
    setWindowTitle(tr("Timeline"));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Follow the run: keep its last moment in view (zoom or drag into the past to stop)"));
}

void TimelineDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace ipcscope
