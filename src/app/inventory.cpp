#include "inventory.h"

#include "flowview.h"
#include "sceneitem.h"

#include <QFontInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QJsonArray>
#include <QLabel>

namespace ipcscope {

double Inventory::Text::contrast() const
{
    return colour.isValid() && background.isValid() ? VisualStyle::contrast(colour, background) : 0;
}

QJsonObject Inventory::toJson() const
{
    QJsonArray textArray;
    for (const Text &t : texts) {
        QJsonObject text{{QStringLiteral("text"), t.text},
                         {QStringLiteral("px"), qRound(t.px * 10) / 10.0},
                         {QStringLiteral("role"), t.role},
                         {QStringLiteral("cut"), t.cut}};
        if (t.contrast() > 0) {
            text.insert(QStringLiteral("colour"), t.colour.name());
            text.insert(QStringLiteral("background"), t.background.name());
            text.insert(QStringLiteral("contrast"), qRound(t.contrast() * 10) / 10.0);
        }
        textArray.append(text);
    }
    QJsonArray itemArray;
    for (const Item &i : items)
        itemArray.append(QJsonObject{{QStringLiteral("kind"), i.kind}, {QStringLiteral("name"), i.name}});
    return {{QStringLiteral("screen"), QJsonArray{screen.width(), screen.height()}},
            {QStringLiteral("texts"), textArray},
            {QStringLiteral("items"), itemArray}};
}

Inventory takeInventory(const FlowView *view, const QLabel *caption, QSize screen)
{
    Inventory inventory;
    inventory.screen = screen;
    if (caption && caption->isVisible() && !caption->text().isEmpty())
        inventory.texts.append({caption->text(), double(QFontInfo(caption->font()).pixelSize()),
                                roleName(TextRole::Caption), caption->palette().color(caption->foregroundRole()),
                                caption->palette().color(caption->backgroundRole())});
    if (!view || !view->scene() || !view->isVisible())
        return inventory;
    // The scene is drawn scaled; nothing in it is scaled on its own.
    const double scale = view->transform().m11();
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    const QList<QGraphicsItem *> items = view->scene()->items(Qt::AscendingOrder);
    for (const QGraphicsItem *item : items) {
        if (!item->isVisible() || !item->sceneBoundingRect().intersects(shown))
            continue;
        if (const auto *drawn = dynamic_cast<const SceneItem *>(item)) {
            if (!drawn->inventoryKind().isEmpty())
                inventory.items.append({drawn->inventoryKind(), drawn->inventoryName()});
            for (const DrawnText &t : drawn->drawnTexts())
                inventory.texts.append({t.text, t.px * scale, roleName(t.role), t.colour, t.background, t.cut});
        } else if (item->data(kInventoryKind).isValid()) {
            inventory.items.append({item->data(kInventoryKind).toString(), item->data(kInventoryName).toString()});
        }
    }
    return inventory;
}

QStringList floorProblems(const Inventory &inventory, double stateFloor, double verdictFloor)
{
    static const QStringList carriesState{roleName(TextRole::State), roleName(TextRole::Value),
                                          roleName(TextRole::Count), roleName(TextRole::Caption),
                                          roleName(TextRole::Detail)};
    QStringList problems;
    for (const Inventory::Text &t : inventory.texts) {
        const double floor = t.role == roleName(TextRole::Verdict) ? verdictFloor
                             : carriesState.contains(t.role)       ? stateFloor
                                                                   : 0;
        // A tenth of a pixel of rounding is not a smaller text.
        if (t.px + 0.05 < floor)
            problems << QStringLiteral("%1 \"%2\": %3 px, under %4 px").arg(t.role, t.text).arg(t.px, 0, 'f', 1).arg(floor);
    }
    return problems;
}

QStringList cutProblems(const Inventory &inventory)
{
    static const QStringList carriesState{roleName(TextRole::State), roleName(TextRole::Value),
                                          roleName(TextRole::Count), roleName(TextRole::Verdict),
                                          roleName(TextRole::Detail)};
    QStringList problems;
    for (const Inventory::Text &t : inventory.texts)
        if (carriesState.contains(t.role) && (t.cut || t.text.contains(QChar(0x2026))))
            problems << QStringLiteral("%1 \"%2\": cut").arg(t.role, t.text);
    return problems;
}

QStringList cutNameProblems(const Inventory &inventory)
{
    static const QStringList names{roleName(TextRole::Title), roleName(TextRole::Label)};
    QStringList problems;
    for (const Inventory::Text &t : inventory.texts)
        if (names.contains(t.role) && (t.cut || t.text.contains(QChar(0x2026))))
            problems << QStringLiteral("%1 \"%2\": cut").arg(t.role, t.text);
    return problems;
}

QStringList contrastProblems(const Inventory &inventory, double least)
{
    QStringList problems;
    for (const Inventory::Text &t : inventory.texts)
        // A hundredth of rounding is not a fainter text.
        if (t.contrast() > 0 && t.contrast() + 0.005 < least)
            problems << QStringLiteral("%1 \"%2\": %3 on %4, %5:1").arg(t.role, t.text, t.colour.name(),
                                                                        t.background.name())
                            .arg(t.contrast(), 0, 'f', 2);
    return problems;
}

} // namespace ipcscope

