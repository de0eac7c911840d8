// The lecture's message-queue sender, run twice as a student would: each
// sends "Hello Message Queue!", waits in getchar() and exits without
// removing the queue (the lecture comments msgctl(IPC_RMID) out), so the
// queue and both messages stay. Then the order the lecture promises ("one
// after another"): a message of another type taken first by msgtyp. And
// ftok's keys: two paths found with one key. --control: the sender removes
// its queue, as the commented line would.
#include "ftoktwins.h"
#include "lecturehost.h"
#include "lessonsteps.h"
#include "listingprocess.h"
#include "sysvipcs.h"

#include "../ownership.h"
#include "../syserror.h"

#include <sys/ipc.h>
#include <sys/msg.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ipcscope {

namespace {

key_t queueKey(const LectureNames &n)
{
    return n.msgKey != -1 ? n.msgKey : ftok("/tmp", 'B');
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
    const FtokTwins twins = findFtokTwins("/usr/share", 20000);
    LectureHost::say("ftok_scanned", twins.scanned);
    LectureHost::say("ftok_twins", twins.found() ? formatKey(twins.key) + " " + twins.first + " " + twins.second : "none");
    return 0;
}

} // namespace ipcscope
