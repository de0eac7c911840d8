#include "mainwindow.h"

#include "codeview.h"
#include "compareview.h"
#include "faultmenu.h"
#include "faultspanel.h"
#include "flowscene.h"
#include "inventory.h"
#include "flowview.h"
#include "inspectorpanel.h"
#include "faultkeys.h"
#include "leftoverspanel.h"
#include "kernelpanel.h"
#include "language.h"
#include "legendoverlay.h"
#include "lessonpanel.h"
#include "logview.h"
#include "session/mechanismcatalog.h"
#include "mechanismpicker.h"
#include "recordingfiles.h"
#include "replaybar.h"
#include "timelinedock.h"
#include "runicons.h"
#include "scenarioeditor.h"
#include "scenariofiles.h"
#include "sidebysideview.h"
#include "statusline.h"
#include "throughputplot.h"
#include "ui_mainwindow.h"
#include "visualstyle.h"

#include "session/formatter.h"
#include "session/inspector.h"
#include "session/latencynote.h"
#include "session/lessons/lesson.h"
#include "session/lessons/lessonstage.h"
#include "session/procinfo.h"
#include "session/scenariofile.h"
#include "session/scenebuilder.h"
#include "session/scenestate.h"
#include "session/sendfloor.h"
#include "session/sidebysideplan.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QToolButton>
#include <QFileInfo>
#include <QFontInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>

#include <algorithm>
#include <utility>

