// The recording without a run or a window: a scene sample survives its
// encoding field by field; a file holds what was put in it; the sample shown
// at a time is the last at or before it; the file appears only when written
// whole; and a truncated file, garbage, a newer format and bytes after the
// end are each refused in one line — while the good file they were made
// from is read, so each refusal is the check that turned.
#include "session/recording.h"
#include "session/recordingreader.h"
#include "session/recordingwriter.h"
#include "session/scenecodec.h"
#include "session/scenemodel.h"
#include "session/scenetext.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <functional>

using namespace ipcscope;

Q_DECLARE_METATYPE(ipcscope::SceneModel)

namespace {

SceneModel ringScene(double tS)
{
    SceneModel m;
    m.tS = tS;
    m.exact = true;
    m.phase = ScenePhase::Paused;
    SceneWorker p;
    p.name = QStringLiteral("P1");
    p.pid = 4242;
    p.state = QStringLiteral("blocked");
    p.text = QStringLiteral("заблокирован в P(empty)"); // said again in the reader's language, not kept
    p.detail = QStringLiteral("semtimedop");
    p.on = QStringLiteral("empty");
    p.call = QStringLiteral("P(empty)");
    p.messages = 7;
    SceneWorker c;
    c.name = QStringLiteral("C1");
    c.pid = 4243;
    c.role = Role::Consumer;
    c.state = QStringLiteral("killed");
    c.exited = true;
    c.exitCode = 137;
    c.exitSignal = QStringLiteral("SIGKILL");
    m.workers = {p, c};
    SceneSemaphore s;
    s.name = QStringLiteral("empty");
    s.purpose = QStringLiteral("free slots");
    s.value = 0;
    s.waiters = 1;
    s.waiting = {QStringLiteral("P1")};
    s.lastPid = 4243;
    s.lastBy = QStringLiteral("C1");
    SceneSemaphore lock;
    lock.name = QStringLiteral("put");
    lock.kind = SceneSemaphore::Kind::Lock;
    lock.value = 0;
    lock.holder = QStringLiteral("P1");
    m.semaphores = {s, lock};
    SceneRing ring;
    ring.head = 9;
    ring.tail = 1;
    ring.filled = 8;
    for (int i = 0; i < 8; ++i)
        ring.cells.append({i, i == 0 ? SceneSlot::State::Written : SceneSlot::State::Announced, quint64(i + 1),
                           i == 7 ? -1 : 0});
    m.ring = ring;
    SceneObject o;
    o.kind = QStringLiteral("segment");
    o.id = QStringLiteral("0x1234abcd");
    o.idKind = QStringLiteral("shm-key");
    o.kernelId = QStringLiteral("98307");
    o.live = false;
    o.fields = {{QStringLiteral("nattch"), 2}, {QStringLiteral("lpid"), -1}};
    m.objects = {o};
    return m;
}

SceneModel sampledScene(double tS)
{
    SceneModel m;
    m.tS = tS;
    m.phase = ScenePhase::Running;
    SceneWorker w;
    w.name = QStringLiteral("P1");
    w.pid = 1;
    w.state = QStringLiteral("running");
    w.shares = {{QStringLiteral("send"), QStringLiteral("in send"), 0.625},
                {QStringLiteral("running"), QStringLiteral("running"), 0.25}};
    m.workers = {w};
    SceneSemaphore s;
    s.name = QStringLiteral("full");
    s.meanWaiters = 0.5;
    m.semaphores = {s};
    SceneObject pipe;
    pipe.kind = QStringLiteral("pipe");
    pipe.fields = {{QStringLiteral("queued"), 65536}};
    m.objects = {pipe};
    return m;
}

// A lesson's scene: what only a lesson puts in it (its part, a counter, the
// wait-for graph, a count that is not messages, a process seen from /proc,
// a queue's messages) must come back too.
SceneModel lessonScene(double tS)
{
    SceneModel m = ringScene(tS);
    m.part = Text{"Part %1: %2", {verbatim(2), Text{"two processes increment one counter", {}, false}}, false};
    m.workers[0].unit = QStringLiteral("increments");
    m.workers[1].counted = false;
    m.counters = {{Text{"the counter", {}, false}, QStringLiteral("0x5eed"), 20000, 13412,
                   Text{"%1 lost", {verbatim(6588)}, false}, false}};
    m.edges = {{QStringLiteral("P1"), QStringLiteral("mutex"), QStringLiteral("waits")},
               {QStringLiteral("mutex"), QStringLiteral("C1"), QStringLiteral("held")}};
    m.objects[0].cells = {{QStringLiteral("type 2: hello"), QStringLiteral("next")}, {QStringLiteral("type 1"), {}}};
    return m;
}

Recording sample()
{
    Recording r;
    r.scenario = QJsonObject{{QStringLiteral("mechanism"), QStringLiteral("sysv-shm")}};
    r.machine = QJsonObject{{QStringLiteral("host"), QStringLiteral("lab-3")},
                            {QStringLiteral("cpus"), 2},
                            {QStringLiteral("kernel"), QStringLiteral("Linux 6.1.0")}};
    r.recordedAt = QStringLiteral("2026-11-30T17:00:00.000Z");
    r.result = QJsonObject{{QStringLiteral("messages"), 1000},
                           {QStringLiteral("ok"), true},
                           {QStringLiteral("latency_us"), QJsonObject{{QStringLiteral("p50"), 12.5},
                                                                      {QStringLiteral("max"), QJsonValue()}}},
                           {QStringLiteral("workers"), QJsonArray{QJsonObject{{QStringLiteral("name"), "P1"}}}}};
    r.workers = {QStringLiteral("P1"), QStringLiteral("C1")};
    r.producers = 1;
    for (int i = 0; i < 20; ++i)
        r.scenes.append({0.05 * i, encodeScene(i % 2 ? ringScene(0.05 * i) : sampledScene(0.05 * i))});
    r.series.append({0, 0.1, false, 1000, 0.064, 3.5, 9.25, 100, 0.0064, std::nullopt, std::nullopt, {100, 100},
                     {0.0064, 0.0064}});
    r.series.append({0.1, 0.2, true, 0, 0, std::nullopt, std::nullopt, 0, 0, 3.5, 9.25, {0, 0}, {0, 0}});
    r.events.append({0, 0, 1500, 1, EventKind::Sent, Op::None, 0, 1, 64, QByteArrayLiteral("Hello from P1! ")});
    r.events.append({1, 0, 2500, 1, EventKind::Received, Op::None, 0, 1, 64, QByteArrayLiteral("Hello")});
    r.events.append({1, 5, 9000, 0, EventKind::OpDone, Op::SemV, 0, 2, quint32(Op::SemV), {}});
    return r;
}

QByteArray withVersion(QByteArray file, quint32 version)
{
    qToBigEndian<quint32>(version, file.data() + 8);
    return file;
}

// A lesson's recording, its question put first and guessed wrong.
Recording lessonSample()
{
    Recording r = sample();
    r.scenario = QJsonObject{{QStringLiteral("lesson"), QStringLiteral("deadlock")},
                             {QStringLiteral("setup"), QStringLiteral("as-taught")}};
    r.result = QJsonObject{{QStringLiteral("id"), QStringLiteral("deadlock")}, {QStringLiteral("as_expected"), true}};
    r.series.clear();
    r.events.clear();
    r.question = RecordedQuestion{{QStringLiteral("Do both finish?"),
                                   {QStringLiteral("Both finish"), QStringLiteral("Neither finishes")}},
                                  0,
                                  1};
    return r;
}

// The file of `r` with its payload changed by `edit`, framed as `version`.
QByteArray edited(const Recording &r, const std::function<void(QCborMap &)> &edit, quint32 version = kRecordingVersion)
{
    const QByteArray file = RecordingWriter::encode(r);
    QCborMap payload = QCborValue::fromCbor(qUncompress(file.sliced(20))).toMap();
    edit(payload);
    const QByteArray compressed = qCompress(QCborValue(payload).toCbor());
    QByteArray out = file.left(20);
    qToBigEndian<quint64>(quint64(compressed.size()), out.data() + 12);
    return withVersion(out + compressed, version);
}

} // namespace

