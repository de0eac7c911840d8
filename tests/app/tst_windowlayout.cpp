// The window as it is kept from one start to the next: its size and place and
// the docks' layout come back (the user's layout, not a presentation's); a
// place remembered from a larger screen is brought inside this one; every
// dock can be brought back from View, and Help holds the lessons and About.
// The settings are the program's own, in Qt's test location, never the user's.
#include "compareview.h"
#include "lessonpanel.h"
#include "mainwindow.h"

#include "../session/runhelpers.h"
#include "windowhelpers.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

QDockWidget *dock(MainWindow &w, const QString &name)
{
    return w.findChild<QDockWidget *>(name);
}

QMenu *menu(MainWindow &w, const char *name)
{
    return w.findChild<QMenu *>(QLatin1String(name));
}

// The settings file the program itself would use, outside the test mode.
QString usersSettingsFile()
{
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
    return config + QStringLiteral("/ipcscope/ipcscope.conf");
}

QByteArray contents(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Whether a dock is the front tab of the docks it shares a place with (a
// dock behind another's tab still says it is visible).
bool inFront(MainWindow &w, const QString &title)
{
    for (const QTabBar *bar : w.findChildren<QTabBar *>())
        for (int i = 0; i < bar->count(); ++i)
            if (bar->tabText(i) == title)
                return bar->currentIndex() == i;
    return false;
}

void showAndWait(MainWindow &w)
{
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
}

} // namespace

class TestWindowLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void init() { QSettings().clear(); }
    void cleanup() { QCOMPARE(leftoverReport(), QString()); }
    void settingsStayInTheTestLocation();
    void geometryAndDocksComeBack_data();
    void geometryAndDocksComeBack();
    void theUsersLayoutIsKept_data();
    void theUsersLayoutIsKept();
    void aLargerScreensPlaceIsBroughtIn_data();
    void aLargerScreensPlaceIsBroughtIn();
    void everyDockIsInView();
    void helpHoldsTheLessonsAndAbout_data();
    void helpHoldsTheLessonsAndAbout();
};

