#include "recorder.h"

#include "eventsampling.h"
#include "engine/clock.h"
#include "lessons/lesson.h"
#include "machineinfo.h"
#include "run.h"
#include "runcontroller.h"
#include "scenecodec.h"

#include <QDateTime>
#include <QHash>
#include <QSysInfo>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ipcscope {

Recorder::Recorder(QObject *parent) : QObject(parent) {}

Recorder::Recorder(RunController &controller, QObject *parent) : QObject(parent), m_controller(&controller)
{
    connect(&controller, &RunController::runStarted, this, [this](const Run *run) { begin(*run); });
    connect(&controller, &RunController::sampled, this, &Recorder::sample);
    connect(&controller, &RunController::runFinished, this, &Recorder::end);
    // A discarded run never finishes (RunController::discard): nothing more
    // comes for its recording.
    connect(&controller, &RunController::runDiscarded, this, [this] {
        if (!m_active || m_recording.isLesson())
            return;
        m_active = false;
        emit abandoned();
    });
}

void Recorder::clear()
{
    m_recording = Recording();
    m_complete = false;
    m_active = true;
    m_olderEvery = 0;
    m_olderSpacingS = 0;
    m_recording.machine = describeMachine();
    m_recording.machine.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    m_recording.recordedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void Recorder::begin(const Run &run)
{
    clear();
    m_recording.scenario = run.scenario().toJson();
    m_recording.producers = run.scenario().producers;
    for (int i = 0; i < run.scenario().producers; ++i)
        m_recording.workers << QStringLiteral("P%1").arg(i + 1);
    for (int i = 0; i < run.scenario().consumers; ++i)
        m_recording.workers << QStringLiteral("C%1").arg(i + 1);
    addScene();
}

void Recorder::addScene()
{
    const Run *run = m_controller ? m_controller->run() : nullptr;
    if (!run)
        return;
    if (run->scene().workers.isEmpty())
        return; // the run does not watch its scene
    addScene(run->scene());
}

void Recorder::addScene(const SceneModel &scene)
{
    QByteArray encoded = encodeScene(scene);
    if (!m_recording.scenes.isEmpty()) {
        const RecordedScene &last = m_recording.scenes.constLast();
        if (last.encoded == encoded || scene.tS < last.tS)
            return;
    }
    keep({scene.tS, std::move(encoded)});
}

void Recorder::keep(RecordedScene scene)
{
    m_recording.scenes.append(std::move(scene));
    if (m_recording.scenes.size() > kMaxScenes)
        thinScenes();
}

void Recorder::keep(const RecordedEvent &event)
{
    m_recording.events.append(event);
    if (m_recording.events.size() > kMaxEvents)
        thinEvents();
}

void Recorder::thinEvents()
{
    // The events are in order of reading, not strictly of time (one poll's
    // come worker by worker): the older part is the first ones by place,
    // and where it ends in time, the earliest of the newest half.
    QVector<RecordedEvent> &events = m_recording.events;
    const qsizetype older = events.size() - kMaxEvents / 2;
    qint64 cutNs = std::numeric_limits<qint64>::max();
    for (qsizetype i = older; i < events.size(); ++i)
        cutNs = std::min(cutNs, events.at(i).tNs);
    const double cutS = double(cutNs) / 1e9;
    // A multiple of every rule the older part was kept by (all are powers
    // of two), so that each of its messages is still under one rule.
    QVector<RecordedSampling> &sampling = m_recording.sampling;
    quint32 every = std::max<quint32>(m_olderEvery, 1);
    quint32 inForceAtCut = 1;
    for (const RecordedSampling &s : std::as_const(sampling)) {
        if (s.tS <= cutS)
            inForceAtCut = s.every;
        every = std::max(every, s.every);
    }
    const auto keptAt = [&](quint32 e) {
        qsizetype n = 0;
        for (qsizetype i = 0; i < older; ++i)
            n += EventSampling::keeps(events.at(i).kind, events.at(i).seq, e) ? 1 : 0;
        return n;
    };
    // Coarser by halves until the older part is a quarter of the bound;
    // events that are not a message's (a call done, the end) always stay.
    // When those alone are more than a quarter (a slow run, each semaphore
    // operation an event) no rule makes it small enough: then the oldest of
    // them go, and the events begin later than the samples.
    qsizetype others = 0;
    for (qsizetype i = 0; i < older; ++i)
        others += EventSampling::isMessage(events.at(i).kind) ? 0 : 1;
    constexpr quint32 kCoarsest = quint32(1) << 30; // what a reader accepts
    while (others < kMaxEvents / 4 && every < kCoarsest && keptAt(every) > kMaxEvents / 4)
        every *= 2;
    m_olderEvery = every;
    const auto end = std::remove_if(events.begin(), events.begin() + older, [every](const RecordedEvent &e) {
        return !EventSampling::keeps(e.kind, e.seq, every);
    });
    const qsizetype left = end - events.begin();
    events.erase(end, events.begin() + older);
    if (left > kMaxEvents / 4)
        events.remove(0, left - kMaxEvents / 4);
    // The rules said anew: the older part's, then from the cut on, the one
    // in force there and those after it, as they were.
    QVector<RecordedSampling> said{{sampling.isEmpty() ? 0.0 : std::min(sampling.constFirst().tS, cutS), every},
                                   {cutS, inForceAtCut}};
    for (const RecordedSampling &s : std::as_const(sampling))
        if (s.tS > cutS)
            said.append(s);
    sampling = said;
}

void Recorder::thinScenes()
{
    // One sample per interval of m_olderSpacingS seconds in the older part
    // (its first), the interval a power of two of a second doubled until
    // that part is a quarter of the bound. A sample is a whole scene, so the
    // ones kept still read alone; what happened between them is not shown.
    QVector<RecordedScene> &scenes = m_recording.scenes;
    const qsizetype older = scenes.size() - kMaxScenes / 2;
    // Whether the sample at i is the first of its interval (of `spacing` s).
    const auto firstOfItsInterval = [&](qsizetype i, double spacing) {
        return i == 0 || std::floor(scenes.at(i).tS / spacing) != std::floor(scenes.at(i - 1).tS / spacing);
    };
    const auto keptAt = [&](double spacing) {
        qsizetype n = 0;
        for (qsizetype i = 0; i < older; ++i)
            n += firstOfItsInterval(i, spacing) ? 1 : 0;
        return n;
    };
    constexpr double kCoarsestS = 1 << 20; // longer than any run (and a stop for times that are not numbers)
    double spacing = m_olderSpacingS > 0 ? m_olderSpacingS : 1.0 / 64;
    while (spacing < kCoarsestS && keptAt(spacing) > kMaxScenes / 4)
        spacing *= 2;
    m_olderSpacingS = spacing;
    // Compacted in place, front to back: whether one is the first of its
    // interval is decided by the one before it as it was.
    qsizetype to = 0;
    double previousCell = 0;
    for (qsizetype i = 0; i < older; ++i) {
        const double cell = std::floor(scenes.at(i).tS / spacing);
        const bool first = i == 0 || cell != previousCell;
        previousCell = cell;
        if (first) {
            if (to != i)
                scenes[to] = std::move(scenes[i]);
            ++to;
        }
    }
    scenes.remove(to, older - to);
    if (to > kMaxScenes / 4) // times no interval holds (not numbers): the oldest go
        scenes.remove(0, to - kMaxScenes / 4);
}

void Recorder::sample(const RunSnapshot &, const QVector<RunEvent> &events)
{
    const Run *run = m_controller ? m_controller->run() : nullptr;
    if (!m_active || !run)
        return;
    addScene();
    const quint64 goNs = run->goNs();
    keepPoll(events, run->eventEvery(), qint64(goNs), goNs ? double(monotonicNs() - goNs) / 1e9 : 0);
}

void Recorder::keepPoll(const QVector<RunEvent> &events, quint32 workerEvery, qint64 goNs, double tS)
{
    // The events come worker by worker, each worker's in its stream order.
    QHash<int, int> count;
    int most = 0;
    for (const RunEvent &e : events)
        most = std::max(most, ++count[e.slot]);
    const quint32 every = EventSampling::recorderEvery(workerEvery, most, kEventsKeptWhole, kEventsPerPoll);
    if (m_recording.sampling.isEmpty() || m_recording.sampling.constLast().every != every)
        m_recording.sampling.append({tS, every});
    // What the rule keeps of each worker; past the hard bound, its newest.
    QHash<int, int> skip;
    for (const RunEvent &e : events)
        skip[e.slot] += EventSampling::keeps(e.event.kind, e.event.seq, every) ? 1 : 0;
    for (auto it = skip.begin(); it != skip.end(); ++it)
        it.value() = std::max(0, it.value() - kEventsPerPollMax);
    for (const RunEvent &e : events) {
        const EventRecord &r = e.event;
        if (!EventSampling::keeps(r.kind, r.seq, every))
            continue;
        if (int &left = skip[e.slot]; left > 0) {
            --left;
            continue;
        }
        keep({e.slot, r.index, goNs ? qint64(r.tNs) - goNs : 0, r.seq, r.kind, r.op, r.producer, r.place, r.size,
              PayloadHead(r.head, sizeof r.head)});
    }
}

void Recorder::end(const RunResult &result)
{
    if (!m_active || m_recording.isLesson())
        return;
    m_active = false;
    addScene();
    m_recording.result = result.toJson(true, true);
    if (const Run *run = m_controller ? m_controller->run() : nullptr)
        m_recording.series = windowsOf(run->series(), int(m_recording.workers.size()));
    m_complete = true;
    emit recorded();
}

void Recorder::beginLesson(const QString &id)
{
    clear();
    m_recording.scenario = {{QStringLiteral("lesson"), id}};
}

void Recorder::keepLessonScene(const SceneModel &scene)
{
    if (m_active && m_recording.isLesson())
        addScene(scene);
}

void Recorder::endLesson(const QJsonObject &outcome, const std::optional<RecordedQuestion> &question)
{
    if (!m_active || !m_recording.isLesson())
        return;
    m_active = false;
    m_recording.scenario.insert(QStringLiteral("setup"), outcome.value(QStringLiteral("setup")));
    m_recording.result = outcome;
    m_recording.question = question;
    m_complete = true;
    emit recorded();
}

QJsonObject Recorder::lessonResult(const Lesson &lesson, const LessonOutcome &outcome)
{
    QJsonObject o = outcome.toJson();
    o.insert(QStringLiteral("title"), lesson.title());
    o.insert(QStringLiteral("group"), lesson.group());
    if (outcome.setup == LessonSetup::Control)
        o.insert(QStringLiteral("control"), lesson.control());
    return o;
}

Recording Recorder::soFar() const
{
    Recording r = m_recording;
    if (const Run *run = m_controller ? m_controller->run() : nullptr; run && m_active)
        r.series = windowsOf(run->series(), int(r.workers.size()));
    return r;
}

QVector<RecordedWindow> Recorder::windowsOf(const RunSeries &series, int workers)
{
    QVector<RecordedWindow> windows;
    for (int i = 0; i < series.size(); ++i) {
        const SeriesPoint own = series.point(i);
        const SeriesPoint second = series.averaged(i);
        RecordedWindow w{series.startS(i),    series.endS(i),       series.isHeld(i),
                         own.msgsPerS,        own.mbPerS,           own.latencyP50Us,
                         own.latencyP99Us,    second.msgsPerS,      second.mbPerS,
                         second.latencyP50Us, second.latencyP99Us,  {},
                         {}};
        for (int slot = 0; slot < workers; ++slot) {
            const SeriesPoint::Worker worker = second.workers.value(slot);
            w.workerMsgsPerS.append(worker.msgsPerS);
            w.workerMbPerS.append(worker.mbPerS);
        }
        windows.append(w);
    }
    return windows;
}

} // namespace ipcscope
