#pragma once
// The Lessons panel: each lesson of the lecture one click away, grouped as
// the lecture goes, with its explanation and the outcome to expect; Run
// reproduces it with real processes, the observations appear as they are
// made, then what was measured, each check of the verdict, the lecture's
// errata where it has them, and whether it is the expected outcome. The
// control run does the same where the phenomenon cannot happen.
#include "session/lessons/lessonrunner.h"

#include <QWidget>

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
    bool run(LessonSetup setup = LessonSetup::AsTaught); // the selected lesson
    void cancel();
    bool isRunning() const { return m_runner.isRunning(); }
    QString selectedId() const;
    void retranslate();
    // Whether Run may start a lesson now (not while a comparison measures).
    void setRunAllowed(bool allowed);

signals:
    // Nothing else of ours may run meanwhile; `code` is the snippet the Code
    // dock shows (resources/code/CODE.c).
    void aboutToRun(const QString &code);
    // Where the lesson's workers are, for the Code dock's marks (empty: done).
    void workersChanged(const ipcscope::RunSnapshot &snapshot);
    // "Watch it live": the example scenario the lesson builds on.
    void watchRequested(const QString &example);
    void runningChanged(bool running);
    void lessonFinished(const ipcscope::LessonOutcome &outcome);

private:
    void showSelected();
    void setRunning(bool running);

    LessonRunner m_runner;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_expected;
    QPushButton *m_run;
    QPushButton *m_control;
    QPushButton *m_cancel;
    QPushButton *m_watch;
    QPlainTextEdit *m_observations;
    QLabel *m_measured;
    QLabel *m_checks;
    QLabel *m_errata;
    QLabel *m_verdict;
    bool m_runAllowed = true;
};

} // namespace ipcscope
