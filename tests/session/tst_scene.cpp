// The scene tells the kernel's truth at every pace. Every mechanism is run
// stepped, and every exact picture is held to the invariants: a semaphore's
// waiters are the workers drawn asleep on it, the filled slots are the
// messages drawn in the ring, a lock drawn as held is held by that worker as
// the kernel says (GETPID). At full speed the shares and means stay within
// what can be; after the end, the objects read as removed and a killed
// worker as killed.
#include "runhelpers.h"

#include "session/lessons/lesson.h"
#include "session/lessons/lessonrunner.h"
#include "session/lessons/lessonstage.h"
#include "session/lessons/recordsread.h"
#include "session/procinfo.h"
#include "session/runcontroller.h"
#include "session/runrules.h"
#include "session/scenebuilder.h"
#include "session/scenetext.h"
#include "session/sendfloor.h"

#include "engine/telemetryblock.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>

#include <optional>

#include <signal.h>
#include <unistd.h>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

// Runs `scenario` to its end under `pace`, and returns every picture the
// window would have drawn.
// The run's pictures to its end, or until `enough` says the one just taken
// settles the question (the run is then stopped: a stepped run at one call a
// second would take half a minute to reach its end).
QVector<SceneModel> watch(const Scenario &scenario, const Pace &pace, const std::function<void(const Run &)> &each = {},
                          const std::function<bool(const SceneModel &)> &enough = {})
{
    RunController controller;
    RunRules rules(controller);
    rules.setPace(pace);
    QVector<SceneModel> pictures;
    QObject::connect(&controller, &RunController::sampled, &controller, [&] {
        pictures << controller.run()->scene();
        if (each)
            each(*controller.run());
        if (enough && enough(pictures.constLast()))
            QMetaObject::invokeMethod(&controller, &RunController::stop, Qt::QueuedConnection);
    });
    QSignalSpy finished(&controller, &RunController::runFinished);
    const bool started = controller.start(scenario, [](Run &run) {
        // Several polls to each step, so that a step can be seen settled.
        run.setPollInterval(5);
        run.setWatchProcesses(true);
        run.setWatchScene(true);
    });
    if (!started)
        return {};
    finished.wait(120000);
    if (controller.run())
        pictures << controller.run()->scene();
    return pictures;
}

QString describe(const SceneModel &m)
{
    return QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));
}

// What an exact picture must never show, in words; empty when it holds.
QString contradiction(const SceneModel &m)
{
    for (const SceneSemaphore &sem : m.semaphores) {
        // The waiters the kernel counts are the workers drawn asleep on it.
        QStringList asleep;
        for (const SceneWorker &w : m.workers)
            if (w.state == QLatin1String("blocked") && w.on == sem.name)
                asleep << w.name;
        if (sem.waiters != asleep.size() || sem.waiting != asleep)
            return QStringLiteral("%1: %2 waiters, drawn asleep: %3")
                .arg(sem.name)
                .arg(sem.waiters)
                .arg(asleep.join(QLatin1Char(',')));
        // A lock at 0 is held, by the worker the kernel last saw take it.
        if (sem.kind == SceneSemaphore::Kind::Lock && sem.value == 0 &&
            (sem.holder.isEmpty() || (sem.lastPid > 0 && sem.lastBy != sem.holder)))
            return QStringLiteral("%1 is taken, holder '%2', kernel says %3").arg(sem.name, sem.holder, sem.lastBy);
        if (sem.kind == SceneSemaphore::Kind::Lock && sem.value == 1 && !sem.holder.isEmpty())
            return QStringLiteral("%1 is free but drawn held by %2").arg(sem.name, sem.holder);
    }
    if (m.ring) {
        // The filled slots are the messages drawn in the ring, from tail on;
        // past head only slots written and not yet announced, in a run from
        // head: one a producer has copied into and not yet counted, or those
        // a batching producer (shm-spsc) stopped or killed mid-batch left.
        int drawn = 0;
        for (const SceneSlot &slot : m.ring->cells)
            drawn += slot.state == SceneSlot::State::Empty ? 0 : 1;
        const int n = int(m.ring->cells.size());
        bool fromTail = true;
        for (int k = 0; k < m.ring->filled && n > 0; ++k)
            fromTail = fromTail && m.ring->cells[int((m.ring->tail + quint64(k)) % quint64(n))].state !=
                                       SceneSlot::State::Empty;
        int written = 0;
        while (m.ring->filled + written < n &&
               m.ring->cells[int((m.ring->head + quint64(written)) % quint64(n))].state == SceneSlot::State::Written)
            ++written;
        if (drawn != m.ring->filled + written || !fromTail)
            return QStringLiteral("%1 filled, %2 drawn").arg(m.ring->filled).arg(drawn);
    }
    for (const SceneWorker &w : m.workers)
        if (!w.shares.isEmpty())
            return QStringLiteral("%1 shows shares in an exact picture").arg(w.name);
    return {};
}

// A lesson run as the window runs it (LessonRunner): its last picture, or
// none if it is not a lesson or did not finish within a minute.
std::optional<SceneModel> lastPictureOf(const QString &id)
{
    const Lesson *lesson = findLesson(id);
    if (!lesson)
        return std::nullopt;
    LessonRunner runner;
    SceneModel last;
    QObject::connect(&runner, &LessonRunner::sceneSeen, &runner, [&](const SceneModel &m) { last = m; });
    QSignalSpy finished(&runner, &LessonRunner::finished);
    if (!runner.start(*lesson) || !finished.wait(60000))
        return std::nullopt;
    return last;
}

} // namespace

class TestScene : public QObject {
    Q_OBJECT
private slots:
    void oneVocabularyForEveryScene_data();
    void oneVocabularyForEveryScene();
    void theChecksCatchWhatTheAuditSaw();
    void exactPicturesHoldTheInvariants_data();
    void exactPicturesHoldTheInvariants();
    void stepsShowTheSlotBeforeItIsAnnounced();
    void whoSetASemaphoreUpIsNamed();
    void aPidIsNamedByWhoseItIs();
    void everyStepIsSeenAtRest_data();
    void everyStepIsSeenAtRest();
    void atFullSpeedSharesAndMeansStayPossible();
    void noSampleReceivesMoreThanWasSent();
    void noProducerSentLessThanItsConsumersTook_data();
    void noProducerSentLessThanItsConsumersTook();
    void aSequenceNumberNoProducerSentIsIgnored();
    void theEndIsDrawnAsItIs();
    void theLastCountsComeWithTheirPicture();
    void theDeadlockEndsWithItsWorkersEnded();
    void semUndoEndsOnP2WaitingForADeadHolder();
    void aKeyGivenToANewObjectIsOneCard();
    void aLessonRunsSemaphoresKeepTheirLastValues();
    void pipeBufSaysWhenItsRecordsCannotBeDrawn_data();
    void pipeBufSaysWhenItsRecordsCannotBeDrawn();
    void aLessonRunsWorkerEndedByUsStaysEnded();
    void aWorkerHeldByUsIsNotAsleepInTheLesson();
    void theHeldLessonsKeepTheirHeldMoment_data();
    void theHeldLessonsKeepTheirHeldMoment();
    void cardsOfOneKindSayWhichIsWhich_data();
    void cardsOfOneKindSayWhichIsWhich();
    void eintrsPictureSaysItsMoment();
    void aDrainedStreamEndsEmpty_data();
    void aDrainedStreamEndsEmpty();
    void aLossyRunEndsWithAllItsDrops();
    void aKilledWorkerReadsKilled();
    void aKilledWorkerWaitsNoMore();
    void anInjectedKillFailsTheRunAndOurCleanUpKillsNobody();
    void aPacedRunRunsAndAHeldOnePauses();
    void anIgnoredValueIsCountedOnce();
    void anIgnoredValueReadEveryPollIsCountedOnce();
    void aStoppedWorkerReadsStopped_data();
    void aStoppedWorkerReadsStopped();
    void theSubtitleSaysWhatThePaceMakesOfThePicture_data();
    void theSubtitleSaysWhatThePaceMakesOfThePicture();
};

