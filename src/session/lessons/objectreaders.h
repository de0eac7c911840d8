#pragma once
// A lesson's kernel objects read as the scene model has them (scenemodel.h),
// one reader per kind: a System V queue with the types it holds, a POSIX
// queue, a System V segment, the signals pending for a process. Each reads
// now and says nothing (nullopt) when the object cannot be read: it is gone.
#include "session/scenemodel.h"

#include <optional>
#include <string>

namespace ipcscope {

// msg_qnum, msg_cbytes and the types queued, read without taking them
// (MSG_COPY); the one msgrcv(`msgtyp`) takes next is marked "next". With
// `withKey`, its key too (msg_perm.__key; 0 for IPC_PRIVATE).
std::optional<SceneObject> readQueue(const QString &name, int msqid, long msgtyp, bool withKey = false);
// mq_curmsgs of mq_maxmsg.
std::optional<SceneObject> readPosixQueue(const QString &name, const std::string &mq);
// shm_nattch, the creator, and whether IPC_RMID marked it.
std::optional<SceneObject> readSegmentObject(const QString &name, int shmid);
// `signo` pending for `pid` (ShdPnd) and SigQ: the signals queued for the user.
std::optional<SceneObject> readSignals(const QString &name, qint64 pid, int signo);

} // namespace ipcscope
