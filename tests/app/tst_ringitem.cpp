// A full ring of long sequence numbers in narrow slots: a number cut to "#…"
// names no slot, so the ring draws a shorter form or none, never a cut one;
// where the slots are wide it draws "#N" in full. Its head and tail stay
// inside its frame, whole, wherever they point: beside the frame they went
// into the lane, under a worker's card.
#include "ringitem.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace ipcscope;

namespace {

QVector<DrawnText> drawn(double width, quint64 head = 1000000008, quint64 tail = 1000000000)
{
    SceneRing ring;
    ring.head = head;
    ring.tail = tail;
    ring.filled = 8;
    for (int i = 0; i < 8; ++i)
        ring.cells.append({i, SceneSlot::State::Announced, quint64(1000000000 + i), 0});
    RingItem item(QSizeF(width, 200), 8);
    item.setRing(ring, true);
    QImage image(int(width) + 20, 220, QImage::Format_ARGB32);
    QPainter p(&image);
    item.paint(&p, nullptr, nullptr);
    return item.drawnTexts();
}

} // namespace

class TestRingItem : public QObject {
    Q_OBJECT
private slots:
    void noSlotNumberIsCut();
    void headAndTailStayInside_data();
    void headAndTailStayInside();
    void aKeyTooWideGivesWayToTheKind();
};

void TestRingItem::aKeyTooWideGivesWayToTheKind()
{
    // A segment's brief title is its key: its ten hex digits are wider or
    // narrower as they fall, and in a narrow frame ("0x1bc502…", four lanes at
    // 1024 px) the kind takes its place rather than a cut key.
    const auto titles = [](double width, const QStringList &briefer) {
        RingItem item(QSizeF(width, 200), 8);
        item.setReadings(QStringLiteral("segment key 0x1bc50808 · shmid 1376315"), QStringLiteral("0/8 filled"), {},
                         0, true, briefer);
        QImage image(int(width) + 20, 220, QImage::Format_ARGB32);
        QPainter p(&image);
        item.paint(&p, nullptr, nullptr);
        QStringList texts;
        for (const DrawnText &t : item.drawnTexts())
            texts << (t.cut ? t.text + QStringLiteral(" (cut)") : t.text);
        return texts;
    };
    const QStringList briefer{QStringLiteral("0x1bc50808"), QStringLiteral("segment")};
    const QStringList narrow = titles(120, briefer);
    QVERIFY2(narrow.join(QLatin1Char('|')).contains(QLatin1String("segment")), qPrintable(narrow.join(QLatin1Char('|'))));
    for (const QString &text : narrow)
        QVERIFY2(!text.contains(QLatin1String("(cut)")) && !text.contains(QChar(0x2026)), qPrintable(text));
    // With the key as the only brief form (as before), the check sees it cut.
    const QStringList keyOnly = titles(120, {briefer.first()});
    QVERIFY2(keyOnly.join(QLatin1Char('|')).contains(QLatin1String("(cut)")) ||
                 keyOnly.join(QLatin1Char('|')).contains(QChar(0x2026)),
             qPrintable(keyOnly.join(QLatin1Char('|'))));
    // Where it fits, the key.
    const QStringList wide = titles(240, briefer);
    QVERIFY2(wide.join(QLatin1Char('|')).contains(QLatin1String("0x1bc50808")), qPrintable(wide.join(QLatin1Char('|'))));
}

void TestRingItem::noSlotNumberIsCut()
{
    for (const DrawnText &t : drawn(240)) {
        QVERIFY2(!t.cut && !t.text.contains(QChar(0x2026)), qPrintable(t.text));
    }
    QStringList wide;
    for (const DrawnText &t : drawn(1600))
        wide << t.text;
    QVERIFY2(wide.contains(QStringLiteral("#1000000003")), qPrintable(wide.join(QLatin1Char('|'))));
}

void TestRingItem::headAndTailStayInside_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<quint64>("head");
    QTest::addColumn<quint64>("tail");
    QTest::addColumn<QString>("words");
    // Pointing at the middle slots, at either end, with a number as long as
    // a long run's and a short one; wide, the words whole.
    QTest::newRow("narrow, middle, long") << 240.0 << quint64(1000000004) << quint64(1000000003) << QString();
    QTest::newRow("narrow, middle, short") << 240.0 << quint64(30) << quint64(27) << QString();
    QTest::newRow("narrow, ends") << 240.0 << quint64(1000000007) << quint64(1000000000) << QString();
    QTest::newRow("very narrow") << 120.0 << quint64(1000000004) << quint64(1000000003) << QString();
    QTest::newRow("wide") << 1600.0 << quint64(1000000004) << quint64(1000000003) << QStringLiteral("head 1000000004");
}

void TestRingItem::headAndTailStayInside()
{
    QFETCH(double, width);
    QFETCH(quint64, head);
    QFETCH(quint64, tail);
    QFETCH(QString, words);
    const QRectF frame(0, 0, width, 200);
    QStringList marks;
    QStringList texts;
    for (const DrawnText &t : drawn(width, head, tail)) {
        texts << t.text;
        if (t.role != TextRole::Count)
            continue;
        QVERIFY2(frame.contains(t.box), qPrintable(QStringLiteral("\"%1\" at %2..%3 of 0..%4")
                                                       .arg(t.text)
                                                       .arg(t.box.left())
                                                       .arg(t.box.right())
                                                       .arg(width)));
        QVERIFY2(!t.cut && !t.text.contains(QChar(0x2026)), qPrintable(t.text));
        marks << t.text;
    }
    // The head and the tail, each said with its number.
    QCOMPARE(marks.size(), 2);
    QVERIFY2(marks[0].endsWith(QString::number(head)) && marks[1].endsWith(QString::number(tail)),
             qPrintable(marks.join(QLatin1Char('|'))));
    if (!words.isEmpty())
        QVERIFY2(texts.contains(words), qPrintable(texts.join(QLatin1Char('|'))));
}

QTEST_MAIN(TestRingItem)
#include "tst_ringitem.moc"
