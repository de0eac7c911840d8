#include "objects.h"

#include "syserror.h"

#include <fcntl.h>
#include <mqueue.h>
#include <semaphore.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace ipcscope {

namespace {
const std::pair<ObjectKind, const char *> kKindNames[] = {
    {ObjectKind::SysvShm, "sysv-shm"},   {ObjectKind::SysvSem, "sysv-sem"},   {ObjectKind::SysvMsg, "sysv-msg"},
    {ObjectKind::PosixShm, "posix-shm"}, {ObjectKind::PosixSem, "posix-sem"}, {ObjectKind::PosixMq, "posix-mq"},
    {ObjectKind::Path, "path"},          {ObjectKind::Directory, "dir"},      {ObjectKind::SysvShmKey, "sysv-shm-key"},
};

bool isSysv(ObjectKind kind)
{
    return kind == ObjectKind::SysvShm || kind == ObjectKind::SysvSem || kind == ObjectKind::SysvMsg;
}
} // namespace

std::string kindName(ObjectKind kind)
{
    for (const auto &[k, name] : kKindNames)
        if (k == kind)
            return name;
    return "?";
}

bool parseKind(const std::string &text, ObjectKind &kind)
{
    for (const auto &[k, name] : kKindNames)
        if (text == name) {
            kind = k;
            return true;
        }
    return false;
}

std::string describe(const OwnedObject &object)
{
    std::string text = kindName(object.kind) + " " + object.name;
    if (isSysv(object.kind))
        text += " " + formatKey(object.key);
    else if (object.kind == ObjectKind::SysvShmKey)
        text += " " + std::to_string(object.creator);
    return text;
}

bool parseObject(const std::string &line, OwnedObject &object)
{
    std::istringstream in(line);
    std::string kind;
    if (!(in >> kind) || !parseKind(kind, object.kind))
        return false;
    if (object.kind == ObjectKind::Path || object.kind == ObjectKind::Directory ||
        object.kind == ObjectKind::PosixShm || object.kind == ObjectKind::PosixSem ||
        object.kind == ObjectKind::PosixMq) {
        // A path may hold spaces: the rest of the line.
        object.name = line.substr(kind.size() + 1 <= line.size() ? kind.size() + 1 : line.size());
        return !object.name.empty();
    }
    std::string second;
    if (!(in >> object.name >> second))
        return false;
    if (object.kind == ObjectKind::SysvShmKey) {
        object.creator = pid_t(std::atol(second.c_str()));
        return object.creator > 0;
    }
    object.key = parseKey(second);
    return true;
}

bool readSysvPerm(ObjectKind kind, int id, ipc_perm &perm, pid_t *creator)
{
    switch (kind) {
    case ObjectKind::SysvShm: {
        shmid_ds ds{};
        if (shmctl(id, IPC_STAT, &ds) != 0)
            return false;
        perm = ds.shm_perm;
        if (creator)
            *creator = ds.shm_cpid;
        return true;
    }
    case ObjectKind::SysvSem: {
        semid_ds ds{};
        SemctlArg arg{};
        arg.buf = &ds;
        if (semctl(id, 0, IPC_STAT, arg) != 0)
            return false;
        perm = ds.sem_perm;
        return true;
    }
    case ObjectKind::SysvMsg: {
        msqid_ds ds{};
        if (msgctl(id, IPC_STAT, &ds) != 0)
            return false;
        perm = ds.msg_perm;
        return true;
    }
    default:
        return false;
    }
}

namespace {

bool stillOurs(ObjectKind kind, int id, key_t key, pid_t creator = 0)
{
    ipc_perm perm{};
    pid_t cpid = 0;
    if (!readSysvPerm(kind, id, perm, &cpid))
        return false;
    return perm.__key == key && perm.cuid == geteuid() && (creator == 0 || cpid == creator);
}

bool removeSysv(ObjectKind kind, int id)
{
    switch (kind) {
    case ObjectKind::SysvShm:
        return shmctl(id, IPC_RMID, nullptr) == 0;
    case ObjectKind::SysvSem:
        return semctl(id, 0, IPC_RMID) == 0;
    case ObjectKind::SysvMsg:
        return msgctl(id, IPC_RMID, nullptr) == 0;
    default:
        return false;
    }
}

} // namespace

bool removeObject(const OwnedObject &object) noexcept
{
    switch (object.kind) {
    case ObjectKind::SysvShm:
    case ObjectKind::SysvSem:
    case ObjectKind::SysvMsg: {
        const int id = std::atoi(object.name.c_str());
        return stillOurs(object.kind, id, object.key) && removeSysv(object.kind, id);
    }
    case ObjectKind::SysvShmKey: {
        const key_t key = parseKey(object.name);
        const int shmid = shmget(key, 0, 0);
        return shmid >= 0 && stillOurs(ObjectKind::SysvShm, shmid, key, object.creator) &&
               removeSysv(ObjectKind::SysvShm, shmid);
    }
    case ObjectKind::PosixShm:
        return shm_unlink(object.name.c_str()) == 0;
    case ObjectKind::PosixSem:
        return sem_unlink(object.name.c_str()) == 0;
    case ObjectKind::PosixMq:
        return mq_unlink(object.name.c_str()) == 0;
    case ObjectKind::Path:
        return unlink(object.name.c_str()) == 0;
    case ObjectKind::Directory:
        return rmdir(object.name.c_str()) == 0;
    }
    return false;
}

std::string formatKey(key_t key)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%08x", unsigned(key));
    return text;
}

void setSemaphoreValues(int semid, std::vector<unsigned short> values)
{
    SemctlArg arg{};
    arg.array = values.data();
    checked(semctl(semid, 0, SETALL, arg), "semctl(SETALL)");
}

int createWithFreshKey(const std::string &requested, key_t &key, const std::function<int(key_t)> &get, const char *call)
{
    for (int attempt = 0; attempt < 1000; ++attempt) {
        key = requested.empty() ? randomSysvKey() : parseKey(requested);
        const int id = get(key);
        if (id >= 0)
            return id;
        if (errno != EEXIST || !requested.empty())
            throw SysError(std::string(call) + "(" + formatKey(key) + ")", errno);
    }
    throw SysError(call, EEXIST, "no free key with the prefix " + formatKey(kSysvKeyPrefix));
}

key_t parseKey(const std::string &text)
{
    return key_t(std::strtoul(text.c_str(), nullptr, 0));
}

std::string formatParams(const Params &params)
{
    std::string out;
    for (const auto &[key, value] : params) {
        if (!out.empty())
            out += ',';
        out += key + '=' + value;
    }
    return out;
}

Params parseParams(const std::string &text)
{
    Params params;
    std::istringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        const auto eq = item.find('=');
        if (eq != std::string::npos)
            params[item.substr(0, eq)] = item.substr(eq + 1);
    }
    return params;
}

std::string param(const Params &params, const std::string &key)
{
    const auto it = params.find(key);
    return it == params.end() ? std::string() : it->second;
}

} // namespace ipcscope
