#include "flowscene.h"

#include "fifoitem.h"
#include "labelitem.h"
#include "noticeitem.h"
#include "ringitem.h"
#include "sceneitem.h"
#include "semaphoreitem.h"
#include "signalitem.h"
#include "tokenflow.h"
#include "tokenitem.h"
#include "visualstyle.h"
#include "workeritem.h"

#include "session/mechanismcatalog.h"
#include "session/scenepreview.h"
#include "session/scenetext.h"

#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QScopeGuard>

#include <cmath>

namespace ipcscope {

namespace {

constexpr int kFrameMs = 25; // the scene animates at 40 frames a second, above the 30 it must keep
// Slow motion: few enough messages that each one can be followed.
constexpr double kSlowMotionRate = 20;

// Type for a projector is made for a narrower scene: the view scales it up.
double referenceWidth()
{
    return VisualStyle::isLargeType() ? 980 : 1120;
}

} // namespace

FlowScene::FlowScene(QObject *parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::NoIndex); // items move every frame
    m_timer.setInterval(kFrameMs);
    // A named child, so that a test can put the steps off and take them by
    // hand (frame()), counting what a step draws whatever the clock does.
    m_timer.setParent(this);
    m_timer.setObjectName(QStringLiteral("animationSteps"));
    connect(&m_timer, &QTimer::timeout, this, &FlowScene::animate);
    m_clock.start();
    restyle();
}

FlowScene::~FlowScene()
{
    m_tokens.reset();
}

int FlowScene::tokenCount() const
{
    return m_tokens ? m_tokens->tokenCount() : 0;
}

int FlowScene::restingTokenCount() const
{
    return m_tokens ? m_tokens->restingCount() : 0;
}

void FlowScene::clearScene()
{
    disconnect(m_finished);
    m_timer.stop();
    m_tokens.reset();
    clear();
    m_workers.clear();
    m_roles.clear();
    m_semaphores.clear();
    m_flows.clear();
    m_waitLines.clear();
    m_object = nullptr;
    m_ring = nullptr;
    m_fifo = nullptr;
    m_title = m_subtitle = m_picture = nullptr;
    m_notice = nullptr;
    m_lesson.reset();
    m_mechanism = nullptr;
    m_model = SceneModel();
    m_history.clear();
    m_caption.clear();
}

void FlowScene::showNotice(const QString &text, const QString &verdict, bool ok)
{
    clearScene();
    m_notice = new NoticeItem;
    m_notice->setNotice(text, verdict, ok);
    addItem(m_notice);
    relayout();
}

void FlowScene::showLesson(const LessonPicture &picture, const QString &caption)
{
    clearScene();
    m_lesson = picture;
    m_caption = !caption.isEmpty()           ? caption
                : !picture.model.part.empty() ? lessonWords(picture.model.part)
                                              : picture.title;
    relayout();
}

void FlowScene::setPace(const Pace &pace)
{
    m_pace = pace;
    if (m_subtitle && m_mechanism)
        m_subtitle->setText(SceneText::shape(countOf(Role::Producer), countOf(Role::Consumer), m_scenario.size,
                                             m_mechanism->info().takesSize, m_pace));
}

void FlowScene::restyle()
{
    setBackgroundBrush(VisualStyle::current().background);
    relayout(); // the type may have changed size
    for (QGraphicsItem *item : items())
        item->update();
    updateFlows();
    updateWaitLines();
}

void FlowScene::setRun(const Run *run)
{
    clearScene();
    if (!run)
        return;
    build(run->scenario(), *run->mechanism());
    // Until its first sample: the run's workers starting, in the model the
    // cards are drawn from (a side-by-side lane's header reads it too).
    update(startingScene(run->scenario(), *run->mechanism()), {});
    // Its last picture, once its objects are gone.
    m_finished = connect(run, &Run::finished, this, [this, run] {
        update(run->scene(), {});
        emit endDrawn();
    });
    m_timer.start();
}

void FlowScene::preview(const Scenario &scenario)
{
    const Mechanism *mechanism = findMechanism(scenario.mechanism.toStdString());
    clearScene();
    if (!mechanism)
        return;
    build(scenario, *mechanism);
    update(previewScene(scenario, *mechanism), {});
}

