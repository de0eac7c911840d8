// The lecture's message-queue sender, run twice as a student would: each
// sends "Hello Message Queue!", waits in getchar() and exits without
// removing the queue (the lecture comments msgctl(IPC_RMID) out), so the
// queue and both messages stay. Then the order the lecture promises ("one
// after another"): a message of another type taken first by msgtyp. And
// ftok's keys: two paths found with one key. --control: the sender removes
// its queue, as the commented line would.
#include "lecturehost.h"
#include "lessonsteps.h"
#include "listingprocess.h"
#include "sysvipcs.h"

#include "../ownership.h"
#include "../syserror.h"

#include <dirent.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <deque>
#include <map>

namespace ipcscope {

namespace {

key_t queueKey(const LectureNames &n)
{
    return n.msgKey != -1 ? n.msgKey : ftok("/tmp", 'B');
}

// Up to `limit` files under `root`, breadth first, until two give one
// ftok(path, 'B'): ftok keeps 8 bits of the device and 16 of the inode, so
// a few hundred files on one file system usually suffice.
void findFtokTwins(const std::string &root, int limit)
{
    std::map<key_t, std::string> seen;
    std::deque<std::string> dirs{root};
    int scanned = 0;
    while (!dirs.empty() && scanned < limit) {
        const std::string dir = dirs.front();
        dirs.pop_front();
        DIR *d = opendir(dir.c_str());
        if (!d)
            continue;
        while (const dirent *e = readdir(d)) {
            if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
                continue;
            const std::string path = dir + "/" + e->d_name;
            struct stat st {};
            if (lstat(path.c_str(), &st) != 0)
                continue;
            if (S_ISDIR(st.st_mode)) {
                dirs.push_back(path);
                continue;
            }
            if (!S_ISREG(st.st_mode))
                continue;
            ++scanned;
            const key_t key = ftok(path.c_str(), 'B');
            if (key == -1)
                continue;
            const auto [it, fresh] = seen.emplace(key, path);
            if (!fresh) {
                closedir(d);
                LectureHost::say("ftok_scanned", scanned);
                LectureHost::say("ftok_twins", formatKey(key) + " " + it->second + " " + path);
                return;
            }
            if (scanned >= limit)
                break;
        }
        closedir(d);
    }
    LectureHost::say("ftok_scanned", scanned);
    LectureHost::say("ftok_twins", "none");
}

struct Typed {
    long mtype;
    char mtext[100];
};

} // namespace

int lectureMsgWorker(const LessonArgs &args)
{
    LectureHost host(args, false);
    const bool control = args.has("control");
    LectureHost::say("ftok_tmp", formatKey(ftok("/tmp", 'B')));
    const key_t key = queueKey(host.names());
    LectureHost::say("key", formatKey(key));
    for (int run = 1; run <= 2; ++run) {
        const LectureNames names = run == 1 ? host.names() : host.later();
        ListingProcess sender([&] { return msgSendListing(names, control); });
        const std::string stage = "run" + std::to_string(run);
        LectureHost::say(stage + ".sender", sender.readLine().value_or("(nothing)"));
        const int id = msgget(key, 0);
        if (id >= 0) {
            if (!host.isolated())
                openOwnSysv(ObjectKind::SysvMsg, key);
            host.own({ObjectKind::SysvMsg, std::to_string(id), key});
        }
        LectureHost::sayAll(stage + ".ipcs", host.ipcs("msg"));
        sender.pressEnter();
        LectureHost::say(stage + ".status", sender.wait());
    }
    // Both senders are gone.
    LectureHost::sayAll("after.ipcs", host.ipcs("msg"));
    const int id = msgget(key, 0);
    if (id >= 0) {
        // "One after another"? A third message, of type 2, sent last ...
        Typed m{};
        m.mtype = 2;
        std::snprintf(m.mtext, sizeof m.mtext, "third, type 2");
        checked(msgsnd(id, &m, sizeof m.mtext, 0), "msgsnd");
        // ... is the first out for msgtyp 2; msgtyp 0 then takes the oldest.
        for (const long msgtyp : {2L, 0L}) {
            Typed got{};
            const ssize_t n = msgrcv(id, &got, sizeof got.mtext, msgtyp, IPC_NOWAIT);
            LectureHost::say("order.msgtyp" + std::to_string(msgtyp),
                             n < 0 ? std::string("none") : "type " + std::to_string(got.mtype) + ": " + got.mtext);
        }
        LectureHost::sayAll("order.ipcs", host.ipcs("msg"));
    }
    findFtokTwins("/usr/share", 20000);
    return 0;
}

} // namespace ipcscope
