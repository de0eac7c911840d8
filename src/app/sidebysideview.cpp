#include "sidebysideview.h"

#include "flowscene.h"
#include "flowview.h"
#include "inventory.h"
#include "sidebysideplot.h"
#include "visualstyle.h"

#include "session/formatter.h"
#include "session/mechanismcatalog.h"
#include "session/pace.h"
#include "session/scenetext.h"
#include "session/runrules.h"
#include "session/sidebyside.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QFontInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace ipcscope {

namespace {
// The paces offered, the same for all: no limit, messages a second per
// producer, then stepped — one call each on every beat.
const Pace kPaces[] = {{0, 0}, {0, 10000}, {0, 1000}, {0, 100}, {0, 10}, {0.5, 0}, {1, 0}, {2, 0}};
// The graph's least height with its axes named.
constexpr int kGraphHeight = 110;
} // namespace

SideBySideView::SideBySideView(QWidget *parent)
    : QWidget(parent), m_side(std::make_unique<SideBySide>()), m_mode(new QComboBox(this)),
      m_pace(new QComboBox(this)), m_start(new QPushButton(this)), m_stop(new QPushButton(this)),
      m_note(new QLabel(this)), m_bar(new QHBoxLayout), m_grid(new QGridLayout), m_plot(new SideBySidePlot(this)), m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("sideBySide"));
    auto *layout = new QVBoxLayout(this);
    m_bar->addWidget(m_mode);
    m_bar->addWidget(m_pace);
    m_bar->addWidget(m_start);
    m_bar->addWidget(m_stop);
    m_bar->addStretch(1);
    layout->addLayout(m_bar);
    // Under the controls, across the window: an explanation, in the window's
    // own type, so the scenes keep the height.
    layout->addWidget(m_note);
    layout->addLayout(m_grid, 4);
    layout->addWidget(m_plot, 1);
    // Its lines and ticks read in this much; the scenes take the rest.
    m_plot->setMinimumHeight(kGraphHeight);
    // On a 1024-pixel projector every pixel of a lane's width is type.
    layout->setContentsMargins(4, 4, 4, 4);
    m_grid->setSpacing(6);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("sideBySideNote"));
    m_stop->setEnabled(false);
    for (size_t i = 0; i < std::size(kPaces); ++i)
        m_pace->addItem(QString());
    m_mode->addItem(QString());
    m_mode->addItem(QString());

    connect(m_start, &QPushButton::clicked, this, &SideBySideView::start);
    connect(m_stop, &QPushButton::clicked, this, &SideBySideView::stop);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SideBySideView::showNote);
    connect(m_pace, &QComboBox::currentIndexChanged, this, [this] {
        // Stepped, one call at a time competes for nothing: no turns.
        m_mode->setEnabled(!plan().stepped() && !isRunning());
        showNote();
    });
    connect(m_side.get(), &SideBySide::sampled, this, [this](int i, const QVector<RunEvent> &events) {
        if (i >= m_lanes.size())
            return;
        m_lanes[i].scene->update(m_side->run(i)->scene(), events);
        // Its header from the model its cards were just drawn from: a turn
        // given or ended shows in both at once (said on the turn's signal,
        // the header ran a sample ahead of the cards).
        if (showHeader(i, false))
            arrange();
    });
    connect(m_side.get(), &SideBySide::finished, this, &SideBySideView::finished);
    // Their rates and the graph at a reader's pace, not at every poll.
    m_refresh->setInterval(200);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        showHeaders();
        m_plot->refresh(*m_side);
    });
    retranslate();
}

SideBySideView::~SideBySideView()
{
    discard();
}

void SideBySideView::setPlan(const SideBySidePlan &plan)
{
    if (isRunning())
        return;
    m_plan = plan;
    m_plan.mechanisms = plan.mechanisms.mid(0, SideBySidePlan::kMaxMechanisms);
    setTogether(plan.together);
    setPace(Pace{plan.callEveryS, plan.stepped() ? 0 : plan.rate});
    buildLanes();
}

SideBySidePlan SideBySideView::plan() const
{
    SideBySidePlan p = m_plan;
    p.together = m_mode->currentIndex() == 1;
    const Pace pace = kPaces[std::max(0, m_pace->currentIndex())];
    p.rate = pace.rate;
    p.callEveryS = pace.callEveryS;
    p.seconds = 0; // until Stop
    return p;
}

void SideBySideView::setTogether(bool together)
{
    m_mode->setCurrentIndex(together ? 1 : 0);
}

