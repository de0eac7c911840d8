#pragma once
// An observation as a lesson makes it: its English sentence (context
// "Lessons") and its arguments, put into the reader's language only when it
// is drawn. The lesson runs in a thread of its own and its lines outlive a
// live language switch, so they are kept as sources, not as text. An
// argument is verbatim (a value a process printed, a path, a plain integer),
// another line, or a figure Formatter writes when drawn (1,234 or 1 234).
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <type_traits>
#include <vector>

namespace ipcscope {

class LessonLine {
public:
    LessonLine() = default;
    // `source` marked QT_TRANSLATE_NOOP("Lessons", …), or
    // QT_TRANSLATE_N_NOOP with `n` for its %n.
    explicit LessonLine(const char *source, const char *disambiguation = nullptr, int n = -1)
        : m_source(source), m_disambiguation(disambiguation), m_n(n)
    {
    }
    static LessonLine verbatim(const QString &text);
    // Written when drawn, in the language and locale of that moment.
    static LessonLine later(std::function<QString()> write);

    // As QString::arg: fills the lowest %N; several at once fill %1…%N in
    // one pass. A number alone is written as QString::arg writes it.
    template <class... A> [[nodiscard]] LessonLine arg(const A &...a) const
    {
        static_assert(sizeof...(A) == 1 || (!std::is_arithmetic_v<A> && ...),
                      "several arguments at once are texts, as for QString::arg");
        LessonLine filled = *this;
        filled.m_args.push_back({part(a)...});
        return filled;
    }

    bool isEmpty() const { return !m_source && !m_write && m_verbatim.isEmpty(); }
    // In the current language.
    QString text() const;

private:
    template <class A> static LessonLine part(const A &a)
    {
        if constexpr (std::is_same_v<A, LessonLine>)
            return a;
        else if constexpr (std::is_arithmetic_v<A>)
            return verbatim(QStringLiteral("%1").arg(a));
        else
            return verbatim(QString(a));
    }

    const char *m_source = nullptr;
    const char *m_disambiguation = nullptr;
    int m_n = -1;
    QString m_verbatim;
    std::function<QString()> m_write;
    std::vector<std::vector<LessonLine>> m_args; // one group per arg() call
};

// A figure written by Formatter when drawn: figure(Formatter::count, n).
template <class F, class... A> LessonLine figure(F write, A... a)
{
    return LessonLine::later([write, a...] { return write(a...); });
}

QStringList textsOf(const QList<LessonLine> &lines);

} // namespace ipcscope

Q_DECLARE_METATYPE(ipcscope::LessonLine)
