#include "logview.h"

#include "visualstyle.h"

#include <QTime>

namespace ipcscope {

LogView::LogView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setMaximumBlockCount(5000);
    setObjectName(QStringLiteral("log"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
}

void LogView::append(const QString &line, Kind kind)
{
    const VisualStyle &s = VisualStyle::current();
    QTextCharFormat format;
    format.setForeground(kind == Kind::Error ? s.failed : kind == Kind::Warning ? s.blocked : palette().text().color());
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz  ")) + line, format);
    ensureCursorVisible();
}

} // namespace ipcscope