void FlowScene::build(const Scenario &scenario, const Mechanism &mechanism)
{
    m_scenario = scenario;
    m_mechanism = &mechanism;
    const MechanismInfo &info = mechanism.info();
    const SceneModel initial = previewScene(scenario, mechanism);

    m_title = new LabelItem(TextRole::Title, true, false);
    m_title->setText(mechanismText(scenario.mechanism).title);
    m_subtitle = new LabelItem(TextRole::Label, false, true);
    m_picture = new LabelItem(TextRole::Label, false, true);
    for (LabelItem *label : {m_title, m_subtitle, m_picture})
        addItem(label);
    setPace(m_pace);

    const QSizeF some(400, 200);
    switch (info.scene) {
    case SceneKind::Ring:
        m_object = m_ring = new RingItem(some, scenario.ringSlots);
        break;
    case SceneKind::Queue:
        m_object = m_fifo = new FifoItem(QStringLiteral("queue"), some, FifoItem::Look::Cells, 10);
        break;
    case SceneKind::Datagrams:
        m_object = m_fifo = new FifoItem(QStringLiteral("socket"), some, FifoItem::Look::Cells, 10);
        break;
    case SceneKind::Stream:
        m_object = m_fifo =
            new FifoItem(info.group == Group::PipesAndFifos ? QStringLiteral("pipe") : QStringLiteral("socket"), some,
                         FifoItem::Look::Tube, std::clamp(65536 / std::max(scenario.size, 1), 1, 12));
        break;
    case SceneKind::Signals:
        m_object = new SignalItem(some, !info.lossy); // real-time ones queue
        break;
    }
    addItem(m_object);
    for (const SceneSemaphore &sem : initial.semaphores) {
        auto *item = new SemaphoreItem(sem, QSizeF(200, 100));
        addItem(item);
        m_semaphores << item;
    }
    for (const SceneWorker &w : initial.workers)
        addWorker(w);
    m_messagesPerS.fill(0, m_workers.size());
    m_tokens = std::make_unique<TokenFlow>(
        this, m_object, info, [this](int slot) { return isProducer(slot); }, [this](int slot) { return lane(slot); });
    m_lastMerged = 0;
    m_lastTick = m_clock.elapsed();
    relayout();
}

void FlowScene::addWorker(const SceneWorker &worker)
{
    auto *item = new WorkerItem(worker, QSizeF(200, 100));
    addItem(item);
    m_workers << item;
    m_roles << worker.role;
    auto *flow = addPath(QPainterPath());
    flow->setZValue(-2);
    m_flows << flow;
    auto *wait = addPath(QPainterPath());
    wait->setZValue(-1);
    m_waitLines << wait;
}

bool FlowScene::isProducer(int slot) const
{
    return slot < m_roles.size() ? m_roles[slot] == Role::Producer : slot < m_scenario.producers;
}

int FlowScene::countOf(Role role) const
{
    if (m_roles.isEmpty())
        return role == Role::Producer ? m_scenario.producers : m_scenario.consumers;
    return int(m_roles.count(role));
}

int FlowScene::layoutIndex(int slot) const
{
    const Role role = m_roles[slot];
    int at = role == Role::Producer ? 0 : countOf(Role::Producer);
    for (int i = 0; i < slot; ++i)
        at += m_roles[i] == role ? 1 : 0;
    return at;
}

void FlowScene::setCompact(bool compact)
{
    m_compact = compact;
    relayout();
}

double FlowScene::typeWidth() const
{
    // A compact scene holds a worker, its lane and the object in 0.635 of
    // the width: the cards narrower, their words wrapped, the type as large.
    // On the projector that is a quarter of 1024 px with its state at the
    // floor (20 px of 25) and the widest words of its object whole.
    return referenceWidth() * (m_compact ? 0.635 : 1);
}

void FlowScene::setViewSize(QSizeF size)
{
    if (size == m_viewSize)
        return;
    const bool wider = size.width() != m_viewSize.width();
    m_viewSize = size;
    relayout();
    if (wider)
        emit shapeChanged(); // the height it needs follows its width
}

double FlowScene::scaleIn(QSizeF view) const
{
    return layOutFlow(m_shape, view).scale;
}