void TestScene::oneVocabularyForEveryScene_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("words");
    QTest::newRow("blocked, lesson") << "blocked" << "P(B)" << QString() << "blocked in P(B)";
    QTest::newRow("blocked, live") << "blocked" << "P(empty)" << "semtimedop" << "blocked in P(empty): semtimedop";
    QTest::newRow("blocked, no telemetry") << "blocked" << QString() << "msgrcv" << "blocked in msgrcv";
    QTest::newRow("in a call") << "in-call" << "send" << QString() << "in send";
    QTest::newRow("paused") << "paused" << "P(full)" << QString() << "paused before P(full)";
    QTest::newRow("failed with an error") << "failed" << QString() << "No space left on device"
                                          << "failed: No space left on device";
}

void TestScene::oneVocabularyForEveryScene()
{
    // The lesson's stage and the Live scene build a worker's words with the
    // one function, from the model's key and call.
    QFETCH(QString, key);
    QFETCH(QString, call);
    QFETCH(QString, detail);
    QFETCH(QString, words);
    SceneWorker w;
    w.state = key;
    w.call = call;
    QCOMPARE(SceneText::state(w, detail), words);
    // And the Live scene's own path gives the same words for a worker asleep in P.
    WorkerSnapshot snapshot;
    snapshot.state = {WorkerState::InCall, Op::SemP, 1};
    snapshot.blocked = true;
    QCOMPARE(stateText(snapshot, {"empty", "full"}), QStringLiteral("blocked in P(full)"));
}

void TestScene::theChecksCatchWhatTheAuditSaw()
{
    // The audit's pictures: producers drawn in P(empty) while `empty` says
    // nobody waits; six tokens in slots while the footer says 0 filled; a
    // lock at 0 that nobody holds.
    SceneModel m;
    m.exact = true;
    SceneWorker p1;
    p1.name = QStringLiteral("P1");
    p1.state = QStringLiteral("blocked");
    p1.on = QStringLiteral("empty");
    m.workers = {p1};
    SceneSemaphore empty;
    empty.name = QStringLiteral("empty");
    m.semaphores = {empty};
    QVERIFY(contradiction(m).contains(QLatin1String("empty")));
    m.semaphores[0].waiters = 1;
    m.semaphores[0].waiting = {QStringLiteral("P1")};
    QCOMPARE(contradiction(m), QString());
    SceneRing ring;
    ring.cells.resize(8);
    for (int i = 0; i < 6; ++i)
        ring.cells[i].state = SceneSlot::State::Announced;
    m.ring = ring;
    QVERIFY(contradiction(m).contains(QLatin1String("0 filled, 6 drawn")));
    m.ring->filled = 6;
    m.ring->head = 6;
    QCOMPARE(contradiction(m), QString());
    // Past head: a run of written slots from head is what a producer has
    // not announced yet; a slot announced there, or written after a gap, is not.
    m.ring->cells[6].state = SceneSlot::State::Written;
    m.ring->cells[7].state = SceneSlot::State::Written;
    QCOMPARE(contradiction(m), QString());
    m.ring->cells[6].state = SceneSlot::State::Announced;
    QVERIFY(contradiction(m).contains(QLatin1String("6 filled, 8 drawn")));
    m.ring->cells[6].state = SceneSlot::State::Empty;
    QVERIFY(contradiction(m).contains(QLatin1String("6 filled, 7 drawn")));
    m.ring->cells[7].state = SceneSlot::State::Empty;
    SceneSemaphore put;
    put.name = QStringLiteral("put");
    put.kind = SceneSemaphore::Kind::Lock;
    put.value = 0;
    m.semaphores << put;
    QVERIFY(contradiction(m).contains(QLatin1String("put is taken")));
}

void TestScene::exactPicturesHoldTheInvariants_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<int>("producers");
    QTest::addColumn<int>("consumers");
    for (const Mechanism *m : allMechanisms()) {
        const MechanismInfo &info = m->info();
        const QString id = QString::fromStdString(info.id);
        QTest::addRow("%s 1:1", info.id.c_str()) << id << 1 << 1;
        if (info.maxConsumers > 1 && !info.lossy)
            QTest::addRow("%s 2:2", info.id.c_str()) << id << 2 << 2;
    }
}

void TestScene::exactPicturesHoldTheInvariants()
{
    QFETCH(QString, mechanism);
    QFETCH(int, producers);
    QFETCH(int, consumers);
    Scenario s;
    s.mechanism = mechanism;
    s.producers = producers;
    s.consumers = consumers;
    s.count = 3;
    s.ringSlots = 2; // fills, so that producers wait too
    const QVector<SceneModel> pictures = watch(s, {0.03, 0});
    QVERIFY(!pictures.isEmpty());
    int exact = 0;
    for (const SceneModel &m : pictures) {
        // A stepped pace lets a call through on every beat: the run goes,
        // one call at a time, from its start (the contract has no
        // "starting", and "paused" is the user's Pause).
        if (!isEnded(m.phase))
            QVERIFY2(m.phase == ScenePhase::Running, qPrintable(describe(m)));
        if (!m.exact || isEnded(m.phase))
            continue;
        ++exact;
        const QString broken = contradiction(m);
        QVERIFY2(broken.isEmpty(), qPrintable(broken + QStringLiteral(": ") + describe(m)));
        for (const SceneWorker &w : m.workers)
            QVERIFY2(w.shares.isEmpty(), "an exact picture shows no shares");
    }
    QVERIFY2(exact > 0, "the run was never held still");
    QCOMPARE(pictures.last().phase, ScenePhase::Finished);
    QCOMPARE(leftoverReport(), QString());
}

void TestScene::stepsShowTheSlotBeforeItIsAnnounced()
{
    // The lecture's key moment: after P(put) and the copy, the slot holds the
    // message while head has not moved; then head moves; only V(full)
    // announces it.
    Scenario s;
    s.mechanism = QStringLiteral("sysv-shm");
    s.count = 1;
    const QVector<SceneModel> pictures = watch(s, {0.03, 0});
    QStringList stages;
    for (const SceneModel &m : pictures) {
        if (!m.exact || !m.ring)
            continue;
        const SceneSlot &first = m.ring->cells[0];
        QString stage;
        if (first.state == SceneSlot::State::Written && m.ring->head == 0)
            stage = QStringLiteral("written, head not moved");
        else if (first.state == SceneSlot::State::Written && m.ring->head == 1)
            stage = QStringLiteral("head moved, not announced");
        else if (first.state == SceneSlot::State::Announced)
            stage = QStringLiteral("announced");
        if (!stage.isEmpty() && (stages.isEmpty() || stages.last() != stage))
            stages << stage;
    }
    QCOMPARE(stages.mid(0, 3), (QStringList{QStringLiteral("written, head not moved"),
                                            QStringLiteral("head moved, not announced"),
                                            QStringLiteral("announced")}));
}

void TestScene::whoSetASemaphoreUpIsNamed()
{
    // Before any worker's V(full), full's last pid (GETPID) is the process
    // that set it up: this one.
    Scenario s;
    s.mechanism = QStringLiteral("sysv-shm");
    s.count = 1;
    const QVector<SceneModel> pictures =
        watch(s, {0.05, 0}, {}, [](const SceneModel &m) { return m.exact && !m.semaphores.isEmpty(); });
    const SceneModel *first = nullptr;
    for (const SceneModel &m : pictures)
        if (!first && m.exact && !m.semaphores.isEmpty())
            first = &m;
    QVERIFY(first);
    for (const SceneSemaphore &sem : first->semaphores)
        if (sem.name == QLatin1String("full")) {
            QCOMPARE(sem.lastPid, QCoreApplication::applicationPid());
            QCOMPARE(sem.lastBy, QStringLiteral("ipcscope"));
        }
    QCOMPARE(leftoverReport(), QString());
}

