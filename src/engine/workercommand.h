#pragma once
// The worker's command line, in one place: the session builds it to start a
// worker, the hand-run commands print it, and the worker parses it back.
// arguments() and parse() are each other's inverse (tested for every
// mechanism), and arguments() names only what differs from the defaults.
#include "mechanism.h"
#include "schedpolicy.h"

#include <string>
#include <vector>

namespace ipcscope {

struct WorkerCommand {
    std::string mechanism;
    Role role = Role::Producer;
    int index = 0; // among its role, from 0
    // Its telemetry slot when the session names one (a worker added to a
    // running run); -1: producers first, then consumers, by index.
    int slot = -1;
    Shape shape;
    // Messages per producer; 0: until durationS is up, or until stopped. A
    // command that gives neither count nor duration sends kDefaultCount.
    uint64_t count = kDefaultCount;
    double durationS = 0;
    double rate = 0;       // msgs/s per producer when there is no session; 0 = unlimited
    std::string payload;   // text repeated over the payload; empty: "Hello from Pn! "
    Params params;         // the objects, as the session or --create made them
    std::string telemetry; // block name; empty when started by hand
    bool live = true;      // publish state, events and latency (off: bare benchmark)
    bool create = false;   // make the objects and remove them at the end (started by hand)
    int cpu = -1;          // pin the worker to this CPU (sched_setaffinity); -1 = anywhere
    SchedPolicy sched = SchedPolicy::Batch;
    // Ping-pong: the producer (pinger) sends and waits for each message to
    // come back over a second channel; the consumer (ponger) echoes it.
    bool pingPong = false;
    Params replyParams; // the reply channel's objects
    // For the lessons: a slow reader, a reader that leaves early, a writer
    // that ignores SIGPIPE (and so gets EPIPE).
    double consumerRate = 0; // messages per second per consumer, 0 = as fast as they come
    uint64_t stopAfter = 0;  // a consumer stops after this many messages, 0 = at the end
    bool ignoreSigpipe = false;

    static constexpr uint64_t kDefaultCount = 1000;

    // "producer --mechanism pipe --index 1 …", without the program's path.
    std::vector<std::string> arguments() const;
    // argv[first..argc): the inverse of arguments(). False, with a one-line
    // reason, for a command that does not parse.
    static bool parse(int argc, const char *const *argv, int first, WorkerCommand &command, std::string &error);
    static bool parse(const std::vector<std::string> &arguments, WorkerCommand &command, std::string &error);
    static const char *usage();

    bool operator==(const WorkerCommand &) const = default;
};

} // namespace ipcscope
