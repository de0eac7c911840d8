#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ipcscope::language {

namespace {

struct Translators {
    QTranslator program;
    QTranslator qt;
    QString current = QStringLiteral("en");
    bool installed = false;
};

Translators &translators()
{
    static Translators t;
    return t;
}

} // namespace

QList<Language> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("ru"), QStringLiteral("Русский")}};
}

QString forLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

bool setCurrent(const QString &code)
{
    bool known = false;
    for (const Language &l : available())
        known = known || l.code == code;
    if (!known)
        return false;
    Translators &t = translators();
    // Current before the translators go in: installing one sends
    // LanguageChange, and the views ask which language it is.
    t.current = code;
    // Numbers follow the language: "1 234,5" in Russian.
    QLocale::setDefault(QLocale(code == QLatin1String("ru") ? QLocale::Russian : QLocale::English,
                                code == QLatin1String("ru") ? QLocale::Russia : QLocale::UnitedStates));
    QCoreApplication::removeTranslator(&t.program);
    QCoreApplication::removeTranslator(&t.qt);
    // English needs its file too: it holds the plural forms ("1 producer").
    t.installed = t.program.load(QStringLiteral(":/i18n/ipcscope_%1.qm").arg(code)) &&
                  QCoreApplication::installTranslator(&t.program);
    if (code != QLatin1String("en") &&
        t.qt.load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&t.qt);
    return true;
}

void ensureLoaded()
{
    if (!translators().installed)
        setCurrent(translators().current);
}

void unload()
{
    QCoreApplication::removeTranslator(&translators().program);
    QCoreApplication::removeTranslator(&translators().qt);
    translators().installed = false;
}

QString current()
{
    return translators().current;
}

} // namespace ipcscope::language
