// ipcscope: the window. Starts on the default scenario so that something
// moves at once; `--screenshot FILE` runs it about three seconds, saves a PNG
// of the window and exits. The language and the theme are the last ones
// chosen (the system locale's language the first time), unless the command
// line says otherwise.
#include "language.h"
#include "mainwindow.h"
#include "visualstyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QSettings>
#include <QStyleFactory>
#include <QTimer>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ipcscope"));
    QApplication::setOrganizationName(QStringLiteral("ipcscope"));
    QApplication::setApplicationVersion(QStringLiteral(IPCSCOPE_VERSION));
    // One look on every desktop, and a palette that a dark theme can replace.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QSettings settings;
    // Before the parser, so that --help speaks the user's language.
    ipcscope::language::setCurrent(
        settings.value(QStringLiteral("language"), ipcscope::language::forLocale(QLocale::system())).toString());

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
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QApplication::translate("main", "The interface language: en or ru."),
                                            QStringLiteral("code"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"), QApplication::translate("main", "The theme: light or dark."), QStringLiteral("name"));
    parser.addOptions({screenshot, presentation, languageOption, themeOption});
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 QApplication::translate("main", "A scenario file (.json) to start with."),
                                 QStringLiteral("[scenario.json]"));
    parser.process(app);
    const QString languageCode = parser.value(languageOption);
    if (!languageCode.isEmpty() && !ipcscope::language::setCurrent(languageCode)) {
        fprintf(stderr, "ipcscope: %s\n",
                qPrintable(QApplication::translate("main", "--language: '%1' is not one of en, ru").arg(languageCode)));
        return 2;
    }
    const QString theme = parser.isSet(themeOption)
                              ? parser.value(themeOption)
                              : settings.value(QStringLiteral("theme"), QStringLiteral("light")).toString();
    if (theme != QLatin1String("light") && theme != QLatin1String("dark")) {
        fprintf(stderr, "ipcscope: %s\n",
                qPrintable(QApplication::translate("main", "--theme: '%1' is not one of light, dark").arg(theme)));
        return 2;
    }

    ipcscope::MainWindow window;
    window.setLocale(QLocale());
    window.setDark(theme == QLatin1String("dark"));
    // A lecture tool takes the whole screen: on a projector there is no room to
    // spare. (Sized by hand too, for screens without a window manager.)
    window.setGeometry(window.screen()->availableGeometry());
    window.showMaximized();
    if (!parser.positionalArguments().isEmpty())
        window.openScenario(parser.positionalArguments().first());
    // After the file: --presentation has the last word over its layout.
    if (parser.isSet(presentation))
        window.setPresentation(true);
    window.startRun();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(3000, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            window.close();
            QApplication::exit(saved ? 0 : 1);
        });
    }
    const int status = app.exec();
    if (!parser.isSet(screenshot)) {
        settings.setValue(QStringLiteral("language"), ipcscope::language::current());
        settings.setValue(QStringLiteral("theme"), ipcscope::VisualStyle::isDark() ? "dark" : "light");
    }
    return status;
}
