#include "stageobjectitem.h"

#include "session/formatter.h"
#include "session/scenetext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

namespace ipcscope {

namespace {

struct StageObjectText {
    Q_DECLARE_TR_FUNCTIONS(StageObjectItem)
};

double lineOf(TextRole role, bool bold = false)
{
    return QFontMetricsF(sceneFont(role, bold)).height() + 2;
}

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("queue"))
        return StageObjectText::tr("message queue");
    if (kind == QLatin1String("segment"))
        return StageObjectText::tr("shared memory segment");
    if (kind == QLatin1String("signals"))
        return StageObjectText::tr("pending signals");
    if (kind == QLatin1String("semaphores"))
        return StageObjectText::tr("semaphore set");
    if (kind == QLatin1String("pipe"))
        return StageObjectText::tr("pipe");
    if (kind == QLatin1String("socket"))
        return StageObjectText::tr("socket");
    return kind;
}

QString markText(const QString &mark)
{
    if (mark == QLatin1String("next"))
        return StageObjectText::tr("next");
    if (mark == QLatin1String("pending"))
        return StageObjectText::tr("pending");
    if (mark == QLatin1String("torn"))
        return StageObjectText::tr("torn");
    return mark;
}

// The fields one a line, as the kernel names them; the removal mark in words.
QStringList fieldLines(const SceneObject &o)
{
    QStringList lines;
    for (const auto &[key, value] : o.fields) {
        if (key == QLatin1String("key"))
            continue; // in the title
        if (key == QLatin1String("ipc_rmid")) {
            // Two lines: on a projector one would not hold both.
            if (value)
                lines << StageObjectText::tr("IPC_RMID: marked") << StageObjectText::tr("gone at the last shmdt");
            continue;
        }
        if (key == QLatin1String("pending"))
            continue; // the cell says it
        if (key == QLatin1String("bytes")) {
            // Not a kernel field: the size a process reported, in words.
            lines << StageObjectText::tr("size %1").arg(Formatter::bytes(value));
            continue;
        }
        // Not kernel fields: the ring's header, read from the segment, in words.
        if (key == QLatin1String("filled")) {
            lines << StageObjectText::tr("filled: %1").arg(Formatter::count(value));
            continue;
        }
        if (key == QLatin1String("slots")) {
            lines << StageObjectText::tr("slots in the ring: %1").arg(Formatter::count(value));
            continue;
        }
        // Not kernel fields by these names: FIONREAD and F_GETPIPE_SZ, in words.
        if (key == QLatin1String("queued")) {
            lines << SceneText::bytesWaiting(o);
            continue;
        }
        if (key == QLatin1String("capacity"))
            continue; // with the bytes queued
        // Not a kernel field: ipcscope's own attachment, one of nattch.
        if (key == QLatin1String("viewer_attached")) {
            if (value)
                lines << StageObjectText::tr("one of them: ipcscope's view");
            continue;
        }
        if (key == QLatin1String("write_ends")) {
            lines << StageObjectText::tr("%n write end(s) open", "", int(value));
            continue;
        }
        // A pid names a process: a plain integer ("1467"), never an amount ("1,467").
        lines << QStringLiteral("%1 %2").arg(key, key.endsWith(QLatin1String("pid")) ? QString::number(value)
                                                                                     : Formatter::count(value));
    }
    return lines;
}

// The lesson's name for it, on a line of its own, where the title gives its
// key or id instead and the name says more than its kind: which is which
// among objects of one kind (init-race's two sets under one key; ftok's
// queue made with a key beside those made with IPC_PRIVATE). Empty where
// the title says it all: the lecture host's "id N" is its kernel id only.
QString nameLine(const SceneObject &o)
{
    const bool titledByNumber = o.field(QStringLiteral("key"), 0) > 0 || !o.kernelId.isEmpty();
    static const QRegularExpression kernelIdOnly(QStringLiteral("^id \\d+$"));
    if (!titledByNumber || o.id.isEmpty() || o.id == o.kind || kernelIdOnly.match(o.id).hasMatch())
        return {};
    // A key in the title leaves the id out, and the lesson's account names
    // it (ftok: "taken by queue N"): the card says it too.
    if (o.field(QStringLiteral("key"), 0) > 0 && !o.kernelId.isEmpty())
        return SceneText::name(o.id) + StageObjectText::tr(" · id %1").arg(o.kernelId);
    return SceneText::name(o.id);
}

} // namespace

StageObjectItem::StageObjectItem(const SceneObject &object, QSizeF size) : m_object(object), m_size(size) {}

QString StageObjectItem::inventoryKind() const
{
    return m_object.kind == QLatin1String("signals") ? QStringLiteral("signal") : m_object.kind;
}

