#include "testreaper.h"

#include "engine/parentdeath.h"

#include <QtGlobal>

#include <sys/wait.h>
#include <unistd.h>

namespace ipcscope::test {

TestReaper::TestReaper()
{
    std::string reason;
    if (!m_client.start(IPCSCOPE_TEST_WORKER, reason))
        qFatal("%s", reason.c_str());
}

void TestReaper::track(const Objects &objects)
{
    for (const OwnedObject &object : objects.owned)
        track(object);
}

void TestReaper::untrack(const Objects &objects)
{
    for (const OwnedObject &object : objects.owned)
        untrack(object);
}

pid_t forkDyingWithTest()
{
    const pid_t test = getpid(); // before the fork: a subreaper may adopt the child
    int asked[2];
    if (pipe(asked) != 0)
        return -1;
    const pid_t child = fork();
    if (child == 0) {
        close(asked[0]);
        const char ok = dieWithParent(test);
        if (write(asked[1], &ok, 1) != 1 || !ok)
            _exit(1);
        close(asked[1]);
        return 0;
    }
    close(asked[1]);
    char ok = 0;
    const bool heard = child > 0 && read(asked[0], &ok, 1) == 1;
    close(asked[0]);
    if (child > 0 && !(heard && ok)) {
        waitpid(child, nullptr, 0);
        return -1;
    }
    return child;
}

} // namespace ipcscope::test
