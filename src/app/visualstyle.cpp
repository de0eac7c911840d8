#include "visualstyle.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ipcscope {

namespace {

VisualStyle lightStyle()
{
    VisualStyle s;
    s.background = QColor(0xfa, 0xfa, 0xf7);
    s.panel = Qt::white;
    s.text = QColor(0x1a, 0x1a, 0x1a);
    s.mutedText = QColor(0x5a, 0x5a, 0x5a);
    s.line = QColor(0x8a, 0x8a, 0x8a);
    s.producer = QColor(0x00, 0x72, 0xb2);
    s.consumer = QColor(0x00, 0x9e, 0x73);
    s.running = QColor(0x00, 0x9e, 0x73);
    s.blocked = QColor(0xd5, 0x5e, 0x00);
    s.paused = QColor(0x56, 0xb4, 0xe9);
    s.critical = QColor(0xcc, 0x79, 0xa7);
    s.done = QColor(0x99, 0x99, 0x99);
    s.failed = QColor(0xc0, 0x1c, 0x28);
    s.slotEmpty = QColor(0xee, 0xee, 0xea);
    s.warning = QColor(0xc0, 0x1c, 0x28);
    return s;
}

VisualStyle darkStyle()
{
    VisualStyle s = lightStyle();
    s.background = QColor(0x1e, 0x1f, 0x22);
    s.panel = QColor(0x2b, 0x2d, 0x31);
    s.text = QColor(0xf0, 0xf0, 0xf0);
    s.mutedText = QColor(0xb8, 0xb8, 0xb8);
    s.line = QColor(0x9a, 0x9a, 0x9a);
    s.producer = QColor(0x56, 0xb4, 0xe9);
    s.consumer = QColor(0x3c, 0xd0, 0xa0);
    s.running = QColor(0x3c, 0xd0, 0xa0);
    s.blocked = QColor(0xf0, 0x8a, 0x24);
    s.slotEmpty = QColor(0x3a, 0x3c, 0x40);
    s.warning = QColor(0xff, 0x6b, 0x6b);
    return s;
}

VisualStyle &storage()
{
    static VisualStyle style = lightStyle();
    return style;
}

bool g_dark = false;
bool g_highContrast = false;

VisualStyle highContrast(VisualStyle s, bool dark)
{
    s.background = dark ? Qt::black : Qt::white;
    s.panel = dark ? QColor(0x10, 0x10, 0x10) : Qt::white;
    s.text = dark ? Qt::white : Qt::black;
    s.mutedText = dark ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x20, 0x20, 0x20);
    s.line = dark ? QColor(0xd0, 0xd0, 0xd0) : QColor(0x30, 0x30, 0x30);
    s.slotEmpty = dark ? QColor(0x30, 0x30, 0x30) : QColor(0xe4, 0xe4, 0xe4);
    return s;
}

void rebuild()
{
    const double scale = storage().lineScale;
    storage() = g_dark ? darkStyle() : lightStyle();
    if (g_highContrast)
        storage() = highContrast(storage(), g_dark);
    storage().lineScale = scale;
}

} // namespace

const VisualStyle &VisualStyle::current()
{
    return storage();
}

void VisualStyle::setDark(bool dark)
{
    g_dark = dark;
    rebuild();
}

void VisualStyle::setHighContrast(bool on)
{
    g_highContrast = on;
    rebuild();
}

bool VisualStyle::isHighContrast()
{
    return g_highContrast;
}

bool VisualStyle::isDark()
{
    return g_dark;
}

void VisualStyle::setLineScale(double scale)
{
    storage().lineScale = scale;
}

QColor VisualStyle::stateColour(WorkerState state, bool isBlocked) const
{
    switch (state) {
    case WorkerState::Starting:
    case WorkerState::Ready:
        return done;
    case WorkerState::Running:
    case WorkerState::Sleeping:
        return running;
    case WorkerState::InCall:
        return isBlocked ? blocked : running;
    case WorkerState::Critical:
        return critical;
    case WorkerState::Paused:
        return paused;
    case WorkerState::Done:
        return done;
    case WorkerState::Failed:
        return failed;
    }
    return done;
}

Qt::PenStyle VisualStyle::stateOutline(WorkerState state, bool isBlocked) const
{
    if (state == WorkerState::InCall && isBlocked)
        return Qt::DashLine;
    if (state == WorkerState::Paused)
        return Qt::DotLine;
    return Qt::SolidLine;
}

QColor VisualStyle::producerColour(int index) const
{
    static const QColor colours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0x00, 0x9e, 0x73), QColor(0xd5, 0x5e, 0x00), QColor(0x56, 0xb4, 0xe9),
                                     QColor(0x80, 0x60, 0x30), QColor(0x70, 0x70, 0x70)};
    return colours[index % 8];
}

QFont sceneFont(double points, bool bold)
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void drawFittedLine(QPainter *p, const QRectF &rect, Qt::Alignment align, const QString &text, double minScale)
{
    const QFont original = p->font();
    const double width = QFontMetricsF(original).horizontalAdvance(text);
    if (width > rect.width() && width > 0) {
        // In steps of 5 %, so that a counter ticking up does not make the type
        // breathe with every digit.
        const double scale = std::max(minScale, std::floor(rect.width() / width * 20) / 20);
        QFont smaller = original;
        smaller.setPointSizeF(original.pointSizeF() * scale);
        p->setFont(smaller);
    }
    p->drawText(rect, align | Qt::AlignVCenter,
                QFontMetricsF(p->font()).elidedText(text, Qt::ElideRight, rect.width()));
    p->setFont(original);
}

} // namespace ipcscope