void SideBySideView::setPace(const Pace &pace)
{
    for (size_t i = 0; i < std::size(kPaces); ++i)
        if (kPaces[i] == pace)
            m_pace->setCurrentIndex(int(i));
}

void SideBySideView::buildLanes()
{
    for (const Lane &lane : m_lanes)
        delete lane.box; // its view and scene with it
    m_lanes.clear();
    const int n = int(m_plan.mechanisms.size());
    // Two, one above the other: each gets the whole width, so its cards
    // hold their words whole; three or four, two by two.
    const int columns = n <= 2 ? 1 : 2;
    QStringList names;
    QList<QColor> colours;
    const SideBySidePlan p = plan();
    for (int i = 0; i < n; ++i) {
        Lane lane;
        lane.box = new QWidget(this);
        auto *box = new QVBoxLayout(lane.box);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(0); // the scene has its own margin
        lane.header = new QLabel(lane.box);
        lane.header->setWordWrap(true);
        lane.header->setTextFormat(Qt::RichText);
        // However long its state, it never widens the lane.
        lane.header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        lane.view = new FlowView(lane.box);
        lane.scene = new FlowScene(lane.box);
        lane.scene->setCompact(true); // the header names it
        lane.view->setScene(lane.scene);
        lane.scene->preview(p.scenarioFor(m_plan.mechanisms[i]));
        lane.scene->setPace(Pace{p.callEveryS, p.rate});
        box->addWidget(lane.header);
        box->addWidget(lane.view, 1);
        m_grid->addWidget(lane.box, i / std::max(1, columns), i % std::max(1, columns));
        m_lanes.append(lane);
        const MechanismText text = mechanismText(m_plan.mechanisms[i]);
        names << text.title;
        colours << QColor::fromRgb(text.colour);
    }
    m_plot->setLanes(names, colours);
    showHeaders();
    showNote();
    restyle();
}

double SideBySideView::leastScale(Room room) const
{
    // The window as its layouts will share it: the bar, the note and the
    // graph as asked, the rest to the grid; in each cell a header over a
    // scene, which takes the view's shape (flowlayout.h).
    const int n = int(m_lanes.size());
    if (n == 0)
        return 1;
    const int columns = n <= 2 ? 1 : 2;
    const int rows = (n + columns - 1) / columns;
    const QMargins margins = layout()->contentsMargins();
    const int spacing = layout()->spacing();
    const int width =
        (this->width() - margins.left() - margins.right() - m_grid->horizontalSpacing() * (columns - 1)) / columns;
    int rest = height() - margins.top() - margins.bottom() - m_bar->sizeHint().height() - spacing;
    if (room == Room::Full)
        rest -= m_note->heightForWidth(this->width() - margins.left() - margins.right()) + spacing;
    if (room == Room::Strip)
        rest -= m_plot->stripHeight() + spacing;
    if (room == Room::Full || room == Room::NoNote)
        // Four to one, never under its least.
        rest -= std::max(m_plot->minimumHeight(), rest / 5) + spacing;
    const int cell = (rest - m_grid->verticalSpacing() * (rows - 1)) / rows;
    double least = std::numeric_limits<double>::infinity();
    for (const Lane &lane : m_lanes) {
        const int header = lane.header->heightForWidth(width);
        const int spacingInBox = lane.box->layout()->spacing();
        least = std::min(least, lane.scene->scaleIn(QSizeF(width, cell - header - spacingInBox)));
    }
    return least;
}

void SideBySideView::arrange()
{
    // At the desk everything shows; on the projector the first that lets
    // every scene's smallest state text reach the floor, or the last.
    Room room = Room::Full;
    if (m_forcedRoom >= 0) {
        room = Room(m_forcedRoom);
    } else if (VisualStyle::isLargeType()) {
        const double floorScale =
            kStateFloorPx / std::min({sceneFloor(TextRole::State), sceneFloor(TextRole::Count), sceneFloor(TextRole::Value)});
        for (Room r : {Room::Full, Room::NoNote, Room::Strip, Room::NoGraph}) {
            room = r;
            if (leastScale(r) >= floorScale)
                break;
        }
    }
    m_room = room;
    // A reason it cannot start is never hidden.
    m_note->setVisible(room == Room::Full || !m_error.isEmpty());
    // The note's words stay on the mode's tooltip when it gives way.
    m_mode->setToolTip(room == Room::Full ? m_modeTip : m_modeTip + QStringLiteral("\n\n") + m_note->text());
    m_plot->setStrip(room == Room::Strip);
    m_plot->setVisible(room != Room::NoGraph);
    m_plot->setMinimumHeight(room == Room::Strip ? m_plot->stripHeight() : kGraphHeight);
    m_plot->setMaximumHeight(room == Room::Strip ? m_plot->stripHeight() : QWIDGETSIZE_MAX);
}

