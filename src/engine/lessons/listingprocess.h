#pragma once
// One of the lecture's programs, run as a real child process of the lesson
// worker: its body is the listing's main(), its standard input a pipe that
// getchar() reads (pressEnter() is the lecturer's Enter key), its standard
// output and error one pipe the lesson reads line by line. Line-buffered, as
// on the terminal the lecture runs it in. It dies with its parent.
#include <sys/types.h>

#include <functional>
#include <optional>
#include <string>

namespace ipcscope {

class ListingProcess {
public:
    explicit ListingProcess(const std::function<int()> &body);
    ~ListingProcess(); // kills and reaps it if it still runs
    ListingProcess(const ListingProcess &) = delete;
    ListingProcess &operator=(const ListingProcess &) = delete;

    pid_t pid() const { return m_pid; }
    // Its next line of output, waiting up to timeoutMs; nothing at its end or
    // when the time is up.
    std::optional<std::string> readLine(int timeoutMs = 5000);
    // Every line until it ends (waiting up to timeoutMs in all).
    std::string readAll(int timeoutMs = 5000);
    void pressEnter();
    // Its exit status (128 + signal for a signal), waiting for it to end.
    int wait();
    void kill(int sig);
    bool running();

private:
    pid_t m_pid = -1;
    int m_in = -1;  // its standard input
    int m_out = -1; // its standard output and error
    std::string m_buffer;
    bool m_eof = false;
    int m_status = -1;
};

} // namespace ipcscope
