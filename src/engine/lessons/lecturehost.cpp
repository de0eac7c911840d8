#include "lecturehost.h"

#include "sysvipcs.h"

#include "../names.h"

#include <cstdio>
#include <fstream>

namespace ipcscope {

LectureHost::LectureHost(const LessonArgs &args, bool wantPrivateDevShm)
    : m_isolation(isolate(wantPrivateDevShm, args.text("isolation")))
{
    say("isolation", isolationName(m_isolation.level));
    if (!m_isolation.refused.empty())
        say("isolation_refused", m_isolation.refused);
    if (!isolated()) {
        // Not private: the lecture's 12222 and ftok("/tmp") keys might be
        // anyone's. Fresh keys of ours, created exclusively, mode 0600.
        m_names.shmKey = randomSysvKey();
        m_names.msgKey = randomSysvKey();
        m_names.semKey = randomSysvKey();
        m_names.mode = 0600;
        m_names.exclusive = true;
    }
    if (wantPrivateDevShm) {
        say("private_dev_shm", privateDevShm() ? 1 : 0);
        if (!privateDevShm()) {
            m_names.posixName = uniquePosixName("my_shm");
            m_names.mode = 0600;
            m_names.exclusive = true;
        }
    }
    say("shm_key", formatKey(m_names.shmKey));
    say("posix_name", m_names.posixName);
}

LectureHost::~LectureHost()
{
    for (const OwnedObject &o : m_owned)
        removeObject(o);
}

LectureNames LectureHost::later() const
{
    LectureNames n = m_names;
    n.exclusive = false;
    return n;
}

void LectureHost::own(const OwnedObject &object)
{
    const bool posix = object.kind == ObjectKind::PosixShm;
    if (posix ? privateDevShm() : isolated())
        return; // private: the namespace takes it with it
    for (const OwnedObject &known : m_owned)
        if (known.kind == object.kind && known.name == object.name && known.key == object.key)
            return;
    m_owned.push_back(object);
    say("own", describe(object));
}

std::vector<std::string> LectureHost::ipcs(const char *kind) const
{
    if (isolated())
        return describeSysvipc(kind);
    const std::string k = kind;
    const ObjectKind objectKind = k == "shm" ? ObjectKind::SysvShm : k == "msg" ? ObjectKind::SysvMsg : ObjectKind::SysvSem;
    std::vector<std::string> out;
    for (const SysvObject &o : readSysvipc(kind)) {
        // Ours by key, or by id once IPC_RMID has set the key to 0.
        bool mine = o.key == m_names.shmKey || o.key == m_names.msgKey || o.key == m_names.semKey;
        for (const OwnedObject &known : m_owned)
            mine = mine || (known.kind == objectKind && known.name == std::to_string(o.id) && o.key == 0);
        if (mine)
            out.push_back(o.describe(kind));
    }
    if (out.empty())
        out.push_back("none");
    return out;
}

void LectureHost::say(const std::string &key, const std::string &value)
{
    std::printf("%s=%s\n", key.c_str(), value.c_str());
    std::fflush(stdout);
}

void LectureHost::sayAll(const std::string &key, const std::vector<std::string> &values)
{
    for (const std::string &v : values)
        say(key, v);
}

std::string LectureHost::mapsLine(pid_t pid, const std::string &needle)
{
    std::ifstream maps("/proc/" + std::to_string(pid) + "/maps");
    std::string line;
    while (std::getline(maps, line))
        if (line.find(needle) != std::string::npos)
            return line;
    return "none";
}

} // namespace ipcscope
