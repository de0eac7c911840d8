#pragma once
// Side by side, live: two to four mechanisms, each in its own small scene
// over its own real workers, their rates on one graph with one scale, the
// same message size and pace. Taking turns (the default), the scene of the
// one waiting shows its workers held and its header says it waits its turn;
// together, a note says they share this machine's CPUs. It draws what
// session/sidebyside.h runs, nothing else.
#include "inventory.h"

#include "session/pace.h"
#include "session/sidebysideplan.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace ipcscope {

class FlowScene;
class FlowView;
class SideBySide;
class SideBySidePlot;

class SideBySideView : public QWidget {
    Q_OBJECT
public:
    explicit SideBySideView(QWidget *parent = nullptr);
    ~SideBySideView() override;

    // The mechanisms and size to run (the first four); their scenes preview
    // it. The mode and the pace (the same for all, stepped too) are the
    // view's own controls.
    void setPlan(const SideBySidePlan &plan);
    SideBySidePlan plan() const;
    void setTogether(bool together);
    void setPace(const Pace &pace);
    // False, with the reason on the note line, when it cannot start.
    bool start();
    void stop();
    // Ends everything now (the window closing): nothing is left.
    void discard();
    bool isRunning() const;
    const SideBySide &sideBySide() const { return *m_side; }
    // Its lanes as drawn: a header (rich text) and a scene each.
    int laneCount() const { return int(m_lanes.size()); }
    QString laneHeader(int i) const;
    const FlowScene *laneScene(int i) const { return m_lanes[i].scene; }
    const SideBySidePlot *plot() const { return m_plot; }
    // What gives way on the projector so that the scenes' state reads at
    // the floor (inventory.h): first the note, then the graph to a strip,
    // then the graph. Measured from the scenes' needs at this size.
    enum class Room { Full, NoNote, Strip, NoGraph };
    Room room() const { return m_room; }
    // Holds the window to `room` whatever it measures (-1: measure again),
    // so that a test can show what the floors would be without the rule.
    void forceRoom(int room);
    // What its scenes and their headers show, as last painted (inventory.h).
    Inventory inventory(QSize screen) const;
    void setStartAllowed(bool allowed, const QString &why = {});
    void retranslate();
    void restyle();

signals:
    void aboutToStart(); // nothing else of ours may measure meanwhile
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Lane {
        QWidget *box = nullptr;
        QLabel *header = nullptr;
        FlowView *view = nullptr;
        FlowScene *scene = nullptr;
        QString rate; // as its header shows it
    };
    void buildLanes();
    void showHeaders();
    // Lane i's header from its scene's model, with its rate now or as last
    // shown; true if its text changed.
    bool showHeader(int i, bool newRate);
    void showNote();
    void finished();
    // Shares the window out (Room) and shows the note and graph so.
    void arrange();
    // The least view pixels a scene unit would take in any lane with `room`.
    double leastScale(Room room) const;

    std::unique_ptr<SideBySide> m_side;
    SideBySidePlan m_plan;
    QVector<Lane> m_lanes;
    QComboBox *m_mode;
    QComboBox *m_pace;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_note;
    QHBoxLayout *m_bar;
    QGridLayout *m_grid;
    SideBySidePlot *m_plot;
    QTimer *m_refresh;
    QString m_error;
    QString m_notAllowed;
    QString m_modeTip;
    bool m_startAllowed = true;
    Room m_room = Room::Full;
    int m_forcedRoom = -1;
};

} // namespace ipcscope
