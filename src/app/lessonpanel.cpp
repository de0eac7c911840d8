#include "lessonpanel.h"

#include "questiondialog.h"
#include "visualstyle.h"
#include "wrappingrow.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSettings>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace ipcscope {

namespace {

// The checks, one a line: "✓ what: measured (expected …)".
QString checksText(const LessonOutcome &o)
{
    QStringList lines;
    for (const LessonCheck &c : o.checks)
        lines << LessonPanel::tr("%1 %2: %3 (expected: %4)")
                     .arg(c.passed ? QStringLiteral("✓") : QStringLiteral("✗"), c.what, c.measured, c.expected);
    return lines.join(QLatin1Char('\n'));
}

QString errataText(const LessonOutcome &o)
{
    if (o.errata.isEmpty())
        return {};
    QStringList parts{LessonPanel::tr("Where the lecture is wrong")};
    for (const LessonErratum &e : o.errata)
        parts << LessonPanel::tr("%1 The lecture: %2\nHere: %3\nWhy: %4")
                     .arg(!e.verified        ? QStringLiteral("?")
                          : e.lectureHolds ? QStringLiteral("✓")
                                           : QStringLiteral("✗"),
                          e.claim, e.observed, e.why);
    return parts.join(QStringLiteral("\n\n"));
}

QString askFirstKey(bool presenting)
{
    return presenting ? QStringLiteral("lessons/askFirstPresenting") : QStringLiteral("lessons/askFirstAtDesk");
}

// The question, then every choice: the one the measurement makes right ✓ in
// green, a guess that was wrong ✗ in red.
QString answerHtml(const LessonQuestion &q, int answer, int guess)
{
    const VisualStyle &s = VisualStyle::current();
    QStringList lines{QStringLiteral("<b>%1</b>").arg(q.text.toHtmlEscaped())};
    for (int i = 0; i < q.choices.size(); ++i) {
        QString line = QStringLiteral("%1. %2").arg(QChar(u'A' + i)).arg(q.choices[i].toHtmlEscaped());
        if (i == answer)
            line = QStringLiteral("<span style=\"color:%1\"><b>✓ %2</b> — %3</span>")
                       .arg(s.running.name(), line,
                            i == guess ? LessonPanel::tr("your guess, and the measurement says so")
                                       : LessonPanel::tr("the measurement says so"));
        else if (i == guess)
            line = QStringLiteral("<span style=\"color:%1\"><b>✗ %2</b> — %3</span>")
                       .arg(s.failed.name(), line, LessonPanel::tr("your guess"));
        else
            line = QStringLiteral("&nbsp;&nbsp;&nbsp;") + line;
        lines << line;
    }
    if (answer < 0)
        lines << LessonPanel::tr("The measurement does not answer it: the lesson did not finish.").toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

QString LessonPanel::answerText(const LessonQuestion &q, int answer, int guess)
{
    if (answer < 0)
        return tr("%1 The measurement does not answer it.").arg(q.text);
    const QString right = q.choices.value(answer);
    if (guess < 0)
        return tr("%1 The measurement says: %2.").arg(q.text, right);
    return guess == answer ? tr("%1 The measurement says: %2. ✓ The guess was right.").arg(q.text, right)
                           : tr("%1 The measurement says: %2. ✗ The guess was: %3.")
                                 .arg(q.text, right, q.choices.value(guess));
}

LessonPanel::LessonPanel(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_title(new QLabel(this)), m_explanation(new QLabel(this)),
      m_expected(new QLabel(this)), m_run(new QPushButton(this)), m_control(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_watch(new QPushButton(this)), m_observations(new QPlainTextEdit(this)),
      m_measured(new QLabel(this)), m_checks(new QLabel(this)), m_errata(new QLabel(this)), m_verdict(new QLabel(this)),
      m_askFirst(new QCheckBox(this)), m_answer(new QLabel(this))
{
    setObjectName(QStringLiteral("lessons"));
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_observations->setObjectName(QStringLiteral("observations"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_title->setObjectName(QStringLiteral("title"));
    m_checks->setObjectName(QStringLiteral("checks"));
    m_errata->setObjectName(QStringLiteral("errata"));
    m_control->setObjectName(QStringLiteral("runControl"));
    m_askFirst->setObjectName(QStringLiteral("askFirst"));
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::RichText);
    for (QLabel *l : {m_title, m_explanation, m_expected, m_measured, m_checks, m_errata, m_verdict}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_observations->setReadOnly(true);
    for (QWidget *grows : {static_cast<QWidget *>(m_list), static_cast<QWidget *>(m_observations)})
        grows->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    auto *buttons = new WrappingRow;
    buttons->addWidget(m_run);
    buttons->addWidget(m_control);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_watch);
    buttons->addWidget(m_askFirst);
    m_watch->setObjectName(QStringLiteral("watchLive"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addWidget(m_expected);
    layout->addLayout(buttons);
    // The verdict first, then what was seen: the two a lesson is run for,
    // above the details, which may run long (checks, the lecture's errata).
    layout->addWidget(m_verdict);
    layout->addWidget(m_observations, 3);
    layout->addWidget(m_measured);
    layout->addWidget(m_answer);
    layout->addWidget(m_checks);
    layout->addWidget(m_errata);
    connect(m_list, &QListWidget::currentRowChanged, this, &LessonPanel::showSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { run(); });
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_control, &QPushButton::clicked, this, [this] { run(LessonSetup::Control); });
    connect(m_cancel, &QPushButton::clicked, this, &LessonPanel::cancel);
    m_askFirst->setChecked(asksFirst());
    connect(m_askFirst, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(askFirstKey(m_presenting), on);
        showSelected();
    });
    connect(m_watch, &QPushButton::clicked, this, [this] {
        if (const Lesson *l = findLesson(selectedId()); l && !l->scenario().isEmpty())
            emit watchRequested(l->scenario());
    });
    connect(&m_runner, &LessonRunner::observed, this, [this](const LessonLine &line) {
        m_lines << line;
        m_observations->appendPlainText(line.text());
    });
    connect(&m_runner, &LessonRunner::workersSeen, this, [this](const RunSnapshot &snapshot) {
        if (!isRunning())
            return;
        m_readings = snapshot.readings;
        emit workersChanged(snapshot);
    });
    connect(&m_runner, &LessonRunner::sceneSeen, this, [this](const SceneModel &scene) {
        if (isRunning())
            emit sceneChanged(scene);
    });
    connect(&m_runner, &LessonRunner::finished, this, [this](const LessonOutcome &o) {
        m_outcome = o;
        m_lines = o.observations;
        reveal(o);
        drawResults();
        setRunning(false);
        // Nobody is anywhere any more; the readings still say how far the code got.
        RunSnapshot over;
        over.readings = m_readings;
        emit workersChanged(over);
        emit lessonFinished(o);
    });
    retranslate();
    setRunning(false);
}

void LessonPanel::retranslate()
{
    const QString current = selectedId();
    m_list->clear();
    int i = 1;
    QString group;
    for (const Lesson *l : allLessons()) {
        // A heading before each group; it cannot be chosen.
        if (l->group() != group) {
            group = l->group();
            auto *heading = new QListWidgetItem(group, m_list);
            heading->setFlags(Qt::ItemIsEnabled);
            QFont f = heading->font();
            f.setBold(true);
            heading->setFont(f);
        }
        auto *item = new QListWidgetItem(QStringLiteral("%1. %2").arg(i++).arg(l->title()), m_list);
        item->setData(Qt::UserRole, l->id());
    }
    m_run->setText(tr("Run the lesson"));
    m_control->setText(tr("Control run"));
    m_cancel->setText(tr("Cancel"));
    m_watch->setText(tr("Watch it live"));
    m_watch->setToolTip(tr("Open the scenario the lesson builds on in the Live view, to follow it step by step"));
    m_askFirst->setText(tr("Ask first"));
    m_askFirst->setToolTip(tr("Put the lesson's question to the audience before it runs, and show the answer the "
                              "measurement gives beside it"));
    select(current.isEmpty() ? allLessons().first()->id() : current);
}

QString LessonPanel::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void LessonPanel::select(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
    showSelected();
}

void LessonPanel::showSelected()
{
    const Lesson *l = findLesson(selectedId());
    if (!l)
        return;
    m_title->setText(l->title());
    m_explanationText = l->explanation();
    m_expectedText = tr("Expected: %1").arg(l->expected());
    // The expected outcome would give the answer away before the guess.
    m_expected->setVisible(!m_askFirst->isChecked() || l->question().isEmpty());
    m_control->setToolTip(tr("Run it where the phenomenon cannot happen, to see the verdict turn: %1").arg(l->control()));
    m_watch->setVisible(!l->scenario().isEmpty());
    // Another lesson chosen: the last one's results go; the same one (a
    // language switch, presentation) keeps them, redrawn.
    if (!isRunning() && l->id() != m_shownId) {
        m_shownId.clear();
        m_lines.clear();
        m_outcome.reset();
        m_answerShown = -2;
        m_revealed.clear();
    }
    drawResults();
}

void LessonPanel::fitRoom()
{
    // Their preferred heights would push the verdict out of sight in the
    // scroll area the panel lives in: a few lines each, and the rest of the
    // height shared by their stretch.
    const int frame = 2 * m_list->frameWidth();
    m_list->setMinimumHeight(4 * std::max(m_list->sizeHintForRow(1), m_list->fontMetrics().height()) + frame);
    m_observations->setMinimumHeight(4 * m_observations->fontMetrics().lineSpacing() +
                                     int(2 * m_observations->document()->documentMargin()) + frame);
    const bool collapsed = !m_shownId.isEmpty() && m_shownId == selectedId();
    for (auto [label, text] : {std::pair{m_explanation, &m_explanationText}, std::pair{m_expected, &m_expectedText}}) {
        label->setWordWrap(!collapsed);
        // Elided, its width is the panel's, not the whole line's.
        label->setSizePolicy(collapsed ? QSizePolicy::Ignored : QSizePolicy::Preferred, QSizePolicy::Preferred);
        label->setToolTip(collapsed ? *text : QString());
        const QString oneLine = QString(*text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        label->setText(collapsed ? label->fontMetrics().elidedText(oneLine, Qt::ElideRight, label->width()) : *text);
    }
}

void LessonPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitRoom();
}

void LessonPanel::drawResults()
{
    fitRoom();
    const Lesson *l = findLesson(m_shownId);
    QStringList lines;
    if (l && m_shownSetup == LessonSetup::Control)
        lines << tr("Control run: %1").arg(l->control());
    lines << textsOf(m_lines);
    m_observations->setPlainText(l ? lines.join(QLatin1Char('\n')) : QString());
    m_answer->setVisible(l && m_answerShown > -2);
    if (l && m_answerShown > -2) {
        m_answer->setText(answerHtml(l->question(), m_answerShown, m_guess));
        m_revealed = answerText(l->question(), m_answerShown, m_guess);
        m_expected->show();
    } else {
        m_answer->clear();
    }
    if (!l || !m_outcome) {
        m_measured->setText(l && isRunning() ? tr("Measuring…") : QString());
        m_checks->clear();
        m_errata->clear();
        m_errata->hide();
        m_verdict->clear();
        return;
    }
    // Words are a pure function of the readings: judged again, they are in
    // the current language; whether it went as expected stays as it was.
    const LessonOutcome o = retold(*l, *m_outcome);
    const VisualStyle &s = VisualStyle::current();
    m_measured->setText(tr("Measured: %1").arg(o.measured));
    m_checks->setText(checksText(o));
    m_errata->setText(errataText(o));
    m_errata->setVisible(!o.errata.isEmpty());
    QString verdict = o.asExpected ? tr("✓ As expected.") : tr("✗ Not as expected.");
    if (o.setup == LessonSetup::Control)
        verdict = tr("Control run: %1").arg(verdict);
    if (!o.error.isEmpty())
        verdict += QLatin1Char(' ') + o.error.text();
    m_verdict->setText(verdict);
    QPalette p = m_verdict->palette();
    p.setColor(QPalette::WindowText, o.asExpected ? s.running : s.warning);
    m_verdict->setPalette(p);
}

void LessonPanel::setRunAllowed(bool allowed)
{
    m_runAllowed = allowed;
    for (QPushButton *b : {m_run, m_control, m_watch})
        b->setEnabled(allowed && !isRunning());
}

bool LessonPanel::run(LessonSetup setup)
{
    const Lesson *l = findLesson(selectedId());
    if (!l || isRunning() || m_asking || !m_runAllowed)
        return false;
    m_asked = false;
    m_guess = -1;
    const LessonQuestion question = l->question();
    if (setup != LessonSetup::AsTaught || !asksFirst() || question.isEmpty())
        return start(*l, setup);
    // Before anything runs, and on top even in presentation, where this panel is hidden.
    auto *dialog = new QuestionDialog(l->title(), question, m_presenting, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_asking = true;
    connect(dialog, &QDialog::finished, this, [this, dialog, id = l->id()](int result) {
        m_asking = false;
        const Lesson *lesson = findLesson(id);
        if (result != QDialog::Accepted || !lesson)
            return; // closed: nothing runs
        m_asked = true;
        m_guess = dialog->guess();
        if (!start(*lesson, LessonSetup::AsTaught))
            m_asked = false;
    });
    dialog->open();
    return true;
}

std::optional<RecordedQuestion> LessonPanel::asked() const
{
    const Lesson *l = findLesson(m_shownId);
    if (!l || m_answerShown < -1)
        return std::nullopt;
    return RecordedQuestion{l->question(), m_guess, m_answerShown};
}

bool LessonPanel::runWithoutAsking()
{
    const Lesson *l = findLesson(selectedId());
    if (!l || isRunning() || m_asking || !m_runAllowed)
        return false;
    m_asked = false;
    m_guess = -1;
    return start(*l, LessonSetup::AsTaught);
}

bool LessonPanel::start(const Lesson &lesson, LessonSetup setup)
{
    // The Code dock shows the lesson's own code.
    emit aboutToRun(lesson.code());
    if (!m_runner.start(lesson, setup))
        return false;
    m_revealed.clear();
    m_readings.clear();
    m_shownId = lesson.id();
    m_shownSetup = setup;
    m_lines.clear();
    m_outcome.reset();
    m_answerShown = -2;
    setRunning(true);
    drawResults();
    return true;
}

void LessonPanel::reveal(const LessonOutcome &o)
{
    const Lesson *l = findLesson(o.id);
    if (!m_asked || !l)
        return;
    m_asked = false;
    // Decided by the readings, never by the lecture: a cancelled run answers nothing.
    m_answerShown = o.error.isEmpty() ? l->answer(o.readings) : -1;
}

void LessonPanel::setPresenting(bool on)
{
    m_presenting = on;
    const QSignalBlocker block(m_askFirst);
    m_askFirst->setChecked(asksFirst());
    showSelected();
}

bool LessonPanel::asksFirst() const
{
    return QSettings().value(askFirstKey(m_presenting), m_presenting).toBool();
}

void LessonPanel::setAskFirst(bool on)
{
    m_askFirst->setChecked(on);
}

void LessonPanel::cancel()
{
    m_runner.cancel();
}

void LessonPanel::setRunning(bool running)
{
    for (QPushButton *b : {m_run, m_control, m_watch})
        b->setEnabled(!running && m_runAllowed);
    m_cancel->setEnabled(running);
    m_list->setEnabled(!running);
    emit runningChanged(running);
}

} // namespace ipcscope