namespace ipcscope {

namespace {

// The Code dock's marks for a run: where its workers are, none once it has
// ended (onFinished clears them: a worker killed in a call still says it is in it).
RunSnapshot codeMarksOf(const Run &run)
{
    return run.phase() == Run::Phase::Finished ? RunSnapshot() : run.snapshot();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_scene(new FlowScene(this)),
      m_status(new StatusLine(this)), m_paceControl(new PaceControl(this))
{
    // Before any of its words are made: English too needs its file.
    language::ensureLoaded();
    m_ui->setupUi(this);
    setStatusBar(m_status);
    m_ui->toolBar->insertWidget(m_ui->actionZoomOut, m_paceControl);
    m_ui->toolBar->insertSeparator(m_ui->actionZoomOut);
    m_faults = new FaultsPanel(m_controller, this);
    auto *faultsDock = new QDockWidget(this);
    faultsDock->setObjectName(QStringLiteral("faultsDock"));
    faultsDock->setWindowTitle(tr("Faults"));
    faultsDock->setWidget(m_faults);
    addDockWidget(Qt::BottomDockWidgetArea, faultsDock);
    tabifyDockWidget(m_ui->logDock, faultsDock);
    m_ui->toolBar->insertAction(m_ui->actionZoomOut, m_faults->menu()->menuAction());
    if (auto *button = qobject_cast<QToolButton *>(m_ui->toolBar->widgetForAction(m_faults->menu()->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);
    connect(m_ui->flowView, &FlowView::workerMenuRequested, m_faults->menu(), &FaultMenu::popupForWorker);
    // The fault keys work with every dock hidden (presentation); a worker
    // right-clicked in the scene is the one they act on.
    addActions(m_faults->keys()->actions());
    connect(m_ui->flowView, &FlowView::workerMenuRequested, m_faults->keys(), &FaultKeys::select);
    connect(m_faults->keys(), &FaultKeys::said, this, [this](const QString &line) { statusBar()->showMessage(line, 5000); });
    connect(m_faults, &FaultsPanel::firstFault, faultsDock, &QDockWidget::raise);
    m_leftovers = new LeftoversPanel(this);
    m_ui->kernelTabs->addTab(m_leftovers, tr("Leftovers"));
    m_ui->menuRun->addSeparator();
    m_ui->menuRun->addAction(m_ui->editor->preemptAction());
    m_ui->menuRun->setToolTipsVisible(true); // the policy's is its explanation
    m_files = new ScenarioFiles(m_ui->menuExamples, m_ui->menuRecent, this);
    new LegendOverlay(m_ui->livePage, m_ui->actionLegend); // F1, over the scene and its graph
    m_recordings = new RecordingFiles(m_controller, m_ui->actionSaveRecording, m_ui->actionOpenRecording,
                                      m_ui->actionLookBack, statusBar(), this);
    m_ui->centralLayout->insertWidget(1, m_recordings->bar());
    m_timeline = new TimelineDock(*m_recordings, this); // hidden at the desk until View shows it
    addDockWidget(Qt::BottomDockWidgetArea, m_timeline);
    m_timeline->hide();
    // Live: after the recorder (connected first) has kept the frame's sample.
    connect(&m_controller, &RunController::sampled, m_timeline, &TimelineDock::followRun);
    connect(m_timeline, &QDockWidget::visibilityChanged, this, [this] {
        if (m_presenting && (m_ui->plot->isVisible() || m_graphGaveWay))
            showGraph(); // not while a lesson has hidden it
    });
    // The picker and the editor show what was recorded, not to be edited:
    // the recording's scenario is history. The user's comes back on close.
    connect(m_recordings, &RecordingFiles::replayStarted, this, [this](const Scenario &scenario) {
        if (!m_userScenario)
            m_userScenario = m_ui->editor->scenario();
        m_ui->editor->setScenario(scenario);
        m_ui->picker->setMechanism(scenario.mechanism);
        m_ui->editor->setEnabled(false);
        m_ui->picker->setEnabled(false);
        m_notice = nullptr;
        m_lessonPicture = nullptr;
        m_scene->preview(scenario);
        m_ui->flowView->refit();
        m_ui->code->setMechanism(scenario.mechanism);
        showGraph(); // hidden while a lesson ran
        m_ui->plot->showSource(&m_recordings->replay().series());
    });
    // A lesson's recording: its pictures, as the lesson drew them; no graph.
    connect(m_recordings, &RecordingFiles::lessonReplayStarted, this, [this](const QString &id) {
        m_notice = nullptr;
        m_lessonPicture = nullptr;
        if (const Lesson *lesson = findLesson(id))
            m_ui->code->setMechanism(lesson->code());
        m_ui->plot->showSource(nullptr);
        m_ui->plot->hide();
    });
    connect(m_recordings, &RecordingFiles::replayEnded, this, [this] {
        if (m_userScenario) {
            // The pace may have been set during the replay: it is the user's.
            Scenario own = *std::exchange(m_userScenario, std::nullopt);
            if (!m_rules.pace().stepped())
                own.rate = m_rules.pace().rate;
            m_ui->editor->setScenario(own);
            m_ui->picker->setMechanism(own.mechanism);
        }
        m_ui->editor->setEnabled(true);
        m_ui->picker->setEnabled(true);
        if (!m_controller.isActive() && !m_ui->lessons->isRunning()) {
            m_scene->preview(m_ui->editor->scenario());
            m_ui->flowView->refit();
        }
        m_ui->plot->showSource(nullptr);
        m_ui->kernel->clearRun();
        m_ui->code->update(RunSnapshot());
    });
    // Looking back on the live run, its views show the past; following, the run again.
    connect(m_recordings, &RecordingFiles::lookingBackChanged, this, [this](bool back) {
        const Run *run = m_controller.run();
        m_ui->plot->showSource(back ? &m_recordings->replay().series() : run ? &run->series() : nullptr);
        if (!back && run) {
            m_scene->update(run->scene(), {});
            m_ui->kernel->clearRun();
            m_ui->kernel->update(run->snapshot(), run->scene());
            m_ui->code->update(codeMarksOf(*run));
        }
    });
    // The scene, the kernel panel, the code marks and the graph follow the
    // replay's time cursor.
    connect(&m_recordings->replay(), &ReplayController::sceneChanged, this, [this](const SceneModel &model) {
        const Recording &recording = m_recordings->replay().recording();
        if (recording.isLesson()) {
            const Lesson *lesson = findLesson(recording.scenario.value(QStringLiteral("lesson")).toString());
            LessonPicture picture{lesson ? lesson->title() : QString(), model, {}, true};
            // The verdict under the last picture, as the lesson ended, and
            // the question it put first with the guess, as recorded.
            const std::optional<RecordedVerdict> verdict = recording.lessonVerdict();
            if (verdict && m_recordings->replay().index() == recording.scenes.size() - 1) {
                picture.verdict = lessonVerdict(verdict->asExpected, verdict->error);
                picture.ok = verdict->asExpected && verdict->error.isEmpty();
                if (const std::optional<RecordedQuestion> &q = recording.question)
                    picture.answer = LessonPanel::answerText(q->question, q->answer, q->guess);
            }
            m_scene->showLesson(picture);
            m_ui->flowView->refit(); // a lesson's picture takes its own shape, as live
        } else {
            m_scene->update(model, {});
        }
        m_ui->kernel->kernelModel().showScene(model);
        if (const Mechanism *mechanism = m_recordings->replay().mechanism())
            m_ui->code->update(snapshotOf(model, mechanism->info()));
    });
    connect(&m_recordings->replay(), &ReplayController::positionChanged, m_ui->plot, &ThroughputPlot::refresh);
    m_baseFont = QApplication::font();
    m_ui->flowView->setScene(m_scene);
    // Three producers need more height than one: the graph may have to give it.
    connect(m_scene, &FlowScene::shapeChanged, this, &MainWindow::fitGraphToPace, Qt::QueuedConnection);
    // The scene draws a run's end itself, between two samples: the caption
    // above it on the projector says the same end.
    connect(m_scene, &FlowScene::endDrawn, this, [this] {
        if (m_presenting && !m_recordings->isLookingBack())
            m_ui->caption->setText(m_scene->caption());
    });
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({620, 340});
    m_ui->plot->setMinimumHeight(kGraphHeight);
    m_ui->caption->setVisible(false);
    // However long the caption gets, it never widens the window: it is cut.
    m_ui->caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    resizeDocks({m_ui->mechanismDock, m_ui->kernelDock}, {300, 360}, Qt::Horizontal);
    resizeDocks({m_ui->mechanismDock, m_ui->scenarioDock}, {380, 420}, Qt::Vertical);

    m_ui->actionZoomIn->setShortcuts({QKeySequence(QStringLiteral("Ctrl++")), QKeySequence(QStringLiteral("Ctrl+="))});
    // Short on the toolbar, in every language, so that at 1024 pixels in large
    // type the Presentation button still has room (the menu and the tooltip
    // say it in words).
    m_ui->actionZoomOut->setIconText(QStringLiteral("A−"));
    m_ui->actionZoomIn->setIconText(QStringLiteral("A+"));
    // The window holds every action with a key too: in presentation the menu
    // bar is hidden, and a hidden menu's shortcuts (F11 among them) go dead.
    for (QAction *action : findChildren<QAction *>())
        if (!action->shortcuts().isEmpty())
            addAction(action);

    // On a low screen the lesson's text scrolls rather than being cut off.
    auto *lessonScroll = new QScrollArea(m_ui->lessonDock);
    lessonScroll->setWidgetResizable(true);
    lessonScroll->setFrameShape(QFrame::NoFrame);
    lessonScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->lessonDock->setWidget(lessonScroll);
    lessonScroll->setWidget(m_ui->lessons);

    tabifyDockWidget(m_ui->scenarioDock, m_ui->lessonDock);
    m_ui->scenarioDock->raise();
    tabifyDockWidget(m_ui->logDock, m_ui->codeDock);
    m_ui->codeDock->raise();
    connectRunActions();
    connectFileActions();
    connectViewActions();
    connectLessons();
    connectComparison();
    connectController();
    buildLessonMenu();
    buildLanguageMenu();
    buildPanelMenus();
    setScenario(defaultScenario());
    // Two windows work side by side, each with its own objects; only the
    // measurements share the CPUs.
    for (qint64 pid : otherProcessesNamed(QStringLiteral("ipcscope")))
        m_ui->log->append(tr("Another ipcscope is running (pid %1): both work, each with its own kernel objects, but "
                             "they share the CPUs, so measurements are slower than alone.")
                              .arg(pid),
                          LogView::Kind::Warning);
    m_statusTimer.setInterval(500);
    connect(&m_statusTimer, &QTimer::timeout, this, [this] {
        // A sample waiting for its frame updates the status with the cards.
        if (!m_samplePending)
            updateStatus();
    });
    m_statusTimer.start();
    restyle();
    updateActions();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::faultsDock() const
{
    return qobject_cast<QDockWidget *>(m_faults->parentWidget());
}

FlowView *MainWindow::flowView() const
{
    return m_ui->flowView;
}
ThroughputPlot *MainWindow::plot() const
{
    return m_ui->plot;
}
ScenarioEditor *MainWindow::editor() const
{
    return m_ui->editor;
}
MechanismPicker *MainWindow::picker() const
{
    return m_ui->picker;
}
KernelPanel *MainWindow::kernelPanel() const
{
    return m_ui->kernel;
}
LogView *MainWindow::log() const
{
    return m_ui->log;
}
CompareView *MainWindow::compareView() const
{
    return m_ui->comparePage;
}

bool MainWindow::runComparison(const ComparePlan &plan)
{
    m_ui->pages->setCurrentWidget(m_ui->comparePage);
    ComparePlan chosen = m_ui->comparePage->plan();
    chosen.mechanisms = plan.mechanisms;
    chosen.sizes = plan.sizes;
    m_ui->comparePage->setPlan(chosen);
    return m_ui->comparePage->start();
}
LessonPanel *MainWindow::lessonPanel() const
{
    return m_ui->lessons;
}
CodeView *MainWindow::codeView() const
{
    return m_ui->code;
}
InspectorPanel *MainWindow::inspector() const
{
    return m_ui->inspector;
}

Scenario MainWindow::defaultScenario()
{
    // scenarios/default.json, shipped inside the program.
    return exampleScenario(QStringLiteral("default"));
}

void MainWindow::setScenario(const Scenario &scenario)
{
    // A scenario of the user's own: the replay showing another gives way.
    if (m_recordings->isReplaying() && !m_recordings->isLookingBack())
        m_recordings->endReplay();
    m_ui->editor->setScenario(scenario);
    m_ui->picker->setMechanism(scenario.mechanism);
    if (!m_rules.pace().stepped())
        setPace({0, scenario.rate});
}

bool MainWindow::openScenario(const QString &fileName)
{
    ScenarioDocument document;
    QString error;
    if (!loadScenario(fileName, document, error)) {
        m_ui->log->append(tr("Cannot open the scenario: %1").arg(error), LogView::Kind::Error);
        statusBar()->showMessage(tr("Cannot open the scenario: %1").arg(error), 10000);
        return false;
    }
    setScenario(document.scenario);
    const ScenarioLayout &layout = document.layout;
    setPace(layout.callEveryS > 0 ? Pace{layout.callEveryS, 0} : Pace{0, document.scenario.rate});
    setZoom(layout.zoom);
    setPresentation(layout.presentation);
    m_files->setCurrent(fileName);
    const QString title = document.title(language::current());
    m_ui->log->append(title.isEmpty() ? tr("Opened scenario %1").arg(fileName)
                                      : tr("Opened scenario %1: %2").arg(QFileInfo(fileName).fileName(), title));
    return true;
}

bool MainWindow::openRecording(const QString &fileName)
{
    return m_recordings->open(fileName);
}

bool MainWindow::saveScenario(const QString &fileName)
{
    ScenarioDocument document;
    document.scenario = m_ui->editor->scenario();
    document.layout = {isPresentation(), m_zoom, m_rules.pace().callEveryS};
    QString error;
    if (!ipcscope::saveScenario(fileName, document, error)) {
        m_ui->log->append(tr("Cannot save the scenario: %1").arg(error), LogView::Kind::Error);
        statusBar()->showMessage(tr("Cannot save the scenario: %1").arg(error), 10000);
        return false;
    }
    m_files->setCurrent(fileName);
    m_ui->log->append(tr("Saved scenario %1").arg(fileName));
    statusBar()->showMessage(tr("Saved scenario %1").arg(fileName), 4000);
    return true;
}

void MainWindow::setPace(const Pace &pace)
{
    m_paceControl->setPace(pace);
    m_rules.setPace(pace);
    m_scene->setPace(pace); // the subtitle says the pace the run really goes at
    fitGraphToPace();
}

void MainWindow::buildLessonMenu()
{
    // Deleted, not just cleared: the window holds them too, for their keys.
    qDeleteAll(m_ui->menuLessons->actions());
    int n = 1;
    for (const Lesson *lesson : allLessons()) {
        QAction *action = m_ui->menuLessons->addAction(QStringLiteral("&%1. %2").arg(n).arg(lesson->title()));
        // Ctrl+1 to Ctrl+9, held by the window too, so they work in presentation.
        if (n <= 9) {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
            addAction(action);
        }
        ++n;
        const QString id = lesson->id();
        connect(action, &QAction::triggered, this, [this, id] {
            // One measurement at a time: a key pressed meanwhile must not
            // put another lesson's title over the running one's results.
            QString why;
            if (!m_arbiter.mayStart(Activity::Lesson, &why)) {
                statusBar()->showMessage(why, 5000);
                return;
            }
            // In presentation the scene tells the lesson; the panel stays hidden.
            if (!m_presenting) {
                m_ui->lessonDock->show();
                m_ui->lessonDock->raise();
            }
            m_ui->lessons->select(id);
            m_ui->lessons->run();
        });
    }
}

void MainWindow::buildLanguageMenu()
{
    // Each language under its own name: whoever cannot read the current one
    // still finds theirs.
    auto *group = new QActionGroup(this);
    for (const language::Language &l : language::available()) {
        QAction *action = m_ui->menuLanguage->addAction(l.nativeName);
        action->setCheckable(true);
        action->setChecked(l.code == language::current());
        action->setData(l.code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = l.code] { setLanguage(code); });
    }
}

void MainWindow::buildPanelMenus()
{
    // Every dock in View, in the order of their places, so that a closed one
    // can be brought back.
    QAction *first = m_ui->menuView->actions().value(0);
    for (QDockWidget *dock :
         {m_ui->mechanismDock, m_ui->scenarioDock, m_ui->lessonDock, m_ui->kernelDock, m_ui->codeDock, m_ui->logDock,
          faultsDock(), static_cast<QDockWidget *>(m_timeline)})
        m_ui->menuView->insertAction(first, dock->toggleViewAction());
    m_ui->menuView->insertSeparator(first);
    connect(m_ui->actionLessonsPanel, &QAction::triggered, this, [this] {
        m_ui->lessonDock->show();
        m_ui->lessonDock->raise();
    });
}

namespace {

// A lesson's picture in the language installed now: its workers' words and
// the mechanism's; the numbers as they were read.
void retranslateLesson(SceneModel &model, const Lesson *lesson)
{
    LessonStage::retranslate(model);
    if (const Mechanism *mechanism = lesson ? findMechanism(lesson->mechanism().toStdString()) : nullptr)
        retranslateScene(model, *mechanism);
}
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kDocksKey = QStringLiteral("window/docks");
} // namespace

bool MainWindow::restoreLayout()
{
    // restoreGeometry brings a window from a larger screen inside this one;
    // fitToScreen() does the rest once it is shown.
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        return false;
    restoreState(settings.value(kDocksKey).toByteArray());
    return true;
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    // A full screen is a key away (F11): the window's own geometry is kept.
    if (!isFullScreen())
        settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kDocksKey, m_presenting ? m_normalState : !m_liveState.isEmpty() ? m_liveState : saveState());
}

void MainWindow::setLanguage(const QString &code)
{
    if (!language::setCurrent(code))
        return;
    // Numbers in the fields follow too: "2,5" in Russian.
    setLocale(QLocale());
    for (QAction *a : m_ui->menuLanguage->actions())
        a->setChecked(a->data().toString() == code);
    // Installing the translators sent QEvent::LanguageChange: see changeEvent.
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fitToScreenLater();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    fitToScreenLater();
    if (!m_splitPlaced) {
        // The sizes given before the first show are shares of whatever size
        // the pages' hints made the splitter then; once it has its real
        // height, the scene gets a little more than half and the graph the rest.
        m_splitPlaced = true;
        QTimer::singleShot(0, this, [this] {
            if (m_presenting)
                return;
            const int total = m_ui->splitter->height();
            m_ui->splitter->setSizes({total * 55 / 100, total * 45 / 100});
        });
    }
}

void MainWindow::fitToScreenLater()
{
    // After the layout has taken in the new fonts and texts.
    QTimer::singleShot(0, this, &MainWindow::fitToScreen);
}

void MainWindow::fitToScreen()
{
    // A window that fits is left alone, maximized ones included (the window
    // manager sizes those); one that does not is brought in even when
    // maximized: without a window manager, nobody else will.
    if (!isVisible() || isFullScreen() || !screen())
        return;
    const QRect room = screen()->availableGeometry();
    // A maximized window a few pixels over (fractional scaling, odd work
    // areas) is the window manager's to place; some would un-maximize it.
    constexpr int kSlack = 16;
    if (isMaximized() && frameGeometry().width() <= room.width() + kSlack &&
        frameGeometry().height() <= room.height() + kSlack)
        return;
    const QSize frame = frameGeometry().size() - size(); // title bar and borders
    const QSize fitted = size().boundedTo(room.size() - frame);
    if (fitted != size())
        resize(fitted); // never below the layout's minimum: Qt keeps that
    // The title bar on the screen too, where it can be grabbed.
    const QRect outer = frameGeometry();
    const QPoint inside(std::clamp(outer.left(), room.left(), std::max(room.left(), room.right() - outer.width() + 1)),
                        std::clamp(outer.top(), room.top(), std::max(room.top(), room.bottom() - outer.height() + 1)));
    if (inside != outer.topLeft())
        move(inside);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    m_faults->retranslate();
    faultsDock()->setWindowTitle(tr("Faults"));
    m_ui->picker->retranslate();
    m_ui->editor->retranslate();
    m_ui->kernel->retranslate();
    m_ui->inspector->retranslate();
    m_leftovers->retranslate();
    m_ui->kernelTabs->setTabText(m_ui->kernelTabs->indexOf(m_leftovers), tr("Leftovers"));
    m_ui->code->retranslate();
    m_ui->lessons->retranslate();
    m_ui->plot->retranslate();
    m_ui->comparePage->retranslate();
    m_paceControl->retranslate();
    m_files->rebuildMenus();
    buildLessonMenu();
    // The scene's words are laid out with it: lay it out again, in the state
    // it was in.
    if (const Run *run = m_controller.run()) {
        m_scene->setRun(run);
        if (m_recordings->isLookingBack())
            m_recordings->replay().refresh();
        else
            m_scene->update(run->scene(), {});
        m_ui->flowView->refit();
    } else if (m_recordings->isReplaying()) {
        m_scene->preview(m_recordings->scenario());
        m_recordings->replay().refresh();
        m_ui->flowView->refit();
    } else if (m_lessonPicture) {
        m_lessonPicture(true);
        m_ui->flowView->refit();
    } else if (m_notice) {
        m_scene->showNotice(m_notice(), m_noticeVerdict ? m_noticeVerdict() : QString(), m_noticeOk);
    } else {
        m_scene->preview(m_ui->editor->scenario());
        m_ui->flowView->refit();
    }
    if (m_presenting)
        m_ui->caption->setText(m_scene->caption());
    updateActions();
}

void MainWindow::showNotice(const std::function<QString()> &text, const std::function<QString()> &verdict, bool ok)
{
    m_lessonPicture = nullptr;
    m_notice = text;
    m_noticeVerdict = verdict;
    m_noticeOk = ok;
    m_scene->showNotice(text(), verdict ? verdict() : QString(), ok);
}

void MainWindow::setDark(bool dark)
{
    VisualStyle::setDark(dark);
    QPalette palette = QApplication::style()->standardPalette();
    if (dark) {
        const VisualStyle &s = VisualStyle::current();
        palette = QPalette(s.panel, s.background);
        palette.setColor(QPalette::Window, s.background);
        palette.setColor(QPalette::WindowText, s.text);
        palette.setColor(QPalette::Base, s.panel);
        palette.setColor(QPalette::AlternateBase, s.background);
        palette.setColor(QPalette::Text, s.text);
        palette.setColor(QPalette::Button, s.panel);
        palette.setColor(QPalette::ButtonText, s.text);
        palette.setColor(QPalette::ToolTipBase, s.panel);
        palette.setColor(QPalette::ToolTipText, s.text);
        palette.setColor(QPalette::PlaceholderText, s.mutedText);
        palette.setColor(QPalette::Highlight, s.producer);
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Link, s.producer);
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(QPalette::Disabled, role, s.mutedText.darker(140));
    }
    QApplication::setPalette(palette);
    m_ui->actionThemeDark->setChecked(dark);
    m_ui->actionThemeLight->setChecked(!dark);
    restyle();
}

void MainWindow::restyle()
{
    const QColor ink = VisualStyle::current().text;
    m_ui->actionStart->setIcon(runIcon(RunIcon::Start, ink));
    m_ui->actionPause->setIcon(runIcon(RunIcon::Pause, ink));
    m_ui->actionStep->setIcon(runIcon(RunIcon::Step, ink));
    m_ui->actionStop->setIcon(runIcon(RunIcon::Stop, ink));
    m_scene->restyle();
    m_ui->plot->restyle();
    m_ui->comparePage->restyle();
    if (m_sideBySide)
        m_sideBySide->restyle();
    m_ui->editor->retranslate(); // its error labels take the warning colour
    if (const Run *run = m_controller.run(); run && !m_recordings->isLookingBack())
        m_ui->code->update(codeMarksOf(*run));
}

void MainWindow::connectRunActions()
{
    connect(m_ui->picker, &MechanismPicker::mechanismChosen, m_ui->editor, &ScenarioEditor::setMechanism);
    connect(m_ui->picker, &MechanismPicker::mechanismChosen, m_ui->code, &CodeView::setMechanism);
    // Before Start, a mechanism picked shows what it will draw.
    connect(m_ui->picker, &MechanismPicker::mechanismChosen, this, [this] {
        if (!m_controller.isActive() && !m_ui->lessons->isRunning()) {
            m_notice = nullptr;
            m_lessonPicture = nullptr;
            m_scene->preview(m_ui->editor->scenario());
            m_ui->flowView->refit();
        }
    });
    connect(m_ui->editor, &ScenarioEditor::validityChanged, this, &MainWindow::updateActions);
    connect(m_ui->editor, &ScenarioEditor::changed, this, &MainWindow::updateStatus);
    // The editor's rate and the pace are one setting, shown twice.
    connect(m_ui->editor, &ScenarioEditor::rateChanged, this, [this](double rate) {
        if (m_rules.pace().stepped() || m_rules.pace() == Pace{0, rate})
            return;
        setPace({0, rate});
        if (m_controller.isActive())
            m_ui->log->append(rate > 0 ? tr("Rate set to %1 per producer").arg(Formatter::messageRate(rate))
                                       : tr("Rate set to unlimited"));
    });
    connect(&m_rules, &RunRules::rateChanged, m_ui->editor, &ScenarioEditor::setRate);
    connect(m_paceControl, &PaceControl::paceChanged, this, &MainWindow::setPace);
    connect(&m_rules, &RunRules::changed, this, &MainWindow::updateActions);
    connect(&m_rules, &RunRules::steppedOnBeat, this,
            [this](const QString &who) { statusBar()->showMessage(tr("%1 takes one step").arg(who), 2000); });
    connect(m_ui->actionStart, &QAction::triggered, this, &MainWindow::startRun);
    connect(m_ui->actionPause, &QAction::toggled, &m_rules, &RunRules::setPaused);
    connect(m_ui->actionStep, &QAction::triggered, this, &MainWindow::step);
    connect(m_ui->actionStop, &QAction::triggered, this, [this] { m_controller.stop(); });
    connect(&m_arbiter, &MeasureArbiter::changed, this, [this] {
        // Whatever starts, the last one's summary is not its status.
        if (m_arbiter.current() != Activity::None) {
            statusBar()->clearMessage();
            m_lastActivity = {};
        }
        updateActions();
    });
}

void MainWindow::connectFileActions()
{
    connect(m_files, &ScenarioFiles::openRequested, this, [this](const QString &file) {
        if (openScenario(file))
            startRun();
    });
    connect(m_ui->actionOpen, &QAction::triggered, this, [this] {
        const QString file = m_files->askOpen();
        if (!file.isEmpty() && openScenario(file))
            startRun();
    });
    connect(m_ui->actionSave, &QAction::triggered, this, [this] {
        const QString file = m_files->current().isEmpty() ? m_files->askSave() : m_files->current();
        if (!file.isEmpty())
            saveScenario(file);
    });
    connect(m_ui->actionSaveAs, &QAction::triggered, this, [this] {
        const QString file = m_files->askSave();
        if (!file.isEmpty())
            saveScenario(file);
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSaveGraph, &QAction::triggered, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Save the graph"), QStringLiteral("ipcscope-graph.png"),
                                         tr("PNG image (*.png);;PDF document (*.pdf)"));
        if (!file.isEmpty())
            m_ui->plot->saveImage(file);
    });
    connect(m_ui->actionSaveScreenshot, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save a screenshot"), QStringLiteral("ipcscope.png"),
                                                          tr("PNG image (*.png)"));
        if (!file.isEmpty())
            grab().save(file);
    });
}

