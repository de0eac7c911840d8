#pragma once
// The messages in flight, driven by the workers' real events: a Sent event
// puts a token on its producer's lane towards the kernel object, a Received
// event takes that very token (same producer, same sequence number) on along
// its consumer's lane. Lanes run between the cards and the object, so a token
// never covers a text; a ring draws the messages in its slots itself (from
// the scene model), so there a token ends at the frame. At full speed only a
// sample becomes tokens, so the animation never falls behind; in slow motion
// every message is one.
#include "session/run.h"

#include <QList>
#include <QVector>

#include <functional>

class QGraphicsScene;

namespace ipcscope {

class KernelObjectItem;
class TokenItem;

class TokenFlow {
public:
    // `lane(slot)`: the way from worker `slot`'s card to the object's frame.
    using Lane = std::function<QList<QPointF>(int slot)>;
    // `producer(slot)`: whether worker `slot` sends (a worker that joined
    // the run stands after the others, whatever its role).
    using IsProducer = std::function<bool(int slot)>;
    TokenFlow(QGraphicsScene *scene, KernelObjectItem *object, const MechanismInfo &info, IsProducer producer,
              Lane lane);
    ~TokenFlow();
    TokenFlow(const TokenFlow &) = delete;
    TokenFlow &operator=(const TokenFlow &) = delete;

    // Slow motion labels every token; otherwise at most a few a second.
    void setSlowMotion(bool slow, double messagesPerSecond);
    // How wide a labelled token may be: what a lane has room for.
    void setTokenWidth(double width) { m_width = width; }
    void onEvent(const RunEvent &event);
    // After a poll's events: the tokens left in the object take their places
    // once, not once per message taken (thousands a poll at full speed).
    void settle();
    // Standard signals: `merged` signals are known lost from the counters
    // (sent − received − the one that may be pending); the newest waiting
    // tokens beyond that many are crossed out.
    void setMerged(quint64 merged);
    // Moves the tokens; false when nothing is moving (no repaint needed).
    bool advance(double dtS);
    // Lets every token go (the layout changed under them).
    void clear();
    int tokenCount() const { return int(m_tokens.size()); }
    // The tokens at rest in the object.
    int restingCount() const;
    // Lets the tokens at rest in the object go: it holds nothing, so every
    // message they stand for was taken, its receipt unseen.
    void dropResting();

private:
    // Takes out of the scene, and deletes, every token `drop` says so of.
    void dropIf(const std::function<bool(TokenItem *)> &drop);
    void sent(int producer, const EventRecord &e);
    void received(int consumerSlot, const EventRecord &e);
    void restAgain();
    // Tokens in the object: waiting ones, and (for placing) those leaving.
    QList<TokenItem *> resting(bool withDeparting = false) const;
    double travelSeconds() const;
    TokenItem *makeToken(int producer, const EventRecord &e, const QPointF &at);

    QGraphicsScene *m_scene;
    KernelObjectItem *m_object;
    const MechanismInfo &m_info;
    IsProducer m_isProducer;
    Lane m_lane;
    QList<TokenItem *> m_tokens;
    bool m_slow = true;
    double m_rate = 0;
    double m_budget = 0; // tokens that may still be spawned at full speed
    double m_width = 60;
    bool m_restDirty = false;
    quint64 m_mergedShown = 0;
};

} // namespace ipcscope
