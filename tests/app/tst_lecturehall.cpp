// The window in the lecture hall: every text in Russian and back in English
// without a restart, with nothing left untranslated; the dark theme; the
// presentation layout on a 1024x768 projector; a pace of one call at a time;
// scenarios saved and opened with their layout; the shipped examples; and a
// worker that crashes, reported in the log while the session goes on.
#include "codeview.h"
#include "flowscene.h"
#include "flowview.h"
#include "language.h"
#include "lessonpanel.h"
#include "logview.h"
#include "mainwindow.h"
#include "questiondialog.h"
#include "session/mechanismcatalog.h"
#include "pacecontrol.h"
#include "scenarioeditor.h"
#include "throughputplot.h"
#include "visualstyle.h"

#include "../session/runhelpers.h"
#include "windowhelpers.h"

#include "session/lessons/lesson.h"
#include "session/procinfo.h"
#include "session/scenariofile.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <qcustomplot.h>

#include <sched.h>

#include <csignal>
#include <memory>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

// Empty once the toolbar is laid out in the type and words it has now: its
// window retranslated (the way back reads `presentation`), every shown
// action's widget in the application's type, its button in its action's
// words (iconText), and at its hint inside the bar (a tool button's least size is its
// hint; the pace control takes from its least to its hint), or hidden in the
// "»" overflow. Until the events of a switch are through, the buttons keep
// the old words, type and widths, and the overflow's button its old state.
QString toolBarNotLaidOut(const QToolBar *bar, const QAction *presentation)
{
    const QString words = QCoreApplication::translate("MainWindow", "Presentation");
    if (presentation->text() != words)
        return QStringLiteral("the way back reads \"%1\", not \"%2\"").arg(presentation->text(), words);
    const QRect inside = bar->contentsRect();
    for (QAction *a : bar->actions()) {
        const QWidget *widget = bar->widgetForAction(a);
        if (!a->isVisible() || !widget || !widget->isVisible())
            continue;
        const QString name = a->objectName().isEmpty() ? widget->metaObject()->className() : a->objectName();
        if (widget->font().pointSizeF() != QApplication::font().pointSizeF())
            return QStringLiteral("%1 in %2 pt, the application's type %3 pt")
                .arg(name)
                .arg(widget->font().pointSizeF())
                .arg(QApplication::font().pointSizeF());
        const auto *button = qobject_cast<const QToolButton *>(widget);
        if (button && button->defaultAction() && button->text() != a->iconText())
            return QStringLiteral("%1 reads \"%2\", its action \"%3\"").arg(name, button->text(), a->iconText());
        const bool sized = button ? widget->width() == widget->sizeHint().width()
                                  : widget->width() >= widget->minimumSizeHint().width() &&
                                        widget->width() <= widget->sizeHint().width();
        if (!sized || !inside.contains(widget->geometry()))
            return QStringLiteral("%1: %2 px wide at x %3, its hint %4 (least %5), the bar's inside %6 px")
                .arg(name)
                .arg(widget->width())
                .arg(widget->x())
                .arg(widget->sizeHint().width())
                .arg(widget->minimumSizeHint().width())
                .arg(inside.width());
    }
    return {};
}