void TestScene::aPidIsNamedByWhoseItIs()
{
    // A segment's creator and last shmat/shmdt as a semaphore's last semop
    // says them: a worker by name, this process as ipcscope, a stranger's
    // pid bare. The segment said "created by pid N" of this very process.
    SceneModel m;
    SceneWorker p1;
    p1.name = QStringLiteral("P1");
    p1.pid = 4242;
    m.workers << p1;
    SceneObject segment;
    segment.kind = QStringLiteral("segment");
    const qint64 self = QCoreApplication::applicationPid();
    segment.fields = {{QStringLiteral("nattch"), 2}, {QStringLiteral("cpid"), self}, {QStringLiteral("lpid"), 4242}};
    QVERIFY2(SceneText::objectLines(segment, m)
                 .readings.contains(
                     QStringLiteral("created by ipcscope (pid %1) · last shmat/shmdt: P1 (pid 4242)").arg(self)),
             qPrintable(SceneText::objectLines(segment, m).readings.join(QStringLiteral(" | "))));
    segment.fields = {{QStringLiteral("nattch"), 1}, {QStringLiteral("cpid"), 1}, {QStringLiteral("lpid"), 1}};
    QVERIFY(SceneText::objectLines(segment, m)
                .readings.contains(QStringLiteral("created by pid 1 · last shmat/shmdt: pid 1")));
    // The semaphore's line is the same naming.
    SceneSemaphore full;
    full.lastPid = self;
    full.lastBy = SceneText::pidOwner(m, self);
    QCOMPARE(SceneText::lastBy(full), QStringLiteral("last: ipcscope (pid %1)").arg(self));
    QCOMPARE(SceneText::briefLastBy(full), QStringLiteral("last: ipcscope")); // where the whole would be cut
    full.lastPid = 4242;
    full.lastBy = SceneText::pidOwner(m, 4242);
    QCOMPARE(SceneText::lastBy(full), QStringLiteral("last: P1 (pid 4242)"));
    QCOMPARE(SceneText::briefLastBy(full), QStringLiteral("last: P1"));
    full.lastPid = 1;
    full.lastBy = SceneText::pidOwner(m, 1);
    QCOMPARE(SceneText::lastBy(full), QStringLiteral("last: pid 1"));
    QCOMPARE(SceneText::briefLastBy(full), QStringLiteral("last: pid 1")); // a stranger's pid is all there is
}

void TestScene::everyStepIsSeenAtRest_data()
{
    QTest::addColumn<double>("callEveryS");
    QTest::newRow("one call every 0.3 s") << 0.3;
    // Faster than two of the window's polls: the picture was exact only
    // when no call fell between two polls, and most steps were never seen.
    QTest::newRow("one call every 0.05 s") << 0.05;
}

// At a stepped pace, as the window runs it (its own poll, not the faster one
// watch() takes), every call let through is seen at rest in an exact
// picture, and that picture holds the invariants.
void TestScene::everyStepIsSeenAtRest()
{
    QFETCH(double, callEveryS);
    Scenario s;
    s.mechanism = QStringLiteral("sysv-shm");
    s.count = 0;
    s.durationS = 60; // stopped after kSteps
    constexpr int kSteps = 12;
    RunController controller;
    RunRules rules(controller);
    rules.setPace({callEveryS, 0});
    // What a step changes: each worker's state and count, the ring, the values.
    const auto restOf = [](const SceneModel &m) {
        QJsonObject o = m.toJson();
        o.remove(QStringLiteral("t"));
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    int steps = 0, unseen = 0;
    bool seen = true;
    QByteArray lastRest;
    QStringList broken;
    QObject::connect(&rules, &RunRules::steppedOnBeat, &controller, [&](const QString &) {
        unseen += seen ? 0 : 1;
        seen = false;
        if (++steps > kSteps)
            QMetaObject::invokeMethod(&controller, &RunController::stop, Qt::QueuedConnection);
    });
    QObject::connect(&controller, &RunController::sampled, &controller, [&] {
        const SceneModel m = controller.run()->scene();
        if (!m.exact || m.phase != ScenePhase::Running)
            return;
        if (const QString b = contradiction(m); !b.isEmpty())
            broken << b + QStringLiteral(": ") + describe(m);
        const QByteArray rest = restOf(m);
        seen = seen || rest != lastRest; // the step's own picture, not the one before it
        lastRest = rest;
    });
    QSignalSpy finished(&controller, &RunController::runFinished);
    QVERIFY(controller.start(s, [](Run &run) {
        run.setWatchProcesses(true);
        run.setKernelInterval(33);
        run.setWatchScene(true);
    }));
    QVERIFY(finished.wait(60000));
    QVERIFY2(steps > kSteps, qPrintable(QStringLiteral("%1 steps").arg(steps)));
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    QVERIFY2(unseen == 0, qPrintable(QStringLiteral("%1 of %2 steps never seen at rest").arg(unseen).arg(steps)));
    QCOMPARE(leftoverReport(), QString());
}

void TestScene::atFullSpeedSharesAndMeansStayPossible()
{
    Scenario s;
    s.mechanism = QStringLiteral("sysv-shm");
    s.producers = 2;
    s.consumers = 2;
    s.durationS = 1.5;
    s.count = 0;
    const QVector<SceneModel> pictures = watch(s, {0, 0});
    int sampled = 0;
    for (const SceneModel &m : pictures) {
        if (m.exact || m.phase != ScenePhase::Running)
            continue;
        for (const SceneWorker &w : m.workers) {
            double sum = 0;
            for (const SceneWorker::Share &share : w.shares)
                sum += share.fraction;
            QVERIFY2(sum <= 1.0 + 1e-9, qPrintable(describe(m)));
            sampled += w.shares.isEmpty() ? 0 : 1;
        }
        for (const SceneSemaphore &sem : m.semaphores)
            QVERIFY2(sem.meanWaiters <= m.workers.size(), qPrintable(describe(m)));
        if (m.ring)
            QVERIFY2(m.ring->meanFill <= s.ringSlots, qPrintable(describe(m)));
    }
    QVERIFY(sampled > 0);
    QCOMPARE(leftoverReport(), QString());
}

void TestScene::noSampleReceivesMoreThanWasSent()
{
    // A pipe at full speed, sampled every 5 ms: no sample, nor the cards
    // drawn of it, may say more received than sent (read producers first, a
    // message sent and taken between the two reads was counted received and
    // not sent; read consumers first, one taken before its producer counted
    // its send still was: run.cpp).
    Scenario s;
    s.mechanism = QStringLiteral("pipe");
    s.durationS = 1;
    s.count = 0;
    int samples = 0;
    QStringList ahead;
    watch(s, {0, 0}, [&](const Run &run) {
        ++samples;
        const RunSnapshot &snap = run.snapshot();
        if (snap.received > snap.sent)
            ahead << QStringLiteral("%1 sent, %2 received").arg(snap.sent).arg(snap.received);
        // The cards the window draws of it: the lone producer's count too.
        quint64 sent = 0;
        quint64 received = 0;
        for (const SceneWorker &w : run.scene().workers)
            (w.role == Role::Producer ? sent : received) += w.messages;
        if (received > sent)
            ahead << QStringLiteral("cards: %1 sent, %2 received").arg(sent).arg(received);
    });
    QVERIFY(samples > 20);
    QVERIFY2(ahead.isEmpty(), qPrintable(QString::number(ahead.size()) + QStringLiteral(" samples: ") + ahead.mid(0, 5).join(QStringLiteral("; "))));
    QCOMPARE(leftoverReport(), QString());
}

void TestScene::noProducerSentLessThanItsConsumersTook_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::newRow("pipe") << QStringLiteral("pipe");
    QTest::newRow("sysv-shm") << QStringLiteral("sysv-shm");
    // Messages lost: a later number still says the lost ones were sent.
    QTest::newRow("udp") << QStringLiteral("udp");
    QTest::newRow("shm-nosync") << QStringLiteral("shm-nosync");
}

