#include "timelinepainter.h"

#include "visualstyle.h"

#include "session/formatter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ipcscope {

namespace {

constexpr double kSpacing = 4;
constexpr int kLegendRows = 3;
constexpr int kStepsLabelled = 40; // semaphore values written while this few are in view

const TimelineState kLegendStates[] = {TimelineState::Running, TimelineState::InCall, TimelineState::Blocked,
                                       TimelineState::Critical, TimelineState::Held,   TimelineState::Paced,
                                       TimelineState::Exited};

QColor fillOf(TimelineState state)
{
    const VisualStyle &s = VisualStyle::current();
    QColor c;
    switch (state) {
    case TimelineState::Running:
        c = s.running;
        c.setAlpha(90);
        return c;
    case TimelineState::InCall:
        return s.running;
    case TimelineState::Blocked:
        return s.blocked;
    case TimelineState::Critical:
        return s.critical;
    case TimelineState::Held:
        return s.paused;
    case TimelineState::Paced:
        c = s.mutedText;
        c.setAlpha(80);
        return c;
    case TimelineState::Exited:
    case TimelineState::Starting:
        c = s.done;
        c.setAlpha(45);
        return c;
    }
    return s.done;
}

QBrush hatch()
{
    QColor c = VisualStyle::current().text;
    c.setAlpha(110); // over the states, not instead of them
    return QBrush(c, Qt::BDiagPattern);
}

// 1, 2 or 5 times a power of ten: about `ticks` steps over `span`.
double niceStep(double span, double ticks)
{
    const double raw = span / std::max(1.0, ticks);
    const double magnitude = std::pow(10, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    return magnitude * (norm < 1.5 ? 1 : norm < 3.5 ? 2 : norm < 7.5 ? 5 : 10);
}

} // namespace

TimelinePainter::TimelinePainter(const TimelineModel &model, double fromS, double toS, std::optional<double> cursorS,
                                 const QFont &font)
    : m_model(model), m_fromS(fromS), m_toS(std::max(toS, fromS + 1e-9)), m_cursorS(cursorS), m_font(font)
{
    const QFontMetricsF fm(font);
    m_lineHeight = int(std::ceil(fm.height()));
    m_laneHeight = m_lineHeight + 12;
    m_laneGap = m_lineHeight; // room for the arrows between lanes to be seen
    m_semaphoreHeight = m_lineHeight * 2 + 8;
    double label = 0;
    for (const TimelineLane &lane : model.lanes())
        label = std::max(label, fm.horizontalAdvance(lane.name));
    for (const TimelineSemaphore &s : model.semaphores())
        label = std::max(label, fm.horizontalAdvance(s.name));
    m_labelWidth = int(label) + 16;
}

int TimelinePainter::heightFor(const TimelineModel &model, const QFont &font)
{
    const TimelinePainter p(model, 0, 1, std::nullopt, font);
    return int((kLegendRows + 1) * (p.m_lineHeight + 6) + model.lanes().size() * (p.m_laneHeight + p.m_laneGap) + 8 +
               model.semaphores().size() * (p.m_semaphoreHeight + kSpacing) + 8);
}

QString TimelinePainter::stateText(TimelineState state)
{
    switch (state) {
    case TimelineState::Starting:
        return tr("starting");
    case TimelineState::Running:
        return tr("between calls");
    case TimelineState::InCall:
        return tr("in a call");
    case TimelineState::Blocked:
        return tr("blocked");
    case TimelineState::Critical:
        return tr("holding a lock");
    case TimelineState::Held:
        return tr("held");
    case TimelineState::Paced:
        return tr("paced");
    case TimelineState::Exited:
        return tr("exited");
    }
    return {};
}

QRectF TimelinePainter::plotRect(const QRectF &rect) const
{
    const double top = rect.top() + (kLegendRows + 1) * (m_lineHeight + 6);
    return QRectF(rect.left() + m_labelWidth, top, std::max(10.0, rect.width() - m_labelWidth - 12),
                  std::max(0.0, rect.bottom() - top - 4));
}

double TimelinePainter::xOf(double tS, const QRectF &plot) const
{
    return plot.left() + (tS - m_fromS) / (m_toS - m_fromS) * plot.width();
}

double TimelinePainter::timeAt(double x, const QRectF &plot) const
{
    return m_fromS + (x - plot.left()) / plot.width() * (m_toS - m_fromS);
}

double TimelinePainter::laneTop(int lane, const QRectF &plot) const
{
    return plot.top() + lane * (m_laneHeight + m_laneGap);
}

int TimelinePainter::laneAt(double y, const QRectF &plot) const
{
    if (y < plot.top())
        return -1;
    const int lane = int((y - plot.top()) / (m_laneHeight + m_laneGap));
    return lane < m_model.lanes().size() && y < laneTop(lane, plot) + m_laneHeight ? lane : -1;
}

TimelinePainter::Drawn TimelinePainter::paint(QPainter &p, const QRectF &rect) const
{
    const VisualStyle &style = VisualStyle::current();
    Drawn drawn;
    p.save();
    p.setFont(m_font);
    p.fillRect(rect, style.background);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_model.isEmpty()) {
        p.setPen(style.mutedText);
        p.drawText(rect.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No run yet: the timeline follows a run as it goes, or shows the recording being replayed."));
        p.restore();
        return drawn;
    }
    const QRectF plot = plotRect(rect);
    paintAxis(p, rect, plot);
    paintLanes(p, rect, plot, drawn);
    paintSemaphores(p, rect, plot, drawn);
    p.save();
    p.setClipRect(plot.adjusted(0, 0, 1, 0));
    paintArrows(p, plot, drawn);
    if (m_cursorS && *m_cursorS >= m_fromS && *m_cursorS <= m_toS) {
        p.setPen(QPen(style.warning, 2));
        const double x = xOf(*m_cursorS, plot);
        p.drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom()));
    }
    p.restore();
    paintLegend(p, rect, drawn);
    p.restore();
    return drawn;
}

