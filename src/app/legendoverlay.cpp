#include "legendoverlay.h"

#include "inventory.h"
#include "ringitem.h"
#include "semaphoreitem.h"
#include "tokenitem.h"
#include "workeritem.h"

#include "session/runtypes.h"
#include "session/scenebuilder.h"
#include "session/scenetext.h"

#include <QAction>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QWheelEvent>

namespace ipcscope {

namespace {

constexpr double kGap = 18;
constexpr double kLeast = 760; // narrower pages see it scaled down

// Words of the legend, wrapped to their width, in the scene's type.
class Words : public SceneItem {
public:
    Words(const QString &text, double width, TextRole role, bool bold)
        : m_text(text), m_width(width), m_role(role), m_bold(bold)
    {
    }
    QRectF boundingRect() const override { return QRectF(0, 0, m_width, height()); }
    double height() const
    {
        const QFont font = sceneFont(m_role, m_bold);
        return wrappedLines(m_text, font, m_width) * QFontMetricsF(font).lineSpacing() + 4;
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        beginTexts();
        const VisualStyle &s = VisualStyle::current();
        p->setRenderHint(QPainter::TextAntialiasing);
        drawWrapped(p, boundingRect(), Qt::AlignLeft | Qt::AlignTop, m_text, m_role, m_bold, s.text, s.background);
    }

private:
    QString m_text;
    double m_width;
    TextRole m_role;
    bool m_bold;
};

// A state's colour and outline, as a worker's box has them.
class Swatch : public SceneItem {
public:
    Swatch(const QString &state, const QString &name, double width) : m_state(state), m_name(name), m_width(width) {}
    QRectF boundingRect() const override { return QRectF(-4, -4, m_width + 8, height() + 8); }
    static double height() { return QFontMetricsF(sceneFont(TextRole::State, true)).height() + 12; }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        beginTexts();
        const VisualStyle &s = VisualStyle::current();
        p->setRenderHint(QPainter::Antialiasing);
        const QRectF box(0, 0, m_width, height());
        p->setPen(QPen(s.stateColour(m_state), 4 * s.lineScale, s.stateOutline(m_state)));
        p->setBrush(s.panel);
        p->drawRoundedRect(box, 10, 10);
        drawLine(p, box.adjusted(12, 0, -12, 0), Qt::AlignLeft, m_name, TextRole::State, true,
                 VisualStyle::readable(s.stateColour(m_state), s.panel), s.panel);
    }

private:
    QString m_state;
    QString m_name;
    double m_width;
};

// A worker as the scene model has it, its words from the very function the
// scene's words come from (stateText).
SceneWorker worker(const char *name, Role role, const QString &state, StateWord word, bool blocked, qint64 pid,
                   quint64 messages)
{
    WorkerSnapshot snapshot;
    snapshot.role = role;
    snapshot.state = word;
    snapshot.blocked = blocked;
    SceneWorker w;
    w.name = QLatin1String(name);
    w.role = role;
    w.pid = pid;
    w.state = state;
    w.text = stateText(snapshot, {"empty", "full"});
    w.messages = messages;
    return w;
}

} // namespace

LegendOverlay::LegendOverlay(QWidget *page, QAction *toggle)
    : QWidget(page), m_toggle(toggle), m_scene(new QGraphicsScene(this)), m_view(new QGraphicsView(m_scene, this))
{
    setObjectName(QStringLiteral("legend"));
    setFocusPolicy(Qt::StrongFocus);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setAttribute(Qt::WA_TransparentForMouseEvents);
    page->installEventFilter(this);
    hide();
    connect(toggle, &QAction::toggled, this, &QWidget::setVisible);
}

bool LegendOverlay::eventFilter(QObject *watched, QEvent *event)
{
    // Over the whole page, whatever its size; laid out anew for its width.
    if (watched == parent() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        if (isVisible())
            build();
    }
    return QWidget::eventFilter(watched, event);
}

void LegendOverlay::changeEvent(QEvent *event)
{
    // The language, the theme (a new palette) or the type (presentation)
    // changed while it is open: drawn again, as the scene is.
    const QEvent::Type type = event->type();
    if (isVisible() && (type == QEvent::LanguageChange || type == QEvent::PaletteChange || type == QEvent::FontChange))
        build();
    QWidget::changeEvent(event);
}

void LegendOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        m_toggle->setChecked(false);
        return;
    }
    // Taller than the page on the projector: it scrolls.
    QScrollBar *bar = m_view->verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Down:
        bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    case Qt::Key_Up:
        bar->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_PageUp:
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        return;
    case Qt::Key_Home:
        bar->triggerAction(QAbstractSlider::SliderToMinimum);
        return;
    case Qt::Key_End:
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void LegendOverlay::wheelEvent(QWheelEvent *event)
{
    // The view lets the mouse through (a click anywhere closes the legend).
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->value() - event->angleDelta().y() * bar->singleStep() / 40);
}

