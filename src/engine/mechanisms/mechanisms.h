#pragma once
// The mechanisms, one file each; allMechanisms() lists them in lecture order.
#include "../mechanism.h"

namespace ipcscope {

const Mechanism &signalsStd();
const Mechanism &signalsRt();
const Mechanism &pipeMechanism();
const Mechanism &fifoMechanism();
const Mechanism &sysvShm();
const Mechanism &posixShm();
const Mechanism &shmMutex();
const Mechanism &shmNoSync();
const Mechanism &sysvMsg();
const Mechanism &posixMq();
const Mechanism &unixStream();
const Mechanism &unixDgram();
const Mechanism &tcpMechanism();
const Mechanism &udpMechanism();

} // namespace ipcscope