void FlowScene::relayout()
{
    FlowShape shape;
    // Said once the layout below has what it holds.
    const auto changed = qScopeGuard([this, &shape] {
        if (shape == m_shape)
            return;
        m_shape = shape;
        emit shapeChanged();
    });
    shape.referenceWidth = typeWidth();
    const QFontMetricsF title(sceneFont(TextRole::Title, true));
    const QFontMetricsF label(sceneFont(TextRole::Label));
    shape.titleHeight = m_compact ? 0 : title.height() + 4;
    shape.subtitleHeight = m_compact ? 0 : label.height() + 4;
    if (m_compact) {
        // The cards' words wrap rather than shrink; the lanes need only
        // room for a token; on a large screen, the scene widens.
        shape.workerShare = 0.29;
        shape.laneShare = 0.04;
        shape.leastWorkerWidth = 170;
        shape.leastLaneWidth = 24;
        shape.mostScale = 1.1;
        shape.waitRoom = 16;
        shape.objectGrowth = 3; // its depth wraps on the lines it needs
    }
    if (m_lesson) {
        // Drawn afresh: its items hold no state of their own.
        LessonPicture picture = *m_lesson;
        const QString caption = m_caption;
        clear();
        m_lesson = picture;
        m_caption = caption;
        // On the projector the caption above the scene says the part: once is enough.
        picture.partInScene = !VisualStyle::isLargeType() || caption != lessonWords(picture.model.part);
        setSceneRect(picture.draw(this, m_viewSize, referenceWidth()));
        return;
    }
    if (m_notice) {
        // A notice fills the middle of the view, as wide as reads well.
        shape.producers = shape.consumers = 0;
        shape.titleHeight = shape.subtitleHeight = 0;
        m_notice->setWidth(referenceWidth() * 0.86);
        shape.objectHeight = m_notice->height() + 40;
        m_geometry = layOutFlow(shape, m_viewSize);
        setSceneRect(m_geometry.scene);
        m_notice->setWidth(std::min(m_geometry.scene.width() - 40, referenceWidth() * 1.1));
        m_notice->setPos(m_geometry.scene.center() - m_notice->boundingRect().center());
        return;
    }
    if (!m_object) {
        m_geometry = layOutFlow(shape, m_viewSize);
        setSceneRect(m_geometry.scene);
        return;
    }
    shape.producers = countOf(Role::Producer);
    shape.consumers = countOf(Role::Consumer);
    shape.semaphores = int(m_semaphores.size());
    shape.workerHeight = WorkerItem::minimumHeight();
    // A compact scene keeps the state, the counts and the object's depth and
    // spares what each semaphore is for and the object's line of its
    // kernel's (shown where the height allows). The full scene keeps that
    // line: a lower ring has no room for its head and tail.
    shape.objectHeight = m_object->minimumHeight(m_compact ? 0 : 1);
    shape.semaphoreHeight = SemaphoreItem::preferredHeight(!m_compact);
    for (SemaphoreItem *semaphore : m_semaphores)
        semaphore->setPurposeShown(!m_compact);
    m_geometry = layOutFlow(shape, m_viewSize);
    const FlowGeometry &g = m_geometry;
    setSceneRect(g.scene);

    for (LabelItem *label : {m_title, m_subtitle, m_picture})
        label->setVisible(!m_compact);
    relayoutTitleRow();
    m_subtitle->setPos(g.subtitle.topLeft());
    m_subtitle->setWidth(g.subtitle.width());

    for (int i = 0; i < m_workers.size(); ++i) {
        const int at = layoutIndex(i);
        if (at >= g.workers.size())
            continue;
        m_workers[i]->setPos(g.workers[at].topLeft());
        m_workers[i]->setSize(g.workers[at].size());
    }
    m_object->setPos(g.object.topLeft());
    m_object->setSize(g.object.size());
    for (int i = 0; i < m_semaphores.size(); ++i) {
        m_semaphores[i]->setPos(g.semaphores[i].topLeft());
        m_semaphores[i]->setSize(g.semaphores[i].size());
    }
    // The lanes: from each card's side to the object's frame, a token's
    // half-width clear of both.
    const double tokenWidth = std::min(120.0, g.laneWidth - 8);
    m_tokens->clear();
    m_tokens->setTokenWidth(tokenWidth);
    for (int i = 0; i < m_workers.size(); ++i) {
        const QList<QPointF> points = lane(i);
        QPainterPath path(points.first());
        for (int k = 1; k < points.size(); ++k)
            path.lineTo(points[k]);
        // The flow line reaches the card and the frame themselves.
        const bool producer = isProducer(i);
        QPainterPath full(m_workers[i]->innerSide());
        full.connectPath(path);
        full.lineTo(producer ? m_object->entry() : m_object->exit());
        m_flows[i]->setPath(full);
    }
    updateFlows();
    updateWaitLines();
}

void FlowScene::relayoutTitleRow()
{
    // The title, and what kind of picture this is at the right of its row.
    const QRectF &row = m_geometry.title;
    const double pictureWidth = std::min(m_picture->naturalWidth(), row.width() * 0.5);
    m_title->setPos(row.topLeft());
    m_title->setWidth(row.width() - pictureWidth - 16);
    m_picture->setPos(row.right() - pictureWidth, row.top() + (row.height() - m_picture->height()) / 2);
    m_picture->setWidth(pictureWidth, Qt::AlignRight);
}

