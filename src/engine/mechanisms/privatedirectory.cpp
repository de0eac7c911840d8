#include "privatedirectory.h"

#include "../ownership.h"
#include "../syserror.h"

#include <sys/stat.h>

#include <cerrno>

namespace ipcscope {

std::string privateDirectory(const Params &requested, Objects &objects)
{
    std::string dir = param(requested, "dir");
    if (dir.empty()) {
        dir = makePrivateDirectory();
    } else if (mkdir(dir.c_str(), 0700) != 0) {
        // Existing already, it is not ours to use: anyone could have made it.
        throw SysError("mkdir(" + dir + ")", errno,
                       errno == EEXIST ? "it exists already, so this run did not make it; pick a new name" : "");
    }
    objects.owned.push_back({ObjectKind::Directory, dir});
    return dir;
}

void requirePrivateDirectory(const std::string &dir)
{
    requireOwnPath(dir, S_IFDIR, "directory " + dir);
}

} // namespace ipcscope
