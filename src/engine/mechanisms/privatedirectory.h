#pragma once
// The directory that holds a run's FIFO or socket files. Files in a directory
// anyone can write (/tmp) can be made, or replaced by a symbolic link, by
// anyone; in a directory of mode 0700 that this run made, only by us.
#include "../mechanism.h"

#include <string>

namespace ipcscope {

// The requested directory, which must not exist yet (a hand-run consumer
// makes it), or a new one from mkdtemp; listed as owned.
std::string privateDirectory(const Params &requested, Objects &objects);
// Before a worker uses a file in `dir`: the directory is ours and private.
void requirePrivateDirectory(const std::string &dir);

} // namespace ipcscope
