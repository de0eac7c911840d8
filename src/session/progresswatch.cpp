#include "progresswatch.h"

#include "procinfo.h"
#include "scenebuilder.h"

#include <QCoreApplication>

#include <algorithm>

namespace ipcscope {

namespace {

struct ProgressWatchText {
    Q_DECLARE_TR_FUNCTIONS(ProgressWatch)
};

bool finished(const WorkerSnapshot &w)
{
    return w.exited || w.state.state == WorkerState::Done || w.state.state == WorkerState::Failed;
}

// Reasons for several workers, in one line.
LessonLine joined(const QList<LessonLine> &reasons)
{
    return LessonLine::later([reasons] { return textsOf(reasons).join(QStringLiteral("; ")); });
}

} // namespace

LessonLine ProgressWatch::check(const RunSnapshot &s, double nowS, bool held, double rate,
                             const std::vector<std::string> &syncObjects, const QSet<int> &handStopped,
                             double silentS)
{
    if (m_seen.size() != s.workers.size())
        m_seen.fill(Seen{0, nowS, -1, '?'}, s.workers.size());
    // Time spent held does not count as silence.
    if (held)
        m_heldUntilS = nowS;
    silentS = std::max(silentS, rate > 0 ? 3.0 / rate : 0.0);
    // /proc is read four times a second, not at every poll.
    const bool lookAtProcesses = nowS - m_lastLookS >= 0.25;
    if (lookAtProcesses)
        m_lastLookS = nowS;
    QList<LessonLine> stopped;
    bool anyMoved = false;
    bool anyWaiting = false;
    bool anyStopped = false; // to be named as stopped, the truer reason, within kStoppedS
    for (int i = 0; i < s.workers.size(); ++i) {
        const WorkerSnapshot &w = s.workers[i];
        Seen &seen = m_seen[i];
        const quint64 signature = w.messages * 1000003u ^ (quint64(w.state.state) << 8 | quint64(w.state.op) << 16 |
                                                            quint64(w.state.object) << 24);
        if (signature != seen.signature) {
            seen.signature = signature;
            seen.sinceS = nowS;
            anyMoved = true;
        }
        if (finished(w) || w.pid <= 0) {
            seen.stoppedSinceS = -1;
            continue;
        }
        anyWaiting = true;
        const char state = lookAtProcesses ? processState(w.pid) : seen.state;
        seen.state = state;
        if ((state == 'T' || state == 't') && !handStopped.contains(i)) {
            anyStopped = true;
            if (seen.stoppedSinceS < 0)
                seen.stoppedSinceS = nowS;
            if (nowS - seen.stoppedSinceS >= kStoppedS)
                stopped << LessonLine::later([name = w.name(), pid = w.pid, state] {
                    return ProgressWatchText::tr("%1 (pid %2) is stopped (state %3)")
                        .arg(name)
                        .arg(pid)
                        .arg(QLatin1Char(state));
                });
        } else {
            seen.stoppedSinceS = -1;
        }
    }
    if (!stopped.isEmpty())
        return joined(stopped);
    if (held || anyMoved || !anyWaiting || anyStopped)
        return {};
    QList<LessonLine> silent;
    for (int i = 0; i < s.workers.size(); ++i) {
        const WorkerSnapshot &w = s.workers[i];
        const double quietS = nowS - std::max(m_seen[i].sinceS, m_heldUntilS);
        if (!finished(w) && quietS >= silentS)
            silent << LessonLine::later([w, syncObjects, quiet = int(quietS)] {
                return ProgressWatchText::tr("%1 made no progress for %2 s (%3)")
                    .arg(w.name())
                    .arg(quiet)
                    .arg(w.blocked && !w.syscall.isEmpty() ? ProgressWatchText::tr("asleep in %1").arg(w.syscall)
                                                           : stateText(w, syncObjects));
            });
    }
    // Only when every worker still going is silent: one waiting for the
    // others while they work is not stuck.
    int going = 0;
    for (const WorkerSnapshot &w : s.workers)
        going += finished(w) ? 0 : 1;
    return silent.size() == going ? joined(silent) : LessonLine();
}

} // namespace ipcscope