class TestRecording : public QObject {
    Q_OBJECT
private slots:
    void sceneRoundTrip_data();
    void sceneRoundTrip();
    void damagedSceneGivesNothing_data();
    void damagedSceneGivesNothing();
    void formatTwoKeepsItsWords_data();
    void formatTwoKeepsItsWords();
    void fileRoundTrip();
    void sceneAt_data();
    void sceneAt();
    void refused_data();
    void refused();
    void writtenWholeOrNotAtAll();
    void lessonsQuestion_data();
    void lessonsQuestion();
};

void TestRecording::sceneRoundTrip_data()
{
    QTest::addColumn<SceneModel>("scene");
    QTest::newRow("exact, with a ring and a killed worker") << ringScene(1.25);
    QTest::newRow("sampled, shares and means") << sampledScene(3.5);
    QTest::newRow("empty") << SceneModel();
    QTest::newRow("a lesson's") << lessonScene(0.75);
}

void TestRecording::sceneRoundTrip()
{
    QFETCH(SceneModel, scene);
    const std::optional<SceneModel> back = decodeScene(encodeScene(scene));
    QVERIFY(back);
    QCOMPARE(back->toJson(), scene.toJson());
    // What the JSON line leaves out, the window draws: it travels too.
    QCOMPARE(back->workers.size(), scene.workers.size());
    for (qsizetype i = 0; i < scene.workers.size(); ++i) {
        const SceneWorker &a = back->workers.at(i);
        const SceneWorker &b = scene.workers.at(i);
        // The state in words, said again from its keys in the language
        // installed now (none here: English).
        QCOMPARE(a.detail, b.detail);
        QCOMPARE(a.text, SceneText::state(b, b.detail));
        QCOMPARE(a.role, b.role);
        QCOMPARE(a.exited, b.exited);
        QCOMPARE(a.exitCode, b.exitCode);
        QCOMPARE(a.unit, b.unit);
        QCOMPARE(a.counted, b.counted);
        QCOMPARE(a.shares.size(), b.shares.size());
        for (qsizetype j = 0; j < b.shares.size(); ++j) {
            QCOMPARE(a.shares.at(j).text, b.shares.at(j).text);
            QCOMPARE(a.shares.at(j).fraction, b.shares.at(j).fraction);
        }
    }
    for (qsizetype i = 0; i < scene.semaphores.size(); ++i) {
        QCOMPARE(back->semaphores.at(i).purpose, scene.semaphores.at(i).purpose);
        QCOMPARE(back->semaphores.at(i).kind, scene.semaphores.at(i).kind);
        QCOMPARE(back->semaphores.at(i).lastBy, scene.semaphores.at(i).lastBy);
        QCOMPARE(back->semaphores.at(i).meanWaiters, scene.semaphores.at(i).meanWaiters);
    }
    QCOMPARE(bool(back->ring), bool(scene.ring));
    if (scene.ring)
        for (qsizetype i = 0; i < scene.ring->cells.size(); ++i)
            QCOMPARE(back->ring->cells.at(i).producer, scene.ring->cells.at(i).producer);
    // A lesson's words come back as it wrote them, to be said in the
    // language of whoever shows them (lessonWords()).
    QCOMPARE(back->part.pattern, scene.part.pattern);
    QCOMPARE(back->part.args.size(), scene.part.args.size());
    for (size_t i = 0; i < scene.part.args.size(); ++i) {
        QCOMPARE(back->part.args.at(i).pattern, scene.part.args.at(i).pattern);
        QCOMPARE(back->part.args.at(i).verbatim, scene.part.args.at(i).verbatim);
    }
    for (qsizetype i = 0; i < scene.counters.size(); ++i)
        QCOMPARE(back->counters.at(i).shortfall.args.size(), scene.counters.at(i).shortfall.args.size());
    QCOMPARE(back->tS, scene.tS);
}

