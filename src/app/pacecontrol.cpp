#include "pacecontrol.h"

#include "session/formatter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace ipcscope {

namespace {

// The stops, slowest first: held and stepped, then message rates, then none.
const QList<Pace> &stops()
{
    static const QList<Pace> all = {{5, 0},  {2, 0},  {1, 0},  {0.5, 0}, {0.2, 0},  {0, 1},     {0, 2},      {0, 5},
                                    {0, 10}, {0, 20}, {0, 50}, {0, 100}, {0, 1000}, {0, 10000}, {0, 100000}, {0, 0}};
    return all;
}

// Where a pace sits on one scale from slowest to fastest, in calls or
// messages per second; unlimited is fastest of all.
double speedOf(const Pace &p)
{
    if (p.stepped())
        return 1 / p.callEveryS;
    return p.rate > 0 ? p.rate : INFINITY;
}

constexpr int kSliderWidth = 160;
constexpr int kCompactSliderWidth = 100;

} // namespace

PaceControl::PaceControl(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_slider(new QSlider(Qt::Horizontal, this)), m_value(new QLabel(this))
{
    setObjectName(QStringLiteral("pace"));
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_slider->setRange(0, int(stops().size()) - 1);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setMinimumWidth(kSliderWidth);
    m_slider->setMaximumWidth(240);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_slider);
    layout->addWidget(m_value);
    setPace({0, 2});
    retranslate();
    connect(m_slider, &QSlider::valueChanged, this, [this](int stop) {
        m_pace = stops().value(stop);
        showPace();
        emit paceChanged(m_pace);
    });
}

Pace PaceControl::pace() const
{
    return m_pace;
}

void PaceControl::setPace(const Pace &pace)
{
    // The stop nearest on a logarithmic scale of speed.
    const double wanted = speedOf(pace);
    int best = 0;
    double bestDistance = INFINITY;
    for (int i = 0; i < stops().size(); ++i) {
        const double speed = speedOf(stops()[i]);
        double distance = std::isinf(wanted) || std::isinf(speed)
                              ? (std::isinf(wanted) && std::isinf(speed) ? 0 : INFINITY)
                              : std::abs(std::log(speed / wanted));
        // A stepped pace and a rate are different things at the same speed.
        if (stops()[i].stepped() != pace.stepped())
            distance += 100;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    const QSignalBlocker block(m_slider);
    m_slider->setValue(best);
    m_pace = pace;
    showPace();
}

void PaceControl::showLesson()
{
    m_lesson = true;
    m_slider->setEnabled(false);
    showPace();
}

void PaceControl::endLesson()
{
    m_lesson = false;
    m_slider->setEnabled(true);
    showPace();
}

void PaceControl::setCompact(bool compact)
{
    m_slider->setMinimumWidth(compact ? kCompactSliderWidth : kSliderWidth);
}

QString PaceControl::text() const
{
    return m_value->text();
}

void PaceControl::retranslate()
{
    m_title->setText(tr("Pace"));
    m_slider->setToolTip(tr("From one call every few seconds — the workers held and let through one call at a time — "
                            "to messages per second per producer, to no limit at all"));
    fitValueWidth();
    showPace();
}

void PaceControl::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fitValueWidth();
    QWidget::changeEvent(event);
}

void PaceControl::fitValueWidth()
{
    // Room for the longest pace in this language and type, so the label never
    // jumps about or gets cut while the slider moves.
    int widest = 0;
    for (const Pace &p : stops())
        widest = std::max(widest, fontMetrics().horizontalAdvance(p.describe()));
    widest = std::max(widest, fontMetrics().horizontalAdvance(tr("set by the lesson")));
    m_value->setMinimumWidth(widest + fontMetrics().averageCharWidth());
}

void PaceControl::showPace()
{
    m_value->setText(m_lesson ? tr("set by the lesson") : m_pace.describe());
    m_value->setToolTip(m_lesson ? tr("A lesson sets its own timing; the pace returns when it ends") : QString());
}

} // namespace ipcscope
