#pragma once
// One message in flight: it leaves its producer when the producer's Sent
// event arrives, rests in the kernel object, and travels to the consumer when
// a consumer's Received event names it. Labelled with its sequence number and
// payload in slow motion, a plain dot at full speed.
#include <QGraphicsItem>
#include <QList>

namespace ipcscope {

class TokenItem : public QGraphicsItem {
public:
    enum class Phase { Arriving, Resting, Leaving, Lost };

    TokenItem(int producer, quint64 seq, const QString &label, const QColor &colour, bool labelled, double width = 88);

    QRectF boundingRect() const override;
    // How tall a labelled token is, in the scene's type.
    static double height();
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

    int producer() const { return m_producer; }
    quint64 seq() const { return m_seq; }
    Phase phase() const { return m_phase; }
    double age() const { return m_age; }           // seconds since it was made
    bool departing() const { return m_departing; } // taken, leaving once it has arrived
    uint16_t place() const { return m_place; }
    void setPlace(uint16_t place) { m_place = place; }

    // Moves along `path` in `seconds`, then rests (or disappears when leaving).
    void travel(const QList<QPointF> &path, double seconds, Phase phase);
    // Leaves along `path` once it has arrived and rested `dwellS` seconds, so
    // that a message taken at once is still seen in its place.
    void leaveAfterArrival(const QList<QPointF> &path, double seconds, double dwellS);
    // Overwritten, merged or dropped: shown crossed out, then fades.
    void markLost(const QString &why);
    // The same, once it has arrived where it was going.
    void loseAfterArrival(const QString &why);
    // Advances the animation; false when the token is finished and can go.
    bool advance(double dtS);

private:
    int m_producer;
    quint64 m_seq;
    QString m_label;
    QColor m_colour;
    bool m_labelled;
    Phase m_phase = Phase::Arriving;
    uint16_t m_place = 0;
    QList<QPointF> m_path;
    double m_duration = 0;
    double m_elapsed = 0;
    double m_fade = 1;
    double m_age = 0;
    QList<QPointF> m_nextPath; // queued departure
    double m_nextSeconds = 0;
    double m_dwell = 0;
    bool m_departing = false;
    QString m_lostWhy;
    QString m_loseOnArrival;
    double m_width;
};

} // namespace ipcscope
