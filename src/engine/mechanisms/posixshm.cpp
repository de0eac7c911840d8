// POSIX shared memory (shm_open + mmap, a file in /dev/shm) guarded by named
// POSIX semaphores (sem_open; they appear in /dev/shm as sem.<name>).
#include "mechanisms.h"
#include "posixsegment.h"
#include "semring.h"

#include "../ownership.h"
#include "../resources.h"
#include "../syserror.h"

#include <fcntl.h>
#include <semaphore.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <optional>

namespace ipcscope {

namespace {

std::string semaphoreName(const std::string &prefix, int sem)
{
    return prefix + "-" + ringSemaphoreNames()[size_t(sem)];
}

class PosixRingEndpoint : public SemaphoreRingEndpoint {
public:
    PosixRingEndpoint(PosixSegment segment, const RingView &ring, std::array<sem_t *, kRingSemaphores> sems,
                      Gate &gate, bool producer)
        : SemaphoreRingEndpoint(ring, gate, producer, kSpinsBeforeSleep), m_segment(std::move(segment)),
          m_sems(sems)
    {
    }
    ~PosixRingEndpoint() override
    {
        for (sem_t *s : m_sems)
            sem_close(s);
    }

protected:
    bool tryWait(RingSemaphore sem) override { return sem_trywait(m_sems[sem]) == 0; }
    void wait(RingSemaphore sem) override
    {
        while (sem_wait(m_sems[sem]) != 0) {
            if (errno != EINTR)
                throw SysError("sem_wait", errno);
        }
    }
    void post(RingSemaphore sem) override { checked(sem_post(m_sems[sem]), "sem_post"); }

private:
    PosixSegment m_segment;
    std::array<sem_t *, kRingSemaphores> m_sems;
};

sem_t *openSemaphore(const std::string &name, int flags, unsigned value)
{
    // sem_open gives no descriptor to check: look at its file in /dev/shm
    // first (glibc opens it with O_NOFOLLOW).
    if (!flags)
        requireOwnPath("/dev/shm/sem." + name.substr(1), S_IFREG, "semaphore " + name);
    sem_t *s = flags ? sem_open(name.c_str(), flags, 0600, value) : sem_open(name.c_str(), 0);
    if (s == SEM_FAILED)
        throw SysError("sem_open(" + name + ")", errno);
    return s;
}

// The run's polls read the four semaphores with them kept open: sem_open
// maps a semaphore's file and sem_close unmaps it, which each poll paid for
// (what the window spent most of its kernel reading in). Each is opened once,
// checked as a worker checks it (ours, a plain file), when it is first there.
class PosixShmReader : public KernelReader {
public:
    ~PosixShmReader() override { closeAll(); }
    std::vector<KernelValue> read(const Params &params) override
    {
        const std::string prefix = param(params, "sem");
        if (prefix != m_prefix) {
            closeAll();
            m_prefix = prefix;
        }
        std::vector<KernelValue> values;
        for (int i = 0; i < kRingSemaphores && !prefix.empty(); ++i) {
            sem_t *&s = m_sems[size_t(i)];
            if (!s) {
                try {
                    s = openSemaphore(semaphoreName(prefix, i), 0, 0);
                } catch (const SysError &) {
                    continue; // not there (yet, or any more): nothing to show
                }
            }
            int value = 0;
            if (sem_getvalue(s, &value) == 0)
                values.push_back({ringSemaphoreNames()[size_t(i)], "semval", value});
        }
        if (const auto bytes = segmentBytes(param(params, "shm")))
            values.push_back({"segment", "bytes", *bytes});
        return values;
    }

private:
    // The segment's size, from a descriptor kept open as the semaphores are
    // (a stat() by path each poll was what was left of the read). Unlinked,
    // it is gone (st_nlink 0), as the path's stat() would say.
    std::optional<int64_t> segmentBytes(const std::string &name)
    {
        if (name != m_shm) {
            m_segment.reset();
            m_shm = name;
        }
        if (!m_segment.valid() && !name.empty()) {
            try {
                m_segment = openOwnSegment(name, O_RDONLY);
            } catch (const SysError &) {
                return std::nullopt; // not there (yet, or any more), or not ours: not read
            }
        }
        struct stat st {};
        if (!m_segment.valid() || fstat(m_segment.get(), &st) != 0 || st.st_nlink == 0) {
            m_segment.reset();
            return std::nullopt;
        }
        return int64_t(st.st_size);
    }
    void closeAll()
    {
        for (sem_t *&s : m_sems) {
            if (s)
                sem_close(s);
            s = nullptr;
        }
        m_segment.reset();
    }
    std::string m_prefix;
    std::string m_shm;
    UniqueFd m_segment;
    std::array<sem_t *, kRingSemaphores> m_sems{};
};

class PosixShmMechanism : public Mechanism {
public:
    const MechanismInfo &info() const override
    {
        static const MechanismInfo info{
            .id = "posix-shm",
            .group = Group::SharedMemory,
            .lecture = LectureKind::SharedMemory,
            .inFlight = InFlightBound::RingSlots,
            .title = QT_TRANSLATE_NOOP("Engine", "POSIX shared memory + semaphores"),
            .summary = QT_TRANSLATE_NOOP(
                "Engine",
                "shm_open() and mmap() map a file in /dev/shm into each worker. Named POSIX semaphores "
                "guard the ring: sem_wait() and sem_post(). Without contention they never enter the "
                "kernel."),
            .calls = "shm_open(name, O_CREAT | O_RDWR, 0600);  mmap(...);  sem_wait(empty);",
            .colour = 0x56b4e9,
            .scene = SceneKind::Ring,
            .syncObjects = ringSemaphoreNames(),
            .syncRoles = ringSemaphoreRoles(),
            .handParams = {{"shm", HandObject::PosixName}, {"sem", HandObject::PosixName}},
        };
        return info;
    }
    Footprint footprint(const Shape &shape) const override
    {
        // A named semaphore is a file of one page in /dev/shm.
        return {.shmBytes = ringBytes(shape.ringSlots, shape.size) + kRingSemaphores * uint64_t(getpagesize())};
    }
    Limit maxMessage() const override { return posixSegmentMessageLimit(); }
    std::vector<Limit> limits() const override
    {
        return {maxMessage(),
                {{QT_TRANSLATE_NOOP("Engine", "semaphore value (SEM_VALUE_MAX)")},
                 uint64_t(SEM_VALUE_MAX),
                 {},
                 {QT_TRANSLATE_NOOP("Engine", "from %1"), {verbatim("<limits.h>")}}}};
    }

