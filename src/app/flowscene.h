#pragma once
// The flow scene: the run's workers on either side, the kernel object between
// them drawn as what it is, its semaphores below, flow lines whose width
// follows the measured rate, dashed lines from a worker asleep on a semaphore
// to it, and the messages travelling as tokens in the lanes between. It draws
// the scene model (session/scenemodel.h) of each poll and the mechanism's
// descriptor, nothing else; before Start it previews the scenario, after the
// end it shows the last picture, greyed where the objects are gone.
#include "flowlayout.h"
#include "lessonpicture.h"

#include "session/pace.h"
#include "session/run.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QTimer>

#include <memory>
#include <optional>

class QGraphicsPathItem;

namespace ipcscope {

class KernelObjectItem;
class LabelItem;
class NoticeItem;
class RingItem;
class FifoItem;
class SemaphoreItem;
class TokenFlow;
class WorkerItem;

class FlowScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit FlowScene(QObject *parent = nullptr);
    ~FlowScene() override;

    // Lays the scene out for a new run; its last picture stays after it ends.
    void setRun(const Run *run);
    // No run: the scenario's workers and objects as they will be, not started.
    void preview(const Scenario &scenario);
    // No run to show: says why in the middle; a lesson's verdict goes last,
    // large, in the colour of `ok`.
    void showNotice(const QString &text, const QString &verdict = {}, bool ok = true);
    // A lesson's own scene (lessonpicture.h): its processes and kernel
    // objects as last read; its verdict under them once it is over. The
    // caption says which part of the lesson it is, or `caption` when given.
    void showLesson(const LessonPicture &picture, const QString &caption = {});
    // The subtitle says the pace the run goes at.
    void setPace(const Pace &pace);
    void update(const SceneModel &model, const QVector<RunEvent> &events);
    // One small scene among others (side by side): no title row — the one
    // who shows it names it — and made for a narrower width, so that its
    // type keeps its size on screen in a quarter of a projector.
    void setCompact(bool compact);
    // The view's size in pixels: the scene takes its shape, so it fills it.
    void setViewSize(QSizeF size);
    // How many view pixels a scene unit takes.
    double scale() const { return m_geometry.scale; }
    // How many it would take in a view of `view` pixels: less than the
    // view's width allows when the scene needs more height.
    double scaleIn(QSizeF view) const;
    // Redraws everything in the current style (theme, type, line width).
    void restyle();
    // A one-line description of what is happening, for the presentation caption.
    QString caption() const { return m_caption; }
    const SceneModel &model() const { return m_model; }
    int tokenCount() const;
    int restingTokenCount() const; // tokens at rest in the object
    // Whether it animates (a run's scene): a frame comes 40 times a second.
    bool isAnimating() const { return m_timer.isActive(); }

signals:
    // An animation step is about to be drawn: what changes with it (a
    // sample's values) is drawn in the same repaint.
    void frame();
    // What the scene must hold changed (workers, semaphores, the type), or
    // the width it has: the height it needs may have.
    void shapeChanged();
    // The run's end is drawn (its last values, its objects removed).
    void endDrawn();

private:
    void clearScene();
    void build(const Scenario &scenario, const Mechanism &mechanism);
    void relayout();
    void relayoutTitleRow();
    void animate();
    void updateRates(const SceneModel &model);
    void updateFlows();
    // The messages in flight, from a sample's events (a run that has not ended).
    void moveTokens(const SceneModel &model, const QVector<RunEvent> &events);
    void updateWaitLines();
    // A card, its flow line and its wait line for a worker of the model.
    void addWorker(const SceneWorker &worker);
    bool isProducer(int slot) const;
    int countOf(Role role) const;
    // Where worker `slot`'s card goes in the layout's columns: producers,
    // then consumers, a joined worker last of its role.
    int layoutIndex(int slot) const;
    QList<QPointF> lane(int slot) const;
    double typeWidth() const;

    Scenario m_scenario;
    const Mechanism *m_mechanism = nullptr;
    Pace m_pace;
    bool m_compact = false;
    QMetaObject::Connection m_finished; // the run's end brings its last picture
    SceneModel m_model;
    QSizeF m_viewSize;
    FlowShape m_shape;
    FlowGeometry m_geometry;
    QVector<WorkerItem *> m_workers; // by slot
    QVector<Role> m_roles;           // by slot
    KernelObjectItem *m_object = nullptr;
    RingItem *m_ring = nullptr;
    FifoItem *m_fifo = nullptr;
    QVector<SemaphoreItem *> m_semaphores;
    QVector<QGraphicsPathItem *> m_flows; // one per worker
    QVector<QGraphicsPathItem *> m_waitLines;
    LabelItem *m_title = nullptr;
    LabelItem *m_subtitle = nullptr;
    LabelItem *m_picture = nullptr;
    NoticeItem *m_notice = nullptr;
    std::optional<LessonPicture> m_lesson;
    std::unique_ptr<TokenFlow> m_tokens;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    QString m_caption;
    // Rates per worker: the counts of the last second of pictures.
    struct Counts {
        double tS;
        QVector<quint64> messages;
    };
    QList<Counts> m_history;
    QVector<double> m_messagesPerS;
    quint64 m_lastMerged = 0;
};

} // namespace ipcscope