void MainWindow::connectViewActions()
{
    connect(m_ui->actionZoomIn, &QAction::triggered, this, [this] { setZoom(m_zoom * 1.15); });
    connect(m_ui->actionZoomOut, &QAction::triggered, this, [this] { setZoom(m_zoom / 1.15); });
    connect(m_ui->actionZoomReset, &QAction::triggered, this, [this] { setZoom(1); });
    connect(m_ui->actionPresentation, &QAction::toggled, this, &MainWindow::setPresentation);
    auto *themes = new QActionGroup(this);
    themes->addAction(m_ui->actionThemeLight);
    themes->addAction(m_ui->actionThemeDark);
    connect(m_ui->actionThemeLight, &QAction::triggered, this, [this] { setDark(false); });
    connect(m_ui->actionThemeDark, &QAction::triggered, this, [this] { setDark(true); });
    connect(m_ui->actionFullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ipcscope"),
                           QStringLiteral("<h3>ipcscope %1</h3><p>%2</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                    tr("ipcscope shows inter-process communication as it happens: real processes, "
                                       "real kernel objects, real numbers.")
                                        .toHtmlEscaped()));
    });
    // The Compare page has its own settings: the live run's docks make room.
    connect(m_ui->pages, &QTabWidget::currentChanged, this, [this] {
        const bool comparing = m_ui->pages->currentWidget() == m_ui->comparePage;
        if (isPresentation())
            return; // the presentation has hidden the docks already
        if (comparing) {
            m_liveState = saveState();
            for (QDockWidget *dock : {m_ui->mechanismDock, m_ui->scenarioDock, m_ui->kernelDock, m_ui->logDock,
                                      m_ui->lessonDock, m_ui->codeDock, faultsDock(),
                                      static_cast<QDockWidget *>(m_timeline)})
                dock->hide();
        } else if (!m_liveState.isEmpty()) {
            restoreState(m_liveState);
            m_liveState.clear();
        }
    });
}

