#include "lessonobjects.h"

#include "../syserror.h"

#include <fcntl.h>
#include <mqueue.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace ipcscope {

Objects createSysvSegment(size_t bytes)
{
    key_t key = 0;
    const int id = createWithFreshKey(
        {}, key, [bytes](key_t k) { return shmget(k, bytes, IPC_CREAT | IPC_EXCL | 0600); }, "shmget");
    Objects o;
    o.owned.push_back({ObjectKind::SysvShm, std::to_string(id), key});
    o.params = {{"shm-key", formatKey(key)}, {"shm-id", std::to_string(id)}};
    return o;
}

Objects createSysvSemaphores(int count, int value)
{
    key_t key = 0;
    const int id = createWithFreshKey(
        {}, key, [count](key_t k) { return semget(k, count, IPC_CREAT | IPC_EXCL | 0600); }, "semget");
    Objects o;
    o.owned.push_back({ObjectKind::SysvSem, std::to_string(id), key});
    try {
        setSemaphoreValues(id, std::vector<unsigned short>(size_t(count), static_cast<unsigned short>(value)));
    } catch (...) {
        o.removeAll();
        throw;
    }
    o.params = {{"sem-key", formatKey(key)}, {"sem-id", std::to_string(id)}};
    return o;
}

Objects createSysvQueue()
{
    key_t key = 0;
    const int id = createWithFreshKey(
        {}, key, [](key_t k) { return msgget(k, IPC_CREAT | IPC_EXCL | 0600); }, "msgget");
    Objects o;
    o.owned.push_back({ObjectKind::SysvMsg, std::to_string(id), key});
    o.params = {{"key", formatKey(key)}, {"id", std::to_string(id)}};
    return o;
}

Objects createPosixQueue(long maxmsg, long msgsize)
{
    const std::string name = uniquePosixName("lesson-mq");
    mq_attr attr{};
    attr.mq_maxmsg = maxmsg;
    attr.mq_msgsize = msgsize;
    const mqd_t mq = mq_open(name.c_str(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600, &attr);
    if (mq == mqd_t(-1))
        throw SysError("mq_open(" + name + ")", errno);
    mq_close(mq);
    Objects o;
    o.owned.push_back({ObjectKind::PosixMq, name});
    o.params = {{"mq", name}};
    return o;
}

Objects merge(Objects a, const Objects &b)
{
    a.owned.insert(a.owned.end(), b.owned.begin(), b.owned.end());
    for (const auto &[k, v] : b.params)
        a.params[k] = v;
    return a;
}

std::vector<SemaphoreReading> readSemaphores(int semid, int count)
{
    std::vector<SemaphoreReading> out(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        out[size_t(i)] = {semctl(semid, i, GETVAL), semctl(semid, i, GETNCNT), semctl(semid, i, GETPID)};
    return out;
}

SegmentReading readSegment(int shmid)
{
    shmid_ds ds{};
    if (shmctl(shmid, IPC_STAT, &ds) != 0)
        return {};
    return {true, ds.shm_perm.__key, int(ds.shm_nattch), ds.shm_cpid, (ds.shm_perm.mode & SHM_DEST) != 0};
}

uint64_t readCounter(int shmid)
{
    void *base = shmat(shmid, nullptr, SHM_RDONLY);
    if (base == reinterpret_cast<void *>(-1))
        throw SysError("shmat", errno);
    uint64_t value;
    std::memcpy(&value, base, sizeof value);
    shmdt(base);
    return value;
}

} // namespace ipcscope
