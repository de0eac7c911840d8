#pragma once
// Two files with one ftok(3) key, found by looking: ftok keeps 8 bits of
// the id, 8 of the device and 16 of the inode, so a few hundred files on one
// file system usually hold a pair. Only stat(2) is called on them.
#include <sys/types.h>

#include <string>

namespace ipcscope {

struct FtokTwins {
    int scanned = 0;
    key_t key = -1;
    std::string first, second;
    bool found() const { return !second.empty(); }
};

// Regular files under `root`, breadth first, at most `limit`, with id 'B'.
FtokTwins findFtokTwins(const std::string &root, int limit);

} // namespace ipcscope
