// ipcscope: the window. Starts on the default scenario so that something
// moves at once; `--screenshot FILE` runs it about three seconds, saves a PNG
// of the window and exits.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ipcscope"));
    QApplication::setApplicationVersion(QStringLiteral(IPCSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Inter-process communication, shown as it happens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main",
                                                                "Run the default scenario for about three seconds, "
                                                                "save a PNG of the window to <file> and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption presentation(QStringLiteral("presentation"),
                                          QApplication::translate("main", "Start in presentation mode."));
    parser.addOptions({screenshot, presentation});
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 QApplication::translate("main", "A scenario file (.json) to start with."),
                                 QStringLiteral("[scenario.json]"));
    parser.process(app);

    ipcscope::MainWindow window;
    // A lecture tool takes the whole screen: on a projector there is no room to
    // spare. (Sized by hand too, for screens without a window manager.)
    window.setGeometry(window.screen()->availableGeometry());
    window.showMaximized();
    if (parser.isSet(presentation))
        window.setPresentation(true);
    if (!parser.positionalArguments().isEmpty())
        window.openScenario(parser.positionalArguments().first());
    window.startRun();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(3000, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            window.close();
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
