#pragma once
// The Lessons panel: each lesson of the lecture one click away, grouped as
// the lecture goes, with its explanation and the outcome to expect; Run
// reproduces it with real processes, the observations appear as they are
// made, then what was measured, each check of the verdict, the lecture's
// errata where it has them, and whether it is the expected outcome. The
// control run does the same where the phenomenon cannot happen. With "Ask
// first" the lesson's question comes before the run, and its answer, decided
// by what was measured, beside the measurement.
#include "session/lessons/lessonrunner.h"
#include "session/recording.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ipcscope {

class LessonPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonPanel(QWidget *parent = nullptr);

    void select(const QString &id);
    // The selected lesson; with "Ask first", after its question is answered
    // (true then means the question is up).
    bool run(LessonSetup setup = LessonSetup::AsTaught);
    // As taught, without putting the question first (a screenshot taken at
    // the verdict has nobody to answer it); the setting is left as it is.
    bool runWithoutAsking();
    void cancel();
    bool isRunning() const { return m_runner.isRunning(); }
    QString selectedId() const;
    void retranslate();
    // Whether Run may start a lesson now (not while a comparison measures).
    void setRunAllowed(bool allowed);
    // "Ask first" is kept apart for presentation (on unless turned off) and
    // for the desk (off unless turned on).
    void setPresenting(bool on);
    bool asksFirst() const;
    void setAskFirst(bool on);
    // The last run's question and answer, as one paragraph (empty: none asked).
    QString revealed() const { return m_revealed; }
    // The last run's question as it was put, the guess and the answer, for
    // its recording (nothing: none was put).
    std::optional<RecordedQuestion> asked() const;
    // The question and what the measurement answered (-1: nothing, it did not
    // finish) as one paragraph, the guess (-1: none) marked: for the scene on
    // the projector, live or replayed.
    static QString answerText(const LessonQuestion &q, int answer, int guess);

signals:
    // Nothing else of ours may run meanwhile; `code` is the snippet the Code
    // dock shows (resources/code/CODE.c).
    void aboutToRun(const QString &code);
    // Where the lesson's workers are, for the Code dock's marks (empty: done).
    void workersChanged(const ipcscope::RunSnapshot &snapshot);
    // The lesson's scene as its last sample read it; the last one stays after the end.
    void sceneChanged(const ipcscope::SceneModel &scene);
    // "Watch it live": the example scenario the lesson builds on.
    void watchRequested(const QString &example);
    void runningChanged(bool running);
    void lessonFinished(const ipcscope::LessonOutcome &outcome);

private:
    void showSelected();
    void setRunning(bool running);
    bool start(const Lesson &lesson, LessonSetup setup);
    void reveal(const LessonOutcome &o);
    // The shown lesson's lines and results in the current language: they
    // are kept as sources, so a language switch redraws rather than wipes them.
    void drawResults();
    // Once a lesson runs, its description gives the result the room: the
    // explanation and the expected outcome shrink to one elided line each
    // (whole in their tooltips), and the list and the observations ask for a
    // few lines, growing into what room is left, so that at 1024x768 the
    // verdict and the observations need no scrolling.
    void fitRoom();
    void resizeEvent(QResizeEvent *event) override;

    LessonRunner m_runner;
    QStringList m_readings; // the running lesson's, as last seen
    QString m_shownId;      // the lesson whose lines and results are shown
    LessonSetup m_shownSetup = LessonSetup::AsTaught;
    QList<LessonLine> m_lines;
    std::optional<LessonOutcome> m_outcome; // the shown lesson's, once finished
    int m_answerShown = -2;                 // the revealed answer (-1: none), -2: nothing revealed
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_expected;
    QString m_explanationText; // whole, as the lesson says it
    QString m_expectedText;
    QPushButton *m_run;
    QPushButton *m_control;
    QPushButton *m_cancel;
    QPushButton *m_watch;
    QPlainTextEdit *m_observations;
    QLabel *m_measured;
    QLabel *m_checks;
    QLabel *m_errata;
    QLabel *m_verdict;
    QCheckBox *m_askFirst;
    QLabel *m_answer;
    bool m_runAllowed = true;
    bool m_presenting = false;
    bool m_asking = false; // the question is up
    bool m_asked = false;  // the running lesson's question was put
    int m_guess = -1;
    QString m_revealed;
};

} // namespace ipcscope
