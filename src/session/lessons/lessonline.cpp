#include "lessonline.h"

#include <QCoreApplication>

namespace ipcscope {

namespace {

QString fill(const QString &pattern, const QStringList &a)
{
    switch (a.size()) {
    case 1:
        return pattern.arg(a[0]);
    case 2:
        return pattern.arg(a[0], a[1]);
    case 3:
        return pattern.arg(a[0], a[1], a[2]);
    case 4:
        return pattern.arg(a[0], a[1], a[2], a[3]);
    case 5:
        return pattern.arg(a[0], a[1], a[2], a[3], a[4]);
    case 6:
        return pattern.arg(a[0], a[1], a[2], a[3], a[4], a[5]);
    case 7:
        return pattern.arg(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
    case 8:
        return pattern.arg(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    default:
        return pattern.arg(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
    }
}

} // namespace

LessonLine LessonLine::verbatim(const QString &text)
{
    LessonLine line;
    line.m_verbatim = text;
    return line;
}

LessonLine LessonLine::later(std::function<QString()> write)
{
    LessonLine line;
    line.m_write = std::move(write);
    return line;
}

QString LessonLine::text() const
{
    if (m_write)
        return m_write();
    if (!m_source)
        return m_verbatim;
    QString s = QCoreApplication::translate("Lessons", m_source, m_disambiguation, m_n);
    for (const std::vector<LessonLine> &group : m_args) {
        QStringList texts;
        for (const LessonLine &a : group)
            texts << a.text();
        s = fill(s, texts);
    }
    return s;
}

QStringList textsOf(const QList<LessonLine> &lines)
{
    QStringList texts;
    for (const LessonLine &l : lines)
        texts << l.text();
    return texts;
}

} // namespace ipcscope
