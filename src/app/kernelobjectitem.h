#pragma once
// The kernel object between the workers, drawn as what it is. The base class
// holds the frame, the object's name, its depth as the kernel gives it and
// what else the kernel says; subclasses draw the inside (a ring of slots, a
// queue, a pipe, pending signals) and say where a message waiting in it rests.
// Once the run has ended the object is greyed: removed, these its last values.
#include "sceneitem.h"

#include <QFont>
#include <QStringList>

#include <optional>

namespace ipcscope {

class KernelObjectItem : public SceneItem {
public:
    KernelObjectItem(const QString &kind, QSizeF size);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;
    QString inventoryKind() const override { return m_kind; }
    QString inventoryName() const override { return m_title; }

    void setSize(QSizeF size);
    // Where tokens come in and go out: the frame's sides, level with the inside.
    QPointF entry() const;
    QPointF exit() const;
    // Whether messages rest inside as tokens (a ring draws its slots itself).
    virtual bool holdsTokens() const { return true; }
    // Where a waiting message rests: `order`-th in line.
    virtual QPointF restPoint(int order) const = 0;
    // How many waiting messages can be shown.
    virtual int capacity() const = 0;
    // How wide a waiting message may be drawn, so that neighbours do not overlap.
    virtual double placeWidth() const { return 88; }

    // What the kernel says: the object's name, its depth in one line, the
    // rest a line each; how full it is (0..1, negative when unknown); and
    // whether it still exists.
    // `briefer` names it in fewer words, each form shorter than the one
    // before: the first that is not cut is shown where the title would be.
    // `notes` explain the readings (where a number comes from): smaller, after
    // them, as room allows.
    void setReadings(const QString &title, const QString &depth, const QStringList &details, double fill, bool live,
                     const QStringList &briefer = {}, const QStringList &notes = {});
    // The least height of the inside that still shows it, and the height of
    // the whole frame around it with `details` lines of the kernel's.
    virtual double minimumInside() const { return 56; }
    // What the inside needs as it is drawn now (a ring at speed draws no
    // head and tail markers): the rest goes to the words.
    virtual double neededInside() const { return minimumInside(); }
    double minimumHeight(int details) const;

protected:
    virtual void paintInside(QPainter *painter, const QRectF &area) = 0;
    QRectF insideArea() const;
    double fill() const { return m_fill; }
    bool live() const { return m_live; }

    QSizeF m_size;

private:
    // The lines of the title row's parts and of the depth: one each, or two
    // where one would cut it and there is room; the title none if the
    // banner ("removed") leaves it no row.
    struct Rows {
        int banner = 0;
        int title = 1;
        int depth = 1;
    };
    Rows rows() const { return layout().rows; }
    Rows measureRows() const;
    double bannerWidth() const; // 0 while it lives
    bool bannerAlone() const;   // the banner takes the title's row
    double titleWidth() const;
    // The title, or its brief form where the title would be cut in two lines.
    QString shownTitle(int lines = 2) const; // on at most `lines` lines, uncut
    double titleHeight() const { return layout().titleHeight; }
    double readingsHeight() const { return layout().readingsHeight; }

    // The rows and heights, measured by shaping the words (the frame's
    // costliest work: every token's lane asks where the inside is, several
    // times a poll at full speed) and kept until what they were measured
    // from changes: the readings (setReadings() forgets them), or the
    // frame's size, the inside it leaves room for, the type, the banner's
    // words (the language).
    struct LayoutKey {
        QSizeF size;
        double needed = 0;
        QFont font;
        bool large = false;
        QString removed;
        bool operator==(const LayoutKey &) const = default;
    };
    struct Layout {
        LayoutKey key;
        Rows rows;
        QString title; // shownTitle(rows.title): its words measured once, not at every paint
        double titleHeight = 0;
        double readingsHeight = 0;
    };
    const Layout &layout() const;
    mutable std::optional<Layout> m_layout;

    QString m_kind;
    QString m_title;
    QStringList m_briefer;
    QString m_depth;
    QStringList m_details;
    QStringList m_notes;
    double m_fill = -1;
    bool m_live = true;
};

} // namespace ipcscope
