#pragma once
// What runs of ours left behind when their process died with its reaper (both
// killed with SIGKILL, a power cut of the container): found at the next start
// and removed, each named in the returned list. Only objects of this user,
// named by a process of this PID namespace that no longer exists, are
// touched; System V objects only as the dead process's journal lists them
// (ReaperClient keeps one), since their keys do not say who made them.
#include <string>
#include <vector>

namespace ipcscope {

std::vector<std::string> sweepLeftovers();

// Where a process records the objects it owns, so that the sweep can find
// them: $SHM/ipcscope-<pid>-<pidns>-<random>-journal, mode 0600, one
// "+object" or "-object" line per change (the reaper's protocol).
class Journal {
public:
    Journal() = default;
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    // Creates the journal file; false (errno set) when it cannot.
    bool create();
    // Its name as shm_unlink takes it ("/ipcscope-…-journal").
    const std::string &name() const { return m_name; }
    void append(const std::string &line);

private:
    int m_fd = -1;
    std::string m_name;
};

} // namespace ipcscope
