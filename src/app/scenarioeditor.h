#pragma once
// The scenario editor: producers, consumers, message size, rate (1 message a
// second to unlimited), count, duration or until stopped, the payload text and
// the ring's slots — validated as you type against the chosen mechanism's
// limits on this machine, the reason shown under the field at fault.
#include "session/scenario.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ScenarioEditor;
}

namespace ipcscope {

class ScenarioEditor : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioEditor(QWidget *parent = nullptr);
    ~ScenarioEditor() override;

    Scenario scenario() const;
    void setScenario(const Scenario &scenario);
    void setMechanism(const QString &id);
    // Sets the rate as if typed: a running run takes it at once.
    void setRate(double messagesPerSecond);
    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    void retranslate();
    // "Wake-ups preempt (SCHED_OTHER)", checkable: the scenario's scheduling
    // policy (engine/schedpolicy.h), for the Run menu, where it costs the
    // editor no row. Enabled with the editor.
    QAction *preemptAction() const { return m_preempt; }

    // The rates the slider offers; 0 is unlimited.
    static const QList<double> &rateSteps();

signals:
    void changed();
    void validityChanged(bool valid);
    void rateChanged(double messagesPerSecond); // applies to a running run at once

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void showRate();
    void showAmount();
    void showTweaks();

    std::unique_ptr<Ui::ScenarioEditor> m_ui;
    QAction *m_preempt;
    QString m_mechanism = QStringLiteral("sysv-shm");
    QString m_problem;
    // What an example or a lesson changes in the workers (not editable here):
    // kept while the scenario keeps its mechanism.
    Scenario::Tweaks m_tweaks;
    bool m_semUndo = false; // from the file, like the tweaks
    QString m_faults;
    bool m_wasValid = true;
};

} // namespace ipcscope