void MainWindow::giveWayTo(Activity activity, const QString &note)
{
    if (m_arbiter.takesOverLiveRun(activity) || m_controller.isActive()) {
        if (m_controller.isActive()) {
            // Never silently (issue 15.7): in the status line, and in the log.
            statusBar()->showMessage(note, 10000);
            m_ui->log->append(note);
        }
        m_controller.discard();
    }
    m_arbiter.begin(activity);
}

void MainWindow::connectLessons()
{
    // A lesson runs with nothing else of ours: the live run goes first, and
    // Start and Compare wait until it is done.
    connect(m_ui->lessons, &LessonPanel::aboutToRun, this, [this](const QString &mechanism) {
        giveWayTo(Activity::Lesson, tr("The live run was stopped for the lesson."));
        m_recordings->lessonStarted(m_ui->lessons->selectedId());
        // The scene says what the lesson is about, large enough for the
        // projector, where the Lessons panel is not shown.
        showNotice([this, id = m_ui->lessons->selectedId()] {
            const Lesson *lesson = findLesson(id);
            const QString title = lesson ? lesson->title() : id;
            const QString expected = lesson ? lesson->expected() : QString();
            // The panel is hidden in presentation: no pointing at it there.
            return m_presenting ? tr("%1\n\nExpected: %2\n\nReal processes are running it.").arg(title, expected)
                                : tr("%1\n\nExpected: %2\n\nReal processes are running it; the Lessons panel "
                                     "lists what they report.")
                                      .arg(title, expected);
        });
        m_ui->code->setMechanism(mechanism);
        // The graph is the live run's: a lesson has none of its own to show.
        m_ui->plot->detachRun();
        m_ui->plot->hide();
        m_lessonScene = SceneModel();
    });
    // The lesson's own processes and objects, as its stage reads them; the
    // Code dock marks the line each of its workers is in.
    connect(m_ui->lessons, &LessonPanel::sceneChanged, this, [this](const SceneModel &scene) {
        m_recordings->lessonScene(scene);
        if (m_controller.run())
            return;
        m_lessonScene = scene;
        m_lessonPicture = [this, id = m_ui->lessons->selectedId()](bool retranslate) {
            const Lesson *lesson = findLesson(id);
            if (retranslate)
                retranslateLesson(m_lessonScene, lesson);
            m_scene->showLesson({lesson ? lesson->title() : QString(), m_lessonScene, {}, true});
        };
        m_lessonPicture(false);
        m_ui->flowView->refit();
        if (m_presenting)
            m_ui->caption->setText(m_scene->caption());
    });
    connect(m_ui->lessons, &LessonPanel::workersChanged, m_ui->code, &CodeView::update);
    connect(m_ui->lessons, &LessonPanel::runningChanged, this, [this](bool running) {
        running ? m_arbiter.begin(Activity::Lesson) : m_arbiter.end(Activity::Lesson);
        running ? m_paceControl->showLesson() : m_paceControl->endLesson(); // a lesson times itself
    });
    connect(m_ui->lessons, &LessonPanel::watchRequested, this, [this](const QString &example) {
        if (openScenario(examplePath(example)))
            startRun();
    });
    connect(m_ui->lessons, &LessonPanel::lessonFinished, this, [this](const LessonOutcome &o) {
        if (const Lesson *lesson = findLesson(o.id))
            m_recordings->lessonFinished(Recorder::lessonResult(*lesson, o), m_ui->lessons->asked());
        for (const QString &line : textsOf(o.observations))
            m_ui->log->append(line);
        // The verdict first: a status line too narrow for a long title (a
        // 1024-pixel projector, Russian) cuts the title, not the verdict.
        m_lastActivity = [o] {
            const Lesson *lesson = findLesson(o.id);
            const QString title = lesson ? lesson->title() : o.id;
            return o.asExpected ? tr("As expected: lesson “%1”").arg(title)
                                : tr("NOT as expected: lesson “%1”").arg(title);
        };
        m_ui->log->append(m_lastActivity(), o.asExpected ? LogView::Kind::Info : LogView::Kind::Warning);
        if (m_controller.run())
            return; // a run has the scene (none can start during a lesson; this keeps it so)
        showNotice(
            [this, o] {
                const Lesson *lesson = findLesson(o.id);
                const QString revealed = m_ui->lessons->revealed(); // in the words of now
                return tr("%1\n\nExpected: %2\nMeasured: %3\n\n%4")
                    .arg(lesson ? lesson->title() : o.id, lesson ? lesson->expected() : QString(),
                         lesson ? retold(*lesson, o).measured : o.measured, revealed)
                    .trimmed();
            },
            [o] { return lessonVerdict(o.asExpected, o.error.text()); }, // in the words of now
            o.asExpected && o.error.isEmpty());
        // Its last picture, the verdict under it.
        if (!m_lessonScene.workers.isEmpty() || !m_lessonScene.objects.isEmpty() || !m_lessonScene.counters.isEmpty()) {
            // The cards carry the numbers; the notice under them the answer to
            // the question put first, if one was, the guess marked, and the verdict.
            m_lessonPicture = [this, id = o.id](bool retranslate) {
                const Lesson *lesson = findLesson(id);
                if (retranslate)
                    retranslateLesson(m_lessonScene, lesson);
                m_scene->showLesson({lesson ? lesson->title() : id, m_lessonScene, m_noticeVerdict(), m_noticeOk,
                                     m_ui->lessons->revealed()});
            };
            m_lessonPicture(false);
            m_ui->flowView->refit();
            if (m_presenting)
                m_ui->caption->setText(m_scene->caption());
        }
    });
}