void TestRecording::damagedSceneGivesNothing_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<bool>("decodes");
    const QByteArray good = encodeScene(ringScene(1));
    QTest::newRow("good (the control)") << good << true;
    QTest::newRow("cut in half") << good.left(good.size() / 2) << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("not a map") << QByteArray("\x83\x01\x02\x03", 4) << false;
    // A valid CBOR map whose phase is out of range.
    QByteArray badPhase = good;
    const QByteArray phase = QByteArrayLiteral("\x61p\x02"); // "p": 2 (Paused)
    QVERIFY(badPhase.contains(phase));
    badPhase.replace(phase, QByteArrayLiteral("\x61p\x17")); // 23
    QTest::newRow("phase out of range") << badPhase << false;
    // A lesson's words nested deeper than any lesson writes them.
    SceneModel deep = lessonScene(1);
    deep.part = Text{"%1", {}, false};
    for (int i = 0; i < 20; ++i)
        deep.part = Text{"%1", {deep.part}, false};
    QTest::newRow("a lesson's (the control)") << encodeScene(lessonScene(1)) << true;
    QTest::newRow("words nested without end") << encodeScene(deep) << false;
}

void TestRecording::damagedSceneGivesNothing()
{
    QFETCH(QByteArray, encoded);
    QFETCH(bool, decodes);
    QCOMPARE(bool(decodeScene(encoded)), decodes);
}

