#include "scenarioeditor.h"

#include "ui_scenarioeditor.h"
#include "visualstyle.h"

#include "engine/message.h"
#include "session/formatter.h"

#include <QAction>
#include <QEvent>
#include <QMap>
#include <QRegularExpression>

namespace ipcscope {

namespace {

enum AmountMode { UntilStopped = 0, ByCount = 1, ByDuration = 2 };

// "4096", "4K", "4 KiB", "1M".
bool parseSize(const QString &text, qint64 &bytes)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(-?\\d+)\\s*(k|K|KiB|KB|m|M|MiB|MB)?\\s*B?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    bytes = match.captured(1).toLongLong();
    const QString unit = match.captured(2).toUpper();
    if (unit.startsWith(QLatin1Char('K')))
        bytes *= 1024;
    else if (unit.startsWith(QLatin1Char('M')))
        bytes *= 1024 * 1024;
    return true;
}

// Ring slots are a field of the mechanisms whose scene is a ring.
bool isRing(const QString &m)
{
    const Mechanism *mechanism = findMechanism(m.toStdString());
    return mechanism && mechanism->info().scene == SceneKind::Ring;
}

} // namespace

const QList<double> &ScenarioEditor::rateSteps()
{
    static const QList<double> steps = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 100000, 0};
    return steps;
}

ScenarioEditor::ScenarioEditor(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ScenarioEditor>()), m_preempt(new QAction(this))
{
    m_ui->setupUi(this);
    m_preempt->setObjectName(QStringLiteral("preemptAction"));
    m_preempt->setCheckable(true);
    for (QLabel *error : {m_ui->producersError, m_ui->consumersError, m_ui->sizeError, m_ui->rateError,
                          m_ui->amountError, m_ui->payloadError, m_ui->slotsError, m_ui->summary})
        error->setVisible(false);
    m_ui->sizeField->setText(QStringLiteral("64"));
    retranslate();
    const auto edited = [this] {
        validate();
        emit changed();
    };
    connect(m_ui->producersField, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->consumersField, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->sizeField, &QLineEdit::textChanged, this, edited);
    connect(m_ui->payloadField, &QLineEdit::textChanged, this, edited);
    connect(m_ui->slotsField, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->countField, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->durationField, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_preempt, &QAction::toggled, this, edited);
    connect(m_ui->amountMode, &QComboBox::currentIndexChanged, this, [this, edited] {
        showAmount();
        edited();
    });
    // The slider offers round rates; the box holds the exact one.
    connect(m_ui->rateSlider, &QSlider::valueChanged, this,
            [this] { m_ui->rateField->setValue(rateSteps().value(m_ui->rateSlider->value())); });
    connect(m_ui->rateField, &QDoubleSpinBox::valueChanged, this, [this, edited](double rate) {
        showRate();
        edited();
        emit rateChanged(rate);
    });
    setScenario(Scenario());
}

ScenarioEditor::~ScenarioEditor() = default;

void ScenarioEditor::retranslate()
{
    m_ui->retranslateUi(this);
    const QSignalBlocker block(m_ui->amountMode);
    const int mode = m_ui->amountMode->currentIndex();
    m_ui->amountMode->clear();
    m_ui->amountMode->addItems({tr("until stopped"), tr("messages per producer"), tr("seconds")});
    m_ui->amountMode->setCurrentIndex(std::max(mode, 0));
    m_ui->rateSlider->setToolTip(tr("Messages per second, per producer. A running run takes a new rate at once."));
    m_ui->rateField->setToolTip(m_ui->rateSlider->toolTip());
    m_ui->rateField->setSpecialValueText(tr("unlimited"));
    m_ui->rateField->setSuffix(tr(" msg/s"));
    m_ui->sizeField->setToolTip(tr("The whole message as the mechanism carries it, the 32-byte header included."));
    m_ui->payloadField->setPlaceholderText(tr("%1 (default)").arg(QStringLiteral("Hello from P1!")));
    m_preempt->setText(tr("Wake-ups preempt (SCHED_OTHER)"));
    m_preempt->setToolTip(
        tr("Off (SCHED_BATCH, the default): a worker woken waits until the running one sleeps, so on one CPU the "
           "workers take turns a full ring or pipe at a time. On (SCHED_OTHER, the kernel's default): a wake-up may "
           "preempt at once, and a hand-off can cost a context switch a message (the Kernel panel counts them)."));
    showRate();
    showAmount();
    showTweaks();
    validate();
}