void TestWindowLayout::settingsStayInTheTestLocation()
{
    const QString testConfig = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY2(testConfig.startsWith(QDir::homePath() + QStringLiteral("/.qttest/")), qPrintable(testConfig));
    const QByteArray usersBefore = contents(usersSettingsFile());
    {
        MainWindow w;
        QVERIFY(!w.restoreLayout()); // nothing kept yet
        showAndWait(w);
        w.saveLayout();
    }
    QSettings settings;
    settings.sync();
    QCOMPARE(settings.fileName(), testConfig + QStringLiteral("/ipcscope/ipcscope.conf"));
    const QSettings onDisk(settings.fileName(), QSettings::NativeFormat);
    QVERIFY(!onDisk.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    QVERIFY(!onDisk.value(QStringLiteral("window/docks")).toByteArray().isEmpty());
    QCOMPARE(contents(usersSettingsFile()), usersBefore);
}

void TestWindowLayout::geometryAndDocksComeBack_data()
{
    QTest::addColumn<QString>("closed"); // the dock the user closed
    for (const char *name : {"mechanismDock", "scenarioDock", "lessonDock", "kernelDock", "codeDock", "logDock"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestWindowLayout::geometryAndDocksComeBack()
{
    QFETCH(QString, closed);
    const QRect place(50, 40, 1100, 760);
    {
        MainWindow w;
        w.setGeometry(place);
        showAndWait(w);
        dock(w, closed)->toggleViewAction()->trigger(); // from View, as the user does
        QVERIFY(dock(w, closed)->isHidden());
        w.close();
        w.saveLayout(); // as the program does, once the window is closed
    }
    MainWindow w;
    QVERIFY(w.restoreLayout());
    showAndWait(w);
    QCOMPARE(w.geometry(), place);
    // (A dock behind another's tab is not visible, but not hidden either.
    // The Timeline is hidden until the user shows it.)
    for (QDockWidget *d : w.findChildren<QDockWidget *>())
        QCOMPARE(d->isHidden(), d->objectName() == closed || d->objectName() == QLatin1String("timelineDock"));
}

void TestWindowLayout::theUsersLayoutIsKept_data()
{
    QTest::addColumn<bool>("presenting");
    QTest::addColumn<bool>("comparing");
    QTest::newRow("in presentation") << true << false;
    QTest::newRow("on the Compare page") << false << true;
    QTest::newRow("presenting the Compare page") << true << true;
}

void TestWindowLayout::theUsersLayoutIsKept()
{
    // Presentation and the Compare page hide the docks for the moment; the
    // next start has the ones the user left open.
    QFETCH(bool, presenting);
    QFETCH(bool, comparing);
    {
        MainWindow w;
        showAndWait(w);
        dock(w, QStringLiteral("logDock"))->toggleViewAction()->trigger();
        if (comparing)
            w.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentWidget(w.compareView());
        w.setPresentation(presenting);
        QVERIFY(dock(w, QStringLiteral("mechanismDock"))->isHidden());
        w.saveLayout();
    }
    MainWindow w;
    QVERIFY(w.restoreLayout());
    showAndWait(w);
    QVERIFY(!w.isPresentation());
    for (QDockWidget *d : w.findChildren<QDockWidget *>())
        QCOMPARE(d->isHidden(),
                 d->objectName() == QLatin1String("logDock") || d->objectName() == QLatin1String("timelineDock"));
}

void TestWindowLayout::aLargerScreensPlaceIsBroughtIn_data()
{
    QTest::addColumn<QRect>("remembered"); // on this 1920x1080 screen
    QTest::newRow("larger than the screen") << QRect(0, 0, 2600, 1500);
    QTest::newRow("past the right and bottom") << QRect(1500, 900, 1200, 760);
    QTest::newRow("past the left and top") << QRect(-900, -500, 1200, 760);
}

void TestWindowLayout::aLargerScreensPlaceIsBroughtIn()
{
    QFETCH(QRect, remembered);
    {
        MainWindow w;
        showAndWait(w);
        w.setGeometry(remembered);
        QVERIFY(!w.screen()->availableGeometry().contains(w.frameGeometry()));
        w.saveLayout();
    }
    MainWindow w;
    QVERIFY(w.restoreLayout());
    showAndWait(w);
    const QRect room = w.screen()->availableGeometry();
    QTRY_VERIFY2(room.contains(w.frameGeometry()), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                  .arg(w.frameGeometry().x())
                                                                  .arg(w.frameGeometry().y())
                                                                  .arg(w.frameGeometry().width())
                                                                  .arg(w.frameGeometry().height())));
}

void TestWindowLayout::everyDockIsInView()
{
    MainWindow w;
    showAndWait(w);
    const QList<QAction *> view = menu(w, "menuView")->actions();
    const QList<QDockWidget *> docks = w.findChildren<QDockWidget *>();
    QCOMPARE(docks.size(), 8);
    for (QDockWidget *d : docks) {
        QVERIFY2(view.contains(d->toggleViewAction()), qPrintable(d->objectName()));
        QVERIFY(!d->toggleViewAction()->text().isEmpty());
        // Shown at the desk, but the Timeline, which View shows.
        const bool hidden = d->isHidden();
        QCOMPARE(hidden, d->objectName() == QLatin1String("timelineDock"));
        d->toggleViewAction()->trigger();
        QCOMPARE(d->isHidden(), !hidden);
        d->toggleViewAction()->trigger();
        QCOMPARE(d->isHidden(), hidden);
    }
}

void TestWindowLayout::helpHoldsTheLessonsAndAbout_data()
{
    QTest::addColumn<bool>("closed");
    QTest::newRow("behind the Scenario tab") << false; // as the window starts
    QTest::newRow("closed") << true;
}

void TestWindowLayout::helpHoldsTheLessonsAndAbout()
{
    QFETCH(bool, closed);
    MainWindow w;
    showAndWait(w);
    const QList<QAction *> help = menu(w, "menuHelp")->actions();
    QVERIFY(help.contains(menu(w, "menuLessons")->menuAction()));
    QVERIFY(help.contains(action(w, "actionAbout")));
    QVERIFY(help.contains(action(w, "actionLessonsPanel")));
    // The Lessons panel comes out in front of the Scenario tab it shares.
    QDockWidget *lessons = dock(w, QStringLiteral("lessonDock"));
    if (closed)
        lessons->close();
    QVERIFY(!inFront(w, lessons->windowTitle()));
    action(w, "actionLessonsPanel")->trigger();
    QVERIFY(lessons->isVisible());
    QVERIFY(inFront(w, lessons->windowTitle()));
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