void TestRecording::formatTwoKeepsItsWords_data()
{
    QTest::addColumn<QString>("words"); // as a format-2 sample kept them
    QTest::newRow("Russian") << QStringLiteral("заблокирован в P(empty)");
    QTest::newRow("English") << QStringLiteral("blocked in P(empty)");
}

// A sample of format 2 or older kept a worker's state in words only: they
// are shown as they were, the one thing it can say.
void TestRecording::formatTwoKeepsItsWords()
{
    QFETCH(QString, words);
    QCborMap scene = QCborValue::fromCbor(encodeScene(ringScene(1))).toMap();
    QCborArray workers = scene.value(QLatin1String("w")).toArray();
    QCborMap worker = workers.at(0).toMap();
    QVERIFY(worker.contains(QLatin1String("d")));
    worker.remove(QLatin1String("d"));
    worker.insert(QLatin1String("t"), words);
    workers[0] = worker;
    scene.insert(QLatin1String("w"), workers);
    const std::optional<SceneModel> back = decodeScene(QCborValue(scene).toCbor());
    QVERIFY(back);
    QCOMPARE(back->workers.at(0).text, words);
    // The same sample as this version writes it says it from its keys.
    QCOMPARE(decodeScene(encodeScene(ringScene(1)))->workers.at(0).text, QStringLiteral("blocked in P(empty): semtimedop"));
}

void TestRecording::fileRoundTrip()
{
    const Recording r = sample();
    QString error;
    const std::optional<Recording> back = RecordingReader::decode(RecordingWriter::encode(r), QStringLiteral("x"), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->version, kRecordingVersion);
    QCOMPARE(back->scenario, r.scenario);
    QCOMPARE(back->machine, r.machine);
    QCOMPARE(back->host(), QStringLiteral("lab-3"));
    QCOMPARE(back->recordedAt, r.recordedAt);
    QCOMPARE(back->result, r.result);
    QCOMPARE(back->workers, r.workers);
    QCOMPARE(back->producers, 1);
    QCOMPARE(back->scenes.size(), r.scenes.size());
    for (qsizetype i = 0; i < r.scenes.size(); ++i) {
        QCOMPARE(back->scenes.at(i).tS, r.scenes.at(i).tS);
        QCOMPARE(back->scenes.at(i).encoded, r.scenes.at(i).encoded);
    }
    QCOMPARE(back->series.size(), 2);
    const RecordedWindow &w = back->series.at(0);
    QCOMPARE(w.endS, 0.1);
    QCOMPARE(w.latencyP99Us.value_or(-1), 9.25);
    QVERIFY(!w.averagedP50Us);
    QCOMPARE(w.workerMbPerS, (QVector<double>{0.0064, 0.0064}));
    QVERIFY(back->series.at(1).held);
    QCOMPARE(back->series.at(1).averagedP99Us.value_or(-1), 9.25);
    QCOMPARE(back->events.size(), 3);
    for (qsizetype i = 0; i < r.events.size(); ++i) {
        const RecordedEvent &a = back->events.at(i);
        const RecordedEvent &b = r.events.at(i);
        QCOMPARE(a.slot, b.slot);
        QCOMPARE(a.index, b.index);
        QCOMPARE(a.tNs, b.tNs);
        QCOMPARE(a.seq, b.seq);
        QCOMPARE(a.kind, b.kind);
        QCOMPARE(a.op, b.op);
        QCOMPARE(a.place, b.place);
        QCOMPARE(a.size, b.size);
        QCOMPARE(a.head.toByteArray(), b.head.toByteArray());
    }
}

