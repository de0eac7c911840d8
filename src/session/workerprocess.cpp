#include "workerprocess.h"

#include "session.h"

#include "engine/mechanism.h"
#include "engine/parentdeath.h"

#include <fcntl.h>
#include <linux/close_range.h>
#include <unistd.h>

#include <memory>

namespace ipcscope {

void prepareWorkerProcess(QProcess &process, const QStringList &arguments, int fd3, int fd4)
{
    process.setProgram(Session::instance().workerPath());
    process.setArguments(arguments);
    const pid_t parent = getpid();
    process.setChildProcessModifier([fd3, fd4, parent] {
        // In the child, between fork and exec: die with the session, stay out
        // of the terminal's Ctrl-C (the session stops the run itself), and
        // find the inherited ends on fds 3 and 4. Each end is first copied
        // above both, so that placing one cannot overwrite the other.
        if (!dieWithParent(parent))
            _exit(1);
        setpgid(0, 0);
        const int from[2] = {fd3, fd4};
        const int to[2] = {kInheritedFd, kReplyFd};
        int moved[2] = {-1, -1};
        for (int i = 0; i < 2; ++i)
            if (from[i] >= 0)
                moved[i] = fcntl(from[i], F_DUPFD_CLOEXEC, 10);
        // Nothing else reaches the worker: whatever this process inherited
        // from its own parent is closed at exec, so /proc/PID/fd lists only
        // what the run gave it.
        close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
        for (int i = 0; i < 2; ++i)
            if (moved[i] >= 0)
                dup2(moved[i], to[i]); // dup2 leaves the new fd open across exec
    });
    // Kept from the start: processId() is 0 again by the time it has finished.
    auto pid = std::make_shared<pid_t>(0);
    QObject::connect(&process, &QProcess::started, &process, [&process, pid] {
        *pid = pid_t(process.processId());
        Session::instance().reaper().trackPid(*pid);
    });
    QObject::connect(&process, &QProcess::finished, &process, [pid] {
        if (*pid > 0)
            Session::instance().reaper().untrackPid(*pid);
    });
}

} // namespace ipcscope
