#pragma once
// What a killed test leaves: nothing. A test that makes kernel objects in its
// own process (Mechanism::create, a telemetry block, as the engine's tests
// do) hands them to the product's reaper (`ipcscope-worker reaper`,
// engine/reaper.h), which removes what it still tracks when its TestReaper
// goes — at the end of the scope, or when the test's process dies however it
// dies: a failed check, a crash, ctest's timeout. A child the test forks dies
// with the test (forkDyingWithTest).
#include "engine/mechanism.h"
#include "engine/reaper.h"

#include <sys/types.h>

namespace ipcscope::test {

class TestReaper {
public:
    // Starts the reaper; a test that cannot start it stops at once (qFatal).
    TestReaper();
    // The reaper goes when every process holding its socket has closed it,
    // and a forked child holds it too: reap the children before this goes,
    // or this waits for them.
    ~TestReaper() = default;

    void track(const Objects &objects);
    void track(const OwnedObject &object) { m_client.track(object); }
    // Removed by the test itself: the reaper must not remove what may be
    // someone else's under the same name by then.
    void untrack(const Objects &objects);
    void untrack(const OwnedObject &object) { m_client.untrack(object); }
    // The test's own removal, as the reaper would make it (only while it is
    // still the object made: removeObject), then untracked.
    void remove(const OwnedObject &object)
    {
        removeObject(object);
        untrack(object);
    }

private:
    ReaperClient m_client;
};

// fork(), with the child asking to die with this process (dieWithParent,
// engine/parentdeath.h) before the parent goes on: a test killed while its
// child waits on a ring, or is stopped, leaves no process behind, and its
// reaper sees the socket the child inherited close. 0 in the child, its pid
// in the parent, -1 when fork failed or the child could not ask.
pid_t forkDyingWithTest();

} // namespace ipcscope::test
