#pragma once
// The timeline of one recorded run (session/timelinemodel.h), drawn by
// TimelinePainter: the wheel zooms about the pointer, a drag pans, a double
// click shows the whole run; the replay's cursor is a line; the context
// menu exports what is shown as SVG or PDF, for slides. While a run goes
// the view follows it, its right edge at "now", until the user zooms or
// pans into the past; follow() brings it back.
#include "timelinepainter.h"

#include "session/timelinemodel.h"

#include <QWidget>
#include <QtNumeric>

#include <optional>

namespace ipcscope {

class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    // Shows `model`, following it: its last `followSpanS` (the whole run by
    // default; a live run's last seconds).
    void setModel(const TimelineModel &model, double followSpanS = qInf());
    const TimelineModel &model() const { return m_model; }
    // Lays out what `recording` added since (TimelineModel::extend) and
    // keeps "now" in view while following; false: lay it out anew.
    bool extend(const Recording &recording);

    // Following: the view's right edge is the run's last moment, the span
    // the one the user left at "now" (the whole run while it is shorter).
    bool isFollowing() const { return m_following; }
    void follow();
    // The replay's time; nothing: no cursor.
    void setCursorTime(std::optional<double> tS);
    std::optional<double> cursorTime() const { return m_cursorS; }

    void setRange(double fromS, double toS);
    void showAll();
    double fromS() const { return m_fromS; }
    double toS() const { return m_toS; }

    // What is shown, at the view's width: false (and why) when the file
    // cannot be written.
    bool exportSvg(const QString &fileName, QString *error = nullptr) const;
    bool exportPdf(const QString &fileName, QString *error = nullptr) const;

    // What the last paint drew.
    TimelinePainter::Drawn drawn() const { return m_drawn; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The span the view follows a run with until the user gives another.
    static constexpr double kFollowSpanS = 10;

signals:
    void followingChanged(bool following);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    TimelinePainter painter() const;
    QSize exportSize() const;
    QString toolTipAt(const QPointF &pos) const;
    void exportWithDialog(bool pdf);
    void setFollowing(bool following);
    // After the user's zoom or pan: still at "now", or in the past.
    void userMoved();

    TimelineModel m_model;
    double m_fromS = 0;
    double m_toS = 1;
    std::optional<double> m_cursorS;
    TimelinePainter::Drawn m_drawn;
    std::optional<QPointF> m_dragFrom;
    double m_dragFromS = 0;
    bool m_following = true;
    double m_followSpanS = kFollowSpanS; // infinity: the whole run
};

} // namespace ipcscope
