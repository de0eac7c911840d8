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
    // Plain lines take the palette's colour, so they follow a change of theme.
    QTextCharFormat format;
    if (kind != Kind::Info)
        format.setForeground(kind == Kind::Error ? s.failed : s.blocked);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz  ")) + line, format);
    ensureCursorVisible();
}

} // namespace ipcscope