// Every text the window shows a person: widgets, actions and menus, headers,
// placeholders, tooltips, the graph's axes and legend, and the scene's words.
QStringList shownTexts(MainWindow &w)
{
    QStringList out;
    const auto add = [&](const QString &text) {
        if (!text.trimmed().isEmpty())
            out << text;
    };
    for (QAction *a : w.findChildren<QAction *>()) {
        add(a->text());
        if (a->toolTip() != QString(a->text()).remove(QLatin1Char('&')))
            add(a->toolTip());
    }
    for (QMenu *m : w.findChildren<QMenu *>())
        add(m->title());
    for (QWidget *widget : w.findChildren<QWidget *>()) {
        add(widget->toolTip());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        else if (auto *dock = qobject_cast<QDockWidget *>(widget))
            add(dock->windowTitle());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(edit->placeholderText());
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            add(spin->specialValueText());
        if (auto *tabs = qobject_cast<QTabWidget *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        if (auto *tree = qobject_cast<QTreeWidget *>(widget)) {
            for (int c = 0; c < tree->columnCount(); ++c)
                add(tree->headerItem()->text(c));
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                add(tree->topLevelItem(i)->text(0));
        }
        if (auto *table = qobject_cast<QTableWidget *>(widget))
            for (int c = 0; c < table->columnCount(); ++c)
                if (table->horizontalHeaderItem(c))
                    add(table->horizontalHeaderItem(c)->text());
        if (auto *list = qobject_cast<QListWidget *>(widget))
            for (int i = 0; i < list->count(); ++i)
                add(list->item(i)->text());
        if (auto *plot = qobject_cast<QCustomPlot *>(widget)) {
            for (QCPAxisRect *rect : plot->axisRects())
                for (QCPAxis *axis : rect->axes())
                    add(axis->label());
            for (int i = 0; i < plot->graphCount(); ++i)
                add(plot->graph(i)->name());
        }
    }
    for (QGraphicsItem *item : w.scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            add(text->text());
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            add(text->toPlainText());
    }
    return out;
}

bool hasCyrillic(const QString &text)
{
    static const QRegularExpression cyrillic(QStringLiteral("\\p{Cyrillic}"));
    return text.contains(cyrillic);
}

// A text with no Cyrillic that still has an English word in it. Calls,
// constants, ids, paths, units and names stay as they are in every language:
// a word with a digit, _, (, /, ., # or :, a word in capitals, and these.
bool looksEnglish(const QString &text)
{
    if (hasCyrillic(text))
        return false;
    // A line of C is code in every language.
    static const QRegularExpression code(QStringLiteral("^\\w+\\(.*\\);"));
    if (code.match(text).hasMatch())
        return false;
    static const QSet<QString> kept = {
        QStringLiteral("ipcscope"), QStringLiteral("semval"), QStringLiteral("semncnt"),  QStringLiteral("semzcnt"),
        QStringLiteral("sempid"),   QStringLiteral("empty"),  QStringLiteral("full"),     QStringLiteral("put"),
        QStringLiteral("take"),     QStringLiteral("mutex"),  QStringLiteral("shmid"),    QStringLiteral("English"),
        QStringLiteral("pid"),      QStringLiteral("System"), QStringLiteral("sigqueue"), QStringLiteral("Unix"),
        QStringLiteral("head"),     QStringLiteral("tail"),   QStringLiteral("msqid"),    QStringLiteral("semid"),
        QStringLiteral("key"),      QStringLiteral("queue"),  QStringLiteral("segment"),  QStringLiteral("ring"),
        QStringLiteral("Hello"),    QStringLiteral("from"),   QStringLiteral("semop"),    QStringLiteral("semtimedop"),
        QStringLiteral("json"),     QStringLiteral("nattch"), QStringLiteral("qnum"),     QStringLiteral("cbytes"),
        QStringLiteral("msgmax"),   QStringLiteral("msgmnb"), QStringLiteral("wchan"),    QStringLiteral("mq_curmsgs")};
    const QStringList words = text.split(QRegularExpression(QStringLiteral("[\\s,;·→—–]+")), Qt::SkipEmptyParts);
    static const QRegularExpression technical(QStringLiteral("[0-9_(/.#:=\\[]"));
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]{3,}[!?]?$"));
    for (const QString &word : words) {
        if (word.contains(technical) || word == word.toUpper() || kept.contains(word))
            continue;
        if (letters.match(word).hasMatch())
            return true;
    }
    return false;
}

QString sourceDir()
{
    return QStringLiteral(IPCSCOPE_SOURCE_DIR);
}

// The real program run to its end in `env`, with `home` for its settings (none
// left from earlier runs). Its pid is kept: QProcess forgets it at the end.
struct ProgramRun {
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    qint64 pid = 0;
};

ProgramRun runProgram(QProcessEnvironment env, const QString &home, const QStringList &arguments, int timeoutMs = 30000)
{
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    ProgramRun run;
    run.process->setProcessEnvironment(env);
    run.process->start(QCoreApplication::applicationDirPath() + QStringLiteral("/ipcscope"), arguments);
    if (run.process->waitForStarted())
        run.pid = run.process->processId();
    run.process->waitForFinished(timeoutMs);
    return run;
}

} // namespace

class TestLectureHall : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void cleanup();
    void everyRussianTranslationComplete();
    void everyEnglishPluralComplete();
    void russianWithoutRestart();
    void themes();
    void presentationOnAProjector();
    void oneCallAtATime();
    void scenarioFileKeepsTheLayout();
    void examplesOpenAndRun();
    void crashingWorkerIsReported();
    void lessonWatchedLive();
    void secondWindowIsNoted();
    void noDisplayIsSaidPlainly();
    void lessonOnTheProjector();
    void stepsAreShotAtRest();
    void comparisonIsShotWhenDone();
    void fitsA1024Projector_data();
    void fitsA1024Projector();
    void lowerKernelLimit(); // last: it moves this process to an IPC namespace of its own
};