void SideBySideView::forceRoom(int room)
{
    m_forcedRoom = room;
    arrange();
}

void SideBySideView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

bool SideBySideView::start()
{
    if (isRunning())
        return false;
    if (!m_startAllowed) {
        m_error = m_notAllowed;
        showNote();
        return false;
    }
    emit aboutToStart();
    const SideBySidePlan p = plan();
    m_error.clear();
    m_side->discard();
    const bool ok = m_side->start(p, [](Run &run) {
        // As the Live page: where each worker is blocked, the kernel's
        // values, and the scene model built from them; but read every frame
        // at any pace (the Live page reads a run at no limit every 100 ms:
        // Pace::pollIntervalMs), since here the lanes are held and let go by
        // their plan and no RunRules follows them.
        run.setWatchProcesses(true);
        run.setKernelInterval(33);
        run.setWatchScene(true);
        run.setPollInterval(33);
    });
    if (!ok) {
        m_error = m_side->error();
        showNote();
        emit runningChanged(false); // what aboutToStart began ends here
        return false;
    }
    for (int i = 0; i < m_lanes.size() && i < m_side->count(); ++i) {
        m_lanes[i].scene->setPace(Pace{p.callEveryS, p.rate});
        m_lanes[i].scene->setRun(m_side->run(i));
    }
    showHeaders(); // starting, as the cards now say
    m_start->setEnabled(false);
    m_stop->setEnabled(true);
    m_mode->setEnabled(false);
    m_pace->setEnabled(false);
    m_refresh->start();
    showNote();
    emit runningChanged(true);
    return true;
}

void SideBySideView::stop()
{
    m_side->stop();
}

void SideBySideView::discard()
{
    const bool was = isRunning();
    m_refresh->stop();
    m_side->discard();
    if (was) {
        m_start->setEnabled(true);
        m_stop->setEnabled(false);
        m_mode->setEnabled(!plan().stepped());
        m_pace->setEnabled(true);
        emit runningChanged(false);
    }
}

bool SideBySideView::isRunning() const
{
    return m_side->isRunning();
}

void SideBySideView::finished()
{
    m_refresh->stop();
    showHeaders();
    m_plot->refresh(*m_side);
    m_start->setEnabled(m_startAllowed);
    m_stop->setEnabled(false);
    m_mode->setEnabled(!plan().stepped());
    m_pace->setEnabled(true);
    emit runningChanged(false);
}

void SideBySideView::setStartAllowed(bool allowed, const QString &why)
{
    m_startAllowed = allowed;
    m_notAllowed = why;
    m_start->setEnabled(allowed && !isRunning());
}

void SideBySideView::showHeaders()
{
    for (int i = 0; i < m_lanes.size(); ++i)
        showHeader(i, true);
    // A state line more or less in a header is height the scenes may need.
    arrange();
}

