#pragma once
// What a lecture listing is compiled in: every header the listings include,
// first — so that their own #include lines change nothing — and then the
// calls the lesson varies routed to lecturecalls.h. The listing's text is
// the file the Code dock shows (resources/code/lecture-*.c), cut into its
// programs by the build (src/engine/CMakeLists.txt); its main() is renamed by
// the file that includes it.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __cplusplus
#include <cstdio>
#include <cstdlib>
#include <cstring>
#endif

#include "lecturecalls.h"

#define shmget(key, size, flags) lectureShmget(key, size, flags)
#define msgget(key, flags) lectureMsgget(key, flags)
#define semget(key, nsems, flags) lectureSemget(key, nsems, flags)
#define semctl(...) lectureSemctl(__VA_ARGS__)
#define semop(semid, ops, count) lectureSemop(semid, ops, count)
#define shm_open(name, flags, mode) lectureShmOpen(name, flags, mode)
#define shm_unlink(name) lectureShmUnlink(name)
#define getchar() lectureGetchar()
