#pragma once
// The Lessons panel: each lesson of the lecture one click away, with its
// explanation and the outcome to expect; Run reproduces it with real
// processes, the observations appear as they are made, then the outcome
// measured on this run and whether it is the expected one.
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
    bool run(); // the selected lesson
    void cancel();
    bool isRunning() const { return m_runner.isRunning(); }
    QString selectedId() const;
    void retranslate();
    // Whether Run may start a lesson now (not while a comparison measures).
    void setRunAllowed(bool allowed);

signals:
    void aboutToRun(const QString &mechanism); // nothing else of ours may run meanwhile
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
    QPushButton *m_cancel;
    QPushButton *m_watch;
    QPlainTextEdit *m_observations;
    QLabel *m_measured;
    QLabel *m_verdict;
    bool m_runAllowed = true;
};

} // namespace ipcscope
