#pragma once
// pipe-buf's records as its reader read them, from the reader's own events:
// each names its writer, a torn one none. They are drawn only when provably
// the last it read, one after the other; where the worker published fewer
// events than it read records (it thins them above ~50 000 messages a
// second, EventSampling), the picture says they are not drawn, never
// leaving them out in silence.
#include "session/run.h"
#include "session/scenemodel.h"

namespace ipcscope {

class LessonStage;

class RecordsRead {
public:
    // Writes of `size` bytes: the part's words name them.
    explicit RecordsRead(int size) : m_size(size) {}

    // A poll's events; `reader` is the reading worker's slot.
    void add(const QVector<RunEvent> &events, int reader);
    // On the stage: the last records read, around the last torn one; or,
    // once the reader has counted more records than it published events
    // for, the part's words saying they are not drawn and why. `counted`
    // is the reader's count, read before this poll's events.
    void show(LessonStage &stage, quint64 counted);
    // It has: the records cannot be drawn.
    bool thinned() const { return m_thinned; }
    // The records it published an event for.
    quint64 published() const { return m_next - m_ends; }

private:
    // The records from here on are not beside those before.
    void cut();

    // What the pipe's card holds legibly at 1024 px, its marks whole in Russian too.
    static constexpr int kShown = 4;
    int m_size;
    QVector<SceneObject::Cell> m_last; // the last read
    QVector<SceneObject::Cell> m_torn; // the last torn one with those around it
    int m_after = 0;                   // records still to come after a torn one
    quint64 m_next = 0;                // the index of the reader's next event
    quint64 m_ends = 0;
    bool m_thinned = false;
};

} // namespace ipcscope
