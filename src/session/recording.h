#pragma once
// One run as it was recorded (docs/recording.md): the scenario, the machine,
// the result the run printed, the scene model as it was sampled, the series,
// and the workers' events as the session read them from the telemetry rings.
// What is here happened: nothing is interpolated or made up. A replay reads
// it without starting a process or creating an object.
//
// The scene samples are kept encoded (scenecodec.h): a ten-minute run holds
// some ten thousand of them, and a replay decodes only the one it shows.
#include "engine/telemetry.h"
#include "lessons/lessonquestion.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <algorithm>
#include <cstring>
#include <optional>

namespace ipcscope {

struct SceneModel;

// The format this program writes; it reads every version up to it. 3: a
// lesson's recording, and the lesson's parts of a scene sample. 4: the
// question a lesson put first, and the audience's guess.
constexpr int kRecordingVersion = 4;

// The first payload bytes of an event, kept inline: a window left running
// keeps up to Recorder::kMaxEvents of them, and a QByteArray each (24 bytes
// and a heap block of 48) made the events half of the window's memory.
struct PayloadHead {
    char bytes[sizeof(EventRecord::head)] = {};
    PayloadHead() = default;
    PayloadHead(const char *data, qsizetype size) // the first bytes, at most sizeof bytes
    {
        std::memcpy(bytes, data, size_t(std::clamp<qsizetype>(size, 0, qsizetype(sizeof bytes))));
    }
    PayloadHead(const QByteArray &data) : PayloadHead(data.constData(), data.size()) {}
    // Without the zeros that follow a short payload.
    QByteArray toByteArray() const
    {
        QByteArray out(bytes, sizeof bytes);
        while (out.endsWith('\0'))
            out.chop(1);
        return out;
    }
    bool operator==(const PayloadHead &) const = default;
};

// One of a worker's events, as its telemetry ring held it when the session
// read it. At full speed the ring turns over between two reads: only the
// last events of each read are kept (Recorder), and `index` — the event's
// place in the worker's own stream — shows the ones between that were not.
struct RecordedEvent {
    int slot = 0;        // the worker's slot: producers first, then consumers
    quint64 index = 0;   // its place in the worker's event stream, from 0
    qint64 tNs = 0;      // since the run's go (CLOCK_MONOTONIC)
    quint64 seq = 0;     // the message's sequence number
    EventKind kind = EventKind::Sent;
    Op op = Op::None;    // OpDone: the call that ended
    int producer = 0;    // whose message
    int place = 0;       // the ring slot; OpDone: the sync object
    quint32 size = 0;    // the message's size; OpDone: the op
    PayloadHead head;    // the first payload bytes, as the worker copied them
};

// One window of the series (series.h): its own rates, and the averaged
// second up to it that the graph draws, as the run computed them.
struct RecordedWindow {
    double startS = 0;
    double endS = 0;
    bool held = false;
    double msgsPerS = 0;
    double mbPerS = 0;
    std::optional<double> latencyP50Us;
    std::optional<double> latencyP99Us;
    double averagedMsgsPerS = 0;
    double averagedMbPerS = 0;
    std::optional<double> averagedP50Us;
    std::optional<double> averagedP99Us;
    QVector<double> workerMsgsPerS; // averaged, per worker slot
    QVector<double> workerMbPerS;
};

// From tS on, the recorder kept the events of the messages whose seq is a
// multiple of `every` (EventSampling; 1: every event the rings held).
struct RecordedSampling {
    double tS = 0;
    quint32 every = 1;
};

struct RecordedScene {
    double tS = 0;      // since the run's go
    QByteArray encoded; // scenecodec.h
};

// A lesson's verdict, as its outcome (Recording::result) holds it: whether
// it went as expected, and the error that ended it (cancelled, or why it
// could not run), empty when none did.
struct RecordedVerdict {
    bool asExpected = false;
    QString error;
};

// The question a lesson put to the audience before it ran, as it was worded
// then, the choice guessed (-1: run without guessing) and the one the
// measurement made right (-1: the lesson did not finish, so none).
struct RecordedQuestion {
    LessonQuestion question;
    int guess = -1;
    int answer = -1;
};

struct Recording {
    int version = kRecordingVersion;
    QJsonObject scenario;   // Scenario::toJson()
    QJsonObject machine;    // describeMachine() and "host"
    QString recordedAt;     // when the run started, UTC, ISO 8601
    QJsonObject result;     // RunResult::toJson(true, true): what the run printed, and more
    QStringList workers;    // by slot: "P1", "C1"…
    int producers = 0;
    QVector<RecordedScene> scenes; // by time
    QVector<RecordedWindow> series;
    QVector<RecordedEvent> events; // by time of reading, per worker in stream order
    QVector<RecordedSampling> sampling; // by time; empty in a format-1 file (sampled by time then)
    // A lesson's, when its question was put first; never in a format-3 file.
    std::optional<RecordedQuestion> question;

    bool isEmpty() const { return scenes.isEmpty() && result.isEmpty(); }
    // A lesson's: `scenario` names the lesson ("lesson", "setup"), `result`
    // is its outcome as `lesson --json` prints it; no series, no events.
    bool isLesson() const { return scenario.contains(QLatin1String("lesson")); }
    // A lesson's verdict; nothing when this is not a lesson's recording or
    // its outcome does not say (`as_expected` missing or not a boolean).
    std::optional<RecordedVerdict> lessonVerdict() const;
    QString host() const;
    double durationS() const; // the last scene's time, or 0
    // The sample shown at tS: the last one at or before it; -1 if none is.
    int sceneIndexAt(double tS) const;
    // The scene of sample i, decoded; nothing when it cannot be.
    std::optional<SceneModel> scene(int i) const;
};

} // namespace ipcscope