void TimelinePainter::paintAxis(QPainter &p, const QRectF &rect, const QRectF &plot) const
{
    const VisualStyle &style = VisualStyle::current();
    const double axisTop = rect.top() + kLegendRows * (m_lineHeight + 6);
    const double step = niceStep(m_toS - m_fromS, plot.width() / 110);
    QColor grid = style.line;
    grid.setAlpha(60);
    for (double t = std::ceil(m_fromS / step) * step; t <= m_toS + step * 1e-6; t += step) {
        const double x = xOf(t, plot);
        p.setPen(grid);
        p.drawLine(QPointF(x, plot.top() - 3), QPointF(x, plot.bottom()));
        p.setPen(style.mutedText);
        const QString label = Formatter::duration(std::abs(t) < step * 1e-6 ? 0 : t);
        QRectF box(x - 60, axisTop, 120, m_lineHeight + 4);
        Qt::Alignment align = Qt::AlignHCenter;
        if (box.right() > rect.right()) { // the last tick's label stays whole, right-aligned
            box.moveRight(rect.right() - 2);
            align = Qt::AlignRight;
        }
        p.drawText(box, align | Qt::AlignBottom, label);
    }
}

void TimelinePainter::paintLanes(QPainter &p, const QRectF &rect, const QRectF &plot, Drawn &drawn) const
{
    const VisualStyle &style = VisualStyle::current();
    const QFontMetricsF fm(m_font);
    for (int i = 0; i < m_model.lanes().size(); ++i) {
        const TimelineLane &lane = m_model.lanes().at(i);
        const double top = laneTop(i, plot);
        QFont bold = m_font;
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(VisualStyle::readable(lane.role == Role::Producer ? style.producer : style.consumer,
                                       style.background));
        p.drawText(QRectF(rect.left() + 6, top, m_labelWidth - 10, m_laneHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   lane.name);
        p.setFont(m_font);
        QColor ground = style.line;
        ground.setAlpha(30);
        p.fillRect(QRectF(plot.left(), top, plot.width(), m_laneHeight), ground);
        p.save();
        p.setClipRect(QRectF(plot.left(), top, plot.width() + 1, m_laneHeight));
        // Only the intervals in view (they are in time order), and one per
        // pixel column: a whole long run costs the width, not its length.
        const auto first = std::lower_bound(lane.intervals.cbegin(), lane.intervals.cend(), m_fromS,
                                            [](const TimelineInterval &iv, double t) { return iv.endS < t; });
        double covered = -1;
        for (auto it = first; it != lane.intervals.cend() && it->startS <= m_toS; ++it) {
            const TimelineInterval &iv = *it;
            const double x0 = xOf(iv.startS, plot);
            const double x1 = std::max(x0 + 1, xOf(iv.endS, plot));
            if (x1 < covered + 1)
                continue; // less than a pixel past what is drawn
            covered = x1;
            // Full height: exact (every worker at rest); thin: as a sample caught it at speed.
            const double h = iv.exact ? m_laneHeight - 4 : (m_laneHeight - 4) * 0.7;
            const QRectF box(x0, top + (m_laneHeight - h) / 2, x1 - x0, h);
            if (iv.state == TimelineState::Exited) {
                p.setPen(QPen(style.mutedText, 1, Qt::DotLine));
                p.drawLine(QPointF(x0, box.center().y()), QPointF(x1, box.center().y()));
                continue;
            }
            p.fillRect(box, fillOf(iv.state));
            const QString text = !iv.call.isEmpty() ? iv.call : QString();
            if (!text.isEmpty() && fm.horizontalAdvance(text) + 6 < box.width()) {
                p.setPen(VisualStyle::inkOn(fillOf(iv.state)));
                p.drawText(box, Qt::AlignCenter, text);
            }
        }
        const auto firstGap = std::lower_bound(lane.gaps.cbegin(), lane.gaps.cend(), m_fromS,
                                               [](const TimelineGap &g, double t) { return g.toS < t; });
        for (auto g = firstGap; g != lane.gaps.cend() && g->fromS <= m_toS; ++g) {
            const double x0 = xOf(g->fromS, plot);
            p.fillRect(QRectF(x0, top, std::max(2.0, xOf(g->toS, plot) - x0), m_laneHeight), hatch());
        }
        p.restore();
        ++drawn.lanes;
    }
}

void TimelinePainter::paintArrows(QPainter &p, const QRectF &plot, Drawn &drawn) const
{
    const VisualStyle &style = VisualStyle::current();
    const QFontMetricsF fm(m_font);
    // By their sends: those sent in view, and those sent before it and not
    // yet received when it begins.
    const QVector<TimelineMessage> &all = m_model.messages();
    const auto first = std::lower_bound(all.cbegin(), all.cend(), m_fromS - m_model.longestFlightS(),
                                        [](const TimelineMessage &m, double t) { return m.sentS < t; });
    QVector<const TimelineMessage *> inView;
    for (auto it = first; it != all.cend() && it->sentS <= m_toS; ++it)
        if (it->receivedS >= m_fromS)
            inView.append(&*it);
    drawn.everyNth = int((inView.size() + kMaxArrows - 1) / kMaxArrows);
    drawn.everyNth = std::max(1, drawn.everyNth);
    const bool numbering = inView.size() <= kNumbered;
    QVector<QRectF> labels; // the numbers written so far: none covers another
    for (int i = 0; i < inView.size(); i += drawn.everyNth) {
        const TimelineMessage &m = *inView.at(i);
        const QPointF from(xOf(m.sentS, plot), laneTop(m.fromLane, plot) + m_laneHeight / 2.0);
        const QPointF to(xOf(m.receivedS, plot), laneTop(m.toLane, plot) + m_laneHeight / 2.0);
        const QColor colour = VisualStyle::readable(style.producerColour(m.producer), style.background);
        p.setPen(QPen(colour, 1.3 * style.lineScale));
        p.drawLine(from, to);
        // The head: two short strokes back from the receive.
        const QLineF back(to, from);
        if (back.length() > 1) {
            QLineF wing = back;
            wing.setLength(7);
            QLineF left = wing, right = wing;
            left.setAngle(back.angle() + 25);
            right.setAngle(back.angle() - 25);
            QPainterPath head(left.p2());
            head.lineTo(to);
            head.lineTo(right.p2());
            head.closeSubpath();
            p.fillPath(head, colour);
        }
        ++drawn.arrows;
        if (!numbering)
            continue;
        // Beside the send, on the side the arrow leaves from.
        const QString text = QStringLiteral("#%1").arg(m.seq);
        const double y = to.y() > from.y() ? from.y() + 2 : from.y() - 2 - m_lineHeight;
        const QRectF label(from.x() + 3, y, fm.horizontalAdvance(text) + 2, m_lineHeight);
        if (std::any_of(labels.cbegin(), labels.cend(), [&](const QRectF &r) { return r.intersects(label); }))
            continue;
        labels.append(label);
        p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, text);
        ++drawn.numbered;
    }
}

