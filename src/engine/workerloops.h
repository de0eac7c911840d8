#pragma once
// What a worker does once it has its endpoints: send, receive, or — in a
// ping-pong run — send and wait for the echo, or echo.
#include "gate.h"
#include "mechanism.h"
#include "slotwriter.h"
#include "verifier.h"
#include "worker.h"

namespace ipcscope {

class RunPeers;

struct WorkerLoop {
    const WorkerCommand &options;
    const MechanismInfo &info;
    Gate &gate;
    SlotWriter &writer;
    RunPeers &peers;
};

void runProducer(const WorkerLoop &loop, Endpoint &out);
void runConsumer(const WorkerLoop &loop, Endpoint &in, Verifier &verifier);
// Sends on `out`, waits for each message to return on `in`, records the round trip.
void runPinger(const WorkerLoop &loop, Endpoint &out, Endpoint &in, Verifier &verifier);
// Receives on `in` and sends every intact message back unchanged on `out`.
void runPonger(const WorkerLoop &loop, Endpoint &in, Endpoint &out, Verifier &verifier);

} // namespace ipcscope