QString MainWindow::lessonVerdict(bool asExpected, const QString &error)
{
    QString verdict = asExpected ? tr("✓ As expected.") : tr("✗ Not as expected.");
    if (!error.isEmpty())
        verdict += QLatin1Char(' ') + error; // cancelled, or why it could not run
    return verdict;
}

void MainWindow::connectComparison()
{
    // The page names the live run it stopped for as long as it measures.
    m_ui->comparePage->followLiveRun(&m_controller);
    // A comparison measures with nothing else of ours running: the live run
    // goes first, and Start waits until the comparison is done.
    connect(m_ui->comparePage, &CompareView::aboutToStart, this,
            [this] { giveWayTo(Activity::Comparison, tr("The live run was stopped for the comparison.")); });
    connect(m_ui->comparePage, &CompareView::runningChanged, this, [this](bool running) {
        const bool ended = !running && m_arbiter.current() == Activity::Comparison;
        running ? m_arbiter.begin(Activity::Comparison) : m_arbiter.end(Activity::Comparison);
        if (ended)
            m_lastActivity = [] { return tr("The comparison has ended: its results are on the Compare page"); };
        updateStatus();
    });
    connect(m_ui->comparePage, &CompareView::sideBySideRequested, this, [this] {
        const ComparePlan chosen = m_ui->comparePage->plan();
        SideBySidePlan plan;
        plan.mechanisms = chosen.mechanisms.mid(0, SideBySidePlan::kMaxMechanisms);
        plan.size = chosen.sizes.isEmpty() ? plan.size : *std::min_element(chosen.sizes.begin(), chosen.sizes.end());
        if (plan.mechanisms.size() < SideBySidePlan::kMinMechanisms) {
            statusBar()->showMessage(tr("Side by side: choose two to four mechanisms in the list first"), 6000);
            return;
        }
        if (chosen.mechanisms.size() > SideBySidePlan::kMaxMechanisms)
            statusBar()->showMessage(tr("Side by side shows the first four of the chosen mechanisms"), 6000);
        openSideBySide(plan);
    });
}

