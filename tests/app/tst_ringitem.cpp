// A full ring of long sequence numbers in narrow slots: a number cut to "#…"
// names no slot, so the ring draws a shorter form or none, never a cut one;
// where the slots are wide it draws "#N" in full.
#include "ringitem.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace ipcscope;

namespace {

QVector<DrawnText> drawn(double width)
{
    SceneRing ring;
    ring.head = 1000000008;
    ring.tail = 1000000000;
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
};

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

QTEST_MAIN(TestRingItem)
#include "tst_ringitem.moc"