void LegendOverlay::mousePressEvent(QMouseEvent *)
{
    m_toggle->setChecked(false);
}

void LegendOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), VisualStyle::current().background);
}

void LegendOverlay::resizeEvent(QResizeEvent *)
{
    fit();
}

void LegendOverlay::showEvent(QShowEvent *)
{
    // In the theme, the language and the type of this moment.
    setGeometry(parentWidget()->rect());
    build();
    raise();
    setFocus();
}

void LegendOverlay::hideEvent(QHideEvent *)
{
    m_toggle->setChecked(false);
}

double LegendOverlay::leastScale()
{
    // On the projector every text that carries meaning stays on the floor
    // inventory.h names, even a line set down to its role's own floor to fit:
    // the legend then scrolls rather than shrinks under it.
    if (!VisualStyle::isLargeType())
        return 0;
    double smallest = sceneFloor(TextRole::State);
    for (TextRole role : {TextRole::Value, TextRole::Count, TextRole::Caption})
        smallest = std::min(smallest, sceneFloor(role));
    return kStateFloorPx / smallest;
}

QSizeF LegendOverlay::room() const
{
    // The view's, with a scroll bar's width kept for it wherever it may need one.
    const int bar = VisualStyle::isLargeType() ? style()->pixelMetric(QStyle::PM_ScrollBarExtent) : 0;
    return QSizeF(std::max(1, width() - 24 - bar), std::max(1, height() - 24));
}

void LegendOverlay::fit()
{
    m_view->setGeometry(rect().adjusted(12, 12, -12, -12));
    const QRectF drawn = m_scene->itemsBoundingRect().adjusted(-8, -8, 8, 8);
    const QSizeF page = room();
    const double whole = std::min(page.width() / drawn.width(), page.height() / drawn.height());
    // At most as wide as the page; taller than it only to stay on the floor.
    const double scale = std::min(page.width() / drawn.width(), std::max(whole, leastScale()));
    m_view->setTransform(QTransform::fromScale(scale, scale));
    m_view->setAlignment(Qt::AlignCenter);
    m_view->verticalScrollBar()->setSingleStep(QFontMetrics(font()).height() * 2);
}

void LegendOverlay::build()
{
    // As wide as the page in pixels, so that the scene's type shows at its
    // own size; where that makes it taller than the page, wider (its words
    // then take fewer lines), so that it is scaled down as little as can be
    // — and on the projector not under the floor: there it scrolls.
    const QSizeF page = room();
    const double least = leastScale();
    double wide = std::max(kLeast, page.width());
    for (int tries = 0; tries < 5; ++tries) {
        layOut(wide);
        const QRectF drawn = m_scene->itemsBoundingRect();
        if (drawn.height() / drawn.width() <= page.height() / page.width())
            break;
        if (least > 0 && page.width() / (wide * 1.25) < least) {
            // As wide as the floor allows, and scrolled.
            if (page.width() / wide > least)
                layOut(page.width() / least - 32); // its margins and the swatches' outlines
            break;
        }
        wide *= 1.25;
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-8, -8, 8, 8));
    fit();
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->minimum()); // from its top
}