bool SideBySideView::showHeader(int i, bool newRate)
{
    const SideBySide &side = *m_side;
    const MechanismText text = mechanismText(m_plan.mechanisms[i]);
    // Whether it goes or is held, as its scene's model has it: the sample
    // its cards show, not the turn as it stands since.
    const ScenePhase phase = m_lanes[i].scene->model().phase;
    const bool waiting = i < side.count() && phase == ScenePhase::Paused && !side.plan().together &&
                         !side.plan().stepped();
    QString state;
    if (i < side.count()) {
        const Run &run = *side.run(i);
        // The rate at the reader's pace: a sample changes only the words.
        if (newRate || m_lanes[i].rate.isEmpty())
            m_lanes[i].rate = Formatter::messageRate(side.msgsPerActiveS(i));
        const QString &rate = m_lanes[i].rate;
        const QString own = Formatter::duration(side.activeS(i));
        if (run.phase() == Run::Phase::Finished)
            state = endedPhase(run.result()) != ScenePhase::Failed
                        ? tr("ended · %1 over %2 of its own").arg(rate, own)
                        : tr("failed: %1").arg(failedBecause(run.result()));
        else if (run.phase() == Run::Phase::Starting)
            state = tr("starting");
        else if (side.plan().stepped())
            // Held at its first call until the others have started, as its
            // scene says (paused); then the beat's.
            state = phase == ScenePhase::Paused ? tr("held until all have started") : tr("stepping · %1").arg(rate);
        else if (side.plan().together)
            state = tr("sharing the CPUs · %1").arg(rate);
        else if (waiting)
            state = tr("waiting its turn · %1").arg(rate);
        else
            state = tr("has the CPUs · %1").arg(rate);
    }
    // Its colour on the graph before its name (the graph's key), its
    // state on the line under it.
    QString html = QStringLiteral("<span style=\"color:%1\">&#9632;</span> <b>%2</b>")
                       .arg(QColor::fromRgb(text.colour).name(), text.title.toHtmlEscaped());
    if (!state.isEmpty())
        html += QStringLiteral("<br>") + state.toHtmlEscaped();
    QLabel *header = m_lanes[i].header;
    const bool changed = header->text() != html;
    if (changed)
        header->setText(html);
    // The one with the CPUs stands out; the one waiting is drawn muted,
    // in the paused colour made dark (or light) enough to read on the
    // window: as it was, 2:1 on grey, the back row lost three of four.
    const VisualStyle &style = VisualStyle::current();
    const QColor behind = header->palette().color(header->backgroundRole());
    const QString sheet = QStringLiteral("QLabel { color: %1; }")
                              .arg((waiting ? VisualStyle::readable(style.paused, behind) : style.text).name());
    if (header->styleSheet() != sheet)
        header->setStyleSheet(sheet);
    return changed;
}

QString SideBySideView::laneHeader(int i) const
{
    return m_lanes[i].header->text();
}

Inventory SideBySideView::inventory(QSize screen) const
{
    Inventory all;
    all.screen = screen;
    for (const Lane &lane : m_lanes) {
        // The header as the scene's caption: it carries state too.
        const Inventory one = takeInventory(lane.view, lane.header, screen);
        all.texts += one.texts;
        all.items += one.items;
    }
    return all;
}

void SideBySideView::showNote()
{
    const SideBySidePlan p = plan();
    QString note = p.stepped() ? tr("Stepped: every one is held and makes one call on each beat, all on the same beat.")
                   : p.together
                       ? tr("Together: they share this machine's %n CPU(s), so each goes slower than it would alone.",
                            "", QThread::idealThreadCount())
                       : tr("Taking turns of %1 ms: one at a time has the CPUs, so none slows another; the one "
                            "waiting is paused — its processes really wait. Each rate is over its own time with the "
                            "CPUs.")
                             .arg(p.sliceMs);
    // What every scene's subtitle would say: the same for all.
    note = SceneText::shape(1, 1, p.size, true, Pace{p.callEveryS, p.rate}) + QStringLiteral(" · ") + note;
    if (!m_error.isEmpty())
        note = tr("Cannot start: %1").arg(m_error) + QLatin1Char('\n') + note;
    m_note->setText(note);
    arrange();
}

void SideBySideView::retranslate()
{
    setWindowTitle(tr("Side by side, live — ipcscope"));
    m_mode->setItemText(0, tr("Taking turns"));
    m_mode->setItemText(1, tr("Together"));
    m_modeTip = tr("Taking turns, one mechanism at a time has the CPUs; together, they share them");
    for (size_t i = 0; i < std::size(kPaces); ++i)
        m_pace->setItemText(int(i), kPaces[i].describe());
    m_pace->setToolTip(tr("The same pace for all: messages a second per producer"));
    m_start->setText(tr("Start"));
    m_stop->setText(tr("Stop"));
    m_plot->retranslate();
    showHeaders();
    showNote();
}

void SideBySideView::restyle()
{
    QFont font = this->font();
    // On the projector a header carries state: at least 20 pixels high, as
    // the scenes' own (inventory.h).
    QFont header = font;
    if (VisualStyle::isLargeType())
        header.setPixelSize(std::max(20, QFontInfo(font).pixelSize()));
    for (const Lane &lane : m_lanes) {
        lane.header->setFont(header);
        lane.scene->restyle();
    }
    m_note->setFont(font);
    m_plot->setFont(font);
    m_plot->restyle();
    showHeaders();
    arrange();
}

void SideBySideView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SideBySideView::closeEvent(QCloseEvent *event)
{
    discard(); // the workers and objects go with the window
    event->accept();
}

} // namespace ipcscope
