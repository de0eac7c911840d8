#include "noticeitem.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ipcscope {

namespace {

constexpr QChar kRight(0x2713); // ✓
constexpr QChar kWrong(0x2717); // ✗

} // namespace

NoticeItem::NoticeItem() = default;

void NoticeItem::setNotice(const QString &text, const QString &verdict, bool ok)
{
    prepareGeometryChange();
    m_paragraphs = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    m_verdict = verdict;
    m_ok = ok;
    update();
}

QString NoticeItem::plainText() const
{
    QStringList all = m_paragraphs;
    if (!m_verdict.isEmpty())
        all << m_verdict;
    return all.join(QStringLiteral("\n\n"));
}

void NoticeItem::setWidth(double width)
{
    prepareGeometryChange();
    m_width = width;
    update();
}

QVector<NoticeItem::Block> NoticeItem::blocks() const
{
    QVector<Block> out;
    for (int i = 0; i < m_paragraphs.size(); ++i) {
        const bool heading = i == 0 && m_paragraphs.size() > 1;
        for (const QString &line : m_paragraphs[i].split(QLatin1Char('\n'))) {
            const TextRole role = heading ? TextRole::Title : TextRole::State;
            const qsizetype at = heading ? -1 : std::max(line.indexOf(kRight), line.indexOf(kWrong));
            if (at < 0) {
                out.append({line, role, heading});
                continue;
            }
            // The mark and what follows it: a line of its own, in its colour.
            if (!line.left(at).trimmed().isEmpty())
                out.append({line.left(at).trimmed(), role, false});
            out.append({line.mid(at), role, true, line.at(at) == kRight ? 1 : -1});
        }
    }
    if (!m_verdict.isEmpty())
        out.append({m_verdict, TextRole::Verdict, true});
    return out;
}

double NoticeItem::blockHeight(const Block &block) const
{
    const QFontMetricsF metrics(sceneFont(block.role, block.bold));
    return wrappedLines(block.text, sceneFont(block.role, block.bold), m_width) * metrics.lineSpacing() +
           metrics.lineSpacing() * 0.4;
}

double NoticeItem::height() const
{
    double h = 0;
    for (const Block &b : blocks())
        h += blockHeight(b);
    return h;
}

QRectF NoticeItem::boundingRect() const
{
    return QRectF(0, 0, m_width, height());
}

void NoticeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    beginTexts();
    const VisualStyle &s = VisualStyle::current();
    p->setRenderHint(QPainter::TextAntialiasing);
    double y = 0;
    for (const Block &b : blocks()) {
        QColor ink = b.role == TextRole::State ? s.mutedText : s.text;
        if (b.role == TextRole::Verdict)
            ink = VisualStyle::readable(m_ok ? s.running : s.failed, s.background);
        else if (b.mark != 0)
            ink = VisualStyle::readable(b.mark > 0 ? s.running : s.failed, s.background);
        const double h = blockHeight(b);
        drawWrapped(p, QRectF(0, y, m_width, h), Qt::AlignHCenter | Qt::AlignTop, b.text, b.role, b.bold, ink,
                    s.background);
        y += h;
    }
}

} // namespace ipcscope