QList<QPointF> FlowScene::lane(int slot) const
{
    // A smooth curve from the card to the frame, as points a token follows.
    const bool producer = isProducer(slot);
    const double inset = (std::min(120.0, m_geometry.laneWidth - 8)) / 2 + 2;
    const double side = producer ? 1 : -1;
    const QPointF a = m_workers[slot]->innerSide() + QPointF(side * inset, 0);
    const QPointF b = (producer ? m_object->entry() : m_object->exit()) - QPointF(side * inset, 0);
    QList<QPointF> points;
    constexpr int kSteps = 12;
    for (int k = 0; k <= kSteps; ++k) {
        const double t = double(k) / kSteps;
        const double ease = t * t * (3 - 2 * t); // level at both ends, like the flow line
        points << QPointF(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * ease);
    }
    return points;
}

void FlowScene::updateRates(const SceneModel &m)
{
    // What each worker did in the last second; nothing once the run has ended.
    Counts now{m.tS, {}};
    for (const SceneWorker &w : m.workers)
        now.messages << w.messages;
    if (!m_history.isEmpty() && (now.tS < m_history.last().tS || now.messages.size() != m_history.last().messages.size()))
        m_history.clear();
    m_history << now;
    while (m_history.size() > 2 && now.tS - m_history[1].tS >= 1.0)
        m_history.removeFirst();
    const Counts &then = m_history.first();
    const double window = std::max(1.0, now.tS - then.tS);
    for (int i = 0; i < m_messagesPerS.size() && i < now.messages.size(); ++i)
        m_messagesPerS[i] = isEnded(m.phase) || then.tS >= now.tS
                                ? 0
                                : double(now.messages[i] - then.messages[i]) / window;
}

void FlowScene::updateFlows()
{
    const VisualStyle &s = VisualStyle::current();
    for (int i = 0; i < m_flows.size() && i < m_messagesPerS.size(); ++i) {
        // Width grows with the logarithm of the rate: 1 msg/s and 1 000 000 msg/s
        // both stay on screen.
        const double width = (2 + 2.2 * std::log10(1 + m_messagesPerS[i])) * s.lineScale;
        QColor colour = isProducer(i) ? s.producer : s.consumer;
        colour.setAlpha(m_messagesPerS[i] > 0 ? 150 : 60);
        m_flows[i]->setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
    }
}

void FlowScene::updateWaitLines()
{
    // Exact pictures only: from the worker's side into its lane, down to the
    // level above the semaphores, across, and down onto the semaphore — clear
    // of every card.
    const VisualStyle &s = VisualStyle::current();
    for (QGraphicsPathItem *line : m_waitLines) {
        line->setPath(QPainterPath());
        line->setData(kInventoryKind, QVariant());
    }
    if (!m_model.exact || isEnded(m_model.phase))
        return;
    for (int k = 0; k < m_semaphores.size() && k < m_model.semaphores.size(); ++k) {
        const QStringList &waiting = m_model.semaphores[k].waiting;
        for (int j = 0; j < waiting.size(); ++j) {
            int slot = -1;
            for (int i = 0; i < m_model.workers.size(); ++i)
                if (m_model.workers[i].name == waiting[j])
                    slot = i;
            if (slot < 0 || slot >= m_workers.size())
                continue;
            const bool producer = isProducer(slot);
            const double side = producer ? 1 : -1;
            const QPointF from = m_workers[slot]->innerSide(0.85);
            const double laneX = from.x() + side * (10 + 6 * j);
            const double level = m_geometry.waitLevel + 5 * (k % 3 - 1);
            const QPointF to = m_semaphores[k]->port(j, int(waiting.size()));
            QPainterPath path(from);
            path.lineTo(laneX, from.y());
            path.lineTo(laneX, level);
            path.lineTo(to.x(), level);
            path.lineTo(to);
            // An arrowhead onto the semaphore.
            path.moveTo(to + QPointF(-6, -9));
            path.lineTo(to);
            path.lineTo(to + QPointF(6, -9));
            m_waitLines[slot]->setPath(path);
            m_waitLines[slot]->setData(kInventoryKind, QStringLiteral("edge"));
            m_waitLines[slot]->setData(kInventoryName, waiting[j] + QStringLiteral(" → ") + m_model.semaphores[k].name);
            m_waitLines[slot]->setPen(s.waitPen());
        }
    }
}

