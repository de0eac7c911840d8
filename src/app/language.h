#pragma once
// The interface language: English (the program's own) or Russian. Chosen at
// start from the command line, the last choice or the system locale, and
// switched while the program runs: installing the translators sends every
// widget QEvent::LanguageChange, and the window retranslates its views.
#include <QList>
#include <QLocale>
#include <QString>

namespace ipcscope::language {

struct Language {
    QString code;       // "en", "ru"
    QString nativeName; // as its speakers write it, never translated
};

QList<Language> available();
// The language for `locale`: Russian for a Russian locale, else English.
QString forLocale(const QLocale &locale);
// Loads the program's translation and Qt's own (standard dialogs) for
// `code` and makes it current; false for an unknown code.
bool setCurrent(const QString &code);
QString current();
// Installs the current language's translation if none is installed yet: a
// window made without setCurrent() (a test, a benchmark) still needs the
// English file, which holds the plural forms ("1 producer", not
// "1 producer(s)").
void ensureLoaded();
// Takes the program's translators out again: the sources' own words, "(s)"
// and all. Only for a test to show what a missing translation looks like.
void unload();

} // namespace ipcscope::language
