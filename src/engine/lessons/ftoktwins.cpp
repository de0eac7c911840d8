#include "ftoktwins.h"

#include <dirent.h>
#include <sys/ipc.h>
#include <sys/stat.h>

#include <cstring>
#include <deque>
#include <map>

namespace ipcscope {

FtokTwins findFtokTwins(const std::string &root, int limit)
{
    FtokTwins t;
    std::map<key_t, std::string> seen;
    std::deque<std::string> dirs{root};
    while (!dirs.empty() && t.scanned < limit) {
        const std::string dir = dirs.front();
        dirs.pop_front();
        DIR *d = opendir(dir.c_str());
        if (!d)
            continue;
        while (const dirent *e = readdir(d)) {
            if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
                continue;
            const std::string path = dir + "/" + e->d_name;
            struct stat st {};
            if (lstat(path.c_str(), &st) != 0)
                continue;
            if (S_ISDIR(st.st_mode)) {
                dirs.push_back(path);
                continue;
            }
            if (!S_ISREG(st.st_mode))
                continue;
            ++t.scanned;
            const key_t key = ftok(path.c_str(), 'B');
            if (key == -1)
                continue;
            const auto [it, fresh] = seen.emplace(key, path);
            if (!fresh) {
                t.key = key;
                t.first = it->second;
                t.second = path;
                closedir(d);
                return t;
            }
            if (t.scanned >= limit)
                break;
        }
        closedir(d);
    }
    return t;
}

} // namespace ipcscope
