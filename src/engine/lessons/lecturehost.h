#pragma once
// The process in which the lecture's examples run: it enters a private IPC
// namespace (isolation.h), starts the lecture's programs as its children
// (ListingProcess), looks at what they did the way the lecture looks at it
// (ipcs, /proc/PID/maps, ls /dev/shm) and prints each finding as a
// "key=value" line for the lesson. Where nothing could be made private, it
// names the objects the listings made (own=…), so the session and its reaper
// know them, and removes them at its end.
#include "isolation.h"
#include "lecturelistings.h"
#include "lessonargs.h"

#include "../objects.h"

#include <string>
#include <vector>

namespace ipcscope {

class LectureHost {
public:
    LectureHost(const LessonArgs &args, bool wantPrivateDevShm);
    ~LectureHost();
    LectureHost(const LectureHost &) = delete;
    LectureHost &operator=(const LectureHost &) = delete;

    // The lecture's names, or fresh exclusive ones where nothing is private.
    const LectureNames &names() const { return m_names; }
    bool isolated() const { return m_isolation.level != Isolation::None; }
    bool privateDevShm() const { return m_isolation.privateDevShm; }
    // The same names for a program that finds the object made by an earlier one.
    LectureNames later() const;

    // An object a listing made. Inside a namespace it is checked and goes
    // with the namespace; otherwise it must be ours (ownership.h), is told to
    // the session and removed at the end.
    void own(const OwnedObject &object);

    // What `ipcs` shows of `kind` ("shm", "msg", "sem"), one line an object:
    // all of it inside a namespace; outside, only what the listings made.
    std::vector<std::string> ipcs(const char *kind) const;

    static void say(const std::string &key, const std::string &value);
    static void say(const std::string &key, long long value) { say(key, std::to_string(value)); }
    static void sayAll(const std::string &key, const std::vector<std::string> &values);
    // The line of /proc/PID/maps that names `needle`, or "none".
    static std::string mapsLine(pid_t pid, const std::string &needle);

private:
    IsolationResult m_isolation;
    LectureNames m_names;
    std::vector<OwnedObject> m_owned;
};

int lectureShmWorker(const LessonArgs &args);
int lectureMsgWorker(const LessonArgs &args);
int lectureSemWorker(const LessonArgs &args);
int lecturePosixShmWorker(const LessonArgs &args);

} // namespace ipcscope
