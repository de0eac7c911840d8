#include "tokenflow.h"

#include "kernelobjectitem.h"
#include "tokenitem.h"
#include "visualstyle.h"
#include "workeritem.h"

#include <QCoreApplication>
#include <QGraphicsScene>

namespace ipcscope {

namespace {

constexpr double kFastTokensPerSecond = 12;
constexpr int kMostTokens = 48;

// This file's texts, under one translation context.
struct TokenFlowText {
    Q_DECLARE_TR_FUNCTIONS(TokenFlow)
};

QString label(const EventRecord &e)
{
    QString text = QStringLiteral("#%1").arg(e.seq);
    QString payload;
    for (char c : e.head) {
        if (c < 32 || c > 126)
            break;
        payload += QLatin1Char(c);
    }
    payload = payload.trimmed();
    if (!payload.isEmpty())
        text += QLatin1Char(' ') + payload;
    return text;
}

} // namespace

TokenFlow::TokenFlow(QGraphicsScene *scene, KernelObjectItem *object, const QVector<WorkerItem *> &workers,
                     int producers, const QString &mechanism)
    : m_scene(scene), m_object(object), m_workers(workers), m_producers(producers), m_mechanism(mechanism)
{
}

TokenFlow::~TokenFlow()
{
    for (TokenItem *t : m_tokens) {
        m_scene->removeItem(t);
        delete t;
    }
}

void TokenFlow::setSlowMotion(bool slow, double messagesPerSecond)
{
    m_slow = slow;
    m_rate = messagesPerSecond;
}

double TokenFlow::travelSeconds() const
{
    if (!m_slow)
        return 0.3;
    // Slow enough to follow, fast enough not to fall behind the next message.
    return m_rate > 0 ? std::clamp(0.8 / m_rate, 0.15, 0.6) : 0.6;
}

QList<TokenItem *> TokenFlow::resting(bool withDeparting) const
{
    QList<TokenItem *> out;
    for (TokenItem *t : m_tokens)
        if ((t->phase() == TokenItem::Phase::Arriving || t->phase() == TokenItem::Phase::Resting) &&
            (withDeparting || !t->departing()))
            out << t;
    return out;
}

void TokenFlow::setMerged(quint64 merged)
{
    while (m_mergedShown < merged) {
        const QList<TokenItem *> waiting = resting();
        if (waiting.isEmpty())
            break;
        waiting.last()->loseAfterArrival(TokenFlowText::tr("merged: a SIGUSR1 was already pending"));
        ++m_mergedShown;
    }
}

void TokenFlow::restAgain()
{
    if (m_object->restsBySlot())
        return;
    int order = 0;
    for (TokenItem *t : resting(true)) {
        const QPointF target = m_object->restPoint(order++, 0);
        if (t->phase() == TokenItem::Phase::Resting && QLineF(t->pos(), target).length() > 1)
            t->travel({target}, 0.2, TokenItem::Phase::Arriving);
    }
}

void TokenFlow::onEvent(const RunEvent &r)
{
    const EventRecord &e = r.event;
    const bool fromProducer = r.slot < m_producers;
    const int index = fromProducer ? r.slot : r.slot - m_producers;
    if (e.kind == EventKind::Sent && fromProducer) {
        if (m_object->restsBySlot())
            m_head = (e.place + 1) % std::max(m_object->capacity(), 1);
        sent(index, e);
    } else if (e.kind == EventKind::Received && !fromProducer) {
        if (m_object->restsBySlot())
            m_tail = (e.place + 1) % std::max(m_object->capacity(), 1);
        received(index, e);
    } else if ((e.kind == EventKind::Corrupted || e.kind == EventKind::Duplicated) && !fromProducer && m_slow) {
        // Shown at the consumer that caught it, crossed out.
        auto *t = new TokenItem(0, e.seq,
                                e.kind == EventKind::Corrupted ? TokenFlowText::tr("corrupted")
                                                               : TokenFlowText::tr("duplicate #%1").arg(e.seq),
                                VisualStyle::current().warning, true);
        m_scene->addItem(t);
        t->setPos(m_workers[r.slot]->inlet() + QPointF(-50, -30));
        t->markLost(e.kind == EventKind::Corrupted ? TokenFlowText::tr("failed its checksum")
                                                   : TokenFlowText::tr("received twice"));
        m_tokens << t;
    }
}

void TokenFlow::sent(int producer, const EventRecord &e)
{
    if (!m_slow) {
        if (m_budget < 1 || m_tokens.size() >= kMostTokens)
            return;
        m_budget -= 1;
    }
    const bool bySlot = m_object->restsBySlot();
    const QList<TokenItem *> waiting = resting();
    if (bySlot) {
        // A message written into a slot replaces whatever the slot held: with
        // synchronisation that was read already; without it, it is lost.
        for (TokenItem *old : waiting) {
            if (old->place() != e.place)
                continue;
            if (m_slow && overwrites())
                old->markLost(TokenFlowText::tr("overwritten before it was read"));
            else {
                m_tokens.removeOne(old);
                m_scene->removeItem(old);
                delete old;
            }
        }
    } else if (waiting.size() >= m_object->capacity() && !m_slow) {
        return;
    }
    auto *t = new TokenItem(producer, e.seq, label(e), VisualStyle::current().producerColour(producer), m_slow,
                            m_object->placeWidth());
    t->setPlace(e.place);
    m_scene->addItem(t);
    t->setPos(m_workers[producer]->outlet());
    // Behind everything still in the object, including a message being taken.
    const int order = bySlot ? 0 : int(resting(true).size());
    t->travel({m_object->entry(), m_object->restPoint(order, e.place)}, travelSeconds(), TokenItem::Phase::Arriving);
    m_tokens << t;
}

void TokenFlow::received(int consumer, const EventRecord &e)
{
    const QList<TokenItem *> waiting = resting();
    TokenItem *token = nullptr;
    const bool anonymous = anonymousMessages();
    for (TokenItem *t : waiting) {
        if (anonymous || (t->producer() == e.producer && t->seq() == e.seq)) {
            token = t;
            break;
        }
    }
    if (!token) {
        if (!m_slow)
            return; // not sampled on the way in
        // Its Sent event was not seen (it happened before the view looked):
        // it leaves from the object.
        token = new TokenItem(e.producer, e.seq, label(e), VisualStyle::current().producerColour(e.producer), true,
                              m_object->placeWidth());
        m_scene->addItem(token);
        token->setPos(m_object->exit());
        m_tokens << token;
    }
    const int slot = m_producers + consumer;
    const QList<QPointF> away = {m_object->exit(), m_workers[slot]->inlet()};
    if (m_slow && token->phase() == TokenItem::Phase::Arriving)
        token->leaveAfterArrival(away, travelSeconds(), travelSeconds() * 0.4);
    else
        token->travel(away, travelSeconds(), TokenItem::Phase::Leaving);
    restAgain();
}

bool TokenFlow::advance(double dtS)
{
    m_budget = std::min(kFastTokensPerSecond, m_budget + dtS * kFastTokensPerSecond);
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        // At full speed most Received events are not sampled: a token that
        // waits longer than a moment was delivered unseen.
        const bool stale = !m_slow && (*it)->phase() == TokenItem::Phase::Resting && (*it)->age() > 1.5;
        if (stale || !(*it)->advance(dtS)) {
            m_scene->removeItem(*it);
            delete *it;
            it = m_tokens.erase(it);
        } else {
            ++it;
        }
    }
    return !m_tokens.isEmpty();
}

} // namespace ipcscope

namespace ipcscope {

const MechanismInfo *TokenFlow::info() const
{
    const Mechanism *m = findMechanism(m_mechanism.toStdString());
    return m ? &m->info() : nullptr;
}

bool TokenFlow::overwrites() const
{
    // A ring without synchronisation: a write may land on a slot not yet read.
    const MechanismInfo *i = info();
    return i && i->scene == SceneKind::Ring && i->lossy;
}

bool TokenFlow::anonymousMessages() const
{
    // A standard signal carries nothing: which one arrived cannot be told.
    const MechanismInfo *i = info();
    return i && i->signalFrames && i->signalBytes == 0;
}

} // namespace ipcscope
