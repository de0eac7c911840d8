#pragma once
// The ipcscope window: the mechanism picker and scenario editor on the left,
// the flow scene and the live graphs in the middle, the kernel's numbers and
// the log on the right; Start, Pause, Step and Stop on the toolbar. Views
// only: every run goes through the session layer (RunController, Run).
#include "pacecontrol.h"
#include "readingpace.h"

#include "session/arbiter.h"
#include "session/runcontroller.h"
#include "session/runrules.h"
#include "session/scenemodel.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QDockWidget;

namespace Ui {
class MainWindow;
}

namespace ipcscope {

class CodeView;
class CompareView;
struct ComparePlan;
class InspectorPanel;
class LessonPanel;
class FlowScene;
class FlowView;
class KernelPanel;
class LogView;
class MechanismPicker;
class ScenarioEditor;
class SideBySideView;
class StatusLine;
struct SideBySidePlan;
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
    // Loads a scenario file into the editor, with its layout (presentation,
    // zoom, pace); a file that cannot be used is reported in the log and the
    // status bar, never in a blocking dialog.
    bool openScenario(const QString &fileName);
    // Replays a recording (.ipcrec) without a process; false, and why in the
    // status bar, when it cannot be read.
    bool openRecording(const QString &fileName);
    class RecordingFiles *recordings() const { return m_recordings; }
    class TimelineDock *timelineDock() const { return m_timeline; }
    // Saves the editor's scenario and the current layout.
    bool saveScenario(const QString &fileName);
    // The pace: one call every few seconds (the workers held, Step at a
    // steady beat), a message rate, or unlimited.
    void setPace(const Pace &pace);
    Pace pace() const { return m_rules.pace(); }
    // Starts what the editor describes; false (and the reason in the status
    // bar and the log) when it cannot.
    bool startRun();

    // The interface language ("en", "ru"); the views retranslate at once.
    void setLanguage(const QString &code);
    // The light or the dark theme, for the widgets and the drawings alike.
    void setDark(bool dark);

    void setPresentation(bool on);
    bool isPresentation() const;
    // The window's size and place and the docks' layout, kept across starts
    // in the settings. restoreLayout() before the window is shown: false when
    // nothing was kept. A presentation or the Compare page hides docks only
    // for the moment: the layout kept is the one the user made.
    bool restoreLayout();
    void saveLayout() const;
    void setZoom(double factor);
    double zoom() const { return m_zoom; }

    RunController &controller() { return m_controller; }
    RunRules &rules() { return m_rules; }
    // Step, as its button: one worker makes its next call. False, and said in
    // the status bar, when nobody can (asleep in the kernel, or not yet at a call).
    bool step();
    const MeasureArbiter &arbiter() const { return m_arbiter; }
    FlowScene *scene() const { return m_scene; }
    FlowView *flowView() const;
    ThroughputPlot *plot() const;
    ScenarioEditor *editor() const;
    MechanismPicker *picker() const;
    KernelPanel *kernelPanel() const;
    LogView *log() const;
    CompareView *compareView() const;
    // The Compare page in front, its chosen mechanisms and sizes set to
    // `plan`'s (the rest as the page has them), and its Run pressed: false,
    // with the reason on the page, when it cannot start.
    bool runComparison(const ComparePlan &plan);
    // Side by side, live (a window of its own, made on first use), set to
    // `plan`; null when nothing was opened yet.
    SideBySideView *openSideBySide(const SideBySidePlan &plan);
    SideBySideView *sideBySide() const { return m_sideBySide; }
    LessonPanel *lessonPanel() const;
    CodeView *codeView() const;
    InspectorPanel *inspector() const;
    class LeftoversPanel *leftovers() const { return m_leftovers; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // A lesson's verdict as the notice under its last picture says it, live
    // and in a replay: ✓ or ✗, and the error that ended it, if one did.
    static QString lessonVerdict(bool asExpected, const QString &error);
    // Presentation: the graph's height follows the pace (a strip when paced).
    void fitGraphToPace();
    void showGraph();
    void connectRunActions();
    void connectFileActions();
    void connectViewActions();
    void connectLessons();
    void connectComparison();
    void connectController();
    // A lesson or a comparison is about to measure: the live run gives way.
    void giveWayTo(Activity activity, const QString &note);
    void updateActions();
    void updateStatus();
    void onSampled(const RunSnapshot &snapshot, const QVector<RunEvent> &events);
    // Draws the latest sample, with every event since the last one drawn.
    void drawSample();
    // The panels a person reads, not watches (the kernel's values, the
    // code's marks), from the sample the cards show (one still waiting for
    // its frame is drawn with it): at most a few times a second at speed
    // (m_reading), at once when the picture is exact or its phase changed.
    void drawReadPanels();
    void onFinished(const RunResult &result);
    void buildLessonMenu();
    void buildLanguageMenu();
    void buildPanelMenus();
    void retranslate();
    void restyle();
    // Larger type or a longer language can push the window past the screen's
    // edge, and a window never shrinks back by itself: bring it back in.
    void fitToScreen();
    void fitToScreenLater();
    // What the scene says when there is no run, again in a new language.
    // A lesson's verdict goes last, large, green when `ok`, red otherwise.
    void showNotice(const std::function<QString()> &text, const std::function<QString()> &verdict = {},
                    bool ok = true);
    QDockWidget *faultsDock() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    RunController m_controller;
    RunRules m_rules{m_controller};
    MeasureArbiter m_arbiter;
    FlowScene *m_scene;
    SideBySideView *m_sideBySide = nullptr;
    StatusLine *m_status;
    QTimer m_statusTimer;
    // A sample waits for the scene's next frame (onSampled): its events,
    // of one poll or more.
    bool m_samplePending = false;
    // The read panels' interval ended while a sample waited for its frame:
    // they are drawn with that frame, from the sample the cards then draw.
    bool m_readPanelsDue = false;
    QVector<RunEvent> m_pendingEvents;
    ReadingPace m_reading{[this] { drawReadPanels(); }};
    ScenePhase m_readPhase = ScenePhase::Starting; // the phase the read panels last drew
    PaceControl *m_paceControl;
    class FaultsPanel *m_faults;
    class LeftoversPanel *m_leftovers;
    class ScenarioFiles *m_files;
    class RecordingFiles *m_recordings;
    class TimelineDock *m_timeline;
    // While a replay shows its scenario in the picker and the editor, the
    // user's own, given back when the replay closes.
    std::optional<Scenario> m_userScenario;
    std::function<QString()> m_notice;
    std::function<QString()> m_noticeVerdict;
    bool m_noticeOk = true;
    // What the last lesson or comparison came to: the status bar says it
    // until anything starts again.
    std::function<QString()> m_lastActivity;
    SceneModel m_lessonScene; // the running lesson's, as last read
    // Draws the lesson's picture again, in the language installed now; empty
    // when the scene shows something else.
    std::function<void(bool retranslate)> m_lessonPicture;
    double m_zoom = 1;
    bool m_presenting = false;
    bool m_graphGaveWay = false; // to the Timeline, on the projector (showGraph)
    static constexpr double kPresentationType = 1.35;
    static constexpr int kGraphHeight = 220; // the least that shows the graph
    static constexpr int kGraphStrip = 110;  // presentation, paced: a strip
    QFont m_baseFont;
    QByteArray m_normalState; // dock layout before presentation mode
    QList<int> m_normalSplit;
    bool m_splitPlaced = false;
    QByteArray m_liveState; // dock layout of the Live page while Compare is shown
    quint64 m_reportedCorrupted = 0;
    quint64 m_reportedDuplicated = 0;
};

} // namespace ipcscope
