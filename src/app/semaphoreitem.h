#pragma once
// A semaphore or lock as the kernel reports it: its value, how many wait on it
// (GETNCNT, or the workers' own states where the kernel does not count them),
// who touched it last (GETPID), and a flash when a P or V completes.
#include <QGraphicsItem>
#include <QStringList>

namespace ipcscope {

class SemaphoreItem : public QGraphicsItem {
public:
    SemaphoreItem(const QString &name, const QString &role, QSizeF size);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

    QString name() const { return m_name; }
    // value < 0: unknown. lastPid 0: not reported.
    void setState(qint64 value, int waiting, const QStringList &waiters, qint64 lastPid, const QString &lastBy);
    // A P or V (or lock, unlock) by `who` just completed.
    void flash(const QString &operation, const QString &who);
    // Fades the flash; returns true while it still shows.
    bool advance(double dtS);
    QPointF anchor() const { return mapToScene(QPointF(m_size.width() / 2, 0)); }

private:
    QString m_name;
    QString m_role;
    QSizeF m_size;
    qint64 m_value = -1;
    int m_waiting = 0;
    QStringList m_waiters;
    qint64 m_lastPid = 0;
    QString m_lastBy;
    QString m_flashText;
    double m_flash = 0; // 1 just flashed, 0 quiet
};

} // namespace ipcscope
