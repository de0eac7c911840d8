#pragma once
// The mechanism picker, grouped as in the lecture (Signals; Pipes & FIFOs;
// Shared memory; Message queues; Sockets), with a short explanation of the
// chosen mechanism and the calls it makes.
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace ipcscope {

class MechanismPicker : public QWidget {
    Q_OBJECT
public:
    explicit MechanismPicker(QWidget *parent = nullptr);

    QString mechanism() const { return m_current; }
    void setMechanism(const QString &id);
    void retranslate();

signals:
    void mechanismChosen(const QString &id);

private:
    void fill();
    void showExplanation();

    QTreeWidget *m_tree;
    QLabel *m_explanation;
    QLabel *m_calls;
    QString m_current;
};

} // namespace ipcscope
