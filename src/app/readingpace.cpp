#include "readingpace.h"

namespace ipcscope {

namespace {
constexpr int kIntervalMs = 1000 / ReadingPace::kPerSecond;
}

ReadingPace::ReadingPace(std::function<void()> draw, QObject *parent) : QObject(parent), m_draw(std::move(draw))
{
    m_later.setSingleShot(true);
    connect(&m_later, &QTimer::timeout, this, &ReadingPace::draw);
}

void ReadingPace::offer(bool now)
{
    // The drawing under way reads the run after this offer: it draws it.
    if (m_drawing)
        return;
    const qint64 since = m_since.isValid() ? m_since.elapsed() : kIntervalMs;
    if (now || since >= kIntervalMs)
        draw();
    else if (!m_later.isActive())
        m_later.start(int(kIntervalMs - since));
}

void ReadingPace::cancel()
{
    m_later.stop();
}

void ReadingPace::draw()
{
    m_later.stop();
    m_since.start();
    m_drawing = true;
    m_draw();
    m_drawing = false;
}

} // namespace ipcscope
