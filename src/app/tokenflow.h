#pragma once
// The messages in flight, driven by the workers' real events: a Sent event
// puts a token on its way from the producer into the kernel object, a
// Received event takes that very token (same producer, same sequence number)
// on to the consumer. At full speed only a sample becomes tokens, so the
// animation never falls behind; in slow motion every message is one.
#include "session/run.h"

#include <QList>
#include <QVector>

class QGraphicsScene;

namespace ipcscope {

class KernelObjectItem;
class TokenItem;
class WorkerItem;

class TokenFlow {
public:
    TokenFlow(QGraphicsScene *scene, KernelObjectItem *object, const QVector<WorkerItem *> &workers, int producers,
              const QString &mechanism);
    ~TokenFlow();
    TokenFlow(const TokenFlow &) = delete;
    TokenFlow &operator=(const TokenFlow &) = delete;

    // Slow motion labels every token; otherwise at most a few a second.
    void setSlowMotion(bool slow, double messagesPerSecond);
    void onEvent(const RunEvent &event);
    // Standard signals: `merged` signals are known lost from the counters
    // (sent − received − the one that may be pending); the newest waiting
    // tokens beyond that many are crossed out.
    void setMerged(quint64 merged);
    // Moves the tokens; false when nothing is moving (no repaint needed).
    bool advance(double dtS);
    int head() const { return m_head; }
    int tail() const { return m_tail; }
    int tokenCount() const { return int(m_tokens.size()); }

private:
    void sent(int producer, const EventRecord &e);
    void received(int consumer, const EventRecord &e);
    void restAgain();
    // Tokens in the object: waiting ones, and (for placing) those leaving.
    QList<TokenItem *> resting(bool withDeparting = false) const;
    double travelSeconds() const;

    QGraphicsScene *m_scene;
    KernelObjectItem *m_object;
    QVector<WorkerItem *> m_workers;
    int m_producers;
    const MechanismInfo *info() const;
    bool overwrites() const;
    bool anonymousMessages() const;

    QString m_mechanism;
    QList<TokenItem *> m_tokens;
    bool m_slow = true;
    double m_rate = 0;
    double m_budget = 0; // tokens that may still be spawned at full speed
    int m_head = -1;
    int m_tail = -1;
    quint64 m_mergedShown = 0;
};

} // namespace ipcscope
