#pragma once
// Running a scenario to its end inside a test, and the checks every test
// makes afterwards: nothing of ours left, no worker alive.
#include "session/run.h"
#include "support/leakcheck.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace ipcscope::test {

inline std::unique_ptr<Run> runToEnd(const Scenario &scenario, int timeoutMs = 60000)
{
    auto run = std::make_unique<Run>(scenario);
    QSignalSpy finished(run.get(), &Run::finished);
    if (!run->start())
        return run;
    if (run->isActive())
        finished.wait(timeoutMs);
    return run;
}

inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

// Objects are removed and workers reaped right after finished(); give the
// kernel a moment to tear down what the last worker detached.
inline QString leftoverReport(qint64 pid = 0)
{
    QStringList left;
    waitUntil(
        [&] {
            left = leftovers(pid ? pid : QCoreApplication::applicationPid()) + livingWorkers(pid);
            return left.isEmpty();
        },
        3000);
    return left.join(QStringLiteral("; "));
}

} // namespace ipcscope::test
