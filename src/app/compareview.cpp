#include "compareview.h"

#include "comparecharts.h"
#include "session/comparefile.h"
#include "session/mechanismcatalog.h"
#include "session/runcontroller.h"
#include "session/formatter.h"
#include "ui_compareview.h"
#include "visualstyle.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStyle>

#include <cmath>

namespace ipcscope {

namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

// The model as the table draws it: sorted by the model's numbers, each
// mechanism with its colour and name, the status of a cell as a colour, the
// judged figure in bold.
class PresentedModel : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const bool mechanism = index.column() == CompareModel::MechanismColumn;
        if (mechanism && role == Qt::DecorationRole)
            return swatch(mechanismText(index.data(CompareModel::MechanismRole).toString()).colour);
        if (mechanism && role == Qt::ToolTipRole)
            return mechanismText(index.data(CompareModel::MechanismRole).toString()).title;
        if (role == Qt::ForegroundRole) {
            const VisualStyle &s = VisualStyle::current();
            // What lost messages or failed in the failure colour; a finding
            // against the lecture in orange; what cannot be decided muted.
            switch (index.data(CompareModel::StatusRole).value<CompareModel::Status>()) {
            case CompareModel::Status::Failed:
            case CompareModel::Status::Lossy:
                return s.failed;
            case CompareModel::Status::Disagrees:
                return s.blocked;
            case CompareModel::Status::Undecided:
                return s.mutedText;
            default:
                return {};
            }
        }
        if (role == Qt::FontRole && index.data(CompareModel::JudgedRole).toBool()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CompareView>()), m_sorted(new PresentedModel(this))
{
    m_ui->setupUi(this);
    for (const MechanismText &m : mechanismCatalog()) {
        auto *item = new QListWidgetItem(swatch(m.colour), m.title, m_ui->mechanismList);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    // Sorted once, by the model's numbers; unsorted it keeps the lecture's order.
    m_sorted->setSourceModel(&m_model);
    m_sorted->setSortRole(CompareModel::SortRole);
    QTableView *table = m_ui->table;
    table->setModel(m_sorted);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    // Long cells are cut with their whole text in the tooltip: the verdict
    // stays within the first screenful.
    table->horizontalHeader()->setMaximumSectionSize(320);
    table->horizontalHeader()->setHighlightSections(false);
    // The table and the charts share the height equally, also on a 768-line screen.
    m_ui->results->setStretchFactor(0, 1);
    m_ui->results->setStretchFactor(1, 1);
    m_ui->results->setSizes({1, 1});
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &CompareView::showResults);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &CompareView::showResults);
    connect(m_ui->runButton, &QPushButton::clicked, this, &CompareView::start);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CompareView::cancel);
    connect(m_ui->sideBySideButton, &QPushButton::clicked, this, &CompareView::sideBySideRequested);
    connect(m_ui->exportCsv, &QPushButton::clicked, this,
            [this] { askAndExport(QStringLiteral("ipcscope-compare.csv"), tr("CSV table (*.csv)")); });
    connect(m_ui->exportJson, &QPushButton::clicked, this,
            [this] { askAndExport(QStringLiteral("ipcscope-compare.json"), tr("JSON (*.json)")); });
    connect(m_ui->exportPng, &QPushButton::clicked, this,
            [this] { askAndExport(QStringLiteral("ipcscope-compare.png"), tr("PNG image (*.png)")); });
    connect(m_ui->exportPdf, &QPushButton::clicked, this,
            [this] { askAndExport(QStringLiteral("ipcscope-compare.pdf"), tr("PDF document (*.pdf)")); });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open a saved comparison"), QString(),
                                                          tr("JSON (*.json)"));
        if (!file.isEmpty())
            openSaved(file);
    });
    connect(m_ui->removeOverlay, &QToolButton::clicked, this, &CompareView::removeSaved);
    retranslate();
    restyle();
    setRunning(false);
}

CompareView::~CompareView() = default;

void CompareView::restyle()
{
    const VisualStyle &s = VisualStyle::current();
    m_ui->banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 4px; }")
                                    .arg(s.warning.name(), s.background.name()));
    m_ui->charts->restyle();
    m_ui->table->viewport()->update();
}

