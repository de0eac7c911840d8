// The lecture's examples say where the lecture is wrong (errata), and each
// erratum's lecture_holds is a pure function of the readings: fed what the
// kernel did here, the lecture is found wrong; fed readings where it would
// be right, the same erratum turns and says it holds. An erratum that could
// only ever say one thing would be an assertion, not a measurement.
#include "session/lessons/lesson.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace ipcscope;

class TestLessonErrata : public QObject {
    Q_OBJECT
private slots:
    void erratumFollowsTheReadings_data();
    void erratumFollowsTheReadings();
    void everyErratumTurns();
};

namespace {

struct Row {
    const char *name, *id, *json;
    int erratum;
    bool holds;
};

// For each lecture example and each of its errata: readings where the
// lecture is wrong (as measured here) and readings where it would be right.
const QList<Row> &rows()
{
    static const QList<Row> all{
        {"shm: the segment outlived the writer", "lecture-shm",
         R"J({"shm_key": "0x00002fbe", "b.after_writer": "key 0x00002fbe id 0 perms 666 nattch 0",
             "b.reader": "Hello from writer!"})J", 0, false},
        {"shm: the segment went with the writer", "lecture-shm",
         R"J({"shm_key": "0x00002fbe", "b.after_writer": "", "b.reader": "shmget: No such file or directory"})J", 0,
         true},
        {"shm: the maps show /SYSV", "lecture-shm",
         R"J({"a.writer_maps": "7f2a300c9000-7f2a301bd000 rw-s 00000000 00:01 0 /SYSV00002fbe (deleted)"})J", 1, true},
        {"shm: no /SYSV in the maps", "lecture-shm", R"J({"a.writer_maps": "7f2a300c9000 rw-p [heap]"})J", 1, false},
        {"msg: the queue left behind", "lecture-msg",
         R"J({"key": "0x00002fbf", "after.ipcs": "key 0x00002fbf id 0 perms 666 qnum 2 cbytes 200"})J", 0, false},
        {"msg: nothing left behind", "lecture-msg",
         R"J({"key": "0x00002fbf", "after.ipcs": "key 0x00002fbf id 0 perms 666 qnum 0 cbytes 0"})J", 0, true},
        {"msg: two files, one ftok key", "lecture-msg", R"J({"ftok_twins": "0x01020304 /a/x /b/y"})J", 1, false},
        {"msg: no two files with one key", "lecture-msg", R"J({"ftok_twins": "none", "ftok_scanned": "4096"})J", 1,
         true},
        {"msg: msgtyp 2 jumps the queue", "lecture-msg", R"J({"order.msgtyp2": "type 2 third"})J", 2, false},
        {"msg: the oldest first", "lecture-msg", R"J({"order.msgtyp2": "type 1 first"})J", 2, true},
        {"sem: two inside together", "lecture-sem",
         R"J({"a.first": "Critical section start", "a.second": "Critical section start", "a.value_after": "2"})J", 0,
         false},
        {"sem: the second waited", "lecture-sem",
         R"J({"a.first": "Critical section start", "a.second": "", "a.second_wchan": "do_semtimedop"})J", 0, true},
        {"sem: the dead one's P stays", "lecture-sem",
         R"J({"noundo.value_after": "0", "undo.value_after": "1"})J", 1, false},
        {"sem: the value came back anyway", "lecture-sem",
         R"J({"noundo.value_after": "1", "undo.value_after": "1"})J", 1, true},
        {"sem: the mutex slower than POSIX semaphores", "lecture-sem",
         R"J({"rate.shm-mutex": 113000, "rate.posix-shm": 140000, "rate.sysv-shm": 90000})J", 2, false},
        {"sem: the mutex fastest", "lecture-sem",
         R"J({"rate.shm-mutex": 150000, "rate.posix-shm": 140000, "rate.sysv-shm": 90000})J", 2, true},
        {"posix-shm: c++ refuses the cast", "lecture-posix-shm",
         R"J({"cxx_tried": true, "cxx_ok": false, "c_ok": true,
             "cxx_error": "invalid conversion from 'void*' to 'char*'"})J", 0, false},
        {"posix-shm: c++ accepts it", "lecture-posix-shm", R"J({"cxx_tried": true, "cxx_ok": true})J", 0, true},
    };
    return all;
}

} // namespace

void TestLessonErrata::erratumFollowsTheReadings_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("readings");
    QTest::addColumn<int>("erratum");
    QTest::addColumn<bool>("holds");
    for (const Row &r : rows())
        QTest::newRow(r.name) << QString::fromLatin1(r.id) << QByteArray(r.json) << r.erratum << r.holds;
}

void TestLessonErrata::erratumFollowsTheReadings()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, readings);
    QFETCH(int, erratum);
    QFETCH(bool, holds);
    const QJsonObject r = QJsonDocument::fromJson(readings).object();
    QVERIFY2(!r.isEmpty(), "readings are not JSON");
    const LessonOutcome o = judge(*findLesson(id), r);
    QVERIFY(erratum < o.errata.size());
    QCOMPARE(o.errata[erratum].lectureHolds, holds);
    QCOMPARE(o.errata[erratum].toJson().value(QStringLiteral("lecture_holds")).toBool(), holds);
    QVERIFY(!o.errata[erratum].observed.isEmpty());
}

// Every erratum of every lesson is turned by some rows above, both ways.
void TestLessonErrata::everyErratumTurns()
{
    QHash<QString, QSet<bool>> seen;
    for (const Row &r : rows())
        seen[QStringLiteral("%1 #%2").arg(QLatin1String(r.id)).arg(r.erratum)].insert(r.holds);
    int errata = 0;
    for (const Lesson *l : allLessons()) {
        const int n = int(judge(*l, QJsonObject()).errata.size());
        for (int i = 0; i < n; ++i) {
            const QString name = QStringLiteral("%1 #%2").arg(l->id()).arg(i);
            QVERIFY2(seen.value(name).size() == 2, qPrintable(name + QStringLiteral(" is not fed both ways")));
            ++errata;
        }
    }
    QVERIFY(errata >= 9);
}

QTEST_GUILESS_MAIN(TestLessonErrata)
#include "tst_lessonerrata.moc"
