/* The lecture's POSIX writer, compiled as the C it is (as C++ its mmap line
   does not compile) from the text the Code dock shows. */
#include "listingprelude.h"

#define main lecturePosixShmWriteMain
#include "lecture-posix-shm.producer.inc"
#undef main
