#include "runicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ipcscope {

namespace {

QPixmap draw(RunIcon which, const QColor &colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    const double s = size;
    const auto triangle = [&](double left, double right) {
        QPainterPath path;
        path.moveTo(left, s * 0.18);
        path.lineTo(right, s * 0.5);
        path.lineTo(left, s * 0.82);
        path.closeSubpath();
        p.drawPath(path);
    };
    switch (which) {
    case RunIcon::Start:
        triangle(s * 0.25, s * 0.82);
        break;
    case RunIcon::Pause:
        p.drawRect(QRectF(s * 0.22, s * 0.2, s * 0.2, s * 0.6));
        p.drawRect(QRectF(s * 0.58, s * 0.2, s * 0.2, s * 0.6));
        break;
    case RunIcon::Step:
        triangle(s * 0.18, s * 0.64);
        p.drawRect(QRectF(s * 0.68, s * 0.2, s * 0.14, s * 0.6));
        break;
    case RunIcon::Stop:
        p.drawRect(QRectF(s * 0.22, s * 0.22, s * 0.56, s * 0.56));
        break;
    }
    return pixmap;
}

} // namespace

QIcon runIcon(RunIcon which, const QColor &colour)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(draw(which, colour, size));
    QColor disabled = colour;
    disabled.setAlphaF(0.35);
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(draw(which, disabled, size), QIcon::Disabled);
    return icon;
}

} // namespace ipcscope
