#include "mechanismpicker.h"

#include "session/enginetext.h"
#include "session/mechanismcatalog.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ipcscope {

namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colour);
    p.setPen(colour.darker(140));
    p.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pixmap);
}

} // namespace

MechanismPicker::MechanismPicker(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_explanation(new QLabel(this)), m_calls(new QLabel(this))
{
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setObjectName(QStringLiteral("mechanismTree"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_calls->setWordWrap(true);
    m_calls->setTextFormat(Qt::PlainText);
    m_calls->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_calls->setFont(mono);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree, 3);
    layout->addWidget(m_explanation, 0);
    layout->addWidget(m_calls, 0);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || item->data(0, Qt::UserRole).toString().isEmpty())
            return;
        const QString id = item->data(0, Qt::UserRole).toString();
        if (id == m_current)
            return;
        m_current = id;
        showExplanation();
        emit mechanismChosen(id);
    });
    fill();
}

void MechanismPicker::fill()
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    // Grouped by the descriptor's group, not its title: a title is in some
    // language, the group is the same in all.
    QMap<Group, QTreeWidgetItem *> groups;
    for (const Group group : kGroups) {
        auto *item = new QTreeWidgetItem(m_tree, {translated(groupTitle(group))});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFlags(Qt::ItemIsEnabled);
        groups.insert(group, item);
    }
    for (const MechanismText &m : mechanismCatalog()) {
        auto *item = new QTreeWidgetItem(groups.value(m.group), {m.title});
        item->setData(0, Qt::UserRole, m.id);
        item->setIcon(0, swatch(m.colour));
        item->setToolTip(0, m.id);
        if (m.id == m_current)
            m_tree->setCurrentItem(item);
    }
    m_tree->expandAll();
}

void MechanismPicker::setMechanism(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            m_current = id;
            showExplanation();
            return;
        }
    }
}

void MechanismPicker::showExplanation()
{
    const MechanismText &m = mechanismText(m_current);
    m_explanation->setText(m.explanation);
    m_calls->setText(m.calls);
}

void MechanismPicker::retranslate()
{
    fill();
    showExplanation();
}

} // namespace ipcscope