void TimelinePainter::paintSemaphores(QPainter &p, const QRectF &rect, const QRectF &plot, Drawn &drawn) const
{
    const VisualStyle &style = VisualStyle::current();
    double top = laneTop(int(m_model.lanes().size()), plot) - m_laneGap + 8;
    for (const TimelineSemaphore &s : m_model.semaphores()) {
        const QRectF band(plot.left(), top, plot.width(), m_semaphoreHeight);
        p.setPen(style.text);
        p.drawText(QRectF(rect.left() + 6, top, m_labelWidth - 10, m_semaphoreHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, s.name);
        p.setPen(QPen(style.line, 1));
        p.drawLine(band.bottomLeft(), band.bottomRight());
        // The value's height: 0 on the band's foot, the highest value reached at its head.
        const double unit = (band.height() - m_lineHeight - 4) / double(std::max<qint64>(1, s.maxValue));
        // The steps in view: from the one holding at the view's start.
        const auto byTime = [](double t, const TimelineStep &step) { return t < step.tS; };
        const int firstStep =
            std::max(0, int(std::upper_bound(s.steps.cbegin(), s.steps.cend(), m_fromS, byTime) - s.steps.cbegin()) - 1);
        const int endStep = int(std::upper_bound(s.steps.cbegin(), s.steps.cend(), m_toS, byTime) - s.steps.cbegin());
        const int inView = endStep - firstStep;
        p.save();
        p.setClipRect(band.adjusted(0, -2, 1, 2));
        QPointF previous;
        bool joined = false;
        for (int i = firstStep; i < endStep; ++i) {
            const TimelineStep &step = s.steps.at(i);
            const double endS = i + 1 < s.steps.size() ? s.steps.at(i + 1).tS : m_model.endS();
            if (step.value < 0) { // unknown: no line, not even a joining one
                joined = false;
                continue;
            }
            const double y = band.bottom() - 1 - step.value * unit;
            const QPointF start(xOf(step.tS, plot), y);
            const QPointF end(xOf(endS, plot), y);
            QColor level = style.critical;
            level.setAlpha(45);
            p.fillRect(QRectF(start, QPointF(end.x(), band.bottom())), level);
            p.setPen(QPen(style.text, 1.5 * style.lineScale));
            if (joined)
                p.drawLine(previous, start);
            p.drawLine(start, end);
            if (inView <= kStepsLabelled && endS >= m_fromS && step.tS <= m_toS) {
                p.setPen(style.mutedText);
                p.drawText(QPointF(std::max(start.x(), plot.left()) + 2, y - 3), Formatter::count(step.value));
            }
            previous = end;
            joined = true;
        }
        p.restore();
        top += m_semaphoreHeight + kSpacing;
        ++drawn.semaphores;
    }
}

void TimelinePainter::paintLegend(QPainter &p, const QRectF &rect, Drawn &drawn) const
{
    const VisualStyle &style = VisualStyle::current();
    const QFontMetricsF fm(m_font);
    const double swatch = m_lineHeight * 0.8;
    double x = rect.left() + 6;
    double y = rect.top() + 3;
    p.setPen(style.text);
    for (const TimelineState state : kLegendStates) {
        const QString text = stateText(state);
        if (state == TimelineState::Exited) {
            p.setPen(QPen(style.mutedText, 1, Qt::DotLine));
            p.drawLine(QPointF(x, y + m_lineHeight / 2.0), QPointF(x + swatch, y + m_lineHeight / 2.0));
        } else {
            p.fillRect(QRectF(x, y + (m_lineHeight - swatch) / 2, swatch, swatch), fillOf(state));
        }
        p.setPen(style.text);
        p.drawText(QPointF(x + swatch + 4, y + fm.ascent()), text);
        x += swatch + 4 + fm.horizontalAdvance(text) + 14;
    }
    // A row each for what is a sample and what is missing: long in any language.
    x = rect.left() + 6;
    y += m_lineHeight + 6;
    p.fillRect(QRectF(x, y + m_lineHeight * 0.3, swatch, m_lineHeight * 0.4), fillOf(TimelineState::InCall));
    p.setPen(style.mutedText);
    p.drawText(QPointF(x + swatch + 4, y + fm.ascent()),
               tr("thin: the state as a sample caught it at speed; full: exact, at rest"));
    y += m_lineHeight + 6;
    QStringList &notes = drawn.notes;
    if (m_model.isSampled()) {
        p.fillRect(QRectF(x, y, swatch, m_lineHeight), hatch());
        notes << (m_model.sampledOneIn() > 1 ? tr("sampled: 1 in %1").arg(Formatter::count(m_model.sampledOneIn()))
                                             : tr("sampled"))
              << tr("events not recorded: an arrow only where both ends were");
        drawn.sampled = true;
    }
    if (m_model.messages().isEmpty() && m_model.sends() + m_model.receives() > 0)
        notes << tr("no arrows: of %1 sends and %2 receives recorded, none are of one message")
                     .arg(Formatter::count(m_model.sends()), Formatter::count(m_model.receives()));
    if (drawn.everyNth > 1)
        notes << tr("one arrow in %1 drawn").arg(Formatter::count(drawn.everyNth));
    p.drawText(QPointF(x + swatch + 4, y + fm.ascent()), notes.join(QStringLiteral("; ")));
}

} // namespace ipcscope
