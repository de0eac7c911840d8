#pragma once
// The kernel's limits as this machine sets them, each with where it comes
// from, so that a refusal can say "8192 B, from /proc/sys/kernel/msgmax".
#include "text.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ipcscope {

struct Limit {
    Text name; // what is limited, in a few words
    uint64_t value = 0;
    Text unit;   // "B", "signals", or none for a count
    Text source; // where the value was read
};

Text formatLimit(const Limit &limit); // "message size (msgmax) 8192 B (from /proc/sys/kernel/msgmax)"

// Units, translatable.
Text bytesUnit();

std::optional<uint64_t> readProcNumber(const std::string &path, int field = 0);

// A /proc number, or `fallback` with a source that says it is the default.
Limit procLimit(const Text &name, const std::string &path, uint64_t fallback, const Text &unit, int field = 0);

Limit pipeBufLimit();      // PIPE_BUF: writes up to it are atomic
Limit pipeCapacityLimit(); // F_GETPIPE_SZ of a new pipe
Limit pipeMaxSizeLimit();  // the most F_SETPIPE_SZ grants without CAP_SYS_RESOURCE
Limit rlimitLimit(const Text &name, int resource, const Text &unit, const std::string &resourceName);
Limit posixSegmentMessageLimit(); // a message in a POSIX shared-memory ring: ipcscope's own ceiling

// ipcscope's own ceiling on a message, whatever the mechanism allows.
constexpr uint64_t kMaxMessageSize = 1 << 20;

} // namespace ipcscope