void TestScene::noProducerSentLessThanItsConsumersTook()
{
    QFETCH(QString, mechanism);
    // Several producers: the sum alone cannot say which one's count trails
    // (run.cpp). The consumers' newest sequence numbers can, and no sample,
    // nor the cards drawn of it, may show a producer that sent fewer than
    // its consumers took from it. Three producers on two CPUs, two consumers
    // woken by every message, sampled every 5 ms.
    Scenario s;
    s.mechanism = mechanism;
    s.producers = 3;
    s.consumers = 2;
    s.durationS = 1;
    s.count = 0;
    int samples = 0;
    int drawn = 0;
    quint64 seen = 0;
    quint64 untrusted = 0;
    QStringList behind;
    watch(s, {0, 0}, [&](const Run &run) {
        ++samples;
        const RunSnapshot &snap = run.snapshot();
        untrusted = snap.untrusted;
        // The cards drawn of this very reading: the last look as a run
        // finishes reads the counters again before its picture is rebuilt.
        QMap<QString, quint64> card;
        if (run.scene().tS == snap.elapsedS) {
            ++drawn;
            for (const SceneWorker &w : run.scene().workers)
                card[w.name] = w.messages;
        }
        for (const WorkerSnapshot &p : snap.workers) {
            if (p.role != Role::Producer)
                continue;
            quint64 taken = 0; // the messages the consumers' sequence numbers prove it sent
            for (const WorkerSnapshot &c : snap.workers)
                if (c.role == Role::Consumer)
                    taken = std::max(taken, c.takenFrom[size_t(p.index)]);
            seen += taken;
            if (p.messages < taken || card.value(p.name(), taken) < taken)
                behind << QStringLiteral("%1 sent %2 (card %3), consumers took up to #%4")
                              .arg(p.name())
                              .arg(p.messages)
                              .arg(card.value(p.name()))
                              .arg(taken - 1);
        }
    });
    QVERIFY(drawn > 20);
    QVERIFY(seen > 0); // the consumers' numbers were there to hold the counts to
    QCOMPARE(untrusted, quint64(0));
    QVERIFY2(behind.isEmpty(), qPrintable(QString::number(behind.size()) + QStringLiteral(" of ") +
                                          QString::number(samples) + QStringLiteral(" samples: ") +
                                          behind.mid(0, 5).join(QStringLiteral("; "))));
    QCOMPARE(leftoverReport(), QString());
}

void TestScene::aSequenceNumberNoProducerSentIsIgnored()
{
    // Read back from shared memory, a consumer's newest sequence number is
    // held to what can be: its producer exists, and had counted every
    // message before it (its count is read after). Out of range, it is
    // ignored and counted; in range, it raises the producer's count.
    QVector<WorkerSnapshot> workers(4);
    workers[0].role = Role::Producer;
    workers[0].index = 0;
    workers[0].messages = 10;
    workers[1].role = Role::Producer;
    workers[1].index = 1;
    workers[1].messages = 11;
    workers[2].role = Role::Consumer;
    workers[2].takenFrom[0] = 11; // message #10: P1 sent 11, its count trails by one
    workers[2].takenFrom[1] = 13; // #12: P2 has not counted #11 yet; it cannot have sent #12
    workers[2].takenFrom[2] = 5;  // no P3 in this run
    workers[3].role = Role::Consumer;
    workers[3].takenFrom[0] = 9; // older: raises nothing
    workers[3].takenFrom[1] = 12; // #11: in range
    workers[0].bytes = 10 * 64;
    workers[1].bytes = 11 * 64;
    QCOMPARE(raiseToTaken(workers, 64), quint64(2));
    QCOMPARE(workers[0].messages, quint64(11));
    QCOMPARE(workers[1].messages, quint64(12));
    // The bytes with the messages, each 64 bytes long (they trailed by one).
    QCOMPARE(workers[0].bytes, quint64(11 * 64));
    QCOMPARE(workers[1].bytes, quint64(12 * 64));
    QCOMPARE(workers[2].takenFrom[1], quint64(0)); // ignored
    QCOMPARE(workers[2].takenFrom[2], quint64(0));
    QCOMPARE(workers[3].takenFrom[1], quint64(12));
    // Said where a user looks: the status line, the CLI's summary and --json.
    QCOMPARE(ignoredText(0), QString());
    // (No translation installed here: the source's "value(s)"; the English
    // file makes it "2 values", tst_translations holds the forms.)
    QVERIFY(ignoredText(2).startsWith(QStringLiteral("2 value")));
    QVERIFY(ignoredText(2).endsWith(QStringLiteral(" from shared memory ignored")));
    RunResult r;
    QCOMPARE(r.toJson(false, false).value(QStringLiteral("values_ignored")).toInteger(), 0);
    r.untrusted = 2;
    QCOMPARE(r.toJson(false, false).value(QStringLiteral("values_ignored")).toInteger(), 2);
}

void TestScene::theEndIsDrawnAsItIs()
{
    Scenario s;
    s.mechanism = QStringLiteral("posix-mq");
    s.count = 20;
    const QVector<SceneModel> pictures = watch(s, {0, 0});
    const SceneModel &end = pictures.last();
    QCOMPARE(end.phase, ScenePhase::Finished);
    QVERIFY(end.exact);
    for (const SceneObject &o : end.objects)
        QVERIFY2(!o.live, qPrintable(describe(end))); // removed: these are its last values
    for (const SceneWorker &w : end.workers)
        QCOMPARE(w.state, QStringLiteral("done"));
}

void TestScene::theLastCountsComeWithTheirPicture()
{
    // The run's end reads the workers' counts once more and sends them: the
    // picture sent with them is of that same sample (its time, its exits,
    // its counts), not the poll's before, where the last worker to exit was
    // still drawn running.
    Scenario s;
    s.mechanism = QStringLiteral("posix-mq");
    s.count = 50;
    double pictureT = -1;
    double countsT = -2;
    QStringList apart;
    watch(s, {0, 0}, [&](const Run &run) {
        const SceneModel &m = run.scene();
        const RunSnapshot &counts = run.snapshot();
        pictureT = m.tS;
        countsT = counts.elapsedS;
        apart.clear();
        for (int i = 0; i < counts.workers.size(); ++i) {
            const WorkerSnapshot &w = counts.workers[i];
            const SceneWorker *drawn = i < m.workers.size() ? &m.workers[i] : nullptr;
            if (!drawn || drawn->messages != w.messages || drawn->exited != w.exited)
                apart << QStringLiteral("%1: %2 %3 counted, %4 %5 drawn")
                             .arg(w.name())
                             .arg(w.messages)
                             .arg(w.exited ? QStringLiteral("exited") : QStringLiteral("alive"))
                             .arg(drawn ? drawn->messages : 0)
                             .arg(drawn && drawn->exited ? QStringLiteral("exited") : QStringLiteral("alive"));
        }
    });
    // The last sample sent, the one at the end.
    QCOMPARE(pictureT, countsT);
    QVERIFY2(apart.isEmpty(), qPrintable(apart.join(QStringLiteral("; "))));
    QCOMPARE(leftoverReport(), QString());
}

void TestScene::theDeadlockEndsWithItsWorkersEnded()
{
    // The lesson ends on the picture of its cycle (LessonStage::keepAsFinal),
    // taken while both workers were asleep: drawn as that moment, both
    // asleep with the cycle's edges, and the caption names the moment and
    // that both have ended since (woken by EIDRM, exited). It drew them
    // "done" beside edges that had them waiting, under no caption.
    const std::optional<SceneModel> picture = lastPictureOf(QStringLiteral("deadlock"));
    QVERIFY(picture);
    const SceneModel last = *picture;
    QVERIFY2(isEnded(last.phase), qPrintable(describe(last)));
    QCOMPARE(last.workers.size(), 2);
    for (const SceneWorker &w : last.workers) {
        QVERIFY2(w.state == QLatin1String("blocked"), qPrintable(describe(last)));
        QCOMPARE(w.text, SceneText::state(w));
    }
    QCOMPARE(lessonWords(last.part), QStringLiteral("At the moment of the cycle — ended since: P1, P2"));
    QVERIFY2(std::any_of(last.edges.begin(), last.edges.end(),
                         [](const SceneEdge &e) { return e.kind == QLatin1String("waits"); }),
             qPrintable(describe(last))); // the cycle, kept
    QCOMPARE(leftoverReport(), QString());
}

