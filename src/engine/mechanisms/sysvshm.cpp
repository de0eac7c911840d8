// System V shared memory (shmget/shmat by key, as in the lecture) guarded by a
// System V semaphore set (semget/semop): empty, full, put, take.
#include "mechanisms.h"
#include "semring.h"

#include "../ownership.h"
#include "../resources.h"
#include "../syserror.h"

#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/shm.h>

#include <cerrno>
#include <functional>

namespace ipcscope {

namespace {

int idOrKey(const std::string &id, key_t key, int (*get)(key_t), const char *call)
{
    if (!id.empty())
        return std::stoi(id);
    return int(checked(get(key), call));
}

// How many times P tries semop with IPC_NOWAIT before it waits in semop, where
// the other side runs on another CPU: each try is a system call, so fewer
// than sem_trywait's tries make as long a spin.
constexpr int kNoWaitTries = 64;

class SysvRingEndpoint : public SemaphoreRingEndpoint {
public:
    SysvRingEndpoint(ShmAttachment segment, const RingView &ring, int semid, bool undoLocks, Gate &gate,
                     bool producer)
        : SemaphoreRingEndpoint(ring, gate, producer, kNoWaitTries), m_segment(std::move(segment)), m_semid(semid),
          m_undoLocks(undoLocks)
    {
    }

protected:
    bool tryWait(RingSemaphore sem) override { return semop1(sem, -1, IPC_NOWAIT); }
    void wait(RingSemaphore sem) override { semop1(sem, -1); }
    void post(RingSemaphore sem) override { semop1(sem, +1); }

private:
    // False only when asked not to wait and the semaphore is 0 (EAGAIN).
    bool semop1(RingSemaphore sem, short delta, short flags = 0)
    {
        // With SEM_UNDO the kernel keeps a semadj for each lock this process
        // holds and gives it back when the process dies holding it.
        const bool lock = sem == kPut || sem == kTake;
        sembuf op{static_cast<unsigned short>(sem), delta, short(flags | (lock && m_undoLocks ? SEM_UNDO : 0))};
        while (semop(m_semid, &op, 1) != 0) {
            if ((flags & IPC_NOWAIT) && errno == EAGAIN)
                return false;
            if (errno != EINTR)
                throw SysError(delta < 0 ? "semop(P)" : "semop(V)", errno);
        }
        return true;
    }

    ShmAttachment m_segment;
    int m_semid;
    bool m_undoLocks;
};

class SysvShmMechanism : public Mechanism {
public:
    const MechanismInfo &info() const override
    {
        static const MechanismInfo info{
            .id = "sysv-shm",
            .group = Group::SharedMemory,
            .lecture = LectureKind::SharedMemory,
            .inFlight = InFlightBound::RingSlots,
            .title = QT_TRANSLATE_NOOP("Engine", "System V shared memory + semaphores"),
            .summary = QT_TRANSLATE_NOOP(
                "Engine",
                "shmget() finds a segment by its key and shmat() maps it into each worker: the data is "
                "copied into a ring of slots. A System V semaphore set guards it: P(empty) waits for a "
                "free slot, V(full) announces a filled one, 'put' and 'take' are the two sides' mutexes."),
            .calls = "shmget(key, size, IPC_CREAT | 0600);  shmat(id, NULL, 0);  semop(semid, &P, 1);",
            .colour = 0x0072b2,
            .scene = SceneKind::Ring,
            .syncObjects = ringSemaphoreNames(),
            .syncRoles = ringSemaphoreRoles(),
            .handParams = {{"shm-key", HandObject::SysvKey}, {"sem-key", HandObject::SysvKey}},
        };
        return info;
    }
    Footprint footprint(const Shape &shape) const override
    {
        return {.sysvSegments = 1,
                .sysvSegmentBytes = ringBytes(shape.ringSlots, shape.size),
                .sysvSemaphoreSets = 1,
                .sysvSemaphoresPerSet = kRingSemaphores};
    }
    Limit maxMessage() const override
    {
        return {{QT_TRANSLATE_NOOP("Engine", "message size")},
                kMaxMessageSize,
                bytesUnit(),
                {QT_TRANSLATE_NOOP("Engine", "ipcscope's limit; a segment may be up to shmmax")}};
    }
    std::vector<Limit> limits() const override
    {
        return {maxMessage(),
                procLimit({QT_TRANSLATE_NOOP("Engine", "segment size (shmmax)")}, "/proc/sys/kernel/shmmax", 0,
                          bytesUnit()),
                procLimit({QT_TRANSLATE_NOOP("Engine", "segments in the system (shmmni)")}, "/proc/sys/kernel/shmmni",
                          4096, {}),
                procLimit({QT_TRANSLATE_NOOP("Engine", "semaphores per set (semmsl)")}, "/proc/sys/kernel/sem", 32000,
                          {}, 0),
                procLimit({QT_TRANSLATE_NOOP("Engine", "operations per semop (semopm)")}, "/proc/sys/kernel/sem", 500,
                          {}, 2),
                {{QT_TRANSLATE_NOOP("Engine", "semaphore value (SEMVMX)")},
                 32767,
                 {},
                 {QT_TRANSLATE_NOOP("Engine", "from %1"), {verbatim("<linux/sem.h>")}}}};
    }

