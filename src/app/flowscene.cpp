#include "flowscene.h"

#include "fifoitem.h"
#include "session/mechanismcatalog.h"
#include "objectreadings.h"
#include "ringitem.h"
#include "semaphoreitem.h"
#include "session/formatter.h"
#include "signalitem.h"
#include "tokenflow.h"
#include "visualstyle.h"
#include "workeritem.h"

#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>

#include <cmath>

namespace ipcscope {

namespace {

// Logical scene units; the view scales the whole scene to fit. Compact, so
// that the text comes out large.
const QRectF kScene(0, 0, 1120, 600);
constexpr double kWorkerWidth = 220;
const QRectF kObject(290, 86, 540, 290);
constexpr double kSemaphoreTop = 396;
constexpr double kSemaphoreHeight = 96;
constexpr int kFrameMs = 25; // the scene animates at 40 frames a second, above the 30 it must keep

// Slow motion: few enough messages that each one can be followed.
constexpr double kSlowMotionRate = 20;

} // namespace

FlowScene::FlowScene(QObject *parent) : QGraphicsScene(parent)
{
    setSceneRect(kScene);
    setItemIndexMethod(QGraphicsScene::NoIndex); // items move every frame
    m_timer.setInterval(kFrameMs);
    connect(&m_timer, &QTimer::timeout, this, &FlowScene::animate);
    m_clock.start();
    restyle();
}

FlowScene::~FlowScene()
{
    m_tokens.reset();
}

void FlowScene::showNotice(const QString &text)
{
    setRun(nullptr);
    setSceneRect(kScene);
    // Wrapped and centred, as a lesson's notice runs to a few sentences; the
    // first paragraph of several is a heading (the lesson's title).
    QStringList paragraphs = text.split(QStringLiteral("\n\n"));
    for (QString &p : paragraphs)
        p = p.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (paragraphs.size() > 1)
        paragraphs.first() = QStringLiteral("<b>%1</b>").arg(paragraphs.first());
    m_notice = addText(QString(), sceneFont(18));
    m_notice->setHtml(QStringLiteral("<p align=center>") + paragraphs.join(QStringLiteral("</p><p align=center>")) +
                      QStringLiteral("</p>"));
    m_notice->setDefaultTextColor(VisualStyle::current().mutedText);
    m_notice->setTextWidth(kScene.width() * 0.8);
    m_notice->setPos(kScene.center() - m_notice->boundingRect().center());
}

int FlowScene::tokenCount() const
{
    return m_tokens ? m_tokens->tokenCount() : 0;
}

void FlowScene::restyle()
{
    setBackgroundBrush(VisualStyle::current().background);
    if (m_title)
        m_title->setBrush(VisualStyle::current().text);
    if (m_subtitle)
        m_subtitle->setBrush(VisualStyle::current().mutedText);
    if (m_calls)
        m_calls->setBrush(VisualStyle::current().mutedText);
    if (m_notice)
        m_notice->setDefaultTextColor(VisualStyle::current().mutedText);
    for (QGraphicsItem *item : items())
        item->update();
}

void FlowScene::setRun(const Run *run)
{
    m_tokens.reset();
    clear();
    m_workers.clear();
    m_semaphores.clear();
    m_flows.clear();
    m_waitLines.clear();
    m_object = nullptr;
    m_ring = nullptr;
    m_title = m_subtitle = m_calls = nullptr;
    m_notice = nullptr;
    m_history.clear();
    if (!run)
        return;
    m_scenario = run->scenario();
    m_params = run->objectParams();
    m_mechanism = run->mechanism();
    const MechanismText &text = mechanismText(m_scenario.mechanism);
    const VisualStyle &s = VisualStyle::current();

    m_title = addSimpleText(text.title, sceneFont(20, true));
    m_title->setBrush(s.text);
    m_title->setPos(20, 6);
    QString shape = tr("%n producer(s)", "", m_scenario.producers) + QStringLiteral(" → ") +
                    tr("%n consumer(s)", "", m_scenario.consumers);
    if (m_mechanism->info().takesSize)
        shape += QStringLiteral(" · ") + tr("%1 per message").arg(Formatter::bytes(m_scenario.size));
    shape +=
        QStringLiteral(" · ") +
        (m_scenario.rate > 0 ? tr("%1 per producer").arg(Formatter::messageRate(m_scenario.rate)) : tr("full speed"));
    m_subtitle = addSimpleText(shape, sceneFont(12));
    m_subtitle->setBrush(s.mutedText);
    m_subtitle->setPos(20, 40);
    m_calls = addSimpleText(text.calls, QFont(QStringLiteral("monospace"), 11));
    m_calls->setBrush(s.mutedText);
    m_calls->setPos(kScene.width() - 20 - m_calls->boundingRect().width(), 42);
    if (m_calls->pos().x() < m_subtitle->boundingRect().right() + 40)
        m_calls->hide(); // the side panel shows them anyway

    const QList<QPair<QString, QString>> sync = syncObjects(m_scenario.mechanism);
    const double objectTop = sync.isEmpty() ? 140 : kObject.top();
    const ObjectLayout layout = objectLayout(m_scenario, m_params);
    const QSizeF objectSize = kObject.size();
    switch (layout.look) {
    case ObjectLook::Ring:
        m_ring = new RingItem(objectSize, layout.cells);
        m_object = m_ring;
        break;
    case ObjectLook::Cells:
        m_object = new FifoItem(objectSize, FifoItem::Look::Cells, layout.cells);
        break;
    case ObjectLook::Tube:
        m_object = new FifoItem(objectSize, FifoItem::Look::Tube, layout.cells);
        break;
    case ObjectLook::PendingSignals:
        m_object = new SignalItem(objectSize, m_mechanism && !m_mechanism->info().lossy); // real-time ones queue
        break;
    }
    m_object->setPos(kObject.left(), objectTop);
    m_object->setReadings(layout.title, {}, -1);
    addItem(m_object);

    if (!sync.isEmpty()) {
        // The semaphores take the whole width between the two columns of workers.
        const double gap = 10;
        const double span = kScene.width() - 2 * (20 + kWorkerWidth + 16);
        const double width = std::min(200.0, (span - gap * (sync.size() - 1)) / sync.size());
        const double left = kObject.center().x() - (width * sync.size() + gap * (sync.size() - 1)) / 2;
        for (int i = 0; i < sync.size(); ++i) {
            auto *sem = new SemaphoreItem(sync[i].first, sync[i].second, QSizeF(width, kSemaphoreHeight));
            sem->setPos(left + i * (width + gap), kSemaphoreTop);
            addItem(sem);
            m_semaphores << sem;
        }
    }

    // Workers: producers on the left, consumers on the right.
    const auto column = [&](Role role, int count, double x) {
        const double top = 84;
        const double room = kScene.height() - top - 10;
        const double height = std::min(140.0, room / count - 12);
        const double y0 = top + (room - count * (height + 12)) / 2;
        for (int i = 0; i < count; ++i) {
            WorkerSnapshot w;
            w.role = role;
            w.index = i;
            w.slot = role == Role::Producer ? i : m_scenario.producers + i;
            auto *item = new WorkerItem(w, QSizeF(kWorkerWidth, height));
            item->setPos(x, y0 + i * (height + 12));
            addItem(item);
            m_workers << item;
        }
    };
    column(Role::Producer, m_scenario.producers, 20);
    column(Role::Consumer, m_scenario.consumers, kScene.width() - 20 - kWorkerWidth);
    m_messagesPerS.fill(0, m_workers.size());
    m_mbPerS.fill(0, m_workers.size());
    buildFlows();
    // The view fits what is drawn, not the room kept for eight workers: the
    // drawing comes out as large as the window allows.
    setSceneRect(itemsBoundingRect().adjusted(-12, -8, 12, 8) & kScene);

    m_tokens = std::make_unique<TokenFlow>(this, m_object, m_workers, m_scenario.producers, m_scenario.mechanism);
    const double total = m_scenario.rate * m_scenario.producers;
    m_tokens->setSlowMotion(m_scenario.rate > 0 && total <= kSlowMotionRate, total);
    m_lastTick = m_clock.elapsed();
    m_timer.start();
}

void FlowScene::buildFlows()
{
    for (WorkerItem *w : m_workers) {
        auto *flow = addPath(QPainterPath());
        flow->setZValue(-1);
        m_flows << flow;
        auto *wait = addPath(QPainterPath());
        wait->setZValue(-1);
        m_waitLines << wait;
        const bool producer = w->worker().role == Role::Producer;
        const QPointF a = producer ? w->outlet() : m_object->exit();
        const QPointF b = producer ? m_object->entry() : w->inlet();
        QPainterPath path(a);
        const double dx = (b.x() - a.x()) / 2;
        path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
        flow->setPath(path);
    }
}

void FlowScene::updateFlows(const RunSnapshot &)
{
    const VisualStyle &s = VisualStyle::current();
    for (int i = 0; i < m_workers.size(); ++i) {
        // Width grows with the logarithm of the rate: 1 msg/s and 1 000 000 msg/s
        // both stay on screen.
        const double width = (2 + 2.2 * std::log10(1 + m_messagesPerS[i])) * s.lineScale;
        QColor colour = m_workers[i]->worker().role == Role::Producer ? s.producer : s.consumer;
        colour.setAlpha(m_messagesPerS[i] > 0 ? 150 : 60);
        m_flows[i]->setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
    }
}

void FlowScene::updateWaitLines(const RunSnapshot &snap)
{
    const VisualStyle &s = VisualStyle::current();
    for (int i = 0; i < m_workers.size() && i < snap.workers.size(); ++i) {
        const WorkerSnapshot &w = snap.workers[i];
        const bool waits = w.blocked && w.state.state == WorkerState::InCall && w.state.object < m_semaphores.size() &&
                           (w.state.op == Op::SemP || w.state.op == Op::Lock || w.state.op == Op::CondWait);
        if (!waits) {
            m_waitLines[i]->setPath(QPainterPath());
            continue;
        }
        const QPointF from = m_workers[i]->centre();
        const QPointF to = m_semaphores[w.state.object]->anchor() + QPointF(0, kSemaphoreHeight / 2);
        QPainterPath path(from);
        path.quadTo(QPointF(from.x(), to.y()), to);
        m_waitLines[i]->setPath(path);
        m_waitLines[i]->setPen(QPen(s.blocked, 3 * s.lineScale, Qt::DashLine));
    }
}

void FlowScene::updateCaption(const RunSnapshot &snap)
{
    QStringList parts;
    const std::vector<std::string> &names = m_mechanism->info().syncObjects;
    for (const WorkerSnapshot &w : snap.workers) {
        const QString who =
            w.role == Role::Producer ? tr("Producer %1").arg(w.name()) : tr("Consumer %1").arg(w.name());
        if (w.blocked && w.state.state == WorkerState::InCall)
            parts << tr("%1 %2").arg(who, stateText(w, names));
        else if (w.state.state == WorkerState::Paused)
            parts << tr("%1 %2").arg(who, stateText(w, names));
        else if (w.state.state == WorkerState::Critical)
            parts << tr("%1 %2").arg(who, stateText(w, names));
    }
    if (parts.isEmpty())
        parts << tr("%1 messages sent, %2 received").arg(Formatter::count(snap.sent), Formatter::count(snap.received));
    m_caption = parts.join(QStringLiteral(" · "));
}

void FlowScene::update(const RunSnapshot &snap, const QVector<RunEvent> &events)
{
    if (!m_object || snap.workers.size() != m_workers.size())
        return;
    // Rates: what each worker did in the last second (before the start counts
    // as nothing done).
    Counts now{snap.elapsedS, {}, {}};
    for (const WorkerSnapshot &w : snap.workers) {
        now.messages << w.messages;
        now.bytes << w.bytes;
    }
    m_history << now;
    while (m_history.size() > 2 && now.tS - m_history[1].tS >= 1.0)
        m_history.removeFirst();
    const Counts &then = m_history.first();
    const double window = std::max(1.0, now.tS - then.tS);
    const std::vector<std::string> &names = m_mechanism->info().syncObjects;
    for (int i = 0; i < m_workers.size(); ++i) {
        const bool fromStart = then.tS >= now.tS; // the first snapshot: nothing before it
        m_messagesPerS[i] = double(now.messages[i] - (fromStart ? 0 : then.messages[i])) / window;
        m_mbPerS[i] = double(now.bytes[i] - (fromStart ? 0 : then.bytes[i])) / window / 1e6;
        m_workers[i]->update(snap.workers[i], stateText(snap.workers[i], names), m_messagesPerS[i], m_mbPerS[i]);
    }

    const ObjectState state = objectState(m_scenario, m_params, snap);
    m_object->setReadings(objectLayout(m_scenario, m_params).title, state.lines, state.fill);
    for (int i = 0; i < m_semaphores.size(); ++i) {
        const SyncObjectState sem = syncObjectState(m_scenario.mechanism, i, snap);
        m_semaphores[i]->setState(sem.value, sem.waiting, sem.waiters, sem.lastPid, sem.lastBy);
    }

    double total = 0;
    for (int i = 0; i < m_scenario.producers; ++i)
        total += m_messagesPerS[i];
    const bool paused = std::any_of(snap.workers.begin(), snap.workers.end(),
                                    [](const WorkerSnapshot &w) { return w.state.state == WorkerState::Paused; });
    m_tokens->setSlowMotion(paused || (m_scenario.rate > 0 && total <= kSlowMotionRate) || total < 5, total);
    // Events arrive grouped by worker; the animation needs them in the order
    // they happened.
    QVector<RunEvent> ordered = events;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const RunEvent &a, const RunEvent &b) { return a.event.tNs < b.event.tNs; });
    for (const RunEvent &e : ordered) {
        if (e.event.kind == EventKind::OpDone && e.event.place < m_semaphores.size())
            m_semaphores[e.event.place]->flash(QStringLiteral("%1").arg(opName(e.event.op)),
                                               snap.workers[e.slot].name());
        else
            m_tokens->onEvent(e);
    }
    if (m_mechanism && m_mechanism->info().scene == SceneKind::Signals && m_mechanism->info().lossy) {
        // At most one SIGUSR1 can be pending; more sent than received and
        // pending are merged. Counted only when two polls agree, as a
        // consumer's counter can trail its sigwaitinfo by a moment.
        const quint64 merged = snap.sent > snap.received + 1 ? snap.sent - snap.received - 1 : 0;
        m_tokens->setMerged(std::min(merged, m_lastMerged));
        m_lastMerged = merged;
    }
    if (m_ring) {
        m_ring->setHeadTail(state.head >= 0 ? state.head : m_tokens->head(),
                            state.tail >= 0 ? state.tail : m_tokens->tail());
        m_ring->setFilled(state.filledSlots);
    }
    updateFlows(snap);
    updateWaitLines(snap);
    updateCaption(snap);
}

void FlowScene::animate()
{
    const qint64 now = m_clock.elapsed();
    const double dt = std::min(0.1, double(now - m_lastTick) / 1000.0);
    m_lastTick = now;
    if (m_tokens)
        m_tokens->advance(dt);
    for (SemaphoreItem *s : m_semaphores)
        s->advance(dt);
}

} // namespace ipcscope