// sem-undo's point is the moment its holder died without SEM_UNDO: put at
// 0, P2 asleep in P(put) with nobody alive to give it back. Its picture is
// that moment, read from the kernel and said as one — where it was the run
// after the clean-up, P2 "ended by ipcscope" beside put at 0, nobody waiting.
void TestScene::semUndoEndsOnP2WaitingForADeadHolder()
{
    const std::optional<SceneModel> picture = lastPictureOf(QStringLiteral("sem-undo"));
    QVERIFY(picture);
    const SceneModel last = *picture;
    QVERIFY2(isEnded(last.phase), qPrintable(describe(last)));
    QVERIFY2(QString::fromStdString(last.part.english())
                 .startsWith(QStringLiteral("At the moment P2 slept on put, its holder dead — ended since: ")),
             qPrintable(describe(last)));
    const auto worker = [&](const QString &name) {
        return std::find_if(last.workers.begin(), last.workers.end(),
                            [&](const SceneWorker &w) { return w.name == name; });
    };
    QVERIFY(worker(QStringLiteral("P1")) != last.workers.end());
    QVERIFY(worker(QStringLiteral("P2")) != last.workers.end());
    QCOMPARE(worker(QStringLiteral("P1"))->state, QStringLiteral("killed"));
    QCOMPARE(worker(QStringLiteral("P2"))->state, QStringLiteral("blocked"));
    QCOMPARE(worker(QStringLiteral("P2"))->on, QStringLiteral("put"));
    // Drawn asleep there: where it spent the picture's interval, all of it
    // in P(put) (kept at its first poll asleep, it read "P(empty) 55 %").
    for (const SceneWorker::Share &share : worker(QStringLiteral("P2"))->shares)
        QVERIFY2(share.key == QLatin1String("P(put)"), qPrintable(describe(last)));
    // P2 ended since: ipcscope's clean-up ended it at the run's end.
    QVERIFY2(QString::fromStdString(last.part.english()).section(QStringLiteral("ended since: "), 1).contains(QLatin1String("P2")),
             qPrintable(describe(last)));
    QCOMPARE(last.semaphores.size(), 1);
    const SceneSemaphore &put = last.semaphores.first();
    QCOMPARE(put.name, QStringLiteral("put"));
    QCOMPARE(put.value, 0);
    QCOMPARE(put.waiters, 1);
    QCOMPARE(put.waiting, QStringList{QStringLiteral("P2")});
    QCOMPARE(put.lastPid, worker(QStringLiteral("P1"))->pid); // GETPID: the dead holder's
    QCOMPARE(leftoverReport(), QString());
}

void TestScene::aLessonRunsWorkerEndedByUsStaysEnded()
{
    // A lesson's run cancelled: ipcscope's clean-up killed its consumer, and
    // the run's own picture says so ("ended by ipcscope"). The exit handed
    // to the stage as well (SIGKILL) must not make it "killed by SIGKILL".
    SceneModel run;
    SceneWorker c1;
    c1.name = QStringLiteral("C1");
    c1.pid = 4242;
    c1.exited = true;
    c1.exitSignal = QStringLiteral("SIGKILL");
    c1.state = QStringLiteral("ended");
    c1.text = SceneText::state(c1);
    run.workers.append(c1);
    LessonStage stage;
    stage.begin({});
    stage.showRun(run);
    stage.ended(4242, 0, QStringLiteral("SIGKILL"));
    const SceneModel m = stage.read();
    QCOMPARE(m.workers.size(), 1);
    QCOMPARE(m.workers.first().state, QStringLiteral("ended"));
    QCOMPARE(m.workers.first().text, SceneText::state(c1));
}

void TestScene::aLessonRunsSemaphoresKeepTheirLastValues()
{
    // eidrm, holder-stopped and sem-undo show a run (showRun()): the
    // semaphores they name as the run's scene read them (the stage drew
    // none), and once the set is removed (IPC_RMID: no value read) the last
    // values, nobody waiting.
    SceneModel run;
    SceneSemaphore empty;
    empty.name = QStringLiteral("empty");
    empty.value = 8;
    run.semaphores.append(empty);
    SceneSemaphore full;
    full.name = QStringLiteral("full");
    full.value = 0;
    full.waiters = 2;
    full.waiting = {QStringLiteral("C1"), QStringLiteral("C2")};
    full.lastPid = 4242;
    run.semaphores.append(full);
    LessonStage stage;
    stage.begin({});
    stage.showSemaphores({QStringLiteral("full")});
    stage.showRun(run);
    SceneModel m = stage.read();
    QCOMPARE(m.semaphores.size(), 1);
    QCOMPARE(m.semaphores[0].name, QStringLiteral("full"));
    QCOMPARE(m.semaphores[0].value, 0);
    QCOMPARE(m.semaphores[0].waiters, 2);
    run.semaphores[1].value = -1; // the set removed
    run.semaphores[1].lastPid = 0;
    stage.showRun(run);
    m = stage.read();
    QCOMPARE(m.semaphores.size(), 1);
    QCOMPARE(m.semaphores[0].value, 0);
    QCOMPARE(m.semaphores[0].lastPid, 4242);
    QCOMPARE(m.semaphores[0].waiters, 0);
    QVERIFY(m.semaphores[0].waiting.isEmpty());
    // The next run (sem-undo runs twice in one part): its set not yet read
    // is not drawn with the run before's values.
    stage.showSemaphores({QStringLiteral("full")});
    stage.showRun(run);
    m = stage.read();
    QCOMPARE(m.semaphores.size(), 1);
    QCOMPARE(m.semaphores[0].value, -1);
    QCOMPARE(m.semaphores[0].lastPid, 0);
}

void TestScene::pipeBufSaysWhenItsRecordsCannotBeDrawn_data()
{
    QTest::addColumn<int>("published"); // the reader's events: records 0, 1, 2 torn, 3…
    QTest::addColumn<quint64>("counted"); // the records it counted
    QTest::addColumn<QString>("part");
    QTest::addColumn<QStringList>("cells");
    const QString asRead = QStringLiteral("writes of 16384 B; records in the order read");
    QTest::newRow("every record") << 6 << quint64(6) << asRead
                                  << QStringList{QStringLiteral("P2"), QStringLiteral("?"), QStringLiteral("P4"),
                                                 QStringLiteral("P1")};
    // The reader between its count and its event, or gone on since the count.
    QTest::newRow("one to come") << 6 << quint64(7) << asRead
                                 << QStringList{QStringLiteral("P2"), QStringLiteral("?"), QStringLiteral("P4"),
                                                QStringLiteral("P1")};
    QTest::newRow("read on since") << 6 << quint64(4) << asRead
                                   << QStringList{QStringLiteral("P2"), QStringLiteral("?"), QStringLiteral("P4"),
                                                  QStringLiteral("P1")};
    // Thinned at speed: the records between those published are unknown.
    // It drew no records and said nothing.
    QTest::newRow("thinned") << 6 << quint64(48)
                             << QStringLiteral("writes of 16384 B; records not drawn: the reader published events for 6 "
                                               "of the 48 it read")
                             << QStringList();
}

void TestScene::pipeBufSaysWhenItsRecordsCannotBeDrawn()
{
    QFETCH(int, published);
    QFETCH(quint64, counted);
    QFETCH(QString, part);
    QFETCH(QStringList, cells);
    LessonStage stage;
    stage.begin({QT_TRANSLATE_NOOP("Lessons", "writes of %1 B; records in the order read"), {verbatim(uint64_t(16384))}});
    SceneModel run;
    SceneObject pipe;
    pipe.kind = QStringLiteral("pipe");
    run.objects.append(pipe);
    stage.showRun(run);
    QVector<RunEvent> events;
    for (int i = 0; i < published; ++i) {
        EventRecord e{};
        e.index = quint64(i);
        e.kind = i == 2 ? EventKind::Corrupted : EventKind::Received;
        e.producer = quint16(i % 4);
        events.append({4, e}); // the reader: after the four writers
    }
    events.append({0, EventRecord{}}); // a writer's: not the reader's
    RecordsRead records(16384);
    records.add(events, 4);
    records.show(stage, counted);
    const SceneModel m = stage.read();
    QCOMPARE(lessonWords(m.part), part);
    QStringList drawn;
    for (const SceneObject::Cell &c : m.objects.value(0).cells)
        drawn << c.text;
    QCOMPARE(drawn, cells);
}

