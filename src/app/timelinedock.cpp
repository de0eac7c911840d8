#include "timelinedock.h"

#include "recordingfiles.h"
#include "timelineview.h"

#include "session/timelinemodel.h"

#include <QEvent>
#include <QMainWindow>
#include <QScrollArea>

namespace ipcscope {

TimelineDock::TimelineDock(RecordingFiles &files, QWidget *parent)
    : QDockWidget(parent), m_files(files), m_view(new TimelineView)
{
    setObjectName(QStringLiteral("timelineDock"));
    setWindowTitle(tr("Timeline"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_view);
    setWidget(scroll);
    connect(&files.recorder(), &Recorder::recorded, this, [this] {
        if (!m_files.isReplaying())
            showRecording(m_files.recorder().recording());
    });
    connect(&files.replay(), &ReplayController::loaded, this,
            [this] { showRecording(m_files.replay().recording()); });
    connect(&files.replay(), &ReplayController::positionChanged, this, [this](double tS) {
        if (m_files.isReplaying())
            m_view->setCursorTime(tS);
    });
    connect(&files, &RecordingFiles::replayEnded, this, [this] {
        showRecording(m_files.recorder().isComplete() ? m_files.recorder().recording() : Recording());
    });
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

void TimelineDock::showRecording(const Recording &recording)
{
    m_recording = recording;
    m_stale = true;
    m_view->setCursorTime(std::nullopt);
    if (isVisible())
        lay();
}

void TimelineDock::lay()
{
    if (!m_stale)
        return;
    m_stale = false;
    m_view->setModel(TimelineModel::fromRecording(m_recording));
}

void TimelineDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Timeline"));
    QDockWidget::changeEvent(event);
}

} // namespace ipcscope