SideBySideView *MainWindow::openSideBySide(const SideBySidePlan &plan)
{
    if (!m_sideBySide) {
        // A window of its own, so the scenes get the whole screen; it goes
        // with this one.
        m_sideBySide = new SideBySideView(this);
        m_sideBySide->setWindowFlag(Qt::Window);
        connect(m_sideBySide, &SideBySideView::aboutToStart, this,
                [this] { giveWayTo(Activity::SideBySide, tr("The live run was stopped for side by side.")); });
        connect(m_sideBySide, &SideBySideView::runningChanged, this, [this](bool running) {
            running ? m_arbiter.begin(Activity::SideBySide) : m_arbiter.end(Activity::SideBySide);
        });
        m_sideBySide->setGeometry(screen()->availableGeometry());
    }
    m_sideBySide->setPlan(plan);
    updateActions();
    m_sideBySide->showMaximized();
    m_sideBySide->raise();
    m_sideBySide->activateWindow();
    return m_sideBySide;
}

void MainWindow::connectController()
{
    connect(&m_controller, &RunController::runStarted, this, [this](const Run *run) {
        m_arbiter.begin(Activity::LiveRun);
        statusBar()->clearMessage(); // the last run's summary is not this one's
        m_scene->setRun(run);
        m_ui->flowView->refit();
        m_ui->code->setMechanism(run->scenario().mechanism);
        m_ui->plot->setRun(run);
        showGraph(); // hidden while a lesson ran
        m_ui->kernel->clearRun();
        m_reportedCorrupted = m_reportedDuplicated = 0;
        m_ui->log->append(
            tr("Started %1: %2")
                .arg(mechanismText(run->scenario().mechanism).title, run->workerCommands().join(QStringLiteral("; "))));
        if (run->mechanism()->footprint(run->scenario().shape()).posixQueues > 0 && !mqueueListed())
            m_ui->log->append(tr("/dev/mqueue is not mounted here: the queue works all the same, but ls and the "
                                 "Inspector cannot list it (as root: mkdir -p /dev/mqueue && mount -t mqueue none "
                                 "/dev/mqueue)."));
    });
    connect(&m_controller, &RunController::runDiscarded, this, [this] {
        m_samplePending = false;
        m_pendingEvents.clear();
        m_reading.cancel();
        m_arbiter.end(Activity::LiveRun);
        m_ui->plot->detachRun();
        m_ui->kernel->clearRun();
        m_ui->code->update(RunSnapshot());
        m_ui->inspector->setProcesses({});
        showNotice([] { return tr("No run: press Start (F5) to run the scenario."); });
    });
    connect(&m_controller, &RunController::sampled, this, &MainWindow::onSampled);
    connect(m_scene, &FlowScene::frame, this, &MainWindow::drawSample);
    connect(&m_controller, &RunController::logLine, this, [this](const QString &line) { m_ui->log->append(line); });
    connect(&m_controller, &RunController::runFinished, this, &MainWindow::onFinished);
    connect(&m_controller, &RunController::stateChanged, this, &MainWindow::updateActions);
}

bool MainWindow::startRun()
{
    QString why;
    if (!m_arbiter.mayStart(Activity::LiveRun, &why)) {
        statusBar()->showMessage(why, 5000);
        return false;
    }
    // Start runs the user's scenario, not the one a replay shows.
    if (m_recordings->isReplaying() && !m_recordings->isLookingBack())
        m_recordings->endReplay();
    const ScenarioEditor *editor = m_ui->editor;
    m_ui->pages->setCurrentWidget(m_ui->livePage);
    if (!editor->isValid()) {
        m_ui->log->append(tr("Cannot start: %1").arg(editor->problem()), LogView::Kind::Error);
        statusBar()->showMessage(tr("Cannot start: %1").arg(editor->problem()), 8000);
        return false;
    }
    const auto watchEverything = [](Run &run) {
        // The window shows where each worker is blocked, the kernel's values
        // at the screen's pace, and the scene model built from them.
        run.setWatchProcesses(true);
        run.setKernelInterval(33);
        run.setWatchScene(true);
    };
    if (!m_controller.start(editor->scenario(), watchEverything)) {
        m_ui->log->append(tr("Could not start: %1").arg(m_controller.lastError()), LogView::Kind::Error);
        showNotice([error = m_controller.lastError()] { return tr("Could not start: %1").arg(error); });
        statusBar()->showMessage(tr("Could not start: %1").arg(m_controller.lastError()), 8000);
        return false;
    }
    updateActions();
    return true;
}

bool MainWindow::step()
{
    const QString who = m_rules.step();
    if (who.isEmpty())
        statusBar()->showMessage(tr("Nobody can take a step now: the workers are blocked in the kernel or not yet "
                                    "at their next call"),
                                 4000);
    else
        statusBar()->showMessage(tr("%1 takes one step").arg(who), 2000);
    return !who.isEmpty();
}