    Created create(const Shape &shape, const Params &requested) const override
    {
        Created made;
        Objects &objects = made.objects;
        const RemoveOnFailure undo(objects);
        const std::string sem = param(requested, "sem").empty() ? uniquePosixName("sem") : param(requested, "sem");
        createPosixRing(shape, requested, objects);
        const unsigned initial[kRingSemaphores] = {shape.ringSlots, 0, 1, 1};
        for (int i = 0; i < kRingSemaphores; ++i) {
            sem_close(openSemaphore(semaphoreName(sem, i), O_CREAT | O_EXCL, initial[i]));
            objects.owned.push_back({ObjectKind::PosixSem, semaphoreName(sem, i)});
        }
        objects.params["sem"] = sem;
        return made;
    }

    std::unique_ptr<Endpoint> open(const EndpointContext &context) const override
    {
        PosixSegment segment = PosixSegment::open(param(context.params, "shm"));
        const RingView ring(segment.data(), segment.size(), context.shape.ringSlots, context.shape.size);
        std::array<sem_t *, kRingSemaphores> sems{};
        try {
            for (int i = 0; i < kRingSemaphores; ++i)
                sems[size_t(i)] = openSemaphore(semaphoreName(param(context.params, "sem"), i), 0, 0);
        } catch (const SysError &) {
            for (sem_t *s : sems)
                if (s)
                    sem_close(s);
            throw;
        }
        return std::make_unique<PosixRingEndpoint>(std::move(segment), ring, sems, context.gate,
                                                   context.role == Role::Producer);
    }

    std::unique_ptr<RingObserver> observeRing(const Params &params, const Shape &shape) const override
    {
        return observePosixRing(param(params, "shm"), shape);
    }

    // A reader of one look: it opens the semaphores, reads and closes them.
    std::vector<KernelValue> sample(const Params &params) const override { return PosixShmReader().read(params); }
    std::unique_ptr<KernelReader> kernelReader() const override { return std::make_unique<PosixShmReader>(); }
};

} // namespace

const Mechanism &posixShm()
{
    static const PosixShmMechanism mechanism;
    return mechanism;
}

} // namespace ipcscope
