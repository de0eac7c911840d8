#include "compareview.h"

#include "comparecharts.h"
#include "session/mechanismcatalog.h"
#include "session/formatter.h"
#include "ui_compareview.h"
#include "visualstyle.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPainter>
#include <QSaveFile>

namespace ipcscope {

namespace {

enum Column {
    kMechanism,
    kSize,
    kMbPerS,
    kMsgsPerS,
    kRttP50,
    kRttP99,
    kCpu,
    kCtxt,
    kLost,
    kLectureThroughput,
    kMeasured,
    kComplexity,
    kSynchronisation,
    kCommunication,
    kVerdict,
    kColumns
};

QString spread(const Spread &s, int decimals)
{
    return s.valid ? Formatter::spread(s.median, s.min, s.max, decimals) : Formatter::none();
}

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

} // namespace

CompareView::CompareView(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::CompareView>())
{
    m_ui->setupUi(this);
    for (const MechanismText &m : mechanismCatalog()) {
        auto *item = new QListWidgetItem(swatch(m.colour), m.title, m_ui->mechanismList);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_ui->table->setColumnCount(kColumns);
    m_ui->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->table->verticalHeader()->setVisible(false);
    m_ui->results->setStretchFactor(0, 1);
    m_ui->results->setStretchFactor(1, 1);
    retranslate();
    connect(m_ui->runButton, &QPushButton::clicked, this, &CompareView::start);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CompareView::cancel);
    connect(m_ui->exportCsv, &QPushButton::clicked, this,
            [this] { askAndExport(QStringLiteral("ipcscope-compare.csv"), tr("CSV table (*.csv)")); });
    connect(m_ui->exportJson, &QPushButton::clicked, this,
            [this] { askAndExport(QStringLiteral("ipcscope-compare.json"), tr("JSON (*.json)")); });
    connect(m_ui->exportPng, &QPushButton::clicked, this,
            [this] { askAndExport(QStringLiteral("ipcscope-compare.png"), tr("PNG image (*.png)")); });
    connect(m_ui->exportPdf, &QPushButton::clicked, this,
            [this] { askAndExport(QStringLiteral("ipcscope-compare.pdf"), tr("PDF document (*.pdf)")); });
    setRunning(false);
}

CompareView::~CompareView() = default;

void CompareView::restyle()
{
    if (m_comparison)
        fillTable();
    m_ui->charts->restyle();
}

void CompareView::retranslate()
{
    m_ui->retranslateUi(this);
    for (int i = 0; i < m_ui->mechanismList->count(); ++i) {
        QListWidgetItem *item = m_ui->mechanismList->item(i);
        item->setText(mechanismText(item->data(Qt::UserRole).toString()).title);
    }
    m_ui->table->setHorizontalHeaderLabels({tr("mechanism"), tr("size"), tr("MB/s"), tr("messages/s"),
                                            tr("round trip p50 µs"), tr("round trip p99 µs"), tr("CPU µs/msg"),
                                            tr("ctxt/msg"), tr("lost"), tr("lecture: throughput"), tr("measured"),
                                            tr("lecture: complexity"), tr("lecture: synchronisation"),
                                            tr("lecture: communication"), tr("lecture vs measurement")});
    m_ui->table->horizontalHeaderItem(kCommunication)->setToolTip(lectureFootnote());
    m_ui->table->horizontalHeaderItem(kCpu)->setToolTip(
        tr("CPU time, user and system, of the producer and the consumer per message, in µs"));
    m_ui->table->horizontalHeaderItem(kCtxt)->setToolTip(
        tr("Context switches, voluntary and involuntary, of the producer and the consumer per message"));
    m_ui->table->horizontalHeaderItem(kMbPerS)->setToolTip(tr("Median of the repetitions (min–max), one-way stream"));
    m_ui->table->horizontalHeaderItem(kMeasured)->setToolTip(tr(
        "High within 2.5× of the fastest mechanism that lost nothing at the same size, medium within 20×, low below"));
    m_ui->charts->retranslate();
    if (m_comparison)
        fillTable();
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
}

void CompareView::setRunAllowed(bool allowed)
{
    m_runAllowed = allowed;
    m_ui->runButton->setEnabled(allowed && !isRunning());
}

bool CompareView::start()
{
    if (isRunning() || !m_runAllowed)
        return false;
    ComparePlan p = plan();
    if (p.mechanisms.isEmpty()) {
        m_ui->progressLabel->setText(tr("Choose at least one mechanism."));
        return false;
    }
    emit aboutToStart();
    m_comparison = std::make_unique<Comparison>(p);
    connect(m_comparison.get(), &Comparison::progress, this,
            [this](int point, int points, const QString &what, double left) {
                m_ui->progress->setRange(0, points);
                m_ui->progress->setValue(point);
                m_ui->progressLabel->setText(
                    left >= 0
                        ? tr("%1 of %2: %3 — about %4 s left").arg(point + 1).arg(points).arg(what).arg(int(left + 0.5))
                        : tr("%1 of %2: %3").arg(point + 1).arg(points).arg(what));
            });
    connect(m_comparison.get(), &Comparison::rowReady, this, &CompareView::fillTable);
    connect(m_comparison.get(), &Comparison::finished, this, [this](bool cancelled) {
        m_ui->progress->setValue(m_ui->progress->maximum());
        m_ui->progressLabel->setText(cancelled
                                         ? tr("Cancelled; the rows measured so far are shown.")
                                         : tr("Done: %n point(s) measured.", "", int(m_comparison->rows().size())));
        setRunning(false);
    });
    QString error;
    if (!m_comparison->start(&error)) {
        m_ui->progressLabel->setText(error);
        m_comparison.reset();
        return false;
    }
    m_ui->table->setRowCount(0);
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
    m_ui->settings->findChild<QListWidget *>()->setEnabled(!running);
    const bool results = m_comparison && !m_comparison->rows().isEmpty();
    for (QPushButton *b : {m_ui->exportCsv, m_ui->exportJson, m_ui->exportPng, m_ui->exportPdf})
        b->setEnabled(results && !running);
    emit runningChanged(running);
}

void CompareView::fillTable()
{
    const QVector<CompareRow> &rows = m_comparison->rows();
    const VisualStyle &s = VisualStyle::current();
    m_ui->table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const CompareRow &r = rows[i];
        const MechanismText &text = mechanismText(r.point.mechanism);
        const QStringList cells = {
            r.point.mechanism,
            r.point.size ? Formatter::size(r.point.size) : Formatter::none(),
            spread(r.mbPerS, r.mbPerS.median < 10 ? 2 : 0),
            spread(r.msgsPerS, 0),
            spread(r.rttP50Us, 1),
            spread(r.rttP99Us, 1),
            spread(r.cpuUsPerMsg, 2),
            spread(r.ctxtPerMsg, 3),
            spread(r.lost, 0),
            classNames(r.lecture.throughput),
            r.mbPerS.valid ? className(r.measured) : QString(),
            r.lecture.complexity,
            r.lecture.synchronisation,
            r.lecture.communication,
            !r.error.isEmpty()         ? r.error
            : r.disagreement.isEmpty() ? tr("agrees")
                                       : r.disagreement,
        };
        for (int c = 0; c < kColumns; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= kSize && c <= kLost)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if ((c == kVerdict || c == kMeasured) && (!r.disagreement.isEmpty() || !r.error.isEmpty()))
                item->setForeground(s.warning);
            m_ui->table->setItem(i, c, item);
        }
        m_ui->table->item(i, kMechanism)->setIcon(swatch(text.colour));
        m_ui->table->item(i, kMechanism)->setToolTip(text.title);
    }
    m_ui->table->resizeColumnsToContents();
    m_ui->charts->setRows(rows);
}

bool CompareView::exportTo(const QString &fileName)
{
    if (!m_comparison)
        return false;
    if (fileName.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ||
        fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return m_ui->charts->save(fileName);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray data =
        fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
            ? QJsonDocument(compareJson(m_comparison->machine(), m_comparison->plan(), m_comparison->rows())).toJson()
            : compareCsv(m_comparison->rows()).toUtf8();
    return file.write(data) == data.size() && file.commit();
}

void CompareView::askAndExport(const QString &suggestion, const QString &filter)
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export"), suggestion, filter);
    if (!file.isEmpty() && !exportTo(file))
        m_ui->progressLabel->setText(tr("Could not write %1").arg(file));
}

} // namespace ipcscope
