#include "leftoverspanel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ipcscope {

LeftoversPanel::LeftoversPanel(QWidget *parent)
    : QWidget(parent), m_view(new QTableView(this)), m_refresh(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_confirm(new QFrame(this)), m_question(new QLabel(m_confirm)),
      m_yes(new QPushButton(m_confirm)), m_no(new QPushButton(m_confirm)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("leftovers"));
    m_view->setModel(&m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_question->setWordWrap(true);
    m_note->setWordWrap(true);
    m_confirm->setFrameShape(QFrame::StyledPanel);
    m_confirm->hide();
    m_remove->setObjectName(QStringLiteral("removeLeftover"));
    m_yes->setObjectName(QStringLiteral("confirmRemove"));

    auto *confirm = new QHBoxLayout(m_confirm);
    confirm->addWidget(m_question, 1);
    confirm->addWidget(m_yes);
    confirm->addWidget(m_no);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_confirm);
    layout->addWidget(m_note);

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_confirm->hide();
        m_model.refresh();
        m_view->resizeColumnsToContents();
        updateButtons();
    });
    connect(m_remove, &QPushButton::clicked, this, &LeftoversPanel::askToRemove);
    connect(m_yes, &QPushButton::clicked, this, &LeftoversPanel::removeAsked);
    connect(m_no, &QPushButton::clicked, this, [this] {
        m_confirm->hide();
        m_asked = -1;
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_note->setText(m_model.rowCount() == 0 ? tr("Nothing left over: every System V object has a live process.")
                                                : tr("%n object(s) whose processes are all gone.", nullptr,
                                                     m_model.rowCount()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LeftoversPanel::updateButtons);
    retranslate();
    updateButtons();
}

void LeftoversPanel::retranslate()
{
    m_refresh->setText(tr("&Look again"));
    m_remove->setText(tr("&Remove…"));
    m_yes->setText(tr("Remove it"));
    m_no->setText(tr("Keep it"));
    setToolTip(tr("System V objects whose creator and last user are both gone (cpid, lpid from /proc/sysvipc, "
                  "checked alive): what an example killed halfway leaves in ipcs. Only your own can be removed."));
}

void LeftoversPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model.refresh();
    m_view->resizeColumnsToContents();
    updateButtons();
}

int LeftoversPanel::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void LeftoversPanel::updateButtons()
{
    const int row = selectedRow();
    m_remove->setEnabled(row >= 0 && m_model.leftover(row).removable);
}

void LeftoversPanel::askToRemove()
{
    const int row = selectedRow();
    if (row < 0 || !m_model.leftover(row).removable)
        return;
    m_asked = row;
    const auto cell = [&](int column) { return m_model.data(m_model.index(row, column)).toString(); };
    m_question->setText(tr("Remove %1 (key %2, %3)? IPC_RMID cannot be undone.")
                            .arg(cell(LeftoversModel::Object), cell(LeftoversModel::Key), cell(LeftoversModel::Holds)));
    m_confirm->show();
}

void LeftoversPanel::removeAsked()
{
    if (m_asked < 0)
        return;
    const QString what = m_model.data(m_model.index(m_asked, LeftoversModel::Object)).toString();
    const QString why = m_model.remove(m_asked);
    m_asked = -1;
    m_confirm->hide();
    m_view->resizeColumnsToContents();
    updateButtons();
    m_note->setText(why.isEmpty() ? tr("Removed %1.").arg(what) : tr("Not removed: %1").arg(why));
}

} // namespace ipcscope