void MainWindow::onSampled(const RunSnapshot &, const QVector<RunEvent> &events)
{
    // One repaint a frame: a sample is drawn with the scene's next animation
    // step, not in a repaint of its own between two (the 30 polls and the 40
    // steps a second painted the window about 70 times a second). No event
    // is lost: those of every poll since the last frame are drawn with it.
    m_pendingEvents += events;
    m_samplePending = true;
    if (!m_scene->isAnimating())
        drawSample();
}

void MainWindow::drawSample()
{
    const Run *run = m_controller.run();
    if (!m_samplePending || !run)
        return;
    m_samplePending = false;
    const QVector<RunEvent> events = std::exchange(m_pendingEvents, {});
    const RunSnapshot &snapshot = run->snapshot();
    // Looking back, the scene and its panels show the past the user chose.
    if (!m_recordings->isLookingBack()) {
        m_scene->update(run->scene(), events);
        // An exact picture (held, stepped) or a new phase is read at once:
        // every Step is drawn as it is; at speed, values a person reads.
        const SceneModel &scene = run->scene();
        if (m_readPanelsDue)
            drawReadPanels();
        m_reading.offer(scene.exact || scene.phase != m_readPhase || m_rules.pace().stepped() || m_rules.isHeld());
        m_ui->plot->refresh();
        if (m_presenting)
            m_ui->caption->setText(m_scene->caption());
    }
    // The status bar's counts with the cards' (the same sample), not up to
    // a tick of the status timer behind them.
    updateStatus();
    QList<QPair<QString, qint64>> processes;
    for (const WorkerSnapshot &w : snapshot.workers)
        if (!w.exited)
            processes.append({w.name(), w.pid});
    m_ui->inspector->setProcesses(processes);
    // Corrupted and duplicated messages go to the log as they are counted.
    if (snapshot.corrupted > m_reportedCorrupted) {
        m_ui->log->append(tr("%n corrupted message(s) so far", "", int(snapshot.corrupted)), LogView::Kind::Warning);
        m_reportedCorrupted = snapshot.corrupted;
    }
    if (snapshot.duplicated > m_reportedDuplicated) {
        m_ui->log->append(tr("%n duplicated message(s) so far", "", int(snapshot.duplicated)), LogView::Kind::Warning);
        m_reportedDuplicated = snapshot.duplicated;
    }
}

void MainWindow::drawReadPanels()
{
    const Run *run = m_controller.run();
    if (!run || m_recordings->isLookingBack())
        return;
    // The panels show the sample the cards show: one still waiting for its
    // frame when the interval ends is drawn with that frame (the cards are
    // drawn only with the scene's frames), panels and all; the run's snapshot
    // is read in place, not copied for each of up to 30 samples a second.
    if (m_samplePending) {
        m_readPanelsDue = true;
        return;
    }
    m_readPanelsDue = false;
    m_readPhase = run->scene().phase;
    m_ui->kernel->update(run->snapshot(), run->scene());
    m_ui->code->update(run->snapshot());
}

void MainWindow::onFinished(const RunResult &r)
{
    // A sample still waiting for its frame is the run's last look (the run
    // sends it just before it finishes): drawn now, before the end, as when
    // every sample was drawn at once — the inspector's processes without
    // the ended ones, the last counts in the log, the last events.
    drawSample();
    // The line begins with the phase the end picture draws (endedPhase): a
    // run that did what was asked can still have lost a worker to a kill the
    // user injected, and then it failed here too, not "Finished".
    const ScenePhase phase = endedPhase(r);
    const bool failed = phase == ScenePhase::Failed;
    // Failed says why, in the words the CLI's summary gives (failedBecause).
    const QString summary =
        tr("%1 — %2 sent, %3 received, %4 lost, %5 duplicated, %6 corrupted; %7")
            // A run that did not do what was asked has its error on the line
            // after; one that lost a worker says whom here.
            .arg(failed                            ? (r.ok ? tr("Failed: %1").arg(failedBecause(r)) : tr("Failed"))
                 : phase == ScenePhase::Stopped ? tr("Stopped")
                                                : tr("Finished"),
                 Formatter::count(r.sent), Formatter::count(r.messages), Formatter::count(r.lost),
                 Formatter::count(r.duplicated), Formatter::count(r.corrupted), Formatter::byteRate(r.mbPerS * 1e6)) +
        (r.untrusted ? QStringLiteral(" · ") + ignoredText(r.untrusted) : QString());
    m_ui->log->append(summary, r.ok && !failed ? LogView::Kind::Info : LogView::Kind::Warning);
    // The latency as the CLI's summary gives it, each quantile within the
    // observed extremes; under a full-speed stream it is mostly queueing,
    // and that is said beside it.
    if (r.latencyP50Us && r.latencyP99Us && r.latencyMaxUs) {
        QString latency = (r.scenario.pingPong ? tr("Round trip: p50 %1, p99 %2, max %3")
                                               : tr("Latency, one way: p50 %1, p99 %2, max %3"))
                              .arg(Formatter::latency(*r.latencyP50Us), Formatter::latency(*r.latencyP99Us),
                                   Formatter::latency(*r.latencyMaxUs));
        if (!r.scenario.pingPong && r.scenario.rate <= 0)
            latency += QStringLiteral(". ") + LatencyNote::oneWayUnderStream();
        m_ui->log->append(latency);
    }
    if (!r.ok)
        m_ui->log->append(r.error, LogView::Kind::Error);
    statusBar()->showMessage(r.ok ? summary : r.error, 10000);
    // The end gets no sample of its own: the kernel panel and the graph are
    // drawn once more from the run as it ended (the scene draws itself), and
    // the Code dock marks no line: nothing runs any more (a worker killed in
    // a call still says it is in it).
    m_reading.cancel(); // the end is drawn here, and stays
    if (const Run *run = m_controller.run(); run && !m_recordings->isLookingBack()) {
        m_ui->kernel->update(run->snapshot(), run->scene());
        m_ui->code->update(RunSnapshot());
        m_ui->plot->refresh();
    }
    m_arbiter.end(Activity::LiveRun);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool active = m_controller.isActive();
    QString why;
    const bool mayStart = m_arbiter.mayStart(Activity::LiveRun, &why);
    m_ui->actionStart->setEnabled(m_ui->editor->isValid() && mayStart);
    m_ui->comparePage->setRunAllowed(m_arbiter.mayStart(Activity::Comparison));
    m_ui->lessons->setRunAllowed(m_arbiter.mayStart(Activity::Lesson));
    if (m_sideBySide) {
        QString busy;
        const bool allowed = m_arbiter.mayStart(Activity::SideBySide, &busy);
        m_sideBySide->setStartAllowed(allowed, busy);
    }
    m_ui->actionStart->setToolTip(!mayStart                  ? why
                                  : m_ui->editor->isValid() ? tr("Start the scenario with real processes (F5)")
                                                            : tr("Cannot start: %1").arg(m_ui->editor->problem()));
    m_ui->actionPause->setEnabled(active);
    m_ui->actionStep->setEnabled(active);
    m_ui->actionStop->setEnabled(active);
    const QSignalBlocker block(m_ui->actionPause);
    m_ui->actionPause->setChecked(m_rules.isHeld());
    updateStatus();
}

