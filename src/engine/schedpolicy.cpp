#include "schedpolicy.h"

#include <sched.h>

namespace ipcscope {

const char *schedPolicyName(SchedPolicy policy)
{
    return policy == SchedPolicy::Batch ? "batch" : "normal";
}

bool parseSchedPolicy(std::string_view text, SchedPolicy &policy)
{
    if (text == "batch")
        policy = SchedPolicy::Batch;
    else if (text == "normal")
        policy = SchedPolicy::Normal;
    else
        return false;
    return true;
}

bool applySchedPolicy(SchedPolicy policy)
{
    const sched_param none{};
    return sched_setscheduler(0, policy == SchedPolicy::Batch ? SCHED_BATCH : SCHED_OTHER, &none) == 0;
}

} // namespace ipcscope