void LegendOverlay::layOut(double width)
{
    // Three rows of three columns, so that on a 1024-pixel projector the
    // whole of it is on the page at the floor: the workers; the semaphore,
    // its wait line and a message; the ring and the colours the workers
    // above do not already show.
    const double column = (width - 2 * kGap) / 3;
    m_scene->clear();
    const VisualStyle &s = VisualStyle::current();
    m_view->setBackgroundBrush(s.background);
    double y = 0;
    const auto words = [this](const QString &text, double x, double top, double wide, TextRole role = TextRole::State,
                              bool bold = false) {
        auto *item = new Words(text, wide, role, bold);
        item->setPos(x, top);
        m_scene->addItem(item);
        return item->height();
    };
    y += words(tr("The scene, explained (F1 or Esc closes)"), 0, y, width, TextRole::Title, true) + 6;

    // The workers: a producer running, a consumer blocked (dashed), a
    // producer paused (dotted), as WorkerItem draws them.
    const SceneWorker workers[] = {
        worker("P1", Role::Producer, QStringLiteral("running"), {WorkerState::Running, Op::None, 0}, false, 4242, 6),
        worker("C1", Role::Consumer, QStringLiteral("blocked"), {WorkerState::InCall, Op::SemP, 1}, true, 4243, 5),
        worker("P2", Role::Producer, QStringLiteral("paused"), {WorkerState::Paused, Op::SemP, 0}, false, 4244, 3),
    };
    const QString about[] = {
        tr("Producer: a real process that sends. Solid outline: running."),
        tr("Consumer: a real process that receives. Dashed: blocked in the kernel."),
        tr("Dotted: paused before its next call (Pause, or a stepped pace)."),
    };
    const double workerHeight = WorkerItem::minimumHeight() + QFontMetricsF(sceneFont(TextRole::State, true)).height();
    double rowBottom = y;
    for (int i = 0; i < 3; ++i) {
        auto *item = new WorkerItem(workers[i], QSizeF(column - 8, workerHeight));
        item->setWorker(workers[i], true, 0);
        const double x = i * (column + kGap);
        item->setPos(x, y);
        m_scene->addItem(item);
        rowBottom = std::max(rowBottom, y + workerHeight + 4 + words(about[i], x, y + workerHeight + 4, column - 8));
    }
    y = rowBottom + kGap;

    // A semaphore with C1 asleep in P on it and V just done by P1; beside
    // it what it is, then the wait line as the scene draws it and a message
    // on its way.
    SceneSemaphore full;
    full.name = QStringLiteral("full");
    full.purpose = tr("filled slots");
    full.value = 0;
    full.waiters = 1;
    full.waiting = {QStringLiteral("C1")};
    auto *semaphore = new SemaphoreItem(full, QSizeF(column - 8, SemaphoreItem::preferredHeight()));
    semaphore->setSemaphore(full, true, true);
    semaphore->flash(QStringLiteral("V"), QStringLiteral("P1"));
    semaphore->setPos(0, y);
    m_scene->addItem(semaphore);
    const double right = column + kGap;
    const double wide = width - right;
    double below = y + words(tr("Semaphore: its value as the kernel reports it, and who waits on it. P takes one, "
                                "sleeping while it is 0; V gives one back and wakes a waiter (the card flashes)."),
                             right, y, wide) + 4;
    const double line = QFontMetricsF(sceneFont(TextRole::State)).lineSpacing();
    auto *token = new TokenItem(0, 7, QStringLiteral("#7"), s.producerColour(0), true);
    const double marks = token->boundingRect().width() + 12; // the wait line and the message, left of their words
    QPainterPath wait;
    wait.moveTo(right, below + line / 2);
    wait.cubicTo(right + marks / 3, below, right + 2 * marks / 3, below + line, right + marks - 12, below + line / 2);
    m_scene->addPath(wait, s.waitPen());
    below += words(tr("Wait line: from a worker asleep in P to it."), right + marks, below, wide - marks) + 4;
    token->setPos(right + token->boundingRect().width() / 2, below + line / 2);
    m_scene->addItem(token);
    below += words(tr("A message on its way, in its producer's colour."), right + marks, below, wide - marks);
    y = std::max(y + SemaphoreItem::preferredHeight(), below) + kGap;

    // The ring: slot 0 holds #5 (announced), slot 1 #6 (written, not yet
    // announced: hatched), head at 2, tail at 0.
    SceneRing ring;
    ring.head = 2;
    ring.tail = 0;
    ring.filled = 1;
    ring.cells.resize(6);
    for (int i = 0; i < 6; ++i)
        ring.cells[i].index = i;
    ring.cells[0] = {0, SceneSlot::State::Announced, 5, 0};
    ring.cells[1] = {1, SceneSlot::State::Written, 6, 0};
    auto *ringItem = new RingItem(QSizeF(column - 8, 10), 6);
    ringItem->setSize(QSizeF(column - 8, ringItem->minimumHeight(0)));
    ringItem->setReadings(tr("the ring of slots"), SceneText::ringFill(ring, true), {}, 1.0 / 6, true);
    ringItem->setRing(ring, true);
    ringItem->setPos(0, y);
    m_scene->addItem(ringItem);
    // What the ring's marks mean: the stages a Step shows, a slot written
    // (hatched) before its V(full) announces it (coloured).
    words(tr("Head: where the next message goes in; tail: where the next comes out. "
             "Coloured: announced (V(full) done); hatched: written, not yet announced."),
          column + kGap, y, column - 8);

    // The colours of the states the workers above do not show, each with
    // its outline.
    const std::pair<const char *, QString> states[] = {
        {"critical", tr("in its critical section")},
        {"done", tr("finished or not started")},
        {"failed", tr("failed or killed")},
    };
    for (int i = 0; i < 3; ++i) {
        auto *swatch = new Swatch(QLatin1String(states[i].first), states[i].second, column - 8);
        swatch->setPos(2 * (column + kGap), y + i * (Swatch::height() + 12));
        m_scene->addItem(swatch);
    }
}

} // namespace ipcscope