void TestLectureHall::cleanup()
{
    language::setCurrent(QStringLiteral("en"));
    QCOMPARE(leftoverReport(), QString());
}

void TestLectureHall::everyRussianTranslationComplete()
{
    // Every message of the Russian file is translated, keeps its placeholders,
    // and has Russia's three plural forms where it counts.
    QFile file(sourceDir() + QStringLiteral("/resources/translations/ipcscope_ru.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context, source;
    bool numerus = false;
    int messages = 0;
    QStringList problems;
    static const QRegularExpression placeholder(QStringLiteral("%(n|L?[1-9])"));
    const auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        found.removeDuplicates();
        return found;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            ++messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement())
                    forms << xml.readElementText();
            } else {
                forms << xml.readElementText();
            }
            const QString where = context + QStringLiteral(": ") + source;
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                type == QLatin1String("obsolete"))
                problems << QStringLiteral("%1 (%2)").arg(where, type);
            if (numerus && forms.size() != 3)
                problems << QStringLiteral("%1 (%2 plural forms, Russian has 3)").arg(where).arg(forms.size());
            for (const QString &form : forms) {
                if (form.trimmed().isEmpty())
                    problems << QStringLiteral("%1 (empty)").arg(where);
                else if (placeholders(form) != placeholders(source))
                    problems << QStringLiteral("%1 (placeholders differ: %2)").arg(where, form);
            }
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 400);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The engine's sentences are put together from pieces: each whole one,
    // for every mechanism, comes out in Russian.
    QVERIFY(language::setCurrent(QStringLiteral("ru")));
    for (const Lesson *lesson : allLessons())
        for (const QString &text : {lesson->title(), lesson->explanation(), lesson->expected()})
            QVERIFY2(hasCyrillic(text), qPrintable(text));
    for (const MechanismText &m : mechanismCatalog()) {
        Scenario s;
        s.mechanism = m.id;
        s.size = 1 << 30;
        s.producers = 9;
        s.consumers = 0;
        for (const ScenarioProblem &p : s.problems())
            QVERIFY2(hasCyrillic(p.message) && !looksEnglish(p.message), qPrintable(p.message));
    }
}