void ScenarioEditor::showRate()
{
    // Keep the slider on the step nearest to the exact rate, without echo.
    const double rate = m_ui->rateField->value();
    int step = int(rateSteps().size()) - 1;
    for (int i = 0; i < rateSteps().size() && rate > 0; ++i)
        if (rateSteps()[i] > 0 && rateSteps()[i] >= rate) {
            step = i;
            break;
        }
    const QSignalBlocker block(m_ui->rateSlider);
    m_ui->rateSlider->setValue(step);
}

void ScenarioEditor::showAmount()
{
    const int mode = m_ui->amountMode->currentIndex();
    m_ui->countField->setVisible(mode == ByCount);
    m_ui->durationField->setVisible(mode == ByDuration);
}

Scenario ScenarioEditor::scenario() const
{
    Scenario s;
    s.mechanism = m_mechanism;
    s.producers = m_ui->producersField->value();
    s.consumers = m_ui->consumersField->value();
    qint64 size = 0;
    s.size = parseSize(m_ui->sizeField->text(), size) && size <= INT_MAX && size >= INT_MIN ? int(size) : -1;
    s.rate = m_ui->rateField->value();
    const int mode = m_ui->amountMode->currentIndex();
    s.untilStopped = mode == UntilStopped;
    s.count = m_ui->countField->value();
    s.durationS = mode == ByDuration ? m_ui->durationField->value() : 0;
    s.payload = m_ui->payloadField->text();
    s.ringSlots = m_ui->slotsField->value();
    s.tweaks = m_tweaks;
    s.semUndo = m_semUndo;
    s.faults = m_faults;
    s.sched = m_preempt->isChecked() ? SchedPolicy::Normal : SchedPolicy::Batch;
    return s;
}

void ScenarioEditor::setScenario(const Scenario &s)
{
    m_mechanism = s.mechanism;
    m_tweaks = s.tweaks;
    m_semUndo = s.semUndo;
    m_faults = s.faults;
    const QSignalBlocker b1(m_ui->producersField), b2(m_ui->consumersField), b3(m_ui->sizeField), b4(m_ui->rateField),
        b5(m_ui->amountMode), b6(m_ui->countField), b7(m_ui->durationField), b8(m_ui->payloadField),
        b9(m_ui->slotsField), b10(m_preempt);
    m_ui->producersField->setValue(s.producers);
    m_ui->consumersField->setValue(s.consumers);
    m_ui->sizeField->setText(QString::number(s.size));
    m_ui->rateField->setValue(s.rate);
    m_ui->amountMode->setCurrentIndex(s.untilStopped ? UntilStopped : s.byDuration() ? ByDuration : ByCount);
    m_ui->countField->setValue(int(std::min<qint64>(s.count, INT_MAX)));
    if (s.durationS > 0)
        m_ui->durationField->setValue(s.durationS);
    m_ui->payloadField->setText(s.payload);
    m_ui->slotsField->setValue(s.ringSlots);
    m_preempt->setChecked(s.sched == SchedPolicy::Normal);
    showRate();
    showAmount();
    setMechanism(s.mechanism);
}

void ScenarioEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::EnabledChange)
        m_preempt->setEnabled(isEnabled()); // a replay's scenario is history
    QWidget::changeEvent(event);
}

void ScenarioEditor::setRate(double messagesPerSecond)
{
    m_ui->rateField->setValue(messagesPerSecond);
}