void TestScene::aWorkerHeldByUsIsNotAsleepInTheLesson()
{
    // addresses' and boundaries' workers wait (--hold) in a read() of the
    // standard input ipcscope writes to: ipcscope holds them, and the
    // lesson's picture says so, where it drew them asleep in read() as if
    // in the lesson's IPC. A read() of a pipe another process writes stays
    // asleep in read(). Here: cat reading our pipe, and cat reading sleep's.
    QProcess held;
    held.start(QStringLiteral("cat"), {});
    QProcess writer;
    QProcess reader;
    writer.setStandardOutputProcess(&reader);
    writer.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    reader.start(QStringLiteral("cat"), {});
    QVERIFY(held.waitForStarted() && writer.waitForStarted() && reader.waitForStarted());
    const auto asleepInRead = [](qint64 pid) {
        const ProcInfo p = readProcInfo(pid);
        return p.state == 'S' && p.syscallName == QLatin1String("read");
    };
    QTRY_VERIFY_WITH_TIMEOUT(asleepInRead(held.processId()) && asleepInRead(reader.processId()), 5000);
    // The premise: the second cat's pipe is sleep's, none of ours.
    const QString readersPipe = openDescriptors(reader.processId()).value(0).section(QStringLiteral(" -> "), 1);
    QVERIFY2(readersPipe.startsWith(QLatin1String("pipe:[")), qPrintable(readersPipe));
    QCOMPARE(pipeEnds(getpid(), readersPipe).writers, 0);
    // What addresses and boundaries wait for before they keep their held
    // moment: ours, not any read().
    QVERIFY(LessonStage::isHeldByUs(held.processId()));
    QVERIFY(!LessonStage::isHeldByUs(reader.processId()));
    LessonStage stage;
    stage.begin({});
    stage.watchProcess(QStringLiteral("held"), held.processId());
    stage.watchProcess(QStringLiteral("reader"), reader.processId(), Role::Consumer);
    SceneModel m = stage.read();
    QCOMPARE(m.workers.size(), 2);
    QCOMPARE(m.workers[0].text, QStringLiteral("held by ipcscope"));
    QCOMPARE(m.workers[0].state, QStringLiteral("paused"));
    QCOMPARE(m.workers[1].state, QStringLiteral("blocked"));
    QCOMPARE(m.workers[1].text, QStringLiteral("blocked in receive")); // read(), as the Live scene words it
    LessonStage::retranslate(m);
    QCOMPARE(m.workers[0].text, QStringLiteral("held by ipcscope"));
    // Let go, it has ended: a kept picture of it held says so at the end.
    stage.keepAsFinal();
    const qint64 heldPid = held.processId();
    held.closeWriteChannel();
    QVERIFY(held.waitForFinished(5000));
    stage.ended(heldPid, held.exitCode(), {});
    stage.finish(false);
    QCOMPARE(stage.read().workers[0].state, QStringLiteral("done"));
    writer.kill();
    QVERIFY(writer.waitForFinished(5000));
    QVERIFY(reader.waitForFinished(5000)); // end of file
}

void TestScene::theHeldLessonsKeepTheirHeldMoment_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("moment");
    QTest::newRow("addresses") << QStringLiteral("addresses") << QStringLiteral("At the moment both were attached");
    QTest::newRow("boundaries") << QStringLiteral("boundaries")
                                << QStringLiteral("At the moment the three writes were queued");
}

void TestScene::theHeldLessonsKeepTheirHeldMoment()
{
    // addresses and boundaries end on the picture of their workers held by
    // ipcscope (--hold) beside the object: said as that moment, with the
    // workers as they were then, held, and who has ended since — where the
    // workers read "done" beside a segment still attached twice.
    QFETCH(QString, id);
    QFETCH(QString, moment);
    const std::optional<SceneModel> picture = lastPictureOf(id);
    QVERIFY(picture);
    const SceneModel last = *picture;
    QVERIFY2(QString::fromStdString(last.part.english()).startsWith(moment + QStringLiteral(" — ended since: ")),
             qPrintable(describe(last)));
    QVERIFY(!last.workers.isEmpty());
    for (const SceneWorker &w : last.workers)
        QVERIFY2(w.text == QLatin1String("held by ipcscope"), qPrintable(describe(last)));
    // Who has ended since, in the words the cards use (translated: here
    // a translation that shouts), where the names stayed English in Russian.
    const QString shouted = QString::fromStdString(
        last.part.render([](const std::string &s) { return QString::fromStdString(s).toUpper().toStdString(); }));
    for (const SceneWorker &w : last.workers)
        QVERIFY2(shouted.contains(w.name.toUpper() + QLatin1Char(',')) || shouted.endsWith(w.name.toUpper()),
                 qPrintable(shouted));
    QCOMPARE(leftoverReport(), QString());
}

void TestScene::cardsOfOneKindSayWhichIsWhich_data()
{
    // init-race's two sets share one key; ftok's three queues are one made
    // with a key and two with IPC_PRIVATE: each card says which it is (the
    // lesson's words, drawn under its title), where they said "id N" or
    // nothing. ftok's carry their keys, read from the kernel.
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("init-race") << QStringLiteral("init-race") << QStringLiteral("semaphores")
                               << QStringList{QStringLiteral("the lecture's set: SETVAL in each"),
                                              QStringLiteral("the fix's set: IPC_EXCL")};
    QTest::newRow("ftok") << QStringLiteral("ftok") << QStringLiteral("queue")
                          << QStringList{QStringLiteral("made with this key"), QStringLiteral("IPC_PRIVATE, the first"),
                                         QStringLiteral("IPC_PRIVATE, the second")};
}

void TestScene::cardsOfOneKindSayWhichIsWhich()
{
    QFETCH(QString, id);
    QFETCH(QString, kind);
    QFETCH(QStringList, names);
    const std::optional<SceneModel> picture = lastPictureOf(id);
    QVERIFY(picture);
    const SceneModel last = *picture;
    QStringList drawn;
    for (const SceneObject &o : last.objects)
        if (o.kind == kind) {
            drawn << o.id;
            // A key where there is one (IPC_PRIVATE's is 0), as the kernel keeps it.
            QVERIFY2(o.field(QStringLiteral("key")) >= 0, qPrintable(describe(last)));
            QCOMPARE(o.field(QStringLiteral("key")) == 0, o.id.startsWith(QLatin1String("IPC_PRIVATE")));
        }
    QCOMPARE(drawn, names);
    QCOMPARE(leftoverReport(), QString());
}

void TestScene::eintrsPictureSaysItsMoment()
{
    // eintr ends on the picture of its waiter asleep in semop() with
    // SA_RESTART: before SIGALRM, whose card reads 0 pending. The caption
    // says that moment, where it said only the lesson's part.
    const std::optional<SceneModel> picture = lastPictureOf(QStringLiteral("eintr"));
    QVERIFY(picture);
    const SceneModel last = *picture;
    QVERIFY2(QString::fromStdString(last.part.english())
                 .startsWith(QLatin1String("The waiter asleep in semop() with SA_RESTART, before SIGALRM")),
             qPrintable(describe(last)));
    const auto signal = std::find_if(last.objects.begin(), last.objects.end(),
                                     [](const SceneObject &o) { return o.kind == QLatin1String("signals"); });
    QVERIFY2(signal != last.objects.end(), qPrintable(describe(last)));
    QCOMPARE(signal->field(QStringLiteral("pending")), 0);
    QCOMPARE(leftoverReport(), QString());
}

void TestScene::aKeyGivenToANewObjectIsOneCard()
{
    // lecture-shm as its host reports it: the segment (id 0) marked and
    // gone, then the lecture's key given to a new one (id 1). One segment
    // is there: one card, the new one's (it drew both, "· id 0" and "· key 0x2fbe").
    LessonStage stage;
    stage.begin({});
    stage.report(QStringLiteral("segment"), QStringLiteral("id 0"), QStringLiteral("key"), 0);
    stage.report(QStringLiteral("segment"), QStringLiteral("id 0"), QStringLiteral("ipc_rmid"), 1);
    QCOMPARE(stage.read().objects.size(), 1);
    stage.reportGone(QStringLiteral("segment"));
    stage.report(QStringLiteral("segment"), QStringLiteral("id 1"), QStringLiteral("key"), 0x2fbe);
    const SceneModel m = stage.read();
    QCOMPARE(m.objects.size(), 1);
    QCOMPARE(m.objects[0].id, QStringLiteral("id 1"));
    QVERIFY(m.objects[0].live);
    // Two there at once are two cards.
    stage.report(QStringLiteral("segment"), QStringLiteral("id 2"), QStringLiteral("key"), 0x2fbf);
    QCOMPARE(stage.read().objects.size(), 2);
}