void TestLectureHall::everyEnglishPluralComplete()
{
    // English needs a translation only where it counts: an unfinished
    // plural shows its source on the screen ("1 write end(s) open").
    QFile file(sourceDir() + QStringLiteral("/resources/translations/ipcscope_en.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    int plurals = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && numerus) {
            ++plurals;
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            QStringList forms;
            while (xml.readNextStartElement())
                forms << xml.readElementText();
            if (unfinished || forms.size() != 2 || forms.contains(QString()))
                problems << source;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(plurals >= 30); // as many as the file held when this was written
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestLectureHall::russianWithoutRestart()
{
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QVERIFY(w.startRun());
    QVERIFY(waitUntil([&] { return w.controller().run()->snapshot().received >= 1; }));
    w.setLanguage(QStringLiteral("ru"));
    QTRY_VERIFY(hasCyrillic(action(w, "actionStart")->text())); // the views retranslate when the event arrives
    QVERIFY(waitUntil([&] { return w.controller().run()->snapshot().received >= 2; })); // still running
    QTest::qWait(100);
    QStringList english;
    for (const QString &text : shownTexts(w))
        if (looksEnglish(text))
            english << text;
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + english.join(QLatin1Char('\n'))));
    QVERIFY(hasCyrillic(action(w, "actionStart")->text()));
    // The Compare page and a lesson's texts too.
    QVERIFY(hasCyrillic(w.lessonPanel()->findChild<QLabel *>(QStringLiteral("title"))->text()));
    const QString screenshots = qEnvironmentVariable("IPCSCOPE_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        w.grab().save(screenshots + QStringLiteral("/russian.png"));

    w.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(action(w, "actionStart")->text(), QStringLiteral("Start"));
    QTest::qWait(100);
    QStringList russian;
    for (const QString &text : shownTexts(w))
        if (hasCyrillic(text) && text != QStringLiteral("Русский"))
            russian << text;
    QVERIFY2(russian.isEmpty(), qPrintable(russian.join(QLatin1Char('\n'))));
    w.close();
}

void TestLectureHall::themes()
{
    MainWindow w;
    w.show();
    QVERIFY(w.startRun());
    action(w, "actionThemeDark")->trigger();
    QVERIFY(VisualStyle::isDark());
    QTRY_VERIFY(w.palette().color(QPalette::Window).lightness() < 80); // the widgets follow the application
    QCOMPARE(w.scene()->backgroundBrush().color(), VisualStyle::current().background);
    QVERIFY(w.scene()->backgroundBrush().color().lightness() < 80);
    QVERIFY(w.plot()->plot()->axisRect()->axis(QCPAxis::atLeft)->tickLabelColor().lightness() > 180);
    action(w, "actionThemeLight")->trigger();
    QVERIFY(!VisualStyle::isDark());
    QTRY_VERIFY(w.palette().color(QPalette::Window).lightness() > 180);
    QVERIFY(w.scene()->backgroundBrush().color().lightness() > 180);
    w.close();
}

void TestLectureHall::presentationOnAProjector()
{
    // In the style the window has (main.cpp), whose buttons' sizes these are.
    const QString style = QApplication::style()->name();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const auto restoreStyle = qScopeGuard([style] { QApplication::setStyle(QStyleFactory::create(style)); });
    MainWindow w;
    w.resize(1024, 768);
    w.show();
    // In Russian from the start, as `--language ru --presentation` opens it:
    // the toolbar is laid out in the larger type with the longer words.
    w.setLanguage(QStringLiteral("ru"));
    QVERIFY(w.startRun());
    const double normalType = QApplication::font().pointSizeF();
    action(w, "actionPresentation")->trigger();
    QVERIFY(w.isPresentation());
    QVERIFY(QApplication::font().pointSizeF() > normalType * 1.2); // large type
    QVERIFY(VisualStyle::current().lineScale > 1.5);               // thick lines
    QVERIFY(VisualStyle::isHighContrast());
    QCOMPARE(w.scene()->backgroundBrush().color(), QColor(Qt::white));
    for (QDockWidget *dock : w.findChildren<QDockWidget *>())
        QVERIFY2(!dock->isVisibleTo(&w), qPrintable(dock->objectName()));
    QVERIFY(!w.menuBar()->isVisibleTo(&w));
    QVERIFY(w.findChild<PaceControl *>()->isVisibleTo(&w)); // the pace stays at hand
    // With the menu hidden, the way back must stay on the toolbar, in both languages.
    // Nothing of the toolbar is pushed into its "»" overflow either, where it
    // would hide behind a click the lecturer cannot see.
    auto *toolBar = w.findChild<QToolBar *>(QStringLiteral("toolBar"));
    const auto *overflow = toolBar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"));
    // Asked only once the toolbar is laid out in the new type: before, the
    // overflow's button is still hidden from the old layout.
    QAction *wayBack = action(w, "actionPresentation");
    QTRY_VERIFY2(toolBarNotLaidOut(toolBar, wayBack).isEmpty(), qPrintable(toolBarNotLaidOut(toolBar, wayBack)));
    QVERIFY(overflow && !overflow->isVisible());
    for (const char *code : {"en", "ru"}) {
        w.setLanguage(QLatin1String(code));
        QTRY_VERIFY2(toolBarNotLaidOut(toolBar, wayBack).isEmpty(),
                     qPrintable(code + QStringLiteral(": ") + toolBarNotLaidOut(toolBar, wayBack)));
        QVERIFY2(!overflow->isVisible(), code);
        QVERIFY2(toolBar->widgetForAction(wayBack)->isVisible(), code);
    }
    w.setLanguage(QStringLiteral("en"));
    // The keys of the hidden menus still work: F11 full screen and back.
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_F11);
    QTRY_VERIFY(w.isFullScreen());
    QTest::keyClick(&w, Qt::Key_F11);
    QTRY_VERIFY(!w.isFullScreen());
    QVERIFY(w.isPresentation());
    QCOMPARE(w.plot()->plot()->axisRectCount(), 1); // throughput only: one graph, large
    auto *caption = w.findChild<QLabel *>(QStringLiteral("caption"));
    QVERIFY(waitUntil([&] { return caption->text().contains(QLatin1String("C1")); }));
    // The scene takes most of the height, and it is drawn large.
    QTest::qWait(50);
    QVERIFY(w.flowView()->height() > w.height() / 2);
    QVERIFY(w.flowView()->transform().m11() > 0.8);
    const QString screenshots = qEnvironmentVariable("IPCSCOPE_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        w.grab().save(screenshots + QStringLiteral("/presentation-1024.png"));
    action(w, "actionPresentation")->trigger();
    QVERIFY(!w.isPresentation());
    QCOMPARE(QApplication::font().pointSizeF(), normalType);
    QVERIFY(!VisualStyle::isHighContrast());
    QCOMPARE(w.plot()->plot()->axisRectCount(), 2);
    w.close();
}

void TestLectureHall::oneCallAtATime()
{
    MainWindow w;
    w.show();
    w.editor()->setRate(0); // unlimited: only the beat holds the workers back
    w.setPace({0.2, 0});    // five calls a second
    QElapsedTimer clock;
    clock.start();
    QVERIFY(w.startRun());
    const Run *run = w.controller().run();
    QVERIFY(run->isPaused()); // held from the start: the beat lets calls through
    QVERIFY(waitUntil([&] { return run->snapshot().sent >= 1; }, 20000));
    QTest::qWait(1000);
    // At most one call a beat, and a message of sysv-shm is four calls of the
    // producer (P empty, P put, V put, V full): never more messages than a
    // quarter of the beats so far, however late the timer fires.
    const quint64 sent = run->snapshot().sent;
    const quint64 beats = quint64(clock.elapsed() / 200) + 1;
    QVERIFY2(sent <= beats / 4 + 1, qPrintable(QStringLiteral("%1 sent in %2 beats").arg(sent).arg(beats)));
    // Pause stops the beat: nothing moves.
    action(w, "actionPause")->setChecked(true);
    QTest::qWait(300);
    const quint64 held = run->snapshot().sent;
    QTest::qWait(1000);
    QCOMPARE(run->snapshot().sent, held);
    action(w, "actionPause")->setChecked(false);
    // Unlimited: the workers go at full speed at once.
    w.setPace({0, 0});
    QVERIFY(!run->isPaused());
    QVERIFY(waitUntil([&] { return run->snapshot().sent > held + 1000; }));
    QCOMPARE(w.editor()->scenario().rate, 0.0);
    w.close();
}

void TestLectureHall::scenarioFileKeepsTheLayout()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("lecture1.json"));
    {
        MainWindow w;
        Scenario s = MainWindow::defaultScenario();
        s.mechanism = QStringLiteral("posix-mq");
        s.producers = 3;
        s.payload = QStringLiteral("Привет");
        w.setScenario(s);
        w.setPace({2, 0});
        w.setPresentation(true);
        QVERIFY(w.saveScenario(file));
        w.setPresentation(false);
    }
    MainWindow w;
    QVERIFY(w.openScenario(file));
    const Scenario opened = w.editor()->scenario();
    QCOMPARE(opened.mechanism, QStringLiteral("posix-mq"));
    QCOMPARE(opened.producers, 3);
    QCOMPARE(opened.payload, QStringLiteral("Привет"));
    QVERIFY(w.isPresentation());
    QCOMPARE(w.pace().callEveryS, 2.0);
    QCOMPARE(w.findChild<PaceControl *>()->pace().callEveryS, 2.0);
    w.setPresentation(false);
    // A file that is not a scenario: a line in the log, no dialog, nothing changed.
    QFile bad(dir.filePath(QStringLiteral("notes.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("[1, 2, 3]");
    bad.close();
    QVERIFY(!w.openScenario(bad.fileName()));
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(w.log()->toPlainText().contains(QLatin1String("notes.json")));
    QCOMPARE(w.editor()->scenario().mechanism, QStringLiteral("posix-mq"));
}

void TestLectureHall::examplesOpenAndRun()
{
    MainWindow w;
    w.show();
    auto *examples = w.findChild<QMenu *>(QStringLiteral("menuExamples"));
    QCOMPARE(examples->actions().size(), exampleNames().size());
    w.setLanguage(QStringLiteral("ru")); // the views retranslate when the event arrives
    QTRY_VERIFY(hasCyrillic(action(w, "actionStart")->text()));
    for (QAction *a : examples->actions())
        QVERIFY2(hasCyrillic(a->text()), qPrintable(a->text())); // titled in the user's language
    w.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(action(w, "actionStart")->text(), QStringLiteral("Start"));
    // The back-pressure example: its slow reader comes with it, and the pipe fills.
    for (QAction *a : examples->actions())
        if (a->toolTip() == QLatin1String("back-pressure.json"))
            a->trigger();
    const Run *run = w.controller().run();
    QVERIFY(run && run->isActive());
    QCOMPARE(run->scenario().tweaks.consumerRate, 50.0);
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("tweaksNote"))->text().contains(QLatin1String("50")));
    QVERIFY(waitUntil([&] {
        const auto &workers = run->snapshot().workers;
        return workers.size() == 2 && workers[0].blocked && workers[1].queuedBytes > 32768;
    }));
    w.close();
}

void TestLectureHall::crashingWorkerIsReported()
{
    MainWindow w;
    w.show();
    QVERIFY(w.startRun());
    const Run *run = w.controller().run();
    QVERIFY(waitUntil([&] { return run->snapshot().received >= 1; }));
    const qint64 consumer = run->snapshot().workers[1].pid;
    ::kill(pid_t(consumer), SIGSEGV);
    QVERIFY(waitUntil([&] { return !w.controller().isActive(); }));
    QVERIFY2(w.log()->toPlainText().contains(QLatin1String("SIGSEGV")), qPrintable(w.log()->toPlainText()));
    QVERIFY(!QApplication::activeModalWidget()); // no dialog over the scene
    QCOMPARE(leftoverReport(), QString());
    // The session goes on: the next run starts and moves.
    QVERIFY(w.startRun());
    QVERIFY(waitUntil([&] { return w.controller().run()->snapshot().received >= 1; }));
    w.close();
}

void TestLectureHall::lessonWatchedLive()
{
    MainWindow w;
    w.show();
    w.lessonPanel()->select(QStringLiteral("sigpipe"));
    auto *watch = w.lessonPanel()->findChild<QPushButton *>(QStringLiteral("watchLive"));
    QVERIFY(watch->isVisibleTo(&w));
    watch->click();
    const Run *run = w.controller().run();
    QVERIFY(run);
    QCOMPARE(run->scenario().tweaks.stopAfter, quint64(50));
    // The reader leaves; the writer dies of SIGPIPE, and the log says so.
    QVERIFY(waitUntil([&] { return !w.controller().isActive(); }, 20000));
    QVERIFY2(w.log()->toPlainText().contains(QLatin1String("SIGPIPE")), qPrintable(w.log()->toPlainText()));
    w.lessonPanel()->select(QStringLiteral("deadlock")); // runs workers of its own: nothing to watch
    QVERIFY(!watch->isVisibleTo(&w));
    w.close();
}

// A kernel limit lowered for the length of a test, and put back whatever happens.
class LoweredLimit {
public:
    LoweredLimit(const QString &path, const QByteArray &value) : m_file(path)
    {
        if (!m_file.open(QIODevice::ReadWrite))
            return;
        m_old = m_file.readAll().trimmed();
        m_file.seek(0);
        m_lowered = m_file.write(value + '\n') > 0 && m_file.flush();
    }
    ~LoweredLimit()
    {
        if (m_lowered) {
            m_file.seek(0);
            m_file.write(m_old + '\n');
        }
    }
    bool lowered() const { return m_lowered; }

private:
    QFile m_file;
    QByteArray m_old;
    bool m_lowered = false;
};

void TestLectureHall::lowerKernelLimit()
{
    // msgmax belongs to the IPC namespace: lowered in one of our own, the
    // machine's stays as it is whatever happens to this test.
    if (unshare(CLONE_NEWIPC) != 0)
        QSKIP("cannot make an IPC namespace here (needs CAP_SYS_ADMIN)");
    const LoweredLimit msgmax(QStringLiteral("/proc/sys/kernel/msgmax"), "1024");
    if (!msgmax.lowered())
        QSKIP("cannot write /proc/sys/kernel/msgmax here (a read-only /proc/sys)");
    MainWindow w;
    w.show();
    Scenario s = MainWindow::defaultScenario();
    s.mechanism = QStringLiteral("sysv-msg");
    s.size = 4096; // fits the usual 8192, not 1024
    w.setScenario(s);
    auto *sizeError = w.editor()->findChild<QLabel *>(QStringLiteral("sizeError"));
    QVERIFY2(sizeError->text().contains(QLatin1String("1024")) && sizeError->text().contains(QLatin1String("msgmax")),
             qPrintable(sizeError->text()));
    QVERIFY(!action(w, "actionStart")->isEnabled());
    QVERIFY(!w.startRun()); // refused before anything starts, and said why
    QVERIFY(w.log()->toPlainText().contains(QLatin1String("msgmax")));
    QVERIFY(!w.controller().run());
    s.size = 1024;
    w.setScenario(s);
    QVERIFY(w.startRun());
    QVERIFY(waitUntil([&] { return w.controller().run()->snapshot().received >= 1; }));
    w.close();
}

void TestLectureHall::secondWindowIsNoted()
{
    // The real program, started a second time beside this window's tests.
    QProcess other;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    other.setProcessEnvironment(env);
    QTemporaryDir dir;
    other.start(QCoreApplication::applicationDirPath() + QStringLiteral("/ipcscope"),
                {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("other.png"))});
    QVERIFY(other.waitForStarted());
    const qint64 otherPid = other.processId(); // 0 once it has finished
    QVERIFY(waitUntil([&] { return otherProcessesNamed(QStringLiteral("ipcscope")).contains(otherPid); }));
    {
        MainWindow w;
        QVERIFY2(w.log()->toPlainText().contains(QString::number(otherPid)), qPrintable(w.log()->toPlainText()));
        QVERIFY(w.startRun()); // and both work
        QVERIFY(waitUntil([&] { return w.controller().run()->snapshot().received >= 1; }));
    }
    QVERIFY(other.waitForFinished(20000));
    QCOMPARE(other.exitCode(), 0);
    QCOMPARE(leftoverReport(otherPid), QString());
}