void ScenarioEditor::showTweaks()
{
    QStringList notes;
    if (m_tweaks.consumerRate > 0)
        notes << tr("consumers read %1").arg(Formatter::messageRate(m_tweaks.consumerRate));
    if (m_tweaks.stopAfter > 0)
        notes << tr("the consumer leaves after %n message(s)", "", int(m_tweaks.stopAfter));
    if (m_tweaks.ignoreSigpipe)
        notes << tr("producers ignore SIGPIPE");
    if (m_tweaks.allowTornWrites)
        notes << tr("writes over PIPE_BUF allowed to tear");
    if (m_tweaks.pipeCapacity > 0)
        notes << tr("pipe capacity %1 (F_SETPIPE_SZ)").arg(Formatter::size(m_tweaks.pipeCapacity));
    if (m_semUndo)
        notes << tr("the locks are taken with SEM_UNDO");
    if (!m_faults.isEmpty())
        notes << tr("faults at their times: %1").arg(m_faults);
    m_ui->tweaksNote->setText(notes.isEmpty() ? QString()
                                              : tr("From the example: %1.").arg(notes.join(QStringLiteral("; "))));
    m_ui->tweaksNote->setVisible(!notes.isEmpty());
}

void ScenarioEditor::setMechanism(const QString &id)
{
    // The example's changes belong to its mechanism.
    if (id != m_mechanism) {
        m_tweaks = {};
        m_semUndo = false;
        m_faults.clear();
    }
    showTweaks();
    m_mechanism = id;
    const Mechanism *m = findMechanism(id.toStdString());
    const bool takesSize = m && m->info().takesSize;
    m_ui->sizeField->setEnabled(takesSize);
    m_ui->sizeField->setToolTip(takesSize
                                    ? tr("The whole message as the mechanism carries it, the 32-byte header included.")
                                    : tr("A signal carries only its value: there is no message size."));
    m_ui->slotsField->setEnabled(isRing(id));
    m_ui->consumersField->setMaximum(m ? m->info().maxConsumers : kMaxConsumers);
    validate();
    emit changed();
}

void ScenarioEditor::validate()
{
    using Field = ScenarioProblem::Field;
    const Scenario s = scenario();
    const bool unparsedSize = s.size < 0 && !m_ui->sizeField->text().trimmed().startsWith(QLatin1Char('-'));
    // Each problem beside the field it is about; the first of each field.
    QMap<Field, QString> byField;
    for (const ScenarioProblem &p : s.problems())
        if (!byField.contains(p.field))
            byField.insert(p.field, p.message);
    if (unparsedSize && s.findMechanism() && s.findMechanism()->info().takesSize)
        byField.insert(Field::Size, tr("'%1' is not a size: write 64, 4096, 4K or 1M").arg(m_ui->sizeField->text()));
    const auto show = [](QLabel *label, const QString &text) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, VisualStyle::current().warning);
        label->setPalette(p);
    };
    show(m_ui->producersError, byField.value(Field::Producers));
    show(m_ui->consumersError, byField.value(Field::Consumers));
    show(m_ui->sizeError, byField.value(Field::Size));
    show(m_ui->rateError, byField.value(Field::Rate));
    show(m_ui->amountError, byField.value(Field::Amount));
    show(m_ui->payloadError, byField.value(Field::Payload));
    show(m_ui->slotsError, byField.value(Field::RingSlots));
    // What no field explains goes under them all.
    show(m_ui->summary,
         byField.contains(Field::Mechanism) ? byField.value(Field::Mechanism) : byField.value(Field::Other));
    m_problem.clear();
    for (Field f : {Field::Mechanism, Field::Size, Field::Producers, Field::Consumers, Field::Amount, Field::Rate,
                    Field::Payload, Field::RingSlots, Field::Other})
        if (byField.contains(f)) {
            m_problem = byField.value(f);
            break;
        }
    if (m_wasValid != isValid()) {
        m_wasValid = isValid();
        emit validityChanged(m_wasValid);
    }
}

} // namespace ipcscope
