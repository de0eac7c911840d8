#pragma once
// Every run ends. A worker that stops making progress — stopped with SIGSTOP,
// stuck in a call nobody will answer — would otherwise hold a run (and the
// CLI) for ever. The watch sees each poll's snapshot and says why the run
// must end: which worker, in which state, for how long. It never judges while
// the run is held on purpose (Pause, stepping) or while calls are due so
// rarely (a slow pace) that silence is expected.
#include "lessons/lessonline.h"
#include "runtypes.h"

#include <QSet>
#include <QString>
#include <QVector>

#include <string>
#include <vector>

namespace ipcscope {

class ProgressWatch {
public:
    // A worker stopped (state T) for this long is named.
    static constexpr double kStoppedS = 1.0;
    // A run in which no worker moved for this long (or three calls' time at
    // a slow pace, whichever is longer) is named.
    static constexpr double kSilentS = 5.0;
    // After a run's planned end, once a fault that can leave a worker
    // waiting for ever was made: nobody is left to wake it, so a second of
    // silence says as much as five.
    static constexpr double kSilentAfterEndS = 1.0;

    // `nowS` since the run started; `held`: paused or stepping; `rate`:
    // messages per second per producer (0: unlimited). Returns the reason the
    // run must fail (said in the language of the moment it is drawn), or an
    // empty line.
    // `handStopped`: workers stopped by a fault on purpose, not named.
    // `silentS`: the silence that is named (kSilentS, or kSilentAfterEndS).
    LessonLine check(const RunSnapshot &snapshot, double nowS, bool held, double rate,
                  const std::vector<std::string> &syncObjects, const QSet<int> &handStopped = {},
                  double silentS = kSilentS);

private:
    struct Seen {
        quint64 signature = 0; // messages and state, packed
        double sinceS = 0;     // when it last changed
        double stoppedSinceS = -1;
        char state = '?';
    };
    QVector<Seen> m_seen;
    double m_heldUntilS = 0;
    double m_lastLookS = -1;
};

} // namespace ipcscope
