// The lecture's semaphore example, two instances at once: each sets the
// value to 1 (SETVAL) when it starts, so the second undoes the first's P and
// both are inside the critical section together; after both V the "binary"
// semaphore reads 2. Then an instance killed inside (Ctrl-C) without
// SEM_UNDO leaves it taken, and with SEM_UNDO the kernel gives it back.
// --control: the fix — only the creator (IPC_EXCL) sets the value — so the
// second instance waits in P.
#include "lecturehost.h"
#include "lessonsteps.h"
#include "listingprocess.h"
#include "sysvipcs.h"

#include "../ownership.h"
#include "../syserror.h"

#include <signal.h>
#include <sys/ipc.h>
#include <sys/sem.h>

#include <fstream>
#include <string>

namespace ipcscope {

namespace {

key_t setKey(const LectureNames &n)
{
    return n.semKey != -1 ? n.semKey : ftok("/tmp", 'C');
}

// The set's id, once an instance has made it (checked as ours where nothing is private).
int knownSet(LectureHost &host, key_t key)
{
    const int id = semget(key, 0, 0);
    if (id < 0)
        return -1;
    if (!host.isolated())
        openOwnSysv(ObjectKind::SysvSem, key);
    host.own({ObjectKind::SysvSem, std::to_string(id), key});
    return id;
}

void sayValue(const std::string &key, int semid)
{
    LectureHost::say(key, semid < 0 ? -1 : semctl(semid, 0, GETVAL));
}

std::string wchanOf(pid_t pid)
{
    std::ifstream f("/proc/" + std::to_string(pid) + "/wchan");
    std::string w;
    std::getline(f, w);
    return w.empty() || w == "0" ? "running" : w;
}

// A fresh set for the next stage: the last one goes (it is the lesson's own).
void removeSet(int semid)
{
    if (semid >= 0)
        semctl(semid, 0, IPC_RMID);
}

} // namespace

int lectureSemWorker(const LessonArgs &args)
{
    LectureHost host(args, false);
    const key_t key = setKey(host.names());
    LectureHost::say("key", formatKey(key));
    SemVariant asPrinted;
    asPrinted.initOnce = args.has("control");
    int semid = -1;
    {
        ListingProcess first([&] { return semListing(host.names(), asPrinted); });
        LectureHost::say("a.first", first.readLine().value_or("(nothing)"));
        semid = knownSet(host, key);
        sayValue("a.value_first_inside", semid);
        ListingProcess second([&] { return semListing(host.later(), asPrinted); });
        // Inside at once, or asleep in P: two seconds tell.
        const std::optional<std::string> inside = second.readLine(2000);
        LectureHost::say("a.second", inside.value_or("(nothing)"));
        LectureHost::say("a.second_wchan", wchanOf(second.pid()));
        sayValue("a.value_both", semid);
        first.pressEnter();
        LectureHost::say("a.first_status", first.wait());
        // With the fix, the second gets in only now.
        if (!inside)
            LectureHost::say("a.second_late", second.readLine(2000).value_or("(nothing)"));
        second.pressEnter();
        LectureHost::say("a.second_status", second.wait());
        sayValue("a.value_after", semid);
        LectureHost::sayAll("a.ipcs", host.ipcs("sem"));
    }
    for (const bool undo : {false, true}) {
        removeSet(semid);
        SemVariant v = asPrinted;
        v.undo = undo;
        const std::string stage = undo ? "undo" : "noundo";
        ListingProcess one([&] { return semListing(host.names(), v); });
        LectureHost::say(stage + ".inside", one.readLine().value_or("(nothing)"));
        semid = knownSet(host, key);
        sayValue(stage + ".value_inside", semid);
        one.kill(SIGINT); // Ctrl-C inside the critical section
        LectureHost::say(stage + ".status", one.wait());
        sayValue(stage + ".value_after", semid);
    }
    removeSet(semid);
    return 0;
}

} // namespace ipcscope