void TestRecording::sceneAt_data()
{
    QTest::addColumn<double>("tS");
    QTest::addColumn<int>("index");
    QTest::newRow("before the first") << -0.01 << -1;
    QTest::newRow("at the first") << 0.0 << 0;
    QTest::newRow("between") << 0.12 << 2;
    QTest::newRow("just before a sample") << 0.1499 << 2;
    QTest::newRow("at a sample") << 0.15 << 3;
    QTest::newRow("after the last") << 100.0 << 19;
}

void TestRecording::sceneAt()
{
    QFETCH(double, tS);
    QFETCH(int, index);
    Recording r;
    for (int i = 0; i < 20; ++i)
        r.scenes.append({i * 0.05, encodeScene(sampledScene(i * 0.05))});
    r.scenes[3].tS = 0.15; // 3 * 0.05 is a hair above 0.15 in binary
    QCOMPARE(r.sceneIndexAt(tS), index);
    if (index >= 0)
        QCOMPARE(r.scene(index)->tS, r.scenes.at(index).tS);
}

void TestRecording::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says"); // empty: read
    const QByteArray good = RecordingWriter::encode(sample());
    QVERIFY(good.size() > 200);
    QTest::newRow("good (the control)") << good << QString();
    for (const qsizetype at : {qsizetype(0), qsizetype(3), qsizetype(8), qsizetype(12), qsizetype(19),
                               qsizetype(20), qsizetype(21), good.size() / 2, good.size() - 1})
        QTest::addRow("truncated at %lld", qlonglong(at))
            << good.left(at) << (at == 0 ? QStringLiteral("not an ipcscope recording") : QStringLiteral("truncated"));
    QByteArray garbage(4096, '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) % 251);
    QTest::newRow("garbage") << garbage << QStringLiteral("not an ipcscope recording");
    QTest::newRow("text") << QByteArray("{\"mechanism\": \"pipe\"}\n") << QStringLiteral("not an ipcscope recording");
    // The right frame around a payload that is not ours.
    QByteArray framed = good.left(20) + garbage.left(good.size() - 20);
    QTest::newRow("garbage in the frame") << framed << QStringLiteral("damaged");
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x5a);
    QTest::newRow("a byte flipped") << flipped << QStringLiteral("damaged");
    QTest::newRow("the next format") << withVersion(good, kRecordingVersion + 1) << QStringLiteral("newer ipcscope");
    QTest::newRow("format 4294967295") << withVersion(good, 0xffffffff) << QStringLiteral("newer ipcscope");
    QTest::newRow("format 0") << withVersion(good, 0) << QStringLiteral("not an ipcscope recording");
    QTest::newRow("bytes after the end") << good + QByteArray("x") << QStringLiteral("after its end");
    QByteArray huge = good;
    qToBigEndian<quint64>(quint64(1) << 40, huge.data() + 12);
    QTest::newRow("length beyond reason") << huge << QStringLiteral("damaged");
}

