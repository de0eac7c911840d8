// ipcscope: the window. Starts on the default scenario so that something
// moves at once; `--screenshot FILE` runs it about three seconds (or a
// lesson to its verdict, or a comparison to its end), saves a PNG of the
// window, with `--inventory` what was drawn as JSON (inventory.h), and exits. The language and the theme are the last ones
// chosen (the system locale's language the first time), unless the command
// line says otherwise.
#include "compareview.h"
#include "inventory.h"
#include "language.h"
#include "lessonpanel.h"
#include "sidebysideview.h"
#include "mainwindow.h"
#include "timelinedock.h"
#include "recordingfiles.h"
#include "visualstyle.h"

#include "session/lessons/lesson.h"
#include "session/run.h"
#include "session/compareplan.h"
#include "session/runrules.h"
#include "session/sidebysideplan.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStyleFactory>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {

// The command line, described once for both the window and the terminal
// without a display.
struct CommandLine {
    QCommandLineParser parser;
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main",
                                                              "Run the default scenario for about three seconds, "
                                                              "save a PNG of the window to <file> and exit."),
                                  QStringLiteral("file")};
    QCommandLineOption inventory{QStringLiteral("inventory"),
                                 QCoreApplication::translate("main",
                                                             "With --screenshot: write what was drawn (texts with "
                                                             "their height in pixels, and items) to <file> as JSON."),
                                 QStringLiteral("file")};
    QCommandLineOption lesson{QStringLiteral("lesson"),
                              QCoreApplication::translate("main",
                                                          "With --screenshot: run the lesson <id> instead of the "
                                                          "scenario and capture the window at its verdict."),
                              QStringLiteral("id")};
    QCommandLineOption steps{QStringLiteral("steps"),
                             QCoreApplication::translate("main",
                                                         "With --screenshot: pause the scenario at its start, take "
                                                         "<n> Steps, each from a picture at rest, and capture the "
                                                         "window when the last one has been taken."),
                             QStringLiteral("n")};
    QCommandLineOption sideBySide{QStringLiteral("side-by-side"),
                                  QCoreApplication::translate("main",
                                                              "Open side by side, live, for two to four "
                                                              "mechanisms (comma-separated ids) and start it."),
                                  QStringLiteral("ids")};
    QCommandLineOption together{QStringLiteral("together"),
                                QCoreApplication::translate("main",
                                                            "With --side-by-side: all at once instead of taking "
                                                            "turns.")};
    QCommandLineOption compare{QStringLiteral("compare"),
                               QCoreApplication::translate("main",
                                                           "Open the Compare page and run a comparison of these "
                                                           "mechanisms (comma-separated ids) at 64 B and 4 KiB, with "
                                                           "the page's repetitions and time per run; with "
                                                           "--screenshot, capture it when it is done."),
                               QStringLiteral("ids")};
    QCommandLineOption presentation{QStringLiteral("presentation"),
                                    QCoreApplication::translate("main", "Start in presentation mode.")};
    QCommandLineOption timeline{QStringLiteral("timeline"),
                                QCoreApplication::translate("main", "Show the Timeline dock.")};
    QCommandLineOption language{QStringLiteral("language"),
                                QCoreApplication::translate("main", "The interface language: en or ru."),
                                QStringLiteral("code")};
    QCommandLineOption theme{QStringLiteral("theme"), QCoreApplication::translate("main", "The theme: light or dark."),
                             QStringLiteral("name")};

    CommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Inter-process communication, shown as it happens."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions(
            {screenshot, inventory, lesson, steps, sideBySide, together, compare, presentation, timeline, language, theme});
        parser.addPositionalArgument(QStringLiteral("scenario"),
                                     QCoreApplication::translate("main", "A scenario file (.json) to start with."),
                                     QStringLiteral("[scenario.json]"));
    }
};

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("ipcscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("ipcscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IPCSCOPE_VERSION));
}

// The language last chosen, or the system locale's the first time; before the
// parser, so that --help speaks the user's language.
void restoreLanguage(const QSettings &settings)
{
    ipcscope::language::setCurrent(
        settings.value(QStringLiteral("language"), ipcscope::language::forLocale(QLocale::system())).toString());
}

// Bad input: one line on stderr, and exit 2 before anything starts.
int refuse(const QString &line)
{
    fprintf(stderr, "ipcscope: %s\n", qPrintable(line));
    return 2;
}