void MainWindow::updateStatus()
{
    QString text;
    const Run *run = m_controller.run();
    if (run && run->isActive()) {
        text = tr("%1 · %2 · %3 sent, %4 received")
                   .arg(m_rules.isHeld()            ? tr("Paused")
                        : m_rules.pace().stepped() ? tr("Stepping, %1").arg(m_rules.pace().describe())
                                                   : tr("Running"),
                        Formatter::duration(run->snapshot().elapsedS), Formatter::count(run->snapshot().sent),
                        Formatter::count(run->snapshot().received));
        // Values from shared memory that no worker can have written: said
        // where the counts they were kept out of are.
        if (run->snapshot().untrusted)
            text += QStringLiteral(" · ") + ignoredText(run->snapshot().untrusted);
    } else if (m_arbiter.current() == Activity::Lesson || m_arbiter.current() == Activity::Comparison)
        text = m_arbiter.describe();
    else if (m_lastActivity)
        text = m_lastActivity();
    else if (!m_ui->editor->isValid())
        text = tr("Cannot start: %1").arg(m_ui->editor->problem());
    else
        text = tr("Ready: press Start (F5)");
    m_status->setState(text);
    m_status->setCounter(tr("%1 frames/s · messages on screen: %2")
                             .arg(Formatter::decimal(m_ui->flowView->framesPerSecond(), 0))
                             .arg(m_scene->tokenCount()));
}

void MainWindow::setPresentation(bool on)
{
    if (on == isPresentation())
        return;
    // For the projector: no editors, most of the height for the scene, and
    // thicker lines; the semaphores are in the scene, the graph stays.
    if (on) {
        // From the Compare page, the Live page's docks are the ones to come back.
        m_normalState = m_liveState.isEmpty() ? saveState() : m_liveState;
        m_liveState.clear();
        m_normalSplit = m_ui->splitter->sizes();
        for (QDockWidget *dock : {m_ui->mechanismDock, m_ui->scenarioDock, m_ui->kernelDock, m_ui->logDock,
                                  m_ui->lessonDock, m_ui->codeDock, faultsDock(),
                                  static_cast<QDockWidget *>(m_timeline)})
            dock->hide();
        // After the layout settles (it may not have a size yet at start-up).
        m_ui->splitter->setStretchFactor(0, 5);
        m_ui->splitter->setStretchFactor(1, 2);
        QTimer::singleShot(0, this, &MainWindow::fitGraphToPace);
    } else {
        // On the Compare page the docks stay hidden until Live comes back.
        if (m_ui->pages->currentWidget() == m_ui->comparePage)
            m_liveState = m_normalState;
        else
            restoreState(m_normalState);
        m_ui->splitter->setStretchFactor(0, 3);
        m_ui->splitter->setStretchFactor(1, 2);
        m_ui->splitter->setSizes(m_normalSplit);
        if (std::exchange(m_graphGaveWay, false) && !m_ui->lessons->isRunning())
            m_ui->plot->show();
    }
    // Large type, thick lines, high contrast: read from the back of the hall.
    m_presenting = on;
    m_ui->lessons->setPresenting(on); // "Ask first" has its own setting there
    m_ui->plot->setCompact(on);
    m_paceControl->setCompact(on);
    VisualStyle::setLineScale(on ? 1.8 : 1.0);
    VisualStyle::setLargeType(on);
    VisualStyle::setHighContrast(on);
    setZoom(m_zoom);
    restyle();
    if (!on)
        m_ui->plot->setMinimumHeight(kGraphHeight);
    m_ui->caption->setVisible(on);
    m_ui->menuBar->setVisible(!on);
    const QSignalBlocker block(m_ui->actionPresentation);
    m_ui->actionPresentation->setChecked(on);
}

void MainWindow::showGraph()
{
    // On the projector a Timeline opened on purpose takes the graph's place:
    // two views of time leave neither the room to be read.
    const bool timeline = m_presenting && m_timeline->isVisible() && !m_timeline->isFloating();
    m_graphGaveWay = timeline;
    // A lesson has no graph of its own: the live run's, detached, stays away
    // until the next run, whatever the Timeline does meanwhile.
    m_ui->plot->setVisible(!timeline && !m_ui->lessons->isRunning());
    // With the graph's room: once the dock is laid out (it may be showing).
    if (timeline)
        QTimer::singleShot(0, this, [this] {
            if (m_graphGaveWay)
                resizeDocks({m_timeline}, {m_ui->pages->height() * 2 / 5}, Qt::Vertical);
        });
}

void MainWindow::fitGraphToPace()
{
    // On the projector a paced run is watched in the scene, call by call: its
    // graph shrinks to a strip. At speed it takes a quarter, unless the scene
    // then needs the height (three producers in a column, four semaphores
    // under them): its words must stay large enough for the back of the hall.
    if (!m_presenting)
        return;
    m_ui->plot->setMinimumHeight(kGraphStrip);
    const int total = m_ui->splitter->height() - m_ui->splitter->handleWidth();
    const int quarter = std::max(kGraphStrip, total * 26 / 100);
    const double width = m_ui->flowView->width();
    // The height goes to the scene when it makes the difference: its state
    // type, even set down to its floor, under the projector's floor with the
    // quarter and on it with the strip. A scene that cannot get there (eight
    // producers) keeps a graph that can be read.
    const auto readable = [&](int graph) {
        return m_scene->scaleIn(QSizeF(width, total - graph)) * sceneFloor(TextRole::State) >= kStateFloorPx;
    };
    const bool needsHeight = !readable(quarter) && readable(kGraphStrip);
    const int graph = m_rules.pace().stepped() || needsHeight ? kGraphStrip : quarter;
    m_ui->splitter->setSizes({total - graph, graph});
}

bool MainWindow::isPresentation() const
{
    return m_presenting;
}

void MainWindow::setZoom(double factor)
{
    m_zoom = std::clamp(factor, kMinZoom, kMaxZoom);
    // The presentation's larger type is on top of the user's zoom; the scene
    // already fills the room the hidden docks leave.
    QFont font = m_baseFont;
    font.setPointSizeF(m_baseFont.pointSizeF() * m_zoom * (m_presenting ? kPresentationType : 1.0));
    QApplication::setFont(font);
    // The caption carries state: on the projector at least 24 pixels high.
    QFont captionFont = font;
    captionFont.setBold(true);
    const int captionPx = qRound(QFontInfo(font).pixelSize() * 1.6);
    captionFont.setPixelSize(m_presenting ? std::max(captionPx, qRound(24 * m_zoom)) : captionPx);
    m_ui->caption->setFont(captionFont);
    // So does the status line: on the projector at least 20 pixels high.
    QFont statusFont = font;
    if (m_presenting)
        statusFont.setPixelSize(std::max(QFontInfo(font).pixelSize(), qRound(20 * m_zoom)));
    m_status->setFont(statusFont);
    m_ui->flowView->setZoom(m_zoom);
    fitToScreenLater();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The run's workers and objects go with the window, and a comparison's too.
    m_controller.discard();
    m_ui->comparePage->cancel();
    if (m_sideBySide) {
        m_sideBySide->discard();
        m_sideBySide->close();
    }
    m_ui->lessons->cancel();
    event->accept();
}

} // namespace ipcscope
