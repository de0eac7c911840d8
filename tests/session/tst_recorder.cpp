// The recorder's memory bound, without a run: fed past kMaxEvents events or
// kMaxScenes samples it lets the oldest quarter go — what stays is the
// newest, in order — and however much more comes, it never holds more than
// the bound; fed up to the bound, it keeps every one (the case that turns).
#include "session/recorder.h"
#include "session/runcontroller.h"

#include <QTest>

using namespace ipcscope;

class TestRecorder : public QObject {
    Q_OBJECT
private slots:
    void boundedInMemory_data();
    void boundedInMemory();
};

void TestRecorder::boundedInMemory_data()
{
    QTest::addColumn<bool>("scenes"); // else events
    QTest::addColumn<qsizetype>("fed");
    QTest::addColumn<qsizetype>("kept");
    for (const bool scenes : {false, true}) {
        const qsizetype max = scenes ? Recorder::kMaxScenes : Recorder::kMaxEvents;
        const char *what = scenes ? "scenes" : "events";
        QTest::addRow("%s: up to the bound, all", what) << scenes << max << max;
        QTest::addRow("%s: one past, the oldest quarter goes", what) << scenes << max + 1 << max + 1 - max / 4;
        // Let go first at max + 1, then every quarter more: nine times by 3·max + 7.
        QTest::addRow("%s: three times the bound", what) << scenes << 3 * max + 7 << 3 * max + 7 - 9 * (max / 4);
    }
}

void TestRecorder::boundedInMemory()
{
    QFETCH(bool, scenes);
    QFETCH(qsizetype, fed);
    QFETCH(qsizetype, kept);
    RunController controller;
    Recorder recorder(controller);
    const qsizetype max = scenes ? Recorder::kMaxScenes : Recorder::kMaxEvents;
    for (qsizetype i = 0; i < fed; ++i) {
        if (scenes)
            recorder.keep(RecordedScene{double(i), QByteArray()});
        else
            recorder.keep(RecordedEvent{0, quint64(i), qint64(i), 0, EventKind::Sent, Op::None, 0, 0, 0, {}});
    }
    const Recording &r = recorder.recording();
    const qsizetype size = scenes ? r.scenes.size() : r.events.size();
    QCOMPARE(size, kept);
    QVERIFY(size <= max);
    // The newest stay, in order: the first kept is the one `fed - kept` in.
    const auto first = [&] { return scenes ? qsizetype(r.scenes.constFirst().tS) : qsizetype(r.events.constFirst().index); };
    const auto last = [&] { return scenes ? qsizetype(r.scenes.constLast().tS) : qsizetype(r.events.constLast().index); };
    QCOMPARE(first(), fed - kept);
    QCOMPARE(last(), fed - 1);
}

QTEST_GUILESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
