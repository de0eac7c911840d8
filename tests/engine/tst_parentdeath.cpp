// dieWithParent (engine/parentdeath.h): a child that asked dies when the
// process that forked it dies, and one whose parent died before it asked is
// told so. Each case runs three generations deep in a process of its own that
// is a subreaper, so that it, not init, inherits the orphan and sees how it
// ended; the test itself stays no one's subreaper. What turns them: without
// the request, the orphan lives on until its alarm (SIGALRM, not SIGKILL);
// without the check of the parent, the late child is told it is safe.
#include "engine/parentdeath.h"

#include <QTest>

#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ipcscope;

namespace {

enum Outcome { KilledWithParent = 10, ToldParentIsGone = 11, Other = 12 };

// The grandchild: asks right away, saying so (early), or once its parent
// has exited.
[[noreturn]] void grandchild(pid_t parent, int asked, int parentGone, bool early)
{
    char byte;
    if (!early)
        while (read(parentGone, &byte, 1) > 0) {
        } // end of file: the parent has exited
    const bool safe = dieWithParent(parent);
    if (early && write(asked, &safe, 1) != 1)
        _exit(Other);
    if (!safe)
        _exit(ToldParentIsGone);
    alarm(10); // if no one kills it, it must still end
    for (;;)
        pause();
}

// The subreaper: forks the parent, which forks the grandchild and exits
// (once the grandchild has asked, if early); returns how the grandchild ended.
// It holds parentGone's write end until the parent is reaped: a process's
// files close before its children are handed on, so end of file from the
// parent alone could reach the grandchild while the parent is still its own.
[[noreturn]] void subreaper(bool early)
{
    if (prctl(PR_SET_CHILD_SUBREAPER, 1) != 0)
        _exit(Other);
    int asked[2], parentGone[2];
    if (pipe(asked) != 0 || pipe(parentGone) != 0)
        _exit(Other);
    const pid_t parent = fork();
    if (parent == 0) {
        const pid_t self = getpid();
        const pid_t child = fork();
        if (child == 0) {
            close(asked[0]);
            close(parentGone[1]);
            grandchild(self, asked[1], parentGone[0], early);
        }
        // Only the grandchild writes `asked`: if it dies first, the read
        // ends instead of waiting for ever.
        close(asked[1]);
        close(parentGone[0]);
        close(parentGone[1]);
        char byte;
        if (early && read(asked[0], &byte, 1) != 1)
            _exit(Other);
        _exit(0);
    }
    close(asked[0]);
    close(asked[1]);
    close(parentGone[0]);
    int status = 0;
    waitpid(parent, &status, 0);
    close(parentGone[1]); // the grandchild is ours by now: end of file
    // The grandchild is the only other child it can have: how did it end?
    const pid_t orphan = waitpid(-1, &status, 0);
    if (orphan <= 0)
        _exit(Other);
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
        _exit(KilledWithParent);
    if (WIFEXITED(status) && WEXITSTATUS(status) == ToldParentIsGone)
        _exit(ToldParentIsGone);
    _exit(Other);
}

int run(bool early)
{
    const pid_t pid = fork();
    if (pid == 0)
        subreaper(early);
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

} // namespace

class TestParentDeath : public QObject {
    Q_OBJECT
private slots:
    void aChildThatAskedDiesWithItsParent() { QCOMPARE(run(true), int(KilledWithParent)); }
    void aChildWhoseParentIsGoneIsTold() { QCOMPARE(run(false), int(ToldParentIsGone)); }
};

QTEST_GUILESS_MAIN(TestParentDeath)
#include "tst_parentdeath.moc"
