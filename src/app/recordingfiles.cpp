#include "recordingfiles.h"

#include "replaybar.h"

#include "engine/schedpolicy.h"
#include "session/lessons/lesson.h"
#include "session/recordingreader.h"
#include "session/recordingwriter.h"
#include "session/run.h"
#include "session/runcontroller.h"

#include <QAction>
#include <QFileDialog>
#include <QStatusBar>

namespace ipcscope {

namespace {

constexpr int kMessageMs = 10000;

QString filter()
{
    return RecordingFiles::tr("ipcscope recording (*.ipcrec)");
}

} // namespace

RecordingFiles::RecordingFiles(RunController &controller, QAction *save, QAction *open, QAction *lookBack,
                               QStatusBar *status, QWidget *dialogParent)
    : QObject(dialogParent), m_controller(controller), m_recorder(controller), m_replay(this), m_save(save),
      m_open(open), m_lookBack(lookBack), m_status(status), m_dialogParent(dialogParent), m_bar(new ReplayBar(m_replay, dialogParent))
{
    m_bar->hide();
    connect(&m_recorder, &Recorder::recorded, this, &RecordingFiles::updateActions);
    // A live run ends the replay: the scene is the run's again.
    connect(&controller, &RunController::runStarted, this, [this] {
        endReplay();
        updateActions();
    });
    connect(m_bar, &ReplayBar::closeRequested, this, &RecordingFiles::endReplay);
    connect(m_bar, &ReplayBar::followRequested, this, &RecordingFiles::follow);
    connect(m_lookBack, &QAction::triggered, this, &RecordingFiles::lookBack);
    connect(&controller, &RunController::stateChanged, this, &RecordingFiles::updateActions);
    connect(&controller, &RunController::runDiscarded, this, &RecordingFiles::follow);
    // Looking back, the bar says how far behind the live run the picture is.
    connect(&controller, &RunController::sampled, this, [this] {
        if (m_lookingBack && m_controller.run())
            m_bar->setLive(m_controller.run()->snapshot().elapsedS);
    });
    connect(&m_replay, &ReplayController::failed, this,
            [this](const QString &why) { m_status->showMessage(why, kMessageMs); });
    connect(m_save, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getSaveFileName(m_dialogParent, tr("Save the recording"),
                                                          QStringLiteral("ipcscope.ipcrec"), filter());
        if (!file.isEmpty())
            this->save(file);
    });
    connect(m_open, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getOpenFileName(m_dialogParent, tr("Open a recording"), QString(), filter());
        if (!file.isEmpty())
            this->open(file);
    });
    updateActions();
}

bool RecordingFiles::open(const QString &fileName)
{
    QString error;
    const std::optional<Recording> recording = RecordingReader::read(fileName, &error);
    if (!recording) {
        m_status->showMessage(tr("Cannot open the recording: %1").arg(error), kMessageMs);
        return false;
    }
    if (recording->isLesson())
        return openLesson(*recording);
    QString scenarioError;
    Scenario scenario = Scenario::fromJson(recording->scenario, &scenarioError);
    // The policy is the one its run printed: the scenario names it only when
    // it is not the default (and not at all in files of the first days), and
    // a run that printed none was recorded before the workers took
    // SCHED_BATCH, under the kernel's default.
    const QJsonValue printed = recording->result.value(QStringLiteral("sched"));
    if (printed.isUndefined())
        scenario.sched = SchedPolicy::Normal;
    else
        parseSchedPolicy(printed.toString().toStdString(), scenario.sched); // unknown: the scenario's
    if (!scenarioError.isEmpty() || recording->scenes.isEmpty()) {
        m_status->showMessage(tr("Cannot open the recording: %1")
                                  .arg(scenarioError.isEmpty() ? tr("it holds no scene") : scenarioError),
                              kMessageMs);
        return false;
    }
    // The live run gives way: a replay shows only what was recorded.
    follow();
    m_controller.discard();
    m_scenario = scenario;
    emit replayStarted(scenario);
    m_replay.load(*recording);
    m_bar->reset();
    m_bar->show();
    m_status->showMessage(m_bar->originText(), kMessageMs);
    updateActions();
    return true;
}

bool RecordingFiles::openLesson(const Recording &recording)
{
    const QString id = recording.scenario.value(QStringLiteral("lesson")).toString();
    if (!findLesson(id) || recording.scenes.isEmpty()) {
        m_status->showMessage(tr("Cannot open the recording: %1")
                                  .arg(recording.scenes.isEmpty() ? tr("it holds no scene")
                                                                  : tr("a lesson this ipcscope does not have: %1").arg(id)),
                              kMessageMs);
        return false;
    }
    follow();
    m_controller.discard();
    m_scenario = Scenario();
    emit lessonReplayStarted(id);
    m_replay.load(recording);
    m_bar->reset();
    m_bar->show();
    m_status->showMessage(m_bar->originText(), kMessageMs);
    updateActions();
    return true;
}

void RecordingFiles::lessonStarted(const QString &id)
{
    m_recorder.beginLesson(id);
    updateActions();
}

void RecordingFiles::lessonScene(const SceneModel &scene)
{
    m_recorder.keepLessonScene(scene);
}

void RecordingFiles::lessonFinished(const QJsonObject &outcome, const std::optional<RecordedQuestion> &question)
{
    m_recorder.endLesson(outcome, question); // recorded() updates the actions
}

bool RecordingFiles::save(const QString &fileName)
{
    QString error;
    RecordingWriter writer;
    const Recording &recording = isReplaying() && !m_lookingBack ? m_replay.recording() : m_recorder.recording();
    if (!writer.open(fileName, &error) || !writer.write(recording, &error)) {
        m_status->showMessage(tr("Cannot save the recording: %1").arg(error), kMessageMs);
        return false;
    }
    m_status->showMessage(tr("Saved the recording %1").arg(fileName), kMessageMs);
    return true;
}

bool RecordingFiles::lookBack()
{
    const Run *run = m_controller.run();
    if (!run || m_lookingBack || isReplaying())
        return false;
    const Recording soFar = m_recorder.soFar();
    if (soFar.scenes.isEmpty()) {
        m_status->showMessage(tr("Nothing recorded yet to look back on"), kMessageMs);
        return false;
    }
    m_lookingBack = true;
    m_replay.load(soFar);
    m_replay.seek(soFar.durationS());
    m_bar->setLive(run->snapshot().elapsedS);
    m_bar->reset();
    m_bar->show();
    updateActions();
    emit lookingBackChanged(true);
    return true;
}

void RecordingFiles::follow()
{
    if (!m_lookingBack)
        return;
    m_lookingBack = false;
    m_replay.clear();
    m_bar->setLive({});
    m_bar->hide();
    updateActions();
    emit lookingBackChanged(false);
}

void RecordingFiles::endReplay()
{
    if (m_lookingBack) {
        follow();
        return;
    }
    if (!isReplaying())
        return;
    m_replay.clear();
    m_bar->hide();
    updateActions();
    emit replayEnded();
}

void RecordingFiles::updateActions()
{
    m_save->setEnabled(m_recorder.isComplete() || (isReplaying() && !m_lookingBack));
    m_lookBack->setEnabled(m_controller.run() && !isReplaying());
}

} // namespace ipcscope
