#include "recordsread.h"

#include "lessonstage.h"

namespace ipcscope {

// A pipe reader's events are its records and, last, the end of the stream
// (a send or receive publishes no "call done"), so each event index but the
// end's is a record's.
void RecordsRead::add(const QVector<RunEvent> &events, int reader)
{
    for (const RunEvent &e : events) {
        if (e.slot != reader)
            continue;
        if (e.event.index != m_next)
            cut(); // records overwritten in the ring before a poll read them: not beside these
        m_next = e.event.index + 1;
        if (e.event.kind == EventKind::EndOfStream) {
            ++m_ends;
            continue;
        }
        if (e.event.kind == EventKind::Received)
            m_last.append({QStringLiteral("P%1").arg(e.event.producer + 1), {}});
        else if (e.event.kind == EventKind::Corrupted)
            m_last.append({QStringLiteral("?"), QStringLiteral("torn")}); // several writers' bytes
        else
            cut(); // a record it cannot be drawn as
        if (m_last.size() > kShown)
            m_last.removeFirst();
        // The interleaving is the lesson: the last torn record is kept
        // with the records read around it, not the end, where one writer
        // is often left alone.
        if (e.event.kind == EventKind::Corrupted)
            m_after = kShown / 2;
        else if (m_after > 0 && --m_after == 0)
            m_torn = m_last;
    }
}

void RecordsRead::show(LessonStage &stage, quint64 counted)
{
    // The events are read after the count: the reader may have published
    // more since, or be between its count and its event (one). Fewer than
    // that is the worker leaving events out, and the records it left out
    // may be anywhere among those drawn.
    if (counted > published() + 1)
        m_thinned = true;
    if (m_thinned) {
        stage.retitle({QT_TRANSLATE_NOOP("Lessons", "writes of %1 B; records not drawn: the reader published events "
                                                    "for %2 of the %3 it read"),
                       {verbatim(uint64_t(m_size)), verbatim(published()), verbatim(counted)}});
        stage.reportTaken(QStringLiteral("pipe"), {});
        return;
    }
    stage.reportTaken(QStringLiteral("pipe"), m_after > 0 || m_torn.isEmpty() ? m_last : m_torn);
}

void RecordsRead::cut()
{
    if (m_after > 0)
        m_torn = m_last;
    m_after = 0;
    m_last.clear();
}

} // namespace ipcscope