void CompareView::retranslate()
{
    m_ui->retranslateUi(this);
    for (int i = 0; i < m_ui->mechanismList->count(); ++i) {
        QListWidgetItem *item = m_ui->mechanismList->item(i);
        item->setText(mechanismText(item->data(Qt::UserRole).toString()).title);
    }
    m_model.retranslate();
    m_ui->charts->retranslate();
    // The settings scroll on a short screen (a projector, large type) instead
    // of making the window taller, and are never cut at the side.
    m_ui->settingsScroll->setMinimumWidth(m_ui->settingsLayout->totalMinimumSize().width() +
                                          style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    showResults();
}

ComparePlan CompareView::plan() const
{
    ComparePlan p;
    for (int i = 0; i < m_ui->mechanismList->count(); ++i)
        if (m_ui->mechanismList->item(i)->checkState() == Qt::Checked)
            p.mechanisms << m_ui->mechanismList->item(i)->data(Qt::UserRole).toString();
    p.sizes.clear();
    const std::pair<QCheckBox *, int> sizes[] = {
        {m_ui->size64, 64}, {m_ui->size4k, 4096}, {m_ui->size64k, 65536}, {m_ui->size1m, 1 << 20}};
    for (const auto &[box, size] : sizes)
        if (box->isChecked())
            p.sizes << size;
    p.repeat = m_ui->repeat->value();
    p.secondsPerRun = m_ui->seconds->value();
    p.pin = m_ui->pin->isChecked();
    p.workers = m_ui->scaling->isChecked() ? QList<int>{1, 2, 4} : QList<int>{1};
    return p;
}

void CompareView::setPlan(const ComparePlan &p)
{
    for (int i = 0; i < m_ui->mechanismList->count(); ++i) {
        QListWidgetItem *item = m_ui->mechanismList->item(i);
        item->setCheckState(p.mechanisms.isEmpty() || p.mechanisms.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_ui->size64->setChecked(p.sizes.contains(64));
    m_ui->size4k->setChecked(p.sizes.contains(4096));
    m_ui->size64k->setChecked(p.sizes.contains(65536));
    m_ui->size1m->setChecked(p.sizes.contains(1 << 20));
    m_ui->repeat->setValue(p.repeat);
    m_ui->seconds->setValue(p.secondsPerRun);
    m_ui->pin->setChecked(p.pin);
    m_ui->scaling->setChecked(p.scaling());
}

void CompareView::setRunAllowed(bool allowed)
{
    m_runAllowed = allowed;
    m_ui->runButton->setEnabled(allowed && !isRunning());
}

void CompareView::say(const QString &text)
{
    m_ui->progressLabel->setText(m_notice.isEmpty() ? text : m_notice + QLatin1Char('\n') + text);
}

bool CompareView::start()
{
    if (isRunning() || !m_runAllowed)
        return false;
    ComparePlan p = plan();
    if (p.mechanisms.isEmpty()) {
        say(tr("Choose at least one mechanism."));
        return false;
    }
    if (const QString problem = p.validate(); !problem.isEmpty()) {
        say(problem);
        return false;
    }
    // The live run shares the CPUs with nothing it measures: it goes first
    // (aboutToStart; the window's status line says so before it does), and
    // this page says so for as long as the comparison measures.
    m_notice.clear();
    if (m_liveRun && m_liveRun->isActive() && m_liveRun->run()) {
        m_notice = tr("The live run of %1 was stopped: a comparison measures with nothing else of ours running.")
                       .arg(mechanismText(m_liveRun->run()->scenario().mechanism).title);
        say(QString());
    }
    emit aboutToStart();
    m_comparison = std::make_unique<Comparison>(p);
    connect(m_comparison.get(), &Comparison::progress, this,
            [this](int point, int points, const QString &what, double left) {
                m_ui->progress->setRange(0, points);
                m_ui->progress->setValue(point);
                say(left >= 0 ? tr("%1 of %2: %3 — about %4 left")
                                    .arg(point + 1)
                                    .arg(points)
                                    .arg(what, Formatter::duration(std::round(left)))
                              : tr("%1 of %2: %3").arg(point + 1).arg(points).arg(what));
            });
    connect(m_comparison.get(), &Comparison::rowReady, this,
            [this](int row) { m_model.appendRow(m_comparison->rows()[row]); });
    connect(m_comparison.get(), &Comparison::finished, this, [this](bool cancelled) {
        m_ui->progress->setValue(m_ui->progress->maximum());
        say(cancelled ? tr("Cancelled; the rows measured so far are shown.")
                      : tr("Done: %n point(s) measured.", "", int(m_comparison->rows().size())));
        setRunning(false);
    });
    QString error;
    if (!m_comparison->start(&error)) {
        say(error);
        m_comparison.reset();
        return false;
    }
    // An opened file shown as the table becomes the one underneath.
    if (m_showingSaved) {
        m_model.setReference(m_model.results());
        m_showingSaved = false;
    }
    const CompareResults begun = m_comparison->results();
    m_model.begin(begun.machine, begun.plan, begun.limits);
    setRunning(true);
    return true;
}

void CompareView::cancel()
{
    if (m_comparison)
        m_comparison->cancel();
}

void CompareView::setRunning(bool running)
{
    m_ui->runButton->setEnabled(!running && m_runAllowed);
    m_ui->cancelButton->setEnabled(running);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->mechanismList, m_ui->size64, m_ui->size4k,
                                                       m_ui->size64k, m_ui->size1m, m_ui->repeat, m_ui->seconds,
                                                       m_ui->pin, m_ui->scaling, m_ui->openButton})
        w->setEnabled(!running);
    const bool results = !m_model.rows().isEmpty();
    for (QPushButton *b : {m_ui->exportCsv, m_ui->exportJson, m_ui->exportPng, m_ui->exportPdf})
        b->setEnabled(results && !running);
    if (!running)
        m_notice.clear();
    emit runningChanged(running);
}

void CompareView::showAbout()
{
    const CompareResults &r = m_model.results();
    QStringList about;
    if (!r.machine.isEmpty())
        about << tr("Measured on %1 (%n CPU(s)), %2; producer and consumer %3.", "", r.cpus())
                     .arg(r.machine.value(QStringLiteral("cpu_model")).toString(),
                          r.machine.value(QStringLiteral("kernel")).toString(),
                          r.machine.value(QStringLiteral("pinned")).toBool() ? tr("on different CPUs")
                                                                             : tr("where the scheduler put them"));
    if (!r.scheduling().isEmpty())
        about << r.scheduling();
    about << VerdictText::thresholds(r.thresholds);
    m_ui->about->setText(about.join(QLatin1Char(' ')));
    const bool single = m_comparison && m_comparison->isRunning() ? m_comparison->plan().repeat == 1
                                                                  : !r.rows.isEmpty() && r.singleSample();
    m_ui->banner->setText(VerdictText::singleSample());
    m_ui->banner->setVisible(single);
    if (const auto &saved = m_model.reference())
        m_ui->overlayLabel->setText(tr("Under this one, faded: %1, %2 (%3)")
                                        .arg(saved->machine.value(QStringLiteral("cpu_model")).toString(),
                                             saved->machine.value(QStringLiteral("measured_at")).toString(),
                                             QFileInfo(m_savedFile).fileName()));
    else if (m_showingSaved)
        m_ui->overlayLabel->setText(tr("Shown: %1, opened from %2. Run measures this machine and keeps it underneath.")
                                        .arg(r.machine.value(QStringLiteral("cpu_model")).toString(),
                                             QFileInfo(m_savedFile).fileName()));
    else
        m_ui->overlayLabel->clear();
    m_ui->overlayLabel->setVisible(!m_ui->overlayLabel->text().isEmpty());
    m_ui->removeOverlay->setVisible(m_model.reference().has_value());
}

void CompareView::showResults()
{
    const CompareResults &r = m_model.results();
    bool sweep = false;
    for (const CompareRow &row : r.rows)
        sweep = sweep || !row.point.isPair();
    m_ui->table->setColumnHidden(CompareModel::WorkersColumn, !sweep);
    m_ui->table->setColumnHidden(CompareModel::SavedColumn, !m_model.reference());
    m_ui->table->resizeColumnsToContents();
    fitTableToRows();
    m_ui->charts->setResults(r, m_model.reference());
    showAbout();
    if (!isRunning())
        setRunning(false);
}

void CompareView::fitTableToRows()
{
    // As tall as its rows, so that a comparison of a few mechanisms shows
    // every verdict without scrolling (nine rows were a few pixels short at
    // 1024x768 in Russian, the last verdict under the scroll bar); never
    // more than half, the charts keep the rest.
    const QTableView *table = m_ui->table;
    const QList<int> sizes = m_ui->results->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return;
    const int rows = std::max(3, m_sorted->rowCount());
    const int need = table->horizontalHeader()->sizeHint().height() +
                     rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() +
                     style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
    const int height = std::min(need, total / 2);
    m_ui->results->setSizes({height, total - height});
}

bool CompareView::exportTo(const QString &fileName)
{
    if (m_model.rows().isEmpty())
        return false;
    if (fileName.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ||
        fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return m_ui->charts->save(fileName);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray data = fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                                ? QJsonDocument(compareJson(m_model)).toJson()
                                : compareCsv(m_model).toUtf8();
    return file.write(data) == data.size() && file.commit();
}

bool CompareView::openSaved(const QString &fileName)
{
    QFile file(fileName);
    QString error;
    std::optional<CompareResults> saved;
    // A comparison file is a few hundred kilobytes at most.
    if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    else if (file.size() > (16 << 20))
        error = tr("larger than 16 MiB");
    else
        saved = readCompareJson(file.readAll(), &error);
    if (!saved) {
        say(tr("Could not open %1: %2").arg(QFileInfo(fileName).fileName(), error));
        return false;
    }
    m_savedFile = fileName;
    if (m_model.rows().isEmpty() || m_showingSaved) {
        m_showingSaved = true;
        m_model.setReference(std::nullopt);
        m_model.setResults(*saved);
    } else {
        m_model.setReference(saved);
        showResults();
    }
    return true;
}

Inventory CompareView::inventory(QSize screen) const
{
    Inventory inventory;
    inventory.screen = screen;
    const auto label = [&](const QLabel *shown, TextRole role) {
        if (shown->isVisibleTo(this) && !shown->text().isEmpty())
            inventory.texts.append({shown->text(), double(QFontInfo(shown->font()).pixelSize()), roleName(role),
                                    shown->palette().color(shown->foregroundRole()),
                                    shown->palette().color(shown->backgroundRole())});
    };
    label(m_ui->banner, TextRole::State);
    label(m_ui->progressLabel, TextRole::State);
    const QTableView *table = m_ui->table;
    const QRect seen = table->viewport()->rect();
    const double px = QFontInfo(table->font()).pixelSize();
    const QHeaderView *header = table->horizontalHeader();
    const QPalette &palette = table->palette();
    // Wholly on screen and wide enough for its text (the cell's margins, as the style draws them).
    const int margins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    const auto fits = [&](const QString &text, const QRect &cell, const QFont &font) {
        return seen.contains(cell) && QFontMetrics(font).horizontalAdvance(text) + margins <= cell.width();
    };
    for (int column = 0; column < m_sorted->columnCount(); ++column) {
        if (table->isColumnHidden(column))
            continue;
        const QString title = m_sorted->headerData(column, Qt::Horizontal).toString();
        const QRect cell(header->sectionViewportPosition(column), 0, header->sectionSize(column), 1);
        inventory.texts.append({title, double(QFontInfo(header->font()).pixelSize()), roleName(TextRole::Label),
                                palette.color(QPalette::ButtonText), palette.color(QPalette::Button),
                                !fits(title, cell, header->font())});
    }
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex first = m_sorted->index(row, CompareModel::MechanismColumn);
        inventory.items.append({QStringLiteral("row"), first.data(CompareModel::MechanismRole).toString()});
        for (int column = 0; column < m_sorted->columnCount(); ++column) {
            const QModelIndex index = m_sorted->index(row, column);
            const QString text = index.data().toString();
            if (table->isColumnHidden(column) || text.isEmpty())
                continue;
            const QVariant ink = index.data(Qt::ForegroundRole);
            const QVariant font = index.data(Qt::FontRole);
            QRect cell = table->visualRect(index);
            if (column == CompareModel::MechanismColumn) // after its swatch
                cell.setLeft(cell.left() + table->iconSize().width() + margins);
            inventory.texts.append({text, px,
                                    roleName(column == CompareModel::VerdictColumn ? TextRole::Verdict
                                                                                   : TextRole::Value),
                                    ink.isValid() ? ink.value<QColor>() : palette.color(QPalette::Text),
                                    palette.color(row % 2 && table->alternatingRowColors() ? QPalette::AlternateBase
                                                                                            : QPalette::Base),
                                    !fits(text, cell, font.isValid() ? font.value<QFont>() : table->font())});
        }
    }
    return inventory;
}

void CompareView::removeSaved()
{
    m_model.setReference(std::nullopt);
    showResults();
}

void CompareView::askAndExport(const QString &suggestion, const QString &filter)
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export"), suggestion, filter);
    if (!file.isEmpty() && !exportTo(file))
        say(tr("Could not write %1").arg(file));
}

} // namespace ipcscope