double StageObjectItem::preferredHeight(const SceneObject &object)
{
    const double cells = object.cells.isEmpty() ? 0 : lineOf(TextRole::State, true) * 1.6 + lineOf(TextRole::Label);
    const double name = nameLine(object).isEmpty() ? 0 : lineOf(TextRole::Label);
    return lineOf(TextRole::Label, true) + name + fieldLines(object).size() * lineOf(TextRole::Count) + cells +
           (object.live ? 0 : lineOf(TextRole::State)) + 14;
}

QRectF StageObjectItem::boundingRect() const
{
    return QRectF(-4, -4, m_size.width() + 8, m_size.height() + 8);
}

void StageObjectItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    beginTexts();
    const VisualStyle &s = VisualStyle::current();
    const SceneObject &o = m_object;
    const QRectF box(0, 0, m_size.width(), m_size.height());
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(o.live ? s.line : s.done, 2 * s.lineScale, o.live ? Qt::SolidLine : Qt::DashLine));
    p->setBrush(s.panel);
    p->drawRoundedRect(box, 8, 8);
    const QColor ink = o.live ? s.text : s.mutedText;
    double y = 4;
    QString title = kindText(o.kind);
    if (const qint64 key = o.field(QStringLiteral("key"), 0); key > 0)
        title += StageObjectText::tr(" · key 0x%1").arg(key, 8, 16, QLatin1Char('0'));
    else if (!o.kernelId.isEmpty())
        title += StageObjectText::tr(" · id %1").arg(o.kernelId);
    else if (!o.id.isEmpty() && o.id != o.kind)
        title += QStringLiteral(" · ") + SceneText::name(o.id); // a lesson's name for it, in today's words
    y += drawLine(p, QRectF(10, y, box.width() - 20, lineOf(TextRole::Label, true)), Qt::AlignLeft, title,
                  TextRole::Label, true, s.mutedText, s.panel);
    if (const QString name = nameLine(o); !name.isEmpty())
        y += drawLine(p, QRectF(10, y, box.width() - 20, lineOf(TextRole::Label)), Qt::AlignLeft, name, TextRole::Label,
                      false, ink, s.panel);
    if (!o.live) {
        // State, read from the back of the hall: the whole mark where it
        // fits, else the word that matters, uncut (as a semaphore's card).
        const double width = box.width() - 20;
        const QString removed =
            fitsOneLine(SceneText::removed(), TextRole::State, false, width) ? SceneText::removed() : SceneText::removedBrief();
        y += drawLine(p, QRectF(10, y, width, lineOf(TextRole::State)), Qt::AlignLeft, removed, TextRole::State, false,
                      s.mutedText, s.panel);
    }
    for (const QString &line : fieldLines(o)) {
        const bool mark = line.contains(QLatin1String("IPC_RMID"));
        y += drawLine(p, QRectF(10, y, box.width() - 20, lineOf(TextRole::Count)), Qt::AlignLeft, line,
                      TextRole::Count, mark, mark ? VisualStyle::readable(s.warning, s.panel) : ink, s.panel);
    }
    if (o.cells.isEmpty())
        return;
    // What it holds, oldest first; a mark under the one it names.
    const double cellHeight = lineOf(TextRole::State, true) * 1.6;
    const int n = int(o.cells.size());
    const double gap = 6;
    double widest = 0;
    for (const SceneObject::Cell &c : o.cells)
        widest = std::max(widest, QFontMetricsF(sceneFont(TextRole::State, true)).horizontalAdvance(c.text) + 16);
    const double cellWidth = std::min(std::max(90.0, widest), (box.width() - 20 - gap * (n - 1)) / n);
    for (int i = 0; i < n; ++i) {
        const SceneObject::Cell &c = o.cells[i];
        const QRectF cell(10 + i * (cellWidth + gap), y + 4, cellWidth, cellHeight);
        const QColor edge = c.mark == QLatin1String("next")      ? s.running
                            : c.mark == QLatin1String("pending") ? s.blocked
                            : c.mark == QLatin1String("torn")    ? s.failed
                                                                 : s.line;
        p->setPen(QPen(edge, (c.mark.isEmpty() ? 2 : 4) * s.lineScale));
        p->setBrush(s.background);
        p->drawRoundedRect(cell, 4, 4);
        drawLine(p, cell, Qt::AlignCenter, c.text, TextRole::State, true, ink, s.background);
        if (!c.mark.isEmpty())
            drawLine(p, QRectF(cell.left() - gap, cell.bottom(), cellWidth + 2 * gap, lineOf(TextRole::Label)),
                     Qt::AlignHCenter, markText(c.mark), TextRole::Label, true, VisualStyle::readable(edge, s.panel),
                     s.panel);
    }
}

} // namespace ipcscope
