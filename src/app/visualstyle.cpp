#include "visualstyle.h"

#include <QGuiApplication>

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
bool g_largeType = false;

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

QColor VisualStyle::stateColour(const QString &state) const
{
    if (state == QLatin1String("blocked"))
        return blocked;
    if (state == QLatin1String("paused"))
        return paused;
    if (state == QLatin1String("critical"))
        return critical;
    if (state == QLatin1String("failed") || state == QLatin1String("killed"))
        return failed;
    if (state == QLatin1String("running") || state == QLatin1String("in-call") || state == QLatin1String("sleeping"))
        return running;
    return done; // not started, starting, ready, done
}

QColor VisualStyle::stateColour(WorkerState state, bool isBlocked) const
{
    switch (state) {
    case WorkerState::Starting:
    case WorkerState::Ready:
    case WorkerState::Done:
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
    case WorkerState::Failed:
        return failed;
    }
    return done;
}

Qt::PenStyle VisualStyle::stateOutline(const QString &state) const
{
    if (state == QLatin1String("blocked"))
        return Qt::DashLine;
    if (state == QLatin1String("paused"))
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

QPen VisualStyle::waitPen() const
{
    return QPen(blocked, 3 * lineScale, Qt::DashLine, Qt::FlatCap, Qt::MiterJoin);
}

void VisualStyle::setLargeType(bool on)
{
    g_largeType = on;
}

bool VisualStyle::isLargeType()
{
    return g_largeType;
}

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

struct RoleType {
    double normal;
    double large;
    double normalFloor;
    double largeFloor;
};

// Sizes in scene units. The large type is set so that, with the scene
// scaled into a 1024-pixel projector's window (a scale of about 0.8 to
// 0.95), what carries state is at least 20 pixels high and a verdict at
// least 36, even set down to its floor; tst_inventory holds it.
RoleType typeOf(TextRole role)
{
    switch (role) {
    case TextRole::Title:
        return {22, 26, 15, 18};
    case TextRole::State:
        return {16, 26, 13, 25};
    case TextRole::Value:
        return {30, 38, 22, 30};
    case TextRole::Count:
        return {15, 25, 12, 25};
    case TextRole::Caption:
        return {16, 26, 13, 24};
    case TextRole::Verdict:
        return {30, 48, 26, 44};
    case TextRole::Label:
        return {13, 17, 10, 14};
    case TextRole::Detail:
        return {13, 25, 10, 25};
    }
    return {13, 17, 10, 14};
}

} // namespace

double VisualStyle::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor VisualStyle::inkOn(const QColor &background)
{
    return contrast(Qt::white, background) >= contrast(Qt::black, background) ? QColor(Qt::white) : QColor(Qt::black);
}

QColor VisualStyle::readable(const QColor &colour, const QColor &background)
{
    constexpr double kWanted = 4.5;
    if (contrast(colour, background) >= kWanted)
        return colour;
    // Towards black on a light background, towards white on a dark one, in
    // small steps of lightness so that the hue stays.
    const bool darken = luminance(background) > 0.18;
    QColor c = colour.toHsl();
    for (int i = 0; i < 40 && contrast(c, background) < kWanted; ++i) {
        const int l = darken ? std::max(0, c.lightness() - 8) : std::min(255, c.lightness() + 8);
        c.setHsl(c.hslHue(), c.hslSaturation(), l);
    }
    return contrast(c, background) >= kWanted ? c.toRgb() : inkOn(background);
}

QString roleName(TextRole role)
{
    switch (role) {
    case TextRole::Title:
        return QStringLiteral("title");
    case TextRole::State:
        return QStringLiteral("state");
    case TextRole::Value:
        return QStringLiteral("value");
    case TextRole::Count:
        return QStringLiteral("count");
    case TextRole::Caption:
        return QStringLiteral("caption");
    case TextRole::Verdict:
        return QStringLiteral("verdict");
    case TextRole::Label:
        return QStringLiteral("label");
    case TextRole::Detail:
        return QStringLiteral("detail");
    }
    return {};
}

QFont sceneFont(TextRole role, bool bold)
{
    QFont f = QGuiApplication::font();
    const RoleType t = typeOf(role);
    f.setPixelSize(qRound(VisualStyle::isLargeType() ? t.large : t.normal));
    f.setBold(bold);
    return f;
}

double sceneFloor(TextRole role)
{
    const RoleType t = typeOf(role);
    return VisualStyle::isLargeType() ? t.largeFloor : t.normalFloor;
}

} // namespace ipcscope
