#pragma once
// The calls of the lecture's listings that the lesson varies, as the
// listings compile them (listingprelude.h): the lecture's keys, names and
// modes unless the lesson gives others (LectureNames, lecturelistings.h),
// IPC_EXCL where nothing is private, getchar() left out where the lesson
// says so, SEM_UNDO and the set made once for the fix. C, so that the POSIX
// listing compiles as the C it is.
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

int lectureShmget(key_t key, size_t size, int flags);
int lectureMsgget(key_t key, int flags);
int lectureSemget(key_t key, int nsems, int flags);
int lectureSemctl(int semid, int semnum, int cmd, ...);
int lectureSemop(int semid, struct sembuf *ops, size_t count);
int lectureShmOpen(const char *name, int flags, mode_t mode);
int lectureShmUnlink(const char *name);
int lectureGetchar(void);

// The listings' own main()s, renamed (lecturelistingtexts.cpp, lectureposixlisting.c).
int lecturePosixShmWriteMain(void);

#ifdef __cplusplus
}
#endif
