#include "faultspanel.h"

#include "faultkeys.h"
#include "faultmenu.h"
#include "faultrecorddelegate.h"

#include "session/runcontroller.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace ipcscope {

FaultsPanel::FaultsPanel(RunController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_menu(new FaultMenu(controller, this)),
      m_keys(new FaultKeys(controller, this)),
      m_view(new QListView(this)), m_note(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setModel(&m_model);
    m_view->setItemDelegate(new FaultRecordDelegate(m_view));
    // Each fault's lines wrap to the panel's width: laid out again when it changes.
    m_view->setResizeMode(QListView::Adjust);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
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
        // A row's effects grow as the run goes on: its height with them.
        if (m_model.rowCount() > 0)
            m_view->doItemsLayout();
        if (first)
            emit firstFault();
    });
    connect(&controller, &RunController::runFinished, this,
            [this](const RunResult &result) {
                m_model.setRecords(result.faults);
                m_view->doItemsLayout();
            });
    retranslate();
}

void FaultsPanel::retranslate()
{
    m_menu->retranslate();
    m_keys->retranslate();
    setToolTip(tr("Each fault made on the run: the call ipcscope made, the kernel's answer and what the workers did "
                  "after it. Make one from the Faults menu or by right-clicking a worker."));
    m_view->doItemsLayout(); // the column titles in each row are words of the language
}

} // namespace ipcscope
