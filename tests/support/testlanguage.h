#pragma once
// The program's two languages for a test, switched as language::setCurrent
// does in the window: the locale for digits, the translation for words and
// plural forms. Tests that read drawn text in both languages share it.
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace ipcscope::test {

class TestLanguage {
public:
    // Loads both translations (from the program's resources); false when one is missing.
    bool load()
    {
        return m_english.load(QStringLiteral(":/i18n/ipcscope_en.qm")) &&
               m_russian.load(QStringLiteral(":/i18n/ipcscope_ru.qm"));
    }
    // "en" or "ru"; false when the translation could not be installed.
    bool use(const QString &language)
    {
        const bool ru = language == QLatin1String("ru");
        QLocale::setDefault(ru ? QLocale(QLocale::Russian, QLocale::Russia)
                               : QLocale(QLocale::English, QLocale::UnitedStates));
        removeBoth();
        return QCoreApplication::installTranslator(ru ? &m_russian : &m_english);
    }
    // Back to the system's locale and no translation.
    void restore()
    {
        removeBoth();
        QLocale::setDefault(QLocale::system());
    }

private:
    void removeBoth()
    {
        QCoreApplication::removeTranslator(&m_english);
        QCoreApplication::removeTranslator(&m_russian);
    }
    QTranslator m_english;
    QTranslator m_russian;
};

} // namespace ipcscope::test
