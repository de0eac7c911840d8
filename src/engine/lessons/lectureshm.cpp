// The lecture's shm_write and shm_read, three times: as printed (the writer
// waits in getchar() while the reader reads and removes); without getchar(),
// which the lecture says loses the segment before the reader reads it; and
// the reader started first. --control: the writer removes the segment before
// it exits — what the lecture fears the exit does — so the reader finds
// nothing.
#include "lecturehost.h"
#include "lessonsteps.h"
#include "listingprocess.h"
#include "sysvipcs.h"

#include "../ownership.h"
#include "../syserror.h"

#include <cerrno>

namespace ipcscope {

namespace {

// The segment with the lecture's key, checked to be the one `writer` made
// (and, where nothing is private, ours and closed to others) before any
// reader of ours attaches it.
void checkMadeBy(LectureHost &host, pid_t writer)
{
    for (const SysvObject &o : readSysvipc("shm"))
        if (o.key == host.names().shmKey) {
            if (o.creator != writer)
                throw SysError("shm " + formatKey(o.key), EACCES, "not made by the lecture's writer");
            if (!host.isolated())
                openOwnSysv(ObjectKind::SysvShm, o.key, writer);
            host.own({ObjectKind::SysvShm, std::to_string(o.id), o.key});
            return;
        }
}

void runReader(LectureHost &host, const std::string &stage)
{
    ListingProcess reader([&] { return shmReadListing(host.later()); });
    LectureHost::say(stage + ".reader", reader.readAll());
    LectureHost::say(stage + ".reader_status", reader.wait());
}

} // namespace

int lectureShmWorker(const LessonArgs &args)
{
    LectureHost host(args, false);
    {
        ListingProcess writer([&] { return shmWriteListing(host.names(), {}); });
        LectureHost::say("a.writer_pid", writer.pid());
        LectureHost::say("a.writer", writer.readLine().value_or("(nothing)"));
        checkMadeBy(host, writer.pid());
        LectureHost::say("a.writer_maps", LectureHost::mapsLine(writer.pid(), "/SYSV"));
        LectureHost::sayAll("a.ipcs", host.ipcs("shm"));
        runReader(host, "a");
        // The reader removed it while the writer, in getchar(), is attached.
        LectureHost::sayAll("a.after_reader", host.ipcs("shm"));
        LectureHost::say("a.writer_maps_after", LectureHost::mapsLine(writer.pid(), "/SYSV"));
        writer.pressEnter();
        LectureHost::say("a.writer_status", writer.wait());
        LectureHost::sayAll("a.after_writer", host.ipcs("shm"));
    }
    {
        ShmWriteVariant noPause;
        noPause.getchar = false;
        noPause.removeBeforeExit = args.has("control");
        ListingProcess writer([&] { return shmWriteListing(host.names(), noPause); });
        LectureHost::say("b.writer", writer.readAll());
        LectureHost::say("b.writer_status", writer.wait());
        checkMadeBy(host, writer.pid());
        LectureHost::sayAll("b.after_writer", host.ipcs("shm"));
        runReader(host, "b");
        LectureHost::sayAll("b.after_reader", host.ipcs("shm"));
    }
    runReader(host, "c"); // nobody has written: the reader comes first
    LectureHost::sayAll("c.after_reader", host.ipcs("shm"));
    return 0;
}

} // namespace ipcscope
