// A lesson's observation is drawn in the language and locale of the moment
// it is drawn, not of the moment it was made: the same line, made once, reads
// in English, then in Russian (its words, plural forms and figures), and
// fills its arguments as QString::arg does.
#include "session/formatter.h"
#include "session/lessons/lessonline.h"

#include <QLocale>
#include <QTest>

#include "support/testlanguage.h"

using namespace ipcscope;

class TestLessonLine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void followsTheLanguage_data();
    void followsTheLanguage();

private:
    void use(const QString &language) { QVERIFY(m_language.use(language)); }
    test::TestLanguage m_language;
};

void TestLessonLine::initTestCase()
{
    QVERIFY(m_language.load());
}

void TestLessonLine::cleanupTestCase()
{
    m_language.restore();
}

void TestLessonLine::followsTheLanguage_data()
{
    QTest::addColumn<LessonLine>("line");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("russian"); // '_': the Russian group separator
    QTest::newRow("verbatim")
        << LessonLine(QT_TRANSLATE_NOOP("Lessons", "Sent, in this order: %1.")).arg(QStringLiteral("type 3; type 1"))
        << QStringLiteral("Sent, in this order: type 3; type 1.")
        << QStringLiteral("Отправлены в таком порядке: type 3; type 1.");
    QTest::newRow("figures") << LessonLine(QT_TRANSLATE_NOOP("Lessons", "Capacity %1 B; at most %2 B were queued; %3."))
                                    .arg(figure(Formatter::count, qint64(65536)),
                                         figure(Formatter::count, qint64(1234)),
                                         LessonLine(QT_TRANSLATE_NOOP("Lessons", "nothing")))
                             << QStringLiteral("Capacity 65,536 B; at most 1,234 B were queued; nothing.")
                             << QStringLiteral("Ёмкость 65_536 Б; в канале скапливалось до 1_234 Б; ничего.");
    QTest::newRow("a line in a line")
        << LessonLine(QT_TRANSLATE_NOOP("Lessons", "%1 processes for %2 ms, no semaphore%3…"))
               .arg(4)
               .arg(500)
               .arg(LessonLine(QT_TRANSLATE_NOOP("Lessons", ", all on one CPU (as taskset -c)")))
        << QStringLiteral("4 processes for 500 ms, no semaphore, all on one CPU (as taskset -c)…")
        << QStringLiteral("4 процесса на 500 мс, без семафора, все на одном процессоре (как taskset -c)…");
    QTest::newRow("an empty line in a line")
        << LessonLine(QT_TRANSLATE_NOOP("Lessons", "%1 processes for %2 ms, no semaphore%3…"))
               .arg(4)
               .arg(500)
               .arg(LessonLine())
        << QStringLiteral("4 processes for 500 ms, no semaphore…")
        << QStringLiteral("4 процесса на 500 мс, без семафора…");
    const char *held = QT_TRANSLATE_N_NOOP("Lessons", "After %1 ms the reader is still asleep in read() (wchan %2), "
                                                      "holding %n write end(s) of its own. It closes it now (SIGUSR1, "
                                                      "whose handler calls close(fd[1]))…");
    QTest::newRow("plural, 1") << LessonLine(held, "", 1).arg(1000).arg(QStringLiteral("pipe-read"))
                               << QStringLiteral(
                                      "After 1000 ms the reader is still asleep in read() (wchan pipe-read), "
                                      "holding 1 write end of its own. It closes it now (SIGUSR1, whose "
                                      "handler calls close(fd[1]))…")
                               << QStringLiteral("Через 1000 мс читатель всё ещё спит в read() (wchan pipe-read), у "
                                                 "него самого открыт 1 конец для записи. Теперь он его закрывает "
                                                 "(SIGUSR1, обработчик которого вызывает close(fd[1]))…");
    QTest::newRow("plural, 2") << LessonLine(held, "", 2).arg(1000).arg(QStringLiteral("pipe-read"))
                               << QStringLiteral(
                                      "After 1000 ms the reader is still asleep in read() (wchan pipe-read), "
                                      "holding 2 write ends of its own. It closes them now (SIGUSR1, whose "
                                      "handler calls close(fd[1]))…")
                               << QStringLiteral("Через 1000 мс читатель всё ещё спит в read() (wchan pipe-read), у "
                                                 "него самого открыто 2 конца для записи. Теперь он их закрывает "
                                                 "(SIGUSR1, обработчик которого вызывает close(fd[1]))…");
    // Several at once fill in one pass: a %2 inside the first is text, as for QString::arg.
    QTest::newRow("one pass")
        << LessonLine(QT_TRANSLATE_NOOP("Lessons", "Sent, in this order: %1.")).arg(QStringLiteral("%2"))
        << QStringLiteral("Sent, in this order: %2.") << QStringLiteral("Отправлены в таком порядке: %2.");
}

void TestLessonLine::followsTheLanguage()
{
    QFETCH(LessonLine, line);
    QFETCH(QString, english);
    QFETCH(QString, russian);
    russian.replace(QLatin1Char('_'), QLocale(QLocale::Russian, QLocale::Russia).groupSeparator());
    // Made once; drawn in each language in turn, and back.
    use(QStringLiteral("en"));
    QCOMPARE(line.text(), english);
    use(QStringLiteral("ru"));
    QCOMPARE(line.text(), russian);
    use(QStringLiteral("en"));
    QCOMPARE(line.text(), english);
}

QTEST_GUILESS_MAIN(TestLessonLine)
#include "tst_lessonline.moc"
