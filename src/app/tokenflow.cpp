#include "tokenflow.h"

#include "kernelobjectitem.h"
#include "tokenitem.h"
#include "visualstyle.h"

#include <QCoreApplication>
#include <QGraphicsScene>

#include <algorithm>

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

QList<QPointF> reversed(QList<QPointF> path)
{
    std::reverse(path.begin(), path.end());
    return path;
}

} // namespace

TokenFlow::TokenFlow(QGraphicsScene *scene, KernelObjectItem *object, const MechanismInfo &info,
                     IsProducer producer, Lane lane)
    : m_scene(scene), m_object(object), m_info(info), m_isProducer(std::move(producer)), m_lane(std::move(lane))
{
}

TokenFlow::~TokenFlow()
{
    clear();
}

void TokenFlow::clear()
{
    dropIf([](TokenItem *) { return true; });
}

void TokenFlow::dropIf(const std::function<bool(TokenItem *)> &drop)
{
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (drop(*it)) {
            m_scene->removeItem(*it);
            delete *it;
            it = m_tokens.erase(it);
        } else {
            ++it;
        }
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
    int order = 0;
    for (TokenItem *t : resting(true)) {
        const QPointF target = m_object->restPoint(order++);
        if (t->phase() == TokenItem::Phase::Resting && QLineF(t->pos(), target).length() > 1)
            t->travel({target}, 0.2, TokenItem::Phase::Arriving);
    }
}

TokenItem *TokenFlow::makeToken(int producer, const EventRecord &e, const QPointF &at)
{
    const double width = m_object->holdsTokens() ? std::min(m_width, m_object->placeWidth()) : m_width;
    auto *t = new TokenItem(producer, e.seq, label(e), VisualStyle::current().producerColour(producer), m_slow, width);
    m_scene->addItem(t);
    t->setPos(at);
    m_tokens << t;
    return t;
}

void TokenFlow::onEvent(const RunEvent &r)
{
    const EventRecord &e = r.event;
    const bool fromProducer = m_isProducer(r.slot);
    if (e.kind == EventKind::Sent && fromProducer) {
        sent(r.slot, e);
    } else if (e.kind == EventKind::Received && !fromProducer) {
        received(r.slot, e);
    } else if ((e.kind == EventKind::Corrupted || e.kind == EventKind::Duplicated) && !fromProducer && m_slow) {
        // Shown on the consumer's lane, crossed out.
        const QList<QPointF> lane = m_lane(r.slot);
        auto *t = new TokenItem(0, e.seq,
                                e.kind == EventKind::Corrupted ? TokenFlowText::tr("corrupted")
                                                               : TokenFlowText::tr("duplicate #%1").arg(e.seq),
                                VisualStyle::current().warning, true, m_width);
        m_scene->addItem(t);
        t->setPos(lane.first());
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
    const bool rests = m_object->holdsTokens();
    if (rests && resting().size() >= m_object->capacity() && !m_slow)
        return;
    const QList<QPointF> lane = m_lane(producer);
    TokenItem *t = makeToken(producer, e, lane.first());
    t->setPlace(e.place);
    if (rests) {
        // Behind everything still in the object, including a message being taken.
        const int order = int(resting(true).size()) - 1;
        t->travel(lane.mid(1) << m_object->restPoint(order), travelSeconds(), TokenItem::Phase::Arriving);
    } else {
        // Into the ring: its slot shows the message from here on.
        t->travel(lane.mid(1), travelSeconds(), TokenItem::Phase::Leaving);
    }
}

void TokenFlow::received(int consumerSlot, const EventRecord &e)
{
    const QList<QPointF> away = reversed(m_lane(consumerSlot));
    TokenItem *token = nullptr;
    if (m_object->holdsTokens()) {
        // A standard signal carries nothing: which one arrived cannot be told.
        const bool anonymous = m_info.signalFrames && m_info.signalBytes == 0;
        for (TokenItem *t : resting()) {
            if (anonymous || (t->producer() == e.producer && t->seq() == e.seq)) {
                token = t;
                break;
            }
        }
    }
    if (!token) {
        if (!m_slow && m_object->holdsTokens())
            return; // not sampled on the way in
        if (!m_slow) {
            if (m_budget < 1 || m_tokens.size() >= kMostTokens)
                return;
            m_budget -= 1;
        }
        // Out of the ring, or its Sent event was not seen: it leaves from the frame.
        token = makeToken(e.producer, e, away.first());
    }
    const QList<QPointF> path = token->pos() == away.first() ? away.mid(1) : away;
    if (m_slow && token->phase() == TokenItem::Phase::Arriving)
        token->leaveAfterArrival(path, travelSeconds(), travelSeconds() * 0.4);
    else
        token->travel(path, travelSeconds(), TokenItem::Phase::Leaving);
    if (m_object->holdsTokens())
        m_restDirty = true;
}

void TokenFlow::settle()
{
    if (m_restDirty)
        restAgain();
    m_restDirty = false;
}

int TokenFlow::restingCount() const
{
    return int(std::count_if(m_tokens.begin(), m_tokens.end(),
                             [](const TokenItem *t) { return t->phase() == TokenItem::Phase::Resting; }));
}

void TokenFlow::dropResting()
{
    dropIf([](TokenItem *t) { return t->phase() == TokenItem::Phase::Resting; });
}

bool TokenFlow::advance(double dtS)
{
    m_budget = std::min(kFastTokensPerSecond, m_budget + dtS * kFastTokensPerSecond);
    dropIf([&](TokenItem *t) {
        // At full speed most Received events are not sampled: a token that
        // waits longer than a moment was delivered unseen.
        const bool stale = !m_slow && t->phase() == TokenItem::Phase::Resting && t->age() > 1.5;
        return stale || !t->advance(dtS);
    });
    return !m_tokens.isEmpty();
}

} // namespace ipcscope