void TestLectureHall::noDisplayIsSaidPlainly()
{
    // A terminal without a display: Qt would abort; the program says why instead.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    // English from the locale, whatever the machine's own says.
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const ProgramRun plain = runProgram(env, home.path(), {}, 20000);
    QCOMPARE(plain.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(plain.process->exitCode(), 1);
    QVERIFY2(plain.process->readAllStandardError().contains("no display to open the window on"),
             "the reason is not given");
    QVERIFY(plain.pid > 0);
    QCOMPARE(leftoverReport(plain.pid), QString());

    const ProgramRun help = runProgram(env, home.path(), {QStringLiteral("--help")}, 20000);
    QCOMPARE(help.process->exitCode(), 0);
    QVERIFY(help.process->readAllStandardOutput().contains("--presentation"));

    const ProgramRun russian =
        runProgram(env, home.path(), {QStringLiteral("--language"), QStringLiteral("ru")}, 20000);
    QCOMPARE(russian.process->exitCode(), 1);
    QVERIFY(QString::fromUtf8(russian.process->readAllStandardError()).contains(QStringLiteral("нет дисплея")));
}

void TestLectureHall::fitsA1024Projector_data()
{
    QTest::addColumn<QStringList>("arguments");
    // Russian is the longer language; the four-producer example has the widest legend.
    QTest::newRow("ru") << QStringList{QStringLiteral("--language"), QStringLiteral("ru")};
    QTest::newRow("ru presentation") << QStringList{QStringLiteral("--language"), QStringLiteral("ru"),
                                                    QStringLiteral("--presentation")};
    QTest::newRow("ru presentation, four producers")
        << QStringList{QStringLiteral("--language"), QStringLiteral("ru"), QStringLiteral("--presentation"),
                       sourceDir() + QStringLiteral("/scenarios/signals-std.json")};
}

void TestLectureHall::fitsA1024Projector()
{
    // The real program on a 1024x768 screen: the window it shows stays on it.
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + sourceDir() +
                                                      QStringLiteral("/tests/support/offscreen-1024x768.json"));
    const QString shot = dir.filePath(QStringLiteral("window.png"));
    const ProgramRun program =
        runProgram(env, dir.path(), QStringList{QStringLiteral("--screenshot"), shot} + arguments);
    QVERIFY(program.pid > 0);                                 // it started
    QCOMPARE(program.process->state(), QProcess::NotRunning); // and finished
    QCOMPARE(program.process->exitCode(), 0);
    const QImage window(shot);
    QVERIFY(!window.isNull());
    QVERIFY2(window.width() <= 1024 && window.height() <= 768,
             qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
    QCOMPARE(leftoverReport(program.pid), QString());
}

void TestLectureHall::lessonOnTheProjector()
{
    // In presentation, Ctrl+1 runs the first lesson; the scene tells it, large,
    // and the hidden panels stay hidden.
    MainWindow w;
    w.show();
    w.setPresentation(true);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QSignalSpy finished(w.lessonPanel(), &LessonPanel::lessonFinished);
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    const Lesson *first = allLessons().first();
    QCOMPARE(w.lessonPanel()->selectedId(), first->id());
    // "Ask first" is on in presentation: the question comes before the run.
    if (!first->question().isEmpty()) {
        auto *question = w.findChild<QuestionDialog *>();
        QVERIFY(question && question->isVisible());
        question->findChild<QPushButton *>(QStringLiteral("runWithoutGuessing"))->click();
    }
    QVERIFY(sceneSays(w, first->title()));
    for (QDockWidget *dock : w.findChildren<QDockWidget *>())
        QVERIFY2(!dock->isVisibleTo(&w), qPrintable(dock->objectName()));
    QVERIFY(!sceneSays(w, QStringLiteral("Lessons panel"))); // hidden here: not pointed at
    QVERIFY(finished.wait(60000));
    // Its picture, the verdict under it.
    QVERIFY(sceneSays(w, QStringLiteral("✓ As expected.")) || sceneSays(w, QStringLiteral("✗ Not as expected.")));
    QCOMPARE(leftoverReport(), QString());
}

void TestLectureHall::stepsAreShotAtRest()
{
    // --steps 1: the run held from its start, one Step (P1's P(empty)), the
    // picture once it is taken. Without the Step the shot is of a run moving.
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString shot = dir.filePath(QStringLiteral("step.png"));
    const QString drawn = dir.filePath(QStringLiteral("step.json"));
    const ProgramRun program =
        runProgram(env, dir.path(),
                   {QStringLiteral("--screenshot"), shot, QStringLiteral("--inventory"), drawn, QStringLiteral("--steps"),
                    QStringLiteral("1"), QStringLiteral("--language"), QStringLiteral("en")});
    QCOMPARE(program.process->exitCode(), 0);
    QFile file(drawn);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList texts;
    for (const QJsonValue &t : QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("texts")).toArray())
        texts << t.toObject().value(QStringLiteral("text")).toString();
    QVERIFY2(texts.contains(QStringLiteral("exact: every process is at rest")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(QStringLiteral("P by P1")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("before P(put)")), // P1's next call
             qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(leftoverReport(program.pid), QString());

    // A number it cannot take is refused before anything starts.
    const ProgramRun refused =
        runProgram(env, dir.path(), {QStringLiteral("--screenshot"), shot, QStringLiteral("--steps"), QStringLiteral("x")});
    QCOMPARE(refused.process->exitCode(), 2);
    QVERIFY(refused.process->readAllStandardError().contains("--steps"));
}

void TestLectureHall::comparisonIsShotWhenDone()
{
    // --compare: the Compare page's own Run, the shot when it is done, what
    // the table showed in the inventory. A signal is one point: a few seconds.
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + sourceDir() +
                                                      QStringLiteral("/tests/support/offscreen-1024x768.json"));
    const QString shot = dir.filePath(QStringLiteral("compare.png"));
    const QString drawn = dir.filePath(QStringLiteral("compare.json"));
    const ProgramRun program = runProgram(env, dir.path(),
                                          {QStringLiteral("--screenshot"), shot, QStringLiteral("--inventory"), drawn,
                                           QStringLiteral("--compare"), QStringLiteral("signals-rt"),
                                           QStringLiteral("--language"), QStringLiteral("en")},
                                          60000);
    QCOMPARE(program.process->exitCode(), 0);
    QVERIFY(!QImage(shot).isNull());
    QFile file(drawn);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject inventory = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(inventory.value(QStringLiteral("items")).toArray().size(), 1); // its one row, measured
    QCOMPARE(inventory.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("name")),
             QStringLiteral("signals-rt"));
    QStringList verdicts, said;
    for (const QJsonValue &t : inventory.value(QStringLiteral("texts")).toArray()) {
        const QJsonObject text = t.toObject();
        said << text.value(QStringLiteral("text")).toString();
        if (text.value(QStringLiteral("role")).toString() == QLatin1String("verdict")) {
            verdicts << text.value(QStringLiteral("text")).toString();
            QVERIFY2(!text.value(QStringLiteral("cut")).toBool(), qPrintable(verdicts.last())); // on screen, whole
        }
    }
    QCOMPARE(verdicts.size(), 1);
    QVERIFY2(said.join(QLatin1Char('|')).contains(QLatin1String("Done: 1 point measured")),
             qPrintable(said.join(QLatin1Char('|'))));
    QCOMPARE(leftoverReport(program.pid), QString());

    // An id it does not know, or company it cannot keep: one line, exit 2, before anything starts.
    for (const QStringList &wrong :
         {QStringList{QStringLiteral("--compare"), QStringLiteral("pipe,nope")},
          QStringList{QStringLiteral("--compare"), QStringLiteral(",")},
          QStringList{QStringLiteral("--compare"), QStringLiteral("pipe"), QStringLiteral("--side-by-side"),
                      QStringLiteral("pipe,udp")}}) {
        const ProgramRun refused = runProgram(env, dir.path(), QStringList{QStringLiteral("--screenshot"), shot} + wrong);
        QCOMPARE(refused.process->exitCode(), 2);
        const QByteArray stderrText = refused.process->readAllStandardError();
        QByteArrayList ours; // Qt may have its own to say
        for (const QByteArray &line : stderrText.split('\n'))
            if (line.startsWith("ipcscope:"))
                ours << line;
        QVERIFY2(ours.size() == 1 && ours.first().startsWith("ipcscope: --compare"), stderrText.constData());
        QCOMPARE(leftoverReport(refused.pid), QString());
    }
}

QTEST_MAIN(TestLectureHall)
#include "tst_lecturehall.moc"