void TestScene::aDrainedStreamEndsEmpty_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::newRow("pipe") << QStringLiteral("pipe");
    QTest::newRow("unix-stream") << QStringLiteral("unix-stream");
}

// Every message read, the consumer leaves having read its end marker: the
// stream is empty then, and its last values say so. The depth was read only
// every 10 ms while the consumer worked, and a run's end showed a drained
// pipe still holding 65,472 bytes.
void TestScene::aDrainedStreamEndsEmpty()
{
    QFETCH(QString, mechanism);
    Scenario s;
    s.mechanism = mechanism;
    s.count = 20000;
    const QVector<SceneModel> pictures = watch(s, {0, 0});
    QVERIFY(!pictures.isEmpty());
    const SceneModel &end = pictures.last();
    QCOMPARE(end.phase, ScenePhase::Finished);
    QCOMPARE(end.workers.size(), 2);
    QCOMPARE(end.workers.last().messages, end.workers.first().messages); // all of it read
    QCOMPARE(end.objects.size(), 1);
    QCOMPARE(end.objects.first().field(QStringLiteral("queued")), 0);
    QCOMPARE(leftoverReport(), QString());
}

// Two producers at full speed against one consumer overflow a UDP socket's
// receive buffer, and the kernel drops what finds no room (udp-drops.json).
// The socket goes with its consumer, before the run's last look at
// /proc/net/udp: that look read no socket, and the end said "0 datagrams
// dropped by the kernel" beside 317,775 lost. The end's count is now the
// consumer's last reading of its socket. Nearly every datagram lost is one
// the kernel dropped there; a few may be lost elsewhere (a CPU's loopback
// backlog, 1,000 deep, when it overflows; datagrams that came after the end
// marker, freed with the socket), and besides the data at most each
// consumer's end marker is dropped.
void TestScene::aLossyRunEndsWithAllItsDrops()
{
    Scenario s;
    s.mechanism = QStringLiteral("udp");
    s.producers = 2;
    s.size = 1024;
    s.count = 100000;
    const QVector<SceneModel> pictures = watch(s, {0, 0});
    QVERIFY(!pictures.isEmpty());
    const SceneModel &end = pictures.last();
    QCOMPARE(end.phase, ScenePhase::Finished);
    qint64 sent = 0, received = 0;
    for (const SceneWorker &w : end.workers)
        (w.role == Role::Producer ? sent : received) += qint64(w.messages);
    const qint64 lost = sent - received;
    QVERIFY2(lost > 0, "nothing was lost: the case did not arise");
    QCOMPARE(end.objects.size(), 1);
    const qint64 drops = end.objects.first().field(QStringLiteral("drops"));
    QVERIFY2(drops >= lost - lost / 100 && drops <= lost + s.consumers,
             qPrintable(QStringLiteral("%1 sent, %2 received, %3 dropped").arg(sent).arg(received).arg(drops)));
    QCOMPARE(leftoverReport(), QString());
}

void TestScene::aKilledWorkerReadsKilled()
{
    Scenario s;
    s.mechanism = QStringLiteral("sysv-shm");
    s.untilStopped = true;
    s.rate = 200;
    bool killed = false;
    const QVector<SceneModel> pictures = watch(s, {0, 200}, [&](const Run &run) {
        const WorkerSnapshot &consumer = run.snapshot().workers.last();
        if (!killed && consumer.messages > 20) {
            killed = true;
            ::kill(pid_t(consumer.pid), SIGKILL);
        }
    });
    const SceneModel &end = pictures.last();
    QCOMPARE(end.phase, ScenePhase::Failed);
    QCOMPARE(end.workers.last().state, QStringLiteral("killed"));
    QVERIFY2(end.workers.last().text.contains(QLatin1String("SIGKILL")), qPrintable(end.workers.last().text));
    QCOMPARE(leftoverReport(), QString());
}

// At speed a semaphore's waiters are a mean over the last frame, counted
// from the workers' state words; a killed consumer's word stays "in P(full)".
void TestScene::aKilledWorkerWaitsNoMore()
{
    Scenario s;
    s.mechanism = QStringLiteral("sysv-shm");
    s.rate = 200;
    s.durationS = 0.8;
    s.count = 0;
    s.faults = QStringLiteral("0.3:kill C1");
    const QVector<SceneModel> pictures = watch(s, {0, 0});
    int looked = 0;
    for (const SceneModel &m : pictures) {
        // Well after the kill: the frame's interval (about 100 ms) lies after it.
        if (m.exact || m.phase != ScenePhase::Running || m.tS < 0.6)
            continue;
        QCOMPARE(m.workers.last().state, QStringLiteral("killed"));
        for (const SceneSemaphore &sem : m.semaphores)
            if (sem.name == QLatin1String("full")) {
                QVERIFY2(sem.meanWaiters == 0, qPrintable(describe(m)));
                ++looked;
            }
    }
    QVERIFY(looked > 0);
    QCOMPARE(leftoverReport(), QString());
}

// `run --inject "1:kill C1"`: the consumer is lost to the kill, and the
// producer, asleep in P(empty) for ever after, is killed by ipcscope as the
// run ends. Only the injected kill reads "killed by SIGKILL"; the producer
// reads ended by ipcscope, and the run failed: it lost a worker. (It read
// P1 "killed by SIGKILL" too, and the phase "finished".)
void TestScene::anInjectedKillFailsTheRunAndOurCleanUpKillsNobody()
{
    Scenario s;
    s.mechanism = QStringLiteral("sysv-shm");
    s.count = 0;
    s.durationS = 0.6;
    s.faults = QStringLiteral("0.2:kill C1");
    const QVector<SceneModel> pictures = watch(s, {0, 0});
    QVERIFY(!pictures.isEmpty());
    const SceneModel &end = pictures.last();
    QCOMPARE(end.phase, ScenePhase::Failed);
    const SceneWorker &p1 = end.workers.first();
    const SceneWorker &c1 = end.workers.last();
    QCOMPARE(c1.state, QStringLiteral("killed"));
    QVERIFY2(c1.text.contains(QLatin1String("SIGKILL")), qPrintable(c1.text));
    QCOMPARE(p1.exitSignal, QStringLiteral("SIGKILL")); // the kernel's fact: ipcscope's SIGKILL
    QCOMPARE(p1.state, QStringLiteral("ended"));
    QVERIFY2(!p1.text.contains(QLatin1String("killed")), qPrintable(p1.text));
    QVERIFY2(!SceneText::caption(end).contains(QLatin1String("P1 killed")), qPrintable(SceneText::caption(end)));
    QCOMPARE(leftoverReport(), QString());
}

// The phase is the run rules': a stepped pace is running, exact between
// calls; Pause held by the user is paused; Step by hand holds it too.
void TestScene::aPacedRunRunsAndAHeldOnePauses()
{
    Scenario s;
    s.mechanism = QStringLiteral("sysv-shm");
    s.count = 0;
    s.durationS = 60; // stopped once seen
    RunController controller;
    RunRules rules(controller);
    rules.setPace({0.05, 0});
    QStringList phases; // each going phase, once, in order, with whether exact
    const auto seen = [&](const QString &p) {
        if (phases.isEmpty() || phases.constLast() != p)
            phases << p;
    };
    QObject::connect(&controller, &RunController::sampled, &controller, [&] {
        const SceneModel m = controller.run()->scene();
        if (isEnded(m.phase))
            return;
        seen(phaseName(m.phase) + (m.exact ? QStringLiteral(" exact") : QString()));
        if (m.exact && m.phase == ScenePhase::Running && !rules.isHeld())
            rules.setPaused(true); // the user's Pause
        else if (m.exact && m.phase == ScenePhase::Paused)
            QMetaObject::invokeMethod(&controller, &RunController::stop, Qt::QueuedConnection);
    });
    QSignalSpy finished(&controller, &RunController::runFinished);
    QVERIFY(controller.start(s, [](Run &run) {
        run.setPollInterval(5);
        run.setWatchProcesses(true);
        run.setWatchScene(true);
    }));
    QVERIFY(finished.wait(20000));
    QVERIFY2(!phases.isEmpty() && phases.constFirst().startsWith(QLatin1String("running")),
             qPrintable(phases.join(QStringLiteral(", "))));
    QVERIFY2(phases.contains(QStringLiteral("running exact")), qPrintable(phases.join(QStringLiteral(", "))));
    QVERIFY2(phases.contains(QStringLiteral("paused exact")), qPrintable(phases.join(QStringLiteral(", "))));
    QVERIFY2(!phases.join(QLatin1Char(',')).contains(QLatin1String("starting")),
             qPrintable(phases.join(QStringLiteral(", "))));
    QCOMPARE(leftoverReport(), QString());
}

