#include "sysvipcs.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

namespace ipcscope {

namespace {
constexpr int kShmDest = 01000; // SHM_DEST in a segment's mode
}

std::string SysvObject::describe(const char *kind) const
{
    const std::string k = kind;
    char keyText[16];
    std::snprintf(keyText, sizeof keyText, "0x%08x", unsigned(key));
    char permsText[8];
    std::snprintf(permsText, sizeof permsText, "%o", unsigned(perms));
    std::string line = "key " + std::string(keyText) + " id " + std::to_string(id) + " perms " + permsText;
    if (k == "shm")
        line += " bytes " + std::to_string(bytes) + " nattch " + std::to_string(count) + " cpid " +
                std::to_string(creator) + " dest " + (dest ? "1" : "0");
    else if (k == "msg")
        line += " cbytes " + std::to_string(bytes) + " qnum " + std::to_string(count);
    else
        line += " nsems " + std::to_string(count);
    return line;
}

std::vector<SysvObject> readSysvipc(const char *kind)
{
    std::ifstream file(std::string("/proc/sysvipc/") + kind);
    std::string header;
    std::getline(file, header);
    std::vector<std::string> columns;
    {
        std::istringstream in(header);
        std::string c;
        while (in >> c)
            columns.push_back(c);
    }
    std::vector<SysvObject> out;
    std::string line;
    while (std::getline(file, line)) {
        std::istringstream in(line);
        std::map<std::string, std::string> row;
        for (const std::string &c : columns)
            in >> row[c];
        SysvObject o;
        o.key = key_t(std::strtol(row["key"].c_str(), nullptr, 10));
        o.id = std::atoi(row[std::string(kind) + "id"].c_str());
        const int mode = int(std::strtol(row["perms"].c_str(), nullptr, 8));
        o.perms = mode & 0777;
        o.dest = std::string(kind) == "shm" && (mode & kShmDest);
        if (std::string(kind) == "shm") {
            o.bytes = std::atoll(row["size"].c_str());
            o.count = std::atoll(row["nattch"].c_str());
            o.creator = pid_t(std::atoi(row["cpid"].c_str()));
        } else if (std::string(kind) == "msg") {
            o.bytes = std::atoll(row["cbytes"].c_str());
            o.count = std::atoll(row["qnum"].c_str());
        } else {
            o.count = std::atoll(row["nsems"].c_str());
        }
        out.push_back(o);
    }
    return out;
}

std::vector<std::string> describeSysvipc(const char *kind)
{
    std::vector<std::string> out;
    for (const SysvObject &o : readSysvipc(kind))
        out.push_back(o.describe(kind));
    if (out.empty())
        out.push_back("none");
    return out;
}

} // namespace ipcscope
