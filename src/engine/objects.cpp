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

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <sstream>

namespace ipcscope {

namespace {
const std::pair<ObjectKind, const char *> kKindNames[] = {
    {ObjectKind::SysvShm, "sysv-shm"},   {ObjectKind::SysvSem, "sysv-sem"},   {ObjectKind::SysvMsg, "sysv-msg"},
    {ObjectKind::PosixShm, "posix-shm"}, {ObjectKind::PosixSem, "posix-sem"}, {ObjectKind::PosixMq, "posix-mq"},
    {ObjectKind::Path, "path"},          {ObjectKind::Directory, "dir"},      {ObjectKind::SysvShmKey, "sysv-shm-key"},
};
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
    return kindName(object.kind) + " " + object.name;
}

bool parseObject(const std::string &line, OwnedObject &object)
{
    const auto space = line.find(' ');
    if (space == std::string::npos || space + 1 >= line.size())
        return false;
    object.name = line.substr(space + 1);
    return parseKind(line.substr(0, space), object.kind);
}

void removeObject(const OwnedObject &object) noexcept
{
    const int id = std::atoi(object.name.c_str());
    switch (object.kind) {
    case ObjectKind::SysvShm:
        shmctl(id, IPC_RMID, nullptr);
        break;
    case ObjectKind::SysvSem:
        semctl(id, 0, IPC_RMID);
        break;
    case ObjectKind::SysvMsg:
        msgctl(id, IPC_RMID, nullptr);
        break;
    case ObjectKind::PosixShm:
        shm_unlink(object.name.c_str());
        break;
    case ObjectKind::PosixSem:
        sem_unlink(object.name.c_str());
        break;
    case ObjectKind::PosixMq:
        mq_unlink(object.name.c_str());
        break;
    case ObjectKind::Path:
        unlink(object.name.c_str());
        break;
    case ObjectKind::Directory:
        rmdir(object.name.c_str());
        break;
    case ObjectKind::SysvShmKey: {
        const int shmid = shmget(parseKey(object.name), 0, 0);
        if (shmid >= 0)
            shmctl(shmid, IPC_RMID, nullptr);
        break;
    }
    }
}

key_t randomSysvKey()
{
    static std::mt19937 generator{std::random_device{}()};
    return kSysvKeyPrefix | key_t(generator() & 0xffff);
}

std::string formatKey(key_t key)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%08x", unsigned(key));
    return text;
}

void setSemaphoreValues(int semid, std::vector<unsigned short> values)
{
    // semctl(2): the caller defines this union.
    union {
        int val;
        semid_ds *buf;
        unsigned short *array;
    } arg{};
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

std::string uniquePosixName(const std::string &what)
{
    static std::atomic<unsigned> counter{0};
    return "/ipcscope-" + std::to_string(getpid()) + "-" + std::to_string(counter.fetch_add(1)) + "-" + what;
}

std::string makePrivateDirectory()
{
    const char *tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/ipcscope-" + std::to_string(getpid()) + "-XXXXXX";
    if (!mkdtemp(pattern.data()))
        throw SysError("mkdtemp(" + pattern + ")", errno);
    return pattern;
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
