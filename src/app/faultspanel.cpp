#include "faultspanel.h"

#include "faultkeys.h"
#include "faultmenu.h"

#include "session/runcontroller.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ipcscope {

FaultsPanel::FaultsPanel(RunController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_menu(new FaultMenu(controller, this)),
      m_keys(new FaultKeys(controller, this)),
      m_view(new QTableView(this)), m_note(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setModel(&m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_note->setWordWrap(true);
    layout->addWidget(m_view);
    layout->addWidget(m_note);
    connect(m_menu, &FaultMenu::refused, m_note, &QLabel::setText);
    connect(m_keys, &FaultKeys::said, m_note, &QLabel::setText);
    connect(&controller, &RunController::runStarted, this, [this] {
        m_model.clear();
        m_note->clear();
    });
    connect(&controller, &RunController::sampled, this, [this] {
        const Run *run = m_controller.run();
        if (!run)
            return;
        const bool first = m_model.rowCount() == 0 && !run->faults().isEmpty();
        m_model.setRecords(run->faults());
        if (first) {
            m_view->resizeColumnsToContents();
            emit firstFault();
        }
    });
    connect(&controller, &RunController::runFinished, this,
            [this](const RunResult &result) { m_model.setRecords(result.faults); });
    retranslate();
}

void FaultsPanel::retranslate()
{
    m_menu->retranslate();
    m_keys->retranslate();
    setToolTip(tr("Each fault made on the run: the call ipcscope made, the kernel's answer and what the workers did "
                  "after it. Make one from the Faults menu or by right-clicking a worker."));
    m_view->resizeColumnsToContents();
}

} // namespace ipcscope