void TestRecording::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    // Through the file, as the CLI and the window read it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = dir.filePath(QStringLiteral("run.ipcrec"));
    QFile file(name);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    QString error;
    const std::optional<Recording> r = RecordingReader::read(name, &error);
    if (says.isEmpty()) {
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->scenes.size(), 20);
        for (int i = 0; i < r->scenes.size(); ++i)
            QVERIFY(r->scene(i));
        return;
    }
    QVERIFY(!r);
    QVERIFY2(error.startsWith(name + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestRecording::writtenWholeOrNotAtAll()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = dir.filePath(QStringLiteral("run.ipcrec"));
    QString error;
    {
        RecordingWriter abandoned;
        QVERIFY2(abandoned.open(name, &error), qPrintable(error));
        // Opened, not written: nothing under the name, nothing beside it.
        QVERIFY(!QFile::exists(name));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    RecordingWriter writer;
    QVERIFY2(writer.open(name, &error), qPrintable(error));
    QVERIFY(!QFile::exists(name));
    QVERIFY2(writer.write(sample(), &error), qPrintable(error));
    QVERIFY(RecordingReader::read(name, &error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("run.ipcrec")});
    // A place that cannot take it is refused when opened, in one line.
    for (const QString &bad : {QStringLiteral("/nonexistent/dir/x.ipcrec"), dir.path(), QString()}) {
        RecordingWriter refused;
        error.clear();
        QVERIFY2(!refused.open(bad, &error), qPrintable(bad));
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }
}


void TestRecording::lessonsQuestion_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("guess");  // -2: no question read
    QTest::addColumn<QString>("says"); // empty: read
    const Recording r = lessonSample();
    const auto withQuestion = [&r](const char *key, const QCborValue &v) {
        return edited(r, [key, v](QCborMap &m) {
            QCborMap q = m.value(QLatin1String("question")).toMap();
            q.insert(QLatin1String(key), v);
            m.insert(QLatin1String("question"), q);
        });
    };
    QTest::newRow("guessed") << RecordingWriter::encode(r) << 0 << QString();
    Recording unguessed = r;
    unguessed.question->guess = -1;
    QTest::newRow("run without guessing") << RecordingWriter::encode(unguessed) << -1 << QString();
    Recording unasked = r;
    unasked.question.reset();
    QTest::newRow("not asked") << RecordingWriter::encode(unasked) << -2 << QString();
    // Format 3, as its writer wrote a lesson: no question; it still opens.
    QTest::newRow("format 3") << withVersion(RecordingWriter::encode(unasked), 3) << -2 << QString();
    QTest::newRow("a guess past the choices") << withQuestion("guess", 2) << 0 << QStringLiteral("question");
    QTest::newRow("an answer below -1") << withQuestion("answer", -2) << 0 << QStringLiteral("question");
    QTest::newRow("one choice") << withQuestion("choices", QCborArray{QStringLiteral("Both finish")}) << 0
                                << QStringLiteral("question");
    QTest::newRow("no text") << withQuestion("text", 7) << 0 << QStringLiteral("question");
    QTest::newRow("on a run's recording") << edited(sample(), [&r](QCborMap &m) {
        m.insert(QLatin1String("question"), QCborValue::fromCbor(qUncompress(RecordingWriter::encode(r).sliced(20)))
                                                 .toMap()
                                                 .value(QLatin1String("question")));
    }) << 0 << QStringLiteral("question");
}

// A lesson's question and the guess come back as they were put; a file of
// format 3, which had none, still opens; a question that cannot be one is
// refused in one line.
void TestRecording::lessonsQuestion()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, guess);
    QFETCH(QString, says);
    QString error;
    const std::optional<Recording> back = RecordingReader::decode(bytes, QStringLiteral("x"), &error);
    if (!says.isEmpty()) {
        QVERIFY(!back);
        QVERIFY2(error.contains(says) && !error.contains(QLatin1Char('\n')), qPrintable(error));
        return;
    }
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->isLesson());
    QCOMPARE(back->lessonVerdict().value_or(RecordedVerdict{}).asExpected, true);
    if (guess == -2) {
        QVERIFY(!back->question);
        return;
    }
    QVERIFY(back->question);
    const RecordedQuestion expected = lessonSample().question.value();
    QCOMPARE(back->question->question.text, expected.question.text);
    QCOMPARE(back->question->question.choices, expected.question.choices);
    QCOMPARE(back->question->guess, guess);
    QCOMPARE(back->question->answer, expected.answer);
}

QTEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
