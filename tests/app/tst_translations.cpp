// Plural forms as the window gets them: each language loaded the way the
// program loads it (language.h, the .qm files built into the program) and
// the scene's counted words read for 1, 2 and 5 — "1 producer", "2 producers";
// "1 байт", "2 байта", "5 байт". Without the translator installed the very
// same checks fail: the sources' "(s)" shows through. A window made without
// anyone choosing a language (as in a test or a benchmark) installs English
// itself, before its words are made.
#include "language.h"
#include "mainwindow.h"
#include "windowhelpers.h"

#include "session/formatter.h"
#include "session/scenetext.h"
#include "session/unannounced.h"

#include <QTest>

using namespace ipcscope;

namespace {

// Russian groups digits with a no-break space; none of these numbers has one.
QString counted(const QString &language, const QString &what, int n)
{
    if (what == QLatin1String("producers"))
        return SceneText::shape(n, 1, 0, false, Pace{0, 0}).section(QStringLiteral(" → "), 0, 0);
    if (what == QLatin1String("messages"))
        return SceneText::messages(quint64(n));
    if (what == QLatin1String("slots")) {
        SceneRing ring;
        ring.filled = 0;
        ring.cells.resize(n);
        return SceneText::ringFill(ring, true);
    }
    if (what == QLatin1String("bytes"))
        return Formatter::bytes(n);
    if (what == QLatin1String("unannounced"))
        return Unannounced::line(QStringLiteral("P1"), quint64(n)).section(QStringLiteral(" P1 "), 0, 0);
    Q_UNUSED(language);
    return {};
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { language::setCurrent(QStringLiteral("en")); }
    void pluralForms_data();
    void pluralForms();
    void withoutTheTranslatorTheFormsAreMissing_data();
    void withoutTheTranslatorTheFormsAreMissing();
    void aWindowInstallsEnglishItself();
};

void TestTranslations::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *language, const char *what, int n, const char *expected) {
        QTest::addRow("%s: %d %s", language, n, what)
            << QString::fromLatin1(language) << QString::fromLatin1(what) << n << QString::fromUtf8(expected);
    };
    row("en", "producers", 1, "1 producer");
    row("en", "producers", 2, "2 producers");
    row("en", "producers", 5, "5 producers");
    row("en", "messages", 1, "1 message");
    row("en", "messages", 2, "2 messages");
    row("en", "messages", 5, "5 messages");
    row("en", "slots", 1, "0 of 1 slot filled");
    row("en", "slots", 2, "0 of 2 slots filled");
    row("en", "slots", 5, "0 of 5 slots filled");
    row("en", "bytes", 1, "1 byte");
    row("en", "bytes", 64, "64 bytes");
    row("en", "unannounced", 1, "1 lost message had been written into the ring by");
    row("en", "unannounced", 2, "2 lost messages had been written into the ring by");
    row("ru", "producers", 1, "1 производитель");
    row("ru", "producers", 2, "2 производителя");
    row("ru", "producers", 5, "5 производителей");
    row("ru", "messages", 1, "1 сообщение");
    row("ru", "messages", 2, "2 сообщения");
    row("ru", "messages", 5, "5 сообщений");
    row("ru", "messages", 21, "21 сообщение");
    row("ru", "slots", 1, "занято 0 из 1 ячейки");
    row("ru", "slots", 2, "занято 0 из 2 ячеек");
    row("ru", "slots", 5, "занято 0 из 5 ячеек");
    row("ru", "bytes", 1, "1 байт");
    row("ru", "bytes", 2, "2 байта");
    row("ru", "bytes", 5, "5 байт");
    row("ru", "bytes", 64, "64 байта");
    row("ru", "unannounced", 1, "1 потерянное сообщение");
    row("ru", "unannounced", 2, "2 потерянных сообщения");
    row("ru", "unannounced", 5, "5 потерянных сообщений");
}

void TestTranslations::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(QString, what);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QVERIFY(language::setCurrent(language));
    QCOMPARE(language::current(), language);
    QCOMPARE(counted(language, what, n), expected);
}

void TestTranslations::withoutTheTranslatorTheFormsAreMissing_data()
{
    pluralForms_data();
}

void TestTranslations::withoutTheTranslatorTheFormsAreMissing()
{
    // The check above, with the program's translator taken out again: what
    // it would see if the .qm were not built, not found or not installed.
    QFETCH(QString, language);
    QFETCH(QString, what);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QVERIFY(language::setCurrent(language));
    language::unload();
    QVERIFY(counted(language, what, n) != expected);
    QVERIFY(counted(language, what, n).contains(QStringLiteral("(s)")));
}

void TestTranslations::aWindowInstallsEnglishItself()
{
    language::unload();
    QVERIFY(SceneText::messages(6).contains(QStringLiteral("(s)"))); // nothing installed
    test::isolateSettings();
    MainWindow w;
    w.show();
    w.grab();
    QVERIFY(test::sceneSays(w, QStringLiteral("1 producer → 1 consumer")));
    QVERIFY(!test::sceneSays(w, QStringLiteral("(s)")));
    QCOMPARE(SceneText::messages(6), QStringLiteral("6 messages"));
    w.close();
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
