#pragma once
// The ipcscope window: the mechanism picker and scenario editor on the left,
// the flow scene and the live graphs in the middle, the kernel's numbers and
// the log on the right; Start, Pause, Step and Stop on the toolbar. Views
// only: every run goes through the session layer (RunController, Run).
#include "runcontroller.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace ipcscope {

class CodeView;
class CompareView;
class InspectorPanel;
class LessonPanel;
class FlowScene;
class FlowView;
class KernelPanel;
class LogView;
class MechanismPicker;
class ScenarioEditor;
class ThroughputPlot;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // System V shared memory with semaphores, one producer, one consumer, two
    // messages a second: every message can be followed with the eye.
    static Scenario defaultScenario();
    void setScenario(const Scenario &scenario);
    // Loads a scenario file into the editor; a file that cannot be used is
    // reported in the log and the status bar, never in a blocking dialog.
    bool openScenario(const QString &fileName);
    // Starts what the editor describes; false (and the reason in the status
    // bar and the log) when it cannot.
    bool startRun();

    void setPresentation(bool on);
    bool isPresentation() const;
    void setZoom(double factor);
    double zoom() const { return m_zoom; }

    RunController &controller() { return m_controller; }
    FlowScene *scene() const { return m_scene; }
    FlowView *flowView() const;
    ThroughputPlot *plot() const;
    ScenarioEditor *editor() const;
    MechanismPicker *picker() const;
    KernelPanel *kernelPanel() const;
    LogView *log() const;
    CompareView *compareView() const;
    LessonPanel *lessonPanel() const;
    CodeView *codeView() const;
    InspectorPanel *inspector() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void updateActions();
    void updateStatus();
    void onSampled(const RunSnapshot &snapshot, const QVector<RunEvent> &events);
    void onFinished(const RunResult &result);
    void step();
    void buildLessonMenu();

    std::unique_ptr<Ui::MainWindow> m_ui;
    RunController m_controller;
    FlowScene *m_scene;
    QLabel *m_runStatus;
    QLabel *m_fpsStatus;
    QTimer m_statusTimer;
    double m_zoom = 1;
    QFont m_baseFont;
    QByteArray m_normalState; // dock layout before presentation mode
    QList<int> m_normalSplit;
    QByteArray m_liveState; // dock layout of the Live page while Compare is shown
    quint64 m_reportedCorrupted = 0;
    quint64 m_reportedDuplicated = 0;
};

} // namespace ipcscope
