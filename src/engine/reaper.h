#pragma once
// Nothing of ours outlives a crash. The session starts one reaper process
// (`ipcscope-worker reaper`, in its own session, away from terminal signals)
// and tells it through a pipe about every object it creates and every worker
// it starts. When the pipe closes — the session exited, however it died — the
// reaper kills the workers that are left and removes the objects that are
// left. The session takes back what it cleaned up itself, so normally there
// is nothing left to do. Every order also goes to a journal file, so that if
// the reaper dies with the session, the next start sweeps what is left
// (sweep.h).
#include "objects.h"
#include "sweep.h"

#include <mutex>
#include <string>
#include <sys/types.h>
#include <vector>

namespace ipcscope {

// The reaper's main loop: reads its orders on stdin until end of file.
int runReaper();

class ReaperClient {
public:
    ReaperClient() = default;
    ~ReaperClient();
    ReaperClient(const ReaperClient &) = delete;
    ReaperClient &operator=(const ReaperClient &) = delete;

    // Starts `workerPath reaper`. Returns false (and the reason) on failure.
    bool start(const std::string &workerPath, std::string &error);
    bool isRunning() const { return m_fd >= 0; }
    void track(const OwnedObject &object) { say("+" + describe(object)); }
    void untrack(const OwnedObject &object) { say("-" + describe(object)); }
    void trackPid(pid_t pid) { say("+pid " + std::to_string(pid)); }
    void untrackPid(pid_t pid) { say("-pid " + std::to_string(pid)); }
    // If the reaper was killed, starts a new one and tells it everything that
    // is still tracked. Cheap: call it often.
    void ensureAlive();

private:
    void say(const std::string &line);
    bool spawn();
    bool send(const std::string &line);

    std::recursive_mutex m_mutex; // lessons run in a thread of their own
    std::string m_workerPath;
    Journal m_journal;
    std::vector<std::string> m_tracked; // "+kind name" and "+pid N" lines in force
    int m_fd = -1;
    pid_t m_pid = -1;
};

} // namespace ipcscope
