#pragma once
// The flow scene: the run's workers on either side, the kernel object between
// them drawn as what it is, its semaphores below, flow lines whose width
// follows the measured rate, dashed lines from a blocked worker to the
// semaphore it waits on, and the messages travelling as tokens.
#include "session/run.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QTimer>

#include <memory>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;

namespace ipcscope {

class KernelObjectItem;
class RingItem;
class SemaphoreItem;
class TokenFlow;
class WorkerItem;

class FlowScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit FlowScene(QObject *parent = nullptr);
    ~FlowScene() override;

    // Lays the scene out for a new run.
    void setRun(const Run *run);
    // No run to show: clears the scene and says why, in the middle.
    void showNotice(const QString &text);
    void update(const RunSnapshot &snapshot, const QVector<RunEvent> &events);
    // Redraws everything in the current style (theme or line width changed).
    void restyle();
    // A one-line description of what is happening, for the presentation caption.
    QString caption() const { return m_caption; }
    int tokenCount() const;

private:
    void animate();
    void buildFlows();
    void updateFlows(const RunSnapshot &snapshot);
    void updateWaitLines(const RunSnapshot &snapshot);
    void updateCaption(const RunSnapshot &snapshot);

    Scenario m_scenario;
    Params m_params;
    const Mechanism *m_mechanism = nullptr;
    QVector<WorkerItem *> m_workers;
    KernelObjectItem *m_object = nullptr;
    RingItem *m_ring = nullptr;
    QVector<SemaphoreItem *> m_semaphores;
    QVector<QGraphicsPathItem *> m_flows;     // one per worker
    QVector<QGraphicsPathItem *> m_waitLines; // one per worker
    QGraphicsSimpleTextItem *m_title = nullptr;
    QGraphicsSimpleTextItem *m_subtitle = nullptr;
    QGraphicsSimpleTextItem *m_calls = nullptr;
    QGraphicsTextItem *m_notice = nullptr;
    std::unique_ptr<TokenFlow> m_tokens;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    QString m_caption;
    // Rates per worker: the counts of the last second of snapshots.
    struct Counts {
        double tS;
        QVector<quint64> messages;
        QVector<quint64> bytes;
    };
    QList<Counts> m_history;
    QVector<double> m_messagesPerS;
    QVector<double> m_mbPerS;
    quint64 m_lastMerged = 0;
};

} // namespace ipcscope
