#pragma once
// The mechanisms, one file each; allMechanisms() lists them in lecture order.
#include "../mechanism.h"

namespace ipcscope {

// Every mechanism, in the lecture's order, one line each: adding one is its
// file in this directory (which defines `const Mechanism &NAME()`), its code
// snippet in resources/code/ID.c, and its line here.
#define IPCSCOPE_MECHANISMS(X)                                                                                         \
    X(signalsStd)                                                                                                      \
    X(signalsRt)                                                                                                       \
    X(pipeMechanism)                                                                                                   \
    X(fifoMechanism)                                                                                                   \
    X(sysvShm)                                                                                                         \
    X(posixShm)                                                                                                        \
    X(shmMutex)                                                                                                        \
    X(shmSpsc)                                                                                                         \
    X(shmNoSync)                                                                                                       \
    X(sysvMsg)                                                                                                         \
    X(posixMq)                                                                                                         \
    X(unixStream)                                                                                                      \
    X(unixDgram)                                                                                                       \
    X(tcpMechanism)                                                                                                    \
    X(udpMechanism)

#define IPCSCOPE_DECLARE_MECHANISM(name) const Mechanism &name();
IPCSCOPE_MECHANISMS(IPCSCOPE_DECLARE_MECHANISM)
#undef IPCSCOPE_DECLARE_MECHANISM

} // namespace ipcscope
