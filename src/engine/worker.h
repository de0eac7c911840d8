#pragma once
// One worker process's life: open the run's objects, wait for go, send or
// receive until done, publish everything in its telemetry slot. The worker
// executable is a thin main over runWorker().
#include "mechanism.h"

#include <string>

namespace ipcscope {

struct WorkerOptions {
    std::string mechanism;
    Role role = Role::Producer;
    int index = 0; // among its role, from 0
    Shape shape;
    uint64_t count = 0; // messages per producer; 0: until durationS is up, or until stopped
    double durationS = 0;
    double rate = 0;       // msgs/s per producer when there is no session; 0 = unlimited
    std::string payload;   // text repeated over the payload; empty: "Hello from Pn! "
    Params params;         // the objects, as the session or --create made them
    std::string telemetry; // block name; empty when started by hand
    bool live = true;      // publish state, events and latency (off: bare benchmark)
    bool create = false;   // make the objects and remove them at the end (started by hand)
    int cpu = -1;          // pin the worker to this CPU (sched_setaffinity); -1 = anywhere
    // Ping-pong: the producer (pinger) sends and waits for each message to
    // come back over a second channel; the consumer (ponger) echoes it.
    bool pingPong = false;
    Params replyParams; // the reply channel's objects
    // For the lessons: a slow reader, a reader that leaves early, a writer
    // that ignores SIGPIPE (and so gets EPIPE).
    double consumerRate = 0; // messages per second per consumer, 0 = as fast as they come
    uint64_t stopAfter = 0;  // a consumer stops after this many messages, 0 = at the end
    bool ignoreSigpipe = false;
};

// Runs the worker and returns its exit status. Errors become a failed state in
// the slot and one line on stderr.
int runWorker(const WorkerOptions &options);

} // namespace ipcscope
