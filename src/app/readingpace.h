#pragma once
// The pace of a panel a person reads rather than watches move (the kernel's
// values, the code's marks): its values change every sample, up to 30
// times a second at a fast rate (10 at no limit), faster than anyone reads
// them, and each change repaints it. Drawn at most kPerSecond times a second; a sample offered in between
// is drawn at the end of the interval (the latest one then), so the panel
// never stays behind the run, and one that must be seen at once (a phase
// changed, a step, the end) is drawn at once. A sample offered while the
// drawing is under way is the one it draws: not drawn again.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace ipcscope {

class ReadingPace : public QObject {
public:
    static constexpr int kPerSecond = 4;

    // `draw` draws the panels from the run as it is when it is called.
    explicit ReadingPace(std::function<void()> draw, QObject *parent = nullptr);
    // A new sample: drawn now if `now` or the interval is over, else at its
    // end; offered while drawing, it is the drawing's own.
    void offer(bool now);
    // Nothing waits any more (the run ended or went, its end drawn by its owner).
    void cancel();
    bool isWaiting() const { return m_later.isActive(); }

private:
    void draw();

    std::function<void()> m_draw;
    QElapsedTimer m_since; // since the last drawing
    QTimer m_later;
    bool m_drawing = false;
};

} // namespace ipcscope
