#include "statusline.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QStyleOption>
#include <QToolTip>

namespace ipcscope {

namespace {

int em(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(QLatin1Char('M'));
}

// Shows the whole text as the tooltip when `drawn` had to cut it.
bool toolTipIfCut(QEvent *event, QWidget *widget, const QString &text, const QString &drawn)
{
    auto *help = static_cast<QHelpEvent *>(event);
    if (drawn == text)
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, widget);
    return true;
}

// The state: a label that cuts its text with "…" an em short of its right
// edge (where the counter is), rather than at the edge mid-letter.
class StateLabel : public QLabel {
public:
    using QLabel::QLabel;

protected:
    QString drawn() const
    {
        return fontMetrics().elidedText(text(), Qt::ElideRight, contentsRect().width() - em(fontMetrics()));
    }
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setPen(palette().color(foregroundRole()));
        p.drawText(contentsRect(), Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, drawn());
    }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip)
            return toolTipIfCut(event, this, text(), drawn());
        return QLabel::event(event);
    }
};

// Holds one label, with no layout of its own: a label's new text asks its
// holder for a layout, not the status bar, and the holder passes it on only
// when the room its label needs grew or its height changed. Each sample's new
// counts laid the whole status bar out again (QLayout::activate, 6 % of the
// window's work at full speed), though nothing moved. Where the holder's
// width is the layout's to choose (the state), only its height is asked for;
// else it keeps the widest its label has needed since the font was set, so a
// count that gains a digit and loses it does not move the line to and fro.
class Holder : public QWidget {
public:
    Holder(QLabel *label, QWidget *parent) : QWidget(parent), m_label(label)
    {
        label->setParent(this);
        setSizePolicy(label->sizePolicy());
        refresh();
    }
    QSize sizeHint() const override { return m_hint; }
    QSize minimumSizeHint() const override { return m_minimum; }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange) {
            m_hint = m_minimum = QSize(); // a new font: what it needs is measured anew
            refresh();
        } else if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show) {
            // (A hidden holder is not told of its label's new text.)
            refresh();
        }
        return QWidget::event(event);
    }
    void resizeEvent(QResizeEvent *) override { m_label->setGeometry(rect()); }

private:
    void refresh()
    {
        QSize hint = m_label->sizeHint();
        QSize minimum = m_label->minimumSizeHint();
        if (sizePolicy().horizontalPolicy() == QSizePolicy::Ignored) {
            hint.setWidth(0);
            minimum.setWidth(0);
        } else {
            hint.setWidth(std::max(hint.width(), m_hint.width()));
            minimum.setWidth(std::max(minimum.width(), m_minimum.width()));
        }
        if (hint == m_hint && minimum == m_minimum)
            return;
        m_hint = hint;
        m_minimum = minimum;
        updateGeometry();
    }

    QLabel *m_label;
    QSize m_hint;
    QSize m_minimum;
};

} // namespace

StatusLine::StatusLine(QWidget *parent) : QStatusBar(parent), m_state(new StateLabel(this)), m_counter(new QLabel(this))
{
    // However long the state, it never widens the window past a 1024-pixel
    // projector: it is cut.
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_state->setObjectName(QStringLiteral("runStatus"));
    m_counter->setObjectName(QStringLiteral("counter"));
    m_stateHolder = new Holder(m_state, this);
    m_counterHolder = new Holder(m_counter, this);
    addWidget(m_stateHolder, 1);
    addPermanentWidget(m_counterHolder);
}

// A label whose new text needs more room posts its holder a layout request;
// delivered at once, the holder asks the status bar for room in the same
// turn of the event loop, not a turn later (until then a longer counter was
// drawn over the state's place).
void StatusLine::setState(const QString &text)
{
    m_state->setText(text);
    QCoreApplication::sendPostedEvents(m_stateHolder, QEvent::LayoutRequest);
}

void StatusLine::setCounter(const QString &text)
{
    m_counter->setText(text);
    QCoreApplication::sendPostedEvents(m_counterHolder, QEvent::LayoutRequest);
}

QRect StatusLine::messageRoom() const
{
    // QStatusBar's own margins, the counter an em away.
    const int right = m_counterHolder->isVisible() ? m_counterHolder->x() - em(fontMetrics()) : width() - 12;
    return QRect(6, 0, std::max(0, right - 6), height());
}

void StatusLine::paintEvent(QPaintEvent *event)
{
    const QString message = currentMessage();
    if (message.isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    // As QStatusBar paints a passing message (its panel, the counter's
    // frame), but cut to the room: it draws it to the counter's edge.
    QPainter p(this);
    QStyleOption panel;
    panel.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &panel, &p, this);
    if (m_counterHolder->isVisible()) {
        QStyleOption frame;
        frame.rect = m_counterHolder->geometry().adjusted(-2, -1, 2, 1);
        frame.palette = palette();
        frame.state = QStyle::State_None;
        style()->drawPrimitive(QStyle::PE_FrameStatusBarItem, &frame, &p, m_counter);
    }
    const QRect room = messageRoom();
    p.setPen(palette().windowText().color());
    p.drawText(room, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine,
               fontMetrics().elidedText(message, Qt::ElideRight, room.width()));
}

bool StatusLine::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest) {
        // A holder's new size asks for a layout (its layout has run by now),
        // and QStatusBar answers by repainting itself whole, labels and all.
        // When nothing moved and no height changed, the label has repainted
        // its own text already.
        const std::tuple laidOut(m_stateHolder->geometry(), m_counterHolder->geometry(),
                                 m_stateHolder->sizeHint().height(), m_counterHolder->sizeHint().height());
        if (laidOut == m_laidOut)
            return QWidget::event(event);
        m_laidOut = laidOut;
    }
    const QString message = currentMessage();
    if (event->type() == QEvent::ToolTip && !message.isEmpty())
        return toolTipIfCut(event, this, message,
                            fontMetrics().elidedText(message, Qt::ElideRight, messageRoom().width()));
    return QStatusBar::event(event);
}

} // namespace ipcscope