void FlowScene::update(const SceneModel &m, const QVector<RunEvent> &events)
{
    if (!m_object || m.workers.size() < m_workers.size())
        return;
    // A worker that joined the running run (Faults ▸ Add): its card, lane
    // and lines, after the others of its role.
    if (m.workers.size() > m_workers.size()) {
        for (qsizetype i = m_workers.size(); i < m.workers.size(); ++i)
            addWorker(m.workers[i]);
        m_messagesPerS.resize(m_workers.size());
        setPace(m_pace); // the subtitle counts it
        relayout();
    }
    m_model = m;
    updateRates(m);
    const bool gone = isEnded(m.phase);
    for (int i = 0; i < m_workers.size(); ++i)
        m_workers[i]->setWorker(m.workers[i], m.exact, m_messagesPerS[i]);

    const MechanismInfo &info = m_mechanism->info();
    if (!m.objects.isEmpty()) {
        const SceneObject &o = m.objects.first();
        // A small scene's narrow object says its depth in fewer words.
        const SceneText::ObjectLines lines = SceneText::objectLines(o, m);
        m_object->setReadings(SceneText::objectTitle(o, info), SceneText::objectDepth(o, m, m_compact), lines.readings,
                              SceneText::objectFill(o), o.live,
                              {SceneText::objectTitle(o, info, true), SceneText::objectKind(o)}, lines.notes);
        if (m_fifo)
            m_fifo->setMessages(SceneText::objectMessages(o));
        if (info.scene == SceneKind::Signals && info.lossy) {
            // At most one SIGUSR1 can be pending; more sent than received and
            // pending are merged. Counted only when two polls agree, as a
            // consumer's counter can trail its sigwaitinfo by a moment.
            const qint64 sent = o.field(QStringLiteral("sent"), 0);
            const qint64 received = o.field(QStringLiteral("received"), 0);
            const quint64 merged = sent > received + 1 ? quint64(sent - received - 1) : 0;
            m_tokens->setMerged(std::min(merged, m_lastMerged));
            m_lastMerged = merged;
        }
    }
    if (m_ring && m.ring)
        m_ring->setRing(*m.ring, m.exact);
    for (int i = 0; i < m_semaphores.size() && i < m.semaphores.size(); ++i)
        m_semaphores[i]->setSemaphore(m.semaphores[i], m.exact, !gone);
    // Its width is measured (text shaped) only when its words change, not
    // with every sample (2 % of the window's work at full speed).
    if (const QString picture = SceneText::picture(m); picture != m_picture->text()) {
        m_picture->setText(picture);
        relayoutTitleRow();
    }

    double total = 0;
    for (int i = 0; i < m_messagesPerS.size(); ++i)
        total += isProducer(i) ? m_messagesPerS[i] : 0;
    const bool slow = m.exact || m_pace.stepped() || (m_pace.rate > 0 && total <= kSlowMotionRate) || total < 5;
    m_tokens->setSlowMotion(slow, total);
    if (gone) {
        // Nothing is in flight once the run has ended: its objects are
        // removed, and what they held last is their depth, drawn with them.
        // A token left resting (its receipt unsampled, or never made) would
        // be a message that is not there.
        m_tokens->clear();
    } else {
        moveTokens(m, events);
        // Sampled tokens (full speed) or an exact picture: a token at rest
        // in an object that reads empty stands for a message that is not
        // there. In slow motion every receipt is seen, and moves its token
        // on; the depth may be read just before it.
        if ((!slow || m.exact) && !m.objects.isEmpty() && m.objects.first().isEmpty())
            m_tokens->dropResting();
    }
    updateFlows();
    updateWaitLines();
    m_caption = SceneText::caption(m);
}

void FlowScene::moveTokens(const SceneModel &m, const QVector<RunEvent> &events)
{
    // Events arrive grouped by worker; the animation needs them in the order
    // they happened.
    QVector<RunEvent> ordered = events;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const RunEvent &a, const RunEvent &b) { return a.event.tNs < b.event.tNs; });
    for (const RunEvent &e : ordered) {
        if (e.slot >= m_workers.size())
            continue; // no card for it
        if (e.event.kind == EventKind::OpDone && e.event.place < m_semaphores.size()) {
            if (e.slot < m.workers.size())
                m_semaphores[e.event.place]->flash(opName(e.event.op), m.workers[e.slot].name);
        } else {
            m_tokens->onEvent(e);
        }
    }
    m_tokens->settle();
}

void FlowScene::animate()
{
    emit frame();
    const qint64 now = m_clock.elapsed();
    const double dt = std::min(0.1, double(now - m_lastTick) / 1000.0);
    m_lastTick = now;
    if (m_tokens)
        m_tokens->advance(dt);
    for (SemaphoreItem *s : m_semaphores)
        s->advance(dt);
}

} // namespace ipcscope
