#pragma once
// Draws a timeline model (session/timelinemodel.h) between two times into
// any painter — the view's, an SVG's, a PDF's — so that what is exported is
// what is seen. One lane per worker with its states shaded, an arrow from
// each recorded send to its recorded receive, the semaphores' values as
// step lines beneath, the time axis on top and the replay's cursor.
#include "session/timelinemodel.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QStringList>

#include <optional>

class QPainter;

namespace ipcscope {

class TimelinePainter {
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)
public:
    // Each arrow is numbered where its number does not cover another's
    // (while at most kNumbered are in view: beyond, none would fit); past
    // kMaxArrows in view one in every n is drawn, and the legend says so.
    static constexpr int kNumbered = 300;
    static constexpr int kMaxArrows = 4000;

    // What one paint drew: the tests read it.
    struct Drawn {
        int lanes = 0;
        int arrows = 0;
        int numbered = 0;
        int semaphores = 0;
        int everyNth = 1;   // 1: every arrow in view
        bool sampled = false; // the legend says the events are sampled
        QStringList notes;    // the legend's last row, as it reads
    };

    TimelinePainter(const TimelineModel &model, double fromS, double toS, std::optional<double> cursorS,
                    const QFont &font);

    // The height all lanes and semaphores take at this font.
    static int heightFor(const TimelineModel &model, const QFont &font);
    Drawn paint(QPainter &p, const QRectF &rect) const;

    // Where things are, for the view's hand and tooltips.
    QRectF plotRect(const QRectF &rect) const; // right of the labels, below the axis
    double xOf(double tS, const QRectF &plot) const;
    double timeAt(double x, const QRectF &plot) const;
    int laneAt(double y, const QRectF &plot) const; // -1: none
    double laneTop(int lane, const QRectF &plot) const;
    int laneHeight() const { return m_laneHeight; }

    // A state in words, as the legend and the tooltips say it.
    static QString stateText(TimelineState state);

private:
    void paintAxis(QPainter &p, const QRectF &rect, const QRectF &plot) const;
    void paintLegend(QPainter &p, const QRectF &rect, Drawn &drawn) const;
    void paintLanes(QPainter &p, const QRectF &rect, const QRectF &plot, Drawn &drawn) const;
    void paintArrows(QPainter &p, const QRectF &plot, Drawn &drawn) const;
    void paintSemaphores(QPainter &p, const QRectF &rect, const QRectF &plot, Drawn &drawn) const;

    const TimelineModel &m_model;
    double m_fromS;
    double m_toS;
    std::optional<double> m_cursorS;
    QFont m_font;
    int m_lineHeight;
    int m_laneHeight;
    int m_laneGap;
    int m_semaphoreHeight;
    int m_labelWidth;
};

} // namespace ipcscope
