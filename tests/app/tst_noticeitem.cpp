// The scene's notice at a lesson's end: the audience's guess, right or
// wrong, is a mark of its own — ✓ in the colour of success, ✗ in the colour
// of failure — on a line of its own, not a plain sign inside the sentence;
// a line without a mark stays in the notice's own ink.
#include "noticeitem.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace ipcscope;

namespace {

// What the notice drew, painted once onto an image (kept as NAME.png in
// $IPCSCOPE_SCREENSHOT_DIR, to be looked at).
QVector<DrawnText> painted(NoticeItem &notice, const QString &name)
{
    QImage image(900, int(notice.height()) + 20, QImage::Format_ARGB32);
    image.fill(VisualStyle::current().background);
    {
        QPainter p(&image);
        notice.paint(&p, nullptr, nullptr);
    }
    const QString dir = qEnvironmentVariable("IPCSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    return notice.drawnTexts();
}

} // namespace

class TestNoticeItem : public QObject {
    Q_OBJECT
private slots:
    void guessIsAColouredMark_data();
    void guessIsAColouredMark();
};

void TestNoticeItem::guessIsAColouredMark_data()
{
    QTest::addColumn<QString>("revealed");
    QTest::addColumn<QString>("markLine"); // the line that starts with the mark, empty for none
    QTest::addColumn<int>("mark");         // 1 ✓, -1 ✗, 0 none
    QTest::newRow("right") << QStringLiteral("How many arrive? The measurement says: Far fewer. ✓ The guess was right.")
                           << QStringLiteral("✓ The guess was right.") << 1;
    QTest::newRow("wrong") << QStringLiteral("How many arrive? The measurement says: Far fewer. ✗ The guess was: All.")
                           << QStringLiteral("✗ The guess was: All.") << -1;
    QTest::newRow("no guess") << QStringLiteral("How many arrive? The measurement says: Far fewer.") << QString() << 0;
}

void TestNoticeItem::guessIsAColouredMark()
{
    QFETCH(QString, revealed);
    QFETCH(QString, markLine);
    QFETCH(int, mark);
    for (const bool dark : {false, true}) {
        VisualStyle::setDark(dark);
        const VisualStyle &s = VisualStyle::current();
        NoticeItem notice;
        notice.setWidth(880);
        notice.setNotice(QStringLiteral("Signals\n\nExpected: few\nMeasured: 900 of 80 000\n\n") + revealed,
                         QStringLiteral("✓ As expected."), true);
        const QVector<DrawnText> texts =
            painted(notice, QStringLiteral("notice-%1-%2").arg(QLatin1String(QTest::currentDataTag()),
                                                                dark ? QLatin1String("dark") : QLatin1String("light")));
        const auto marked = std::find_if(texts.begin(), texts.end(), [](const DrawnText &t) {
            return t.role != TextRole::Verdict && (t.text.startsWith(QChar(0x2713)) || t.text.startsWith(QChar(0x2717)));
        });
        if (mark == 0) {
            QVERIFY(marked == texts.end());
            continue;
        }
        QVERIFY(marked != texts.end());
        QCOMPARE(marked->text, markLine);
        QCOMPARE(marked->colour, VisualStyle::readable(mark > 0 ? s.running : s.failed, s.background));
        QVERIFY(VisualStyle::contrast(marked->colour, marked->background) >= 4.5);
        // The sentence before it keeps the notice's own ink.
        const auto sentence = std::find_if(texts.begin(), texts.end(), [](const DrawnText &t) {
            return t.text.startsWith(QLatin1String("How many"));
        });
        QVERIFY(sentence != texts.end());
        QVERIFY(!sentence->text.contains(markLine));
        QCOMPARE(sentence->colour, s.mutedText);
    }
    VisualStyle::setDark(false);
}

QTEST_MAIN(TestNoticeItem)
#include "tst_noticeitem.moc"