// Qt aborts when it finds no display to open a window on. A terminal without
// one still answers --help and --version, and otherwise gets a plain sentence.
bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int answerWithoutDisplay(int argc, char **argv)
{
    QCoreApplication core(argc, argv);
    nameApplication();
    restoreLanguage(QSettings());
    CommandLine commandLine;
    commandLine.parser.process(core); // exits for --help, --version and bad options
    ipcscope::language::setCurrent(commandLine.parser.value(commandLine.language));
    fprintf(stderr, "ipcscope: %s\n",
            qPrintable(QCoreApplication::translate(
                "main", "no display to open the window on (DISPLAY is not set). Run it in a desktop session, "
                        "under xvfb-run, or use ipcscope-cli in a terminal.")));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (!displayAvailable())
        return answerWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    nameApplication();
    // Desktops match the window to its entry (name and icon) by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral(IPCSCOPE_APP_ID));
    // One look on every desktop, and a palette that a dark theme can replace.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QSettings settings;
    restoreLanguage(settings);
    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    parser.process(app);
    const QString languageCode = parser.value(commandLine.language);
    if (!languageCode.isEmpty() && !ipcscope::language::setCurrent(languageCode)) {
        return refuse(QApplication::translate("main", "--language: '%1' is not one of en, ru").arg(languageCode));
    }
    const QString theme = parser.isSet(commandLine.theme)
                              ? parser.value(commandLine.theme)
                              : settings.value(QStringLiteral("theme"), QStringLiteral("light")).toString();
    if (theme != QLatin1String("light") && theme != QLatin1String("dark")) {
        return refuse(QApplication::translate("main", "--theme: '%1' is not one of light, dark").arg(theme));
    }

    const bool screenshot = parser.isSet(commandLine.screenshot);
    if (!screenshot &&
        (parser.isSet(commandLine.inventory) || parser.isSet(commandLine.lesson) || parser.isSet(commandLine.steps))) {
        return refuse(QApplication::translate("main", "--inventory, --lesson and --steps go with --screenshot"));
    }
    constexpr int kMostSteps = 100;
    bool stepsRead = true;
    const int steps = parser.isSet(commandLine.steps) ? parser.value(commandLine.steps).toInt(&stepsRead) : 0;
    if (!stepsRead || steps < 0 || steps > kMostSteps) {
        return refuse(QApplication::translate("main", "--steps: '%1' is not a number from 0 to %2")
                          .arg(parser.value(commandLine.steps))
                          .arg(kMostSteps));
    }
    if (steps > 0 && (parser.isSet(commandLine.lesson) || parser.isSet(commandLine.sideBySide))) {
        return refuse(QApplication::translate("main", "--steps goes with a scenario, not a lesson or side by side"));
    }
    const QString lessonId = parser.value(commandLine.lesson);
    if (!lessonId.isEmpty() && !ipcscope::findLesson(lessonId)) {
        return refuse(QApplication::translate("main", "--lesson: no lesson '%1'").arg(lessonId));
    }

    ipcscope::SideBySidePlan sideBySide;
    if (parser.isSet(commandLine.sideBySide)) {
        sideBySide.mechanisms = parser.value(commandLine.sideBySide).split(QLatin1Char(','), Qt::SkipEmptyParts);
        sideBySide.together = parser.isSet(commandLine.together);
        if (const QString problem = sideBySide.validate(); !problem.isEmpty()) {
            return refuse(QStringLiteral("--side-by-side: %1").arg(problem));
        }
    } else if (parser.isSet(commandLine.together)) {
        return refuse(QApplication::translate("main", "--together goes with --side-by-side"));
    }

    // The sizes the lecture's table is read at: a small message and a page.
    ipcscope::ComparePlan comparison;
    if (parser.isSet(commandLine.compare)) {
        comparison.mechanisms = parser.value(commandLine.compare).split(QLatin1Char(','), Qt::SkipEmptyParts);
        comparison.sizes = {64, 4096};
        if (comparison.mechanisms.isEmpty())
            return refuse(QApplication::translate("main", "--compare: give one or more mechanism ids"));
        if (const QString problem = comparison.validate(); !problem.isEmpty())
            return refuse(QStringLiteral("--compare: %1").arg(problem));
        if (parser.isSet(commandLine.lesson) || parser.isSet(commandLine.steps) || parser.isSet(commandLine.sideBySide) ||
            !parser.positionalArguments().isEmpty())
            return refuse(
                QApplication::translate("main", "--compare goes alone: not with a lesson, steps, side by side or a file"));
    }

    ipcscope::MainWindow window;
    window.setLocale(QLocale());
    window.setDark(theme == QLatin1String("dark"));
    // The size and the docks the user left, except for a screenshot, which
    // shows the layout everyone gets. Otherwise a lecture tool takes the whole
    // screen: on a projector there is no room to spare. (Sized by hand too,
    // for screens without a window manager.)
    if (!screenshot && window.restoreLayout()) {
        window.show();
    } else {
        window.setGeometry(window.screen()->availableGeometry());
        window.showMaximized();
    }
    // A recording is replayed, without a process; a scenario starts.
    const QString file = parser.positionalArguments().value(0);
    const bool replay = file.endsWith(QLatin1String(".ipcrec"), Qt::CaseInsensitive);
    if (steps > 0 && replay) {
        return refuse(QApplication::translate("main", "--steps goes with a scenario, not a recording"));
    }
    if (replay)
        window.openRecording(file);
    else if (!file.isEmpty())
        window.openScenario(file);
    // After the file: --presentation has the last word over its layout,
    // except for the Timeline, asked for by name (presentation hides it).
    if (parser.isSet(commandLine.presentation))
        window.setPresentation(true);
    if (parser.isSet(commandLine.timeline))
        window.timelineDock()->show();
    if (screenshot) {
        const QString file = parser.value(commandLine.screenshot);
        const QString inventoryFile = parser.value(commandLine.inventory);
        const auto capture = [&window, file, inventoryFile] {
            QWidget *shown = window.sideBySide() ? static_cast<QWidget *>(window.sideBySide()) : &window;
            bool saved = shown->grab().save(file);
            if (saved && !inventoryFile.isEmpty()) {
                // Right after the grab: the texts as that painting drew them.
                const QSize screen = window.screen()->size();
                const ipcscope::Inventory inventory =
                    window.sideBySide()                   ? window.sideBySide()->inventory(screen)
                    : window.compareView()->isVisible() ? window.compareView()->inventory(screen)
                                                          : ipcscope::takeInventory(
                                                                window.flowView(),
                                                                window.findChild<QLabel *>(QStringLiteral("caption")),
                                                                screen);
                QFile out(inventoryFile);
                saved = out.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                        out.write(QJsonDocument(inventory.toJson()).toJson()) > 0;
            }
            window.close();
            QApplication::exit(saved ? 0 : 1);
        };
        if (replay) {
            // Halfway through the recording, as a user who dragged there sees it.
            auto &replayer = window.recordings()->replay();
            replayer.seek(replayer.durationS() / 2);
            QTimer::singleShot(1000, &window, capture);
        } else if (!sideBySide.mechanisms.isEmpty()) {
            window.openSideBySide(sideBySide)->start();
            QTimer::singleShot(3000, &window, capture);
        } else if (!comparison.mechanisms.isEmpty()) {
            // One that cannot start is said, not shot; one that did is shot
            // when it is done, its table and charts drawn.
            if (!window.runComparison(comparison)) {
                fprintf(stderr, "ipcscope: --compare: %s\n",
                        qPrintable(window.compareView()->findChild<QLabel *>(QStringLiteral("progressLabel"))->text()));
                return 1;
            }
            QObject::connect(
                window.compareView(), &ipcscope::CompareView::runningChanged, &window,
                [&window, capture](bool running) {
                    if (!running)
                        QTimer::singleShot(500, &window, capture);
                },
                Qt::SingleShotConnection);
        } else if (steps > 0) {
            // As a lecturer presses Step: held from the start, each Step from
            // a picture at rest (exact), the shot once the last one was taken.
            window.startRun();
            window.rules().setPaused(true);
            auto *stepper = new QTimer(&window);
            QObject::connect(stepper, &QTimer::timeout, &window, [&window, stepper, capture, steps, taken = 0]() mutable {
                const ipcscope::Run *run = window.controller().run();
                if (!run || !run->scene().exact)
                    return;
                // Every worker at its first call: the Steps go round in order, P1 first.
                const auto &workers = run->scene().workers;
                if (std::any_of(workers.begin(), workers.end(),
                                [](const ipcscope::SceneWorker &w) { return w.state == QLatin1String("starting"); }))
                    return;
                if (taken == steps) {
                    stepper->stop();
                    QTimer::singleShot(300, &window, capture);
                } else if (window.step()) {
                    ++taken;
                }
            });
            stepper->start(100);
            // Nobody able to step (all asleep in the kernel) is said, not hidden.
            QTimer::singleShot(30000, &window, [&window, stepper] {
                if (!stepper->isActive())
                    return;
                fprintf(stderr, "ipcscope: %s\n",
                        qPrintable(QApplication::translate("main", "--steps: nobody could take the next step in 30 s")));
                window.close();
                QApplication::exit(1);
            });
        } else if (lessonId.isEmpty()) {
            window.startRun();
            QTimer::singleShot(3000, &window, capture);
        } else {
            // At its verdict, once the scene has drawn it.
            QObject::connect(window.lessonPanel(), &ipcscope::LessonPanel::lessonFinished, &window,
                             [&window, capture] { QTimer::singleShot(500, &window, capture); });
            window.lessonPanel()->select(lessonId);
            window.lessonPanel()->runWithoutAsking();
        }
    } else if (replay) {
        // Nothing starts: the recording plays under its bar.
    } else if (!sideBySide.mechanisms.isEmpty()) {
        window.openSideBySide(sideBySide)->start();
    } else if (!comparison.mechanisms.isEmpty()) {
        window.runComparison(comparison); // what stops it is said on the page
    } else {
        window.startRun();
    }
    const int status = app.exec();
    if (!screenshot) {
        settings.setValue(QStringLiteral("language"), ipcscope::language::current());
        settings.setValue(QStringLiteral("theme"), ipcscope::VisualStyle::isDark() ? "dark" : "light");
        window.saveLayout();
    }
    return status;
}
