#include "preflight.h"

#include "telemetryblock.h"
#include "verifier.h"

#include <dirent.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <fstream>
#include <string>

namespace ipcscope {

namespace {

// Descriptors every process holds before a mechanism opens anything: stdio,
// and room for what the C library and the worker open on the way.
constexpr int kWorkerBaseFds = 8;
// The session's descriptors for each worker it starts (QProcess's pipes) and
// for itself beyond what it holds now (the reaper's socket, the journal).
constexpr int kSessionFdsPerWorker = 4;
constexpr int kSessionSpareFds = 8;

int countEntries(const char *dir, bool onlyNumeric = false)
{
    int n = 0;
    if (DIR *d = opendir(dir)) {
        while (const dirent *e = readdir(d)) {
            if (e->d_name[0] == '.')
                continue;
            if (onlyNumeric && !(e->d_name[0] >= '0' && e->d_name[0] <= '9'))
                continue;
            ++n;
        }
        closedir(d);
    }
    return n;
}

// Lines in /proc/sysvipc/<table>, the header excluded: objects in the system.
int sysvObjects(const char *table)
{
    std::ifstream in(std::string("/proc/sysvipc/") + table);
    std::string line;
    int n = -1;
    while (std::getline(in, line))
        ++n;
    return std::max(n, 0);
}

// This user's processes, from /proc.
int userProcesses()
{
    int n = 0;
    if (DIR *d = opendir("/proc")) {
        while (const dirent *e = readdir(d)) {
            if (e->d_name[0] < '0' || e->d_name[0] > '9')
                continue;
            struct stat st {};
            if (stat((std::string("/proc/") + e->d_name).c_str(), &st) == 0 && st.st_uid == getuid())
                ++n;
        }
        closedir(d);
    }
    return n;
}

Text rlimitSource(const char *name, const char *ulimit)
{
    return {QT_TRANSLATE_NOOP("Engine", "%1, ulimit %2"), {verbatim(name), verbatim(ulimit)}};
}

uint64_t softLimit(int resource)
{
    rlimit r{};
    getrlimit(resource, &r);
    return r.rlim_cur;
}

Refusal refusal(const Text &text)
{
    return {Refusal::Field::None, text};
}

} // namespace

std::vector<Refusal> preflightRefusals(const Mechanism &mechanism, const RunDemand &d)
{
    std::vector<Refusal> out;
    const Footprint f = mechanism.footprint(d.shape);
    const int channels = std::max(d.channels, 1);
    const int workers = d.shape.producers + d.shape.consumers;
    const bool privileged = geteuid() == 0;

    // Descriptors: in each worker, and in the session that starts them all.
    const uint64_t nofile = softLimit(RLIMIT_NOFILE);
    const int workerFds = kWorkerBaseFds + channels * std::max(f.producerFds, f.consumerFds);
    const int sessionFds = countEntries("/proc/self/fd") + kSessionSpareFds + workers * kSessionFdsPerWorker +
                           channels * f.sessionFds;
    if (uint64_t(std::max(workerFds, sessionFds)) > nofile)
        out.push_back(refusal({QT_TRANSLATE_NOOP("Engine", "this run needs about %1 open descriptors (%2 in each "
                                                           "worker), over the limit of %3 (%4)"),
                               {verbatim(uint64_t(sessionFds)), verbatim(uint64_t(workerFds)), verbatim(nofile),
                                rlimitSource("RLIMIT_NOFILE", "-n")}}));

    // Processes: the workers and the reaper (root is not held to it).
    const uint64_t nproc = softLimit(RLIMIT_NPROC);
    if (!privileged && nproc != RLIM_INFINITY && uint64_t(userProcesses() + workers + 1) > nproc)
        out.push_back(refusal({QT_TRANSLATE_NOOP("Engine", "%1 more processes would pass this user's limit of %2 "
                                                           "(%3; %4 running now)"),
                               {verbatim(uint64_t(workers + 1)), verbatim(nproc), rlimitSource("RLIMIT_NPROC", "-u"),
                                verbatim(uint64_t(userProcesses()))}}));

    if (f.realtimeSignals && softLimit(RLIMIT_SIGPENDING) == 0)
        out.push_back(refusal({QT_TRANSLATE_NOOP("Engine", "no real-time signal can be queued: the limit of pending "
                                                           "signals is 0 (%1)"),
                               {rlimitSource("RLIMIT_SIGPENDING", "-i")}}));

    if (f.posixQueues) {
        const uint64_t msgqueue = softLimit(RLIMIT_MSGQUEUE);
        const uint64_t wanted = uint64_t(channels * f.posixQueues) * f.posixQueueBytes;
        if (msgqueue != RLIM_INFINITY && wanted > msgqueue)
            out.push_back(refusal({QT_TRANSLATE_NOOP("Engine", "the queues need %1 B, over this user's limit of %2 B "
                                                               "for all POSIX queues (%3)"),
                                   {verbatim(wanted), verbatim(msgqueue), rlimitSource("RLIMIT_MSGQUEUE", "-q")}}));
        // Root may pass queues_max (CAP_SYS_RESOURCE); the count is known
        // only where an mqueue file system is mounted.
        const Limit max = procLimit({QT_TRANSLATE_NOOP("Engine", "queues in the system (queues_max)")},
                                    "/proc/sys/fs/mqueue/queues_max", 256, {});
        struct stat st {};
        const bool listed = stat("/dev/mqueue", &st) == 0 && S_ISDIR(st.st_mode);
        const int used = listed ? countEntries("/dev/mqueue") : 0;
        if (!privileged && uint64_t(used + channels * f.posixQueues) > max.value)
            out.push_back(refusal({QT_TRANSLATE_NOOP("Engine", "no free POSIX message queue: %1 in use, %2"),
                                   {verbatim(uint64_t(used)), formatLimit(max)}}));
    }

    if (f.sysvSegments) {
        const Limit shmmax = procLimit({QT_TRANSLATE_NOOP("Engine", "segment size (shmmax)")},
                                       "/proc/sys/kernel/shmmax", UINT64_MAX, bytesUnit());
        if (f.sysvSegmentBytes > shmmax.value)
            out.push_back({Refusal::Field::Size,
                           {QT_TRANSLATE_NOOP("Engine", "the segment needs %1 B, over the limit: %2"),
                            {verbatim(f.sysvSegmentBytes), formatLimit(shmmax)}}});
        const Limit shmmni = procLimit({QT_TRANSLATE_NOOP("Engine", "segments in the system (shmmni)")},
                                       "/proc/sys/kernel/shmmni", 4096, {});
        if (uint64_t(sysvObjects("shm") + channels * f.sysvSegments) > shmmni.value)
            out.push_back(refusal({QT_TRANSLATE_NOOP("Engine", "no free System V segment: %1 in use, %2"),
                                   {verbatim(uint64_t(sysvObjects("shm"))), formatLimit(shmmni)}}));
    }
    if (f.sysvSemaphoreSets) {
        const Limit semmni = procLimit({QT_TRANSLATE_NOOP("Engine", "semaphore sets in the system (semmni)")},
                                       "/proc/sys/kernel/sem", 32000, {}, 3);
        if (uint64_t(sysvObjects("sem") + channels * f.sysvSemaphoreSets) > semmni.value)
            out.push_back(refusal({QT_TRANSLATE_NOOP("Engine", "no free System V semaphore set: %1 in use, %2"),
                                   {verbatim(uint64_t(sysvObjects("sem"))), formatLimit(semmni)}}));
        const Limit semmsl = procLimit({QT_TRANSLATE_NOOP("Engine", "semaphores per set (semmsl)")},
                                       "/proc/sys/kernel/sem", 32000, {}, 0);
        if (uint64_t(f.sysvSemaphoresPerSet) > semmsl.value)
            out.push_back(refusal({QT_TRANSLATE_NOOP("Engine", "a set of %1 semaphores is over the limit: %2"),
                                   {verbatim(uint64_t(f.sysvSemaphoresPerSet)), formatLimit(semmsl)}}));
    }
    if (f.sysvQueues) {
        const Limit msgmni = procLimit({QT_TRANSLATE_NOOP("Engine", "queues in the system (msgmni)")},
                                       "/proc/sys/kernel/msgmni", 32000, {});
        if (uint64_t(sysvObjects("msg") + channels * f.sysvQueues) > msgmni.value)
            out.push_back(refusal({QT_TRANSLATE_NOOP("Engine", "no free System V message queue: %1 in use, %2"),
                                   {verbatim(uint64_t(sysvObjects("msg"))), formatLimit(msgmni)}}));
    }

    // /dev/shm: the telemetry block and the mechanism's files.
    const uint64_t shmWanted =
        uint64_t(channels) * f.shmBytes + TelemetryBlock::layoutSize(workers, d.shape.producers, kSeenBitsLog2);
    struct statvfs vfs {};
    if (shmWanted && statvfs("/dev/shm", &vfs) == 0) {
        const uint64_t free = uint64_t(vfs.f_bavail) * vfs.f_frsize;
        if (shmWanted > free)
            out.push_back(refusal({QT_TRANSLATE_NOOP("Engine", "/dev/shm has %1 B free; this run maps %2 B there"),
                                   {verbatim(free), verbatim(shmWanted)}}));
    }
    return out;
}

} // namespace ipcscope
