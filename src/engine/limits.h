#pragma once
// The kernel's limits as this machine sets them, each with where it comes
// from, so that a refusal can say "8192 B, from /proc/sys/kernel/msgmax".
#include <cstdint>
#include <optional>
#include <string>

namespace ipcscope {

struct Limit {
    std::string name; // what is limited, in a few words
    uint64_t value = 0;
    std::string unit;   // "B", "messages", "signals"
    std::string source; // where the value was read
};

std::string formatLimit(const Limit &limit); // "message size ≤ 8192 B (/proc/sys/kernel/msgmax)"

std::optional<uint64_t> readProcNumber(const std::string &path, int field = 0);

// A /proc number, or `fallback` with a source that says it is the default.
Limit procLimit(const std::string &name, const std::string &path, uint64_t fallback, const std::string &unit,
                int field = 0);

Limit pipeBufLimit();      // PIPE_BUF: writes up to it are atomic
Limit pipeCapacityLimit(); // F_GETPIPE_SZ of a new pipe
Limit rlimitLimit(const std::string &name, int resource, const std::string &unit, const std::string &resourceName);

// ipcscope's own ceiling on a message, whatever the mechanism allows.
constexpr uint64_t kMaxMessageSize = 1 << 20;

} // namespace ipcscope
