#pragma once
// The Timeline dock: the timeline (timelineview.h) of the last run the
// window recorded once it has ended, or of the recording being replayed,
// with the replay's cursor. The model is laid out only while the dock is
// shown: a hidden dock costs a run nothing.
#include "session/recording.h"

#include <QDockWidget>

namespace ipcscope {

class RecordingFiles;
class TimelineView;

class TimelineDock : public QDockWidget {
    Q_OBJECT
public:
    explicit TimelineDock(RecordingFiles &files, QWidget *parent = nullptr);
    TimelineView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showRecording(const Recording &recording);
    void lay();

    RecordingFiles &m_files;
    TimelineView *m_view;
    Recording m_recording;
    bool m_stale = false; // m_recording is not laid out yet
    bool m_sized = false;
};

} // namespace ipcscope
