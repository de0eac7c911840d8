#include "statusline.h"

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

} // namespace

StatusLine::StatusLine(QWidget *parent) : QStatusBar(parent), m_state(new StateLabel(this)), m_counter(new QLabel(this))
{
    // However long the state, it never widens the window past a 1024-pixel
    // projector: it is cut.
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_state->setObjectName(QStringLiteral("runStatus"));
    m_counter->setObjectName(QStringLiteral("counter"));
    addWidget(m_state, 1);
    addPermanentWidget(m_counter);
}

void StatusLine::setState(const QString &text)
{
    m_state->setText(text);
}

void StatusLine::setCounter(const QString &text)
{
    m_counter->setText(text);
}

QRect StatusLine::messageRoom() const
{
    // QStatusBar's own margins, the counter an em away.
    const int right = m_counter->isVisible() ? m_counter->x() - em(fontMetrics()) : width() - 12;
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
    if (m_counter->isVisible()) {
        QStyleOption frame;
        frame.rect = m_counter->geometry().adjusted(-2, -1, 2, 1);
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
        // A label's new text asks for a layout (its layout has run by now),
        // and QStatusBar answers by repainting itself whole, labels and all:
        // a second repaint of every sample's status. When nothing moved and
        // no height changed, the label has repainted its own text already.
        const std::tuple laidOut(m_state->geometry(), m_counter->geometry(), m_state->sizeHint().height(),
                                 m_counter->sizeHint().height());
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
