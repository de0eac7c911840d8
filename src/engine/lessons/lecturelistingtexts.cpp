// The lecture's C++ programs, compiled from the very text the Code dock
// shows (resources/code/lecture-*.c): each main() renamed, the calls the
// lesson varies routed through lecturecalls.h.
#include "listingprelude.h"

#define main lectureShmWriteMain
#include "lecture-shm.producer.inc"
#undef main

#define main lectureShmReadMain
#include "lecture-shm.consumer.inc"
#undef main

#define main lectureMsgSendMain
#include "lecture-msg.producer.inc"
#undef main

#define main lectureSemMain
#include "lecture-sem.producer.inc"
#undef main
