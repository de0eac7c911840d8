#pragma once
// Ctrl-C (SIGINT) and SIGTERM as a Qt signal, so the CLI can stop a run and
// clean up instead of dying with objects left behind.
#include <QObject>

class QSocketNotifier;

namespace ipcscope {

class Interrupt : public QObject {
    Q_OBJECT
public:
    explicit Interrupt(QObject *parent = nullptr);
    ~Interrupt() override;
    int count() const { return m_count; }

signals:
    void interrupted(int count); // 1 on the first Ctrl-C, 2 on the second...

private:
    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace ipcscope
