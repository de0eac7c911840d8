#pragma once
// A private IPC namespace for the lecture's examples, so that their fixed
// key 12222, their ftok("/tmp") keys and "/my_shm" can never meet the
// machine's own objects: what they create is visible only inside, and the
// kernel frees it when the namespace's last process exits. As root,
// unshare(CLONE_NEWIPC); as a user, with a user namespace of our own; where
// both are refused, nothing is private and the examples run with fresh keys
// and names created exclusively (IPC_EXCL, O_EXCL) instead of the lecture's.
// POSIX shared memory lives in /dev/shm, not in the IPC namespace: a private
// /dev/shm takes a mount namespace and a tmpfs of our own.
#include <string>

namespace ipcscope {

enum class Isolation { Ipc, UserIpc, None };

struct IsolationResult {
    Isolation level = Isolation::None;
    bool privateDevShm = false;
    std::string refused; // why a level was refused, for the lesson to say
};

// `at most`: "ipc", "user" or "none" (tests force the fallbacks); empty: the best there is.
IsolationResult isolate(bool wantPrivateDevShm, const std::string &atMost);
const char *isolationName(Isolation level);

} // namespace ipcscope