    Created create(const Shape &shape, const Params &requested) const override
    {
        Created made;
        Objects &objects = made.objects;
        const RemoveOnFailure undo(objects);
        key_t shmKey = 0;
        key_t semKey = 0;
        const size_t bytes = ringBytes(shape.ringSlots, shape.size);
        const int shmid = createWithFreshKey(
            param(requested, "shm-key"), shmKey, [&](key_t k) { return shmget(k, bytes, IPC_CREAT | IPC_EXCL | 0600); },
            "shmget");
        objects.owned.push_back({ObjectKind::SysvShm, std::to_string(shmid), shmKey});
        const int semid = createWithFreshKey(
            param(requested, "sem-key"), semKey,
            [](key_t k) { return semget(k, kRingSemaphores, IPC_CREAT | IPC_EXCL | 0600); }, "semget");
        objects.owned.push_back({ObjectKind::SysvSem, std::to_string(semid), semKey});
        static_assert(kRingSemaphores == 4, "empty, full, put, take");
        setSemaphoreValues(semid, {static_cast<unsigned short>(shape.ringSlots), 0, 1, 1});
        initRing(ShmAttachment(shmid).data(), shape.ringSlots, shape.size);
        objects.params = {{"shm-key", formatKey(shmKey)},
                          {"sem-key", formatKey(semKey)},
                          {"shm-id", std::to_string(shmid)},
                          {"sem-id", std::to_string(semid)}};
        // sem-undo=1: the locks (put, take) are taken and given with SEM_UNDO.
        if (param(requested, "sem-undo") == "1")
            objects.params["sem-undo"] = "1";
        return made;
    }

    std::unique_ptr<Endpoint> open(const EndpointContext &context) const override
    {
        // By id where the session made them (a key can be removed and taken by
        // someone else meanwhile), by key when started by hand; either way
        // only objects of ours with that key.
        const key_t shmKey = parseKey(param(context.params, "shm-key"));
        const key_t semKey = parseKey(param(context.params, "sem-key"));
        const int shmid = idOrKey(param(context.params, "shm-id"), shmKey, [](key_t k) { return shmget(k, 0, 0); },
                                  "shmget");
        const int semid = idOrKey(param(context.params, "sem-id"), semKey, [](key_t k) { return semget(k, 0, 0); },
                                  "semget");
        shmid_ds shm{};
        checked(shmctl(shmid, IPC_STAT, &shm), "shmctl(IPC_STAT)");
        requireOwnSysv(shm.shm_perm, "segment " + formatKey(shmKey));
        if (shm.shm_perm.__key != shmKey)
            throw SysError("shmget", EIDRM, "segment " + std::to_string(shmid) + " no longer has key " + formatKey(shmKey));
        semid_ds sem{};
        SemctlArg arg{};
        arg.buf = &sem;
        checked(semctl(semid, 0, IPC_STAT, arg), "semctl(IPC_STAT)");
        requireOwnSysv(sem.sem_perm, "semaphore set " + formatKey(semKey));
        if (sem.sem_perm.__key != semKey || sem.sem_nsems != kRingSemaphores)
            throw SysError("semget", EPROTO, "semaphore set " + std::to_string(semid) + " is not this run's");
        ShmAttachment segment(shmid);
        const RingView ring(segment.data(), shm.shm_segsz, context.shape.ringSlots, context.shape.size);
        return std::make_unique<SysvRingEndpoint>(std::move(segment), ring, semid,
                                                  param(context.params, "sem-undo") == "1", context.gate,
                                                  context.role == Role::Producer);
    }

    std::unique_ptr<RingObserver> observeRing(const Params &params, const Shape &shape) const override
    {
        const int shmid = std::stoi(param(params, "shm-id"));
        shmid_ds ds{};
        checked(shmctl(shmid, IPC_STAT, &ds), "shmctl(IPC_STAT)");
        requireOwnSysv(ds.shm_perm, "segment " + param(params, "shm-key"));
        void *base = shmat(shmid, nullptr, SHM_RDONLY);
        if (base == reinterpret_cast<void *>(-1))
            throw SysError("shmat", errno);
        return std::make_unique<RingObserver>(base, ds.shm_segsz, shape, [base] { shmdt(base); });
    }

    std::vector<KernelValue> sample(const Params &params) const override
    {
        std::vector<KernelValue> values;
        const int semid = std::stoi(param(params, "sem-id"));
        for (int i = 0; i < kRingSemaphores; ++i) {
            const std::string &name = ringSemaphoreNames()[size_t(i)];
            values.push_back({name, "semval", semctl(semid, i, GETVAL)});
            values.push_back({name, "semncnt", semctl(semid, i, GETNCNT)});
            values.push_back({name, "semzcnt", semctl(semid, i, GETZCNT)});
            values.push_back({name, "sempid", semctl(semid, i, GETPID)});
        }
        shmid_ds ds{};
        if (shmctl(std::stoi(param(params, "shm-id")), IPC_STAT, &ds) == 0) {
            values.push_back({"segment", "nattch", int64_t(ds.shm_nattch)});
            values.push_back({"segment", "cpid", ds.shm_cpid});
            values.push_back({"segment", "lpid", ds.shm_lpid});
            values.push_back({"segment", "bytes", int64_t(ds.shm_segsz)});
        }
        return values;
    }
};

} // namespace

const Mechanism &sysvShm()
{
    static const SysvShmMechanism mechanism;
    return mechanism;
}

} // namespace ipcscope
