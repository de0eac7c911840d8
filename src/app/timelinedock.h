#pragma once
// The Timeline dock: the timeline (timelineview.h) of the run going on,
// following it as it is recorded (a frame's new samples and events laid out
// each frame, not the whole run again), of the last run once it has ended,
// or of the recording being replayed, with the replay's cursor. The model is
// laid out only while the dock is shown: a hidden dock costs a run nothing.
#include <QDockWidget>

class QToolButton;

namespace ipcscope {

class RecordingFiles;
class TimelineView;
struct Recording;

class TimelineDock : public QDockWidget {
    Q_OBJECT
public:
    explicit TimelineDock(RecordingFiles &files, QWidget *parent = nullptr);
    TimelineView *view() const { return m_view; }
    QToolButton *followButton() const { return m_follow; }

    // The run was sampled (RunController::sampled, after the recorder kept
    // the sample): what it added is laid out.
    void followRun();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The recording shown: the one replayed, else the window's last run
    // (going on or ended), read where it is kept, never copied.
    const Recording &source() const;
    bool isLive() const;
    void showSource();
    void lay();
    void updateFollow();
    void retranslate();

    RecordingFiles &m_files;
    TimelineView *m_view;
    QToolButton *m_follow;
    bool m_stale = false; // the source is not laid out yet
    bool m_sized = false;
};

} // namespace ipcscope