// A value ignored stays in shared memory, and every poll reads it again:
// counted once, a new value again.
void TestScene::anIgnoredValueIsCountedOnce()
{
    QVector<WorkerSnapshot> workers(2);
    workers[0].role = Role::Producer;
    workers[0].index = 0;
    workers[0].messages = 10;
    workers[1].role = Role::Consumer;
    workers[1].slot = 1;
    IgnoredValues ignored;
    const auto poll = [&](quint64 fromP1, quint64 fromP2) {
        QVector<WorkerSnapshot> read = workers;
        read[1].takenFrom[0] = fromP1;
        read[1].takenFrom[1] = fromP2; // no P2 in this run
        return raiseToTaken(read, 0, &ignored);
    };
    for (int i = 0; i < 3; ++i)
        QCOMPARE(poll(5, 7), quint64(1)); // the same value, read by three polls
    QCOMPARE(ignored.count(), quint64(1));
    QCOMPARE(poll(5, 9), quint64(1)); // another value there
    QCOMPARE(ignored.count(), quint64(2));
    QCOMPARE(poll(40, 9), quint64(2)); // #39 from P1, which counted 10: ignored too
    QCOMPARE(ignored.count(), quint64(3));
    QCOMPARE(poll(11, 9), quint64(1)); // taken from P1 in range
    QCOMPARE(poll(40, 9), quint64(2)); // written again after a value taken: new
    QCOMPARE(ignored.count(), quint64(4));
}

// The same through a real run: a value no worker can have written, put into
// a held consumer's slot, is read by every poll and counted once (it was
// counted on every poll: hundreds a second at the window's pace).
void TestScene::anIgnoredValueReadEveryPollIsCountedOnce()
{
    Scenario s;
    s.mechanism = QStringLiteral("sysv-shm");
    s.count = 0;
    s.durationS = 60; // stopped below
    RunController controller;
    RunRules rules(controller);
    rules.setPace({30, 0}); // held, no call let through while it is looked at
    int polls = 0;
    QObject::connect(&controller, &RunController::sampled, &controller, [&] { ++polls; });
    QSignalSpy finished(&controller, &RunController::runFinished);
    QVERIFY(controller.start(s, [](Run &run) { run.setPollInterval(5); }));
    const Run &run = *controller.run();
    QVERIFY(waitUntil([&] { return run.snapshot().started; }));
    TelemetryBlock block = TelemetryBlock::open(run.telemetryName().toStdString());
    const WorkerSnapshot &consumer = run.snapshot().workers.last();
    QCOMPARE(consumer.role, Role::Consumer);
    block.slot(consumer.slot)->takenFrom[1].store(7); // a P2 this run does not have
    const int before = polls;
    QVERIFY(waitUntil([&] { return polls > before + 20; }));
    QCOMPARE(run.snapshot().untrusted, quint64(1));
    block.slot(consumer.slot)->takenFrom[1].store(8);
    const int again = polls;
    QVERIFY(waitUntil([&] { return polls > again + 20; }));
    QCOMPARE(run.snapshot().untrusted, quint64(2));
    block = TelemetryBlock();
    controller.stop();
    QVERIFY(finished.wait(20000));
    QCOMPARE(run.result().untrusted, quint64(2));
    QCOMPARE(leftoverReport(), QString());
}

void TestScene::aStoppedWorkerReadsStopped_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<int>("slot");
    QTest::addColumn<double>("rate");
    QTest::newRow("sysv-shm producer at full speed") << QStringLiteral("sysv-shm") << 0 << 0.0;
    QTest::newRow("pipe consumer paced") << QStringLiteral("pipe") << 1 << 200.0;
    QTest::newRow("posix-mq producer paced") << QStringLiteral("posix-mq") << 0 << 200.0;
}

// SIGSTOP to a real worker: the scene reads it stopped, from /proc, in the
// one word the window says it with; after SIGCONT it no longer does.
void TestScene::aStoppedWorkerReadsStopped()
{
    QFETCH(QString, mechanism);
    QFETCH(int, slot);
    QFETCH(double, rate);
    Scenario s;
    s.mechanism = mechanism;
    s.untilStopped = false;
    s.count = 0;
    s.durationS = 4; // the most the three steps may take: the run is stopped once they are seen
    s.rate = rate;
    enum { Before, Stopped, Continued, Seen } step = Before;
    QString stoppedText;
    QString afterText;
    const auto allSeen = [&](const SceneModel &) { return step == Seen; };
    watch(s, {0, rate}, [&](const Run &run) {
        const WorkerSnapshot &w = run.snapshot().workers.at(slot);
        const SceneWorker seen = run.scene().workers.at(slot);
        if (step == Before && w.messages > 5 && !w.exited) {
            step = Stopped;
            ::kill(pid_t(w.pid), SIGSTOP);
        } else if (step == Stopped && seen.state == QLatin1String("stopped")) {
            stoppedText = seen.text;
            step = Continued;
            ::kill(pid_t(w.pid), SIGCONT);
        } else if (step == Continued && seen.state != QLatin1String("stopped")) {
            afterText = seen.text;
            step = Seen;
        }
    }, allSeen);
    QCOMPARE(int(step), int(Seen));
    QVERIFY2(stoppedText.startsWith(SceneText::stopped()), qPrintable(stoppedText));
    QVERIFY2(!afterText.contains(SceneText::stopped()), qPrintable(afterText));
    QCOMPARE(leftoverReport(), QString());
}

void TestScene::theSubtitleSaysWhatThePaceMakesOfThePicture_data()
{
    QTest::addColumn<double>("callEveryS");
    QTest::addColumn<double>("rate");
    QTest::addColumn<bool>("exact"); // some running picture is exact
    QTest::newRow("one call every 0.2 s") << 0.2 << 0.0 << true;
    QTest::newRow("one call a second") << 1.0 << 0.0 << true;
    QTest::newRow("5 msg/s") << 0.0 << 5.0 << false;
    QTest::newRow("no limit") << 0.0 << 0.0 << false;
}

// The subtitle's word for the pace is what the pictures are: stepped, the
// workers come to rest between calls and the picture is exact there; at a
// rate, however slow, they are never held and every frame is a sample.
void TestScene::theSubtitleSaysWhatThePaceMakesOfThePicture()
{
    QFETCH(double, callEveryS);
    QFETCH(double, rate);
    QFETCH(bool, exact);
    Scenario s;
    s.mechanism = QStringLiteral("sysv-shm");
    s.count = 0;
    s.durationS = 2.5;
    s.rate = rate;
    const Pace pace{callEveryS, rate};
    const auto exactAtWork = [](const SceneModel &m) {
        return m.exact && (m.phase == ScenePhase::Running || m.phase == ScenePhase::Paused);
    };
    bool sawExact = false;
    for (const SceneModel &m : watch(s, pace, {}, exactAtWork))
        sawExact = sawExact || exactAtWork(m);
    QCOMPARE(sawExact, exact);
    const QString subtitle = SceneText::shape(1, 1, 64, true, pace);
    QVERIFY2(subtitle.endsWith(exact ? SceneText::tr("exact between calls") : SceneText::tr("sampled")),
             qPrintable(subtitle));
    QCOMPARE(leftoverReport(), QString());
}

QTEST_GUILESS_MAIN(TestScene)
#include "tst_scene.moc"
