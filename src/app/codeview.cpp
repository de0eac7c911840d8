#include "codeview.h"

#include "visualstyle.h"

#include "engine/mechanism.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace ipcscope {

namespace {

QString opWord(Op op)
{
    switch (op) {
    case Op::Send:
        return QStringLiteral("send");
    case Op::Receive:
        return QStringLiteral("receive");
    case Op::SemP:
        return QStringLiteral("P");
    case Op::SemV:
        return QStringLiteral("V");
    case Op::Lock:
        return QStringLiteral("lock");
    case Op::Unlock:
        return QStringLiteral("unlock");
    case Op::CondWait:
        return QStringLiteral("wait");
    case Op::CondSignal:
        return QStringLiteral("signal");
    case Op::Copy:
        return QStringLiteral("copy");
    case Op::Advance:
        return QStringLiteral("advance");
    case Op::None:
        break;
    }
    return {};
}

} // namespace

CodeSnippet CodeSnippet::parse(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("\\s*//@.*$"));
    CodeSnippet s;
    QVector<Line> *section = nullptr;
    bool inPrelude = false;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        if (raw.startsWith(QLatin1String("//== "))) {
            const QString word = raw.mid(5).section(QLatin1Char(' '), 0, 0);
            const QString rest = raw.mid(5).section(QLatin1Char(' '), 1).trimmed();
            inPrelude = word == QLatin1String("prelude");
            section = nullptr;
            if (word == QLatin1String("producer")) {
                section = &s.producer;
                s.producerTitle = rest;
            } else if (word == QLatin1String("consumer")) {
                section = &s.consumer;
                s.consumerTitle = rest;
            } else if (word == QLatin1String("language")) {
                s.language = rest;
            }
            continue;
        }
        if (inPrelude) {
            s.prelude << raw;
            continue;
        }
        if (!section)
            continue;
        Line line;
        const QRegularExpressionMatch m = marker.match(raw);
        if (m.hasMatch()) {
            line.text = raw.left(m.capturedStart());
            for (const QString &each : m.captured().split(QStringLiteral("//@"), Qt::SkipEmptyParts)) {
                const QString words = each.trimmed();
                if (!words.isEmpty())
                    line.markers.append({words.section(QLatin1Char(' '), 0, 0),
                                         words.section(QLatin1Char(' '), 1).trimmed()});
            }
        } else {
            line.text = raw;
        }
        section->append(line);
    }
    // No trailing blank lines.
    for (QVector<Line> *lines : {&s.producer, &s.consumer})
        while (!lines->isEmpty() && lines->last().text.trimmed().isEmpty())
            lines->removeLast();
    return s;
}

CodeSnippet CodeSnippet::load(const QString &mechanism)
{
    QFile f(QStringLiteral(":/code/%1.c").arg(mechanism));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parse(QString::fromUtf8(f.readAll()));
}

int CodeSnippet::lineOf(Role role, const StateWord &state, const std::vector<std::string> &syncObjects) const
{
    const QVector<Line> &lines = role == Role::Producer ? producer : consumer;
    // Named where the mechanism names its objects, numbered in a lesson's code.
    const QString object = state.object < syncObjects.size() ? QString::fromStdString(syncObjects[state.object])
                                                             : QString::number(state.object);
    const auto find = [&](const QString &op, const QString &obj) {
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].has(op, obj))
                return i;
        return -1;
    };
    switch (state.state) {
    case WorkerState::Running:
        return find(QStringLiteral("running"), QString());
    case WorkerState::InCall:
    case WorkerState::Paused:
        return find(opWord(state.op), state.op == Op::Send || state.op == Op::Receive ? QString() : object);
    case WorkerState::Critical: {
        // In the copy or moving head/tail: that line.
        if (state.op == Op::Copy || state.op == Op::Advance)
            return find(opWord(state.op), object);
        // Holding the lock: the line after the one that took it.
        int taken = find(QStringLiteral("P"), object);
        if (taken < 0)
            taken = find(QStringLiteral("lock"), object);
        return taken >= 0 && taken + 1 < lines.size() ? taken + 1 : -1;
    }
    default:
        return -1;
    }
}

bool CodeSnippet::Line::has(const QString &op, const QString &object) const
{
    return std::any_of(markers.begin(), markers.end(), [&](const Marker &m) {
        return m.op == op && (object.isEmpty() || m.object == object);
    });
}

int CodeSnippet::lineIn(Role role, const QString &call) const
{
    // Its own part only: another process asleep in the same call (the lesson's
    // host reading its children's output) is not at this line.
    const QVector<Line> &lines = role == Role::Producer ? producer : consumer;
    for (int i = 0; i < lines.size(); ++i)
        for (const Marker &m : lines[i].markers)
            if (m.op == QLatin1String("in") && m.object.split(QLatin1Char(' ')).contains(call))
                return i;
    return -1;
}

int CodeSnippet::lineSaying(const QString &reading, Role &section) const
{
    // A glob: * for any run of characters, everything else as it is.
    const auto matches = [&](QString pattern) {
        if (!pattern.contains(QLatin1Char('=')))
            pattern += QStringLiteral("=*");
        QStringList parts;
        for (const QString &part : pattern.split(QLatin1Char('*')))
            parts << QRegularExpression::escape(part);
        const QRegularExpression glob(QRegularExpression::anchoredPattern(parts.join(QStringLiteral(".*"))),
                                      QRegularExpression::DotMatchesEverythingOption);
        return glob.match(reading).hasMatch();
    };
    for (const auto &[role, lines] : {std::pair{Role::Producer, &producer}, std::pair{Role::Consumer, &consumer}})
        for (int i = 0; i < lines->size(); ++i)
            for (const Marker &m : (*lines)[i].markers)
                if (m.op == QLatin1String("says"))
                    for (const QString &pattern : m.object.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                        if (matches(pattern)) {
                            section = role;
                            return i;
                        }
    return -1;
}

CodeView::CodeView(QWidget *parent)
    : QWidget(parent), m_producerTitle(new QLabel(this)), m_consumerTitle(new QLabel(this)),
      m_producer(new QPlainTextEdit(this)), m_consumer(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("code"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    for (QPlainTextEdit *view : {m_producer, m_consumer}) {
        view->setReadOnly(true);
        view->setUndoRedoEnabled(false); // its lines are rewritten as marks move
        view->setFont(mono);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_producerTitle);
    layout->addWidget(m_producer, 1);
    layout->addWidget(m_consumerTitle);
    layout->addWidget(m_consumer, 1);
    retranslate();
}

QString CodeView::sectionTitle(const QString &title, Role role)
{
    // A lecture's listing is named by its file, as printed; a fragment by
    // the part it plays.
    if (title.isEmpty())
        return role == Role::Producer ? tr("Producer") : tr("Consumer");
    const QMap<QString, QString> roles = {
        {QStringLiteral("writer"), tr("Writer")},      {QStringLiteral("reader"), tr("Reader")},
        {QStringLiteral("sender"), tr("Sender")},      {QStringLiteral("receiver"), tr("Receiver")},
        {QStringLiteral("process"), tr("Process")},    {QStringLiteral("child"), tr("Child process")},
        {QStringLiteral("lesson"), tr("The lesson")},  {QStringLiteral("racer"), tr("Each racer")},
        {QStringLiteral("both"), tr("P1 and P2")},     {QStringLiteral("keys"), tr("Keys")},
        {QStringLiteral("queues"), tr("Queues")},      {QStringLiteral("lecture"), tr("As in the lecture")},
        {QStringLiteral("fix"), tr("The fix")},        {QStringLiteral("shell"), tr("From a shell")},
    };
    return roles.value(title, title);
}

void CodeView::retranslate()
{
    m_producerTitle->setText(sectionTitle(m_snippet.producerTitle, Role::Producer));
    m_consumerTitle->setText(sectionTitle(m_snippet.consumerTitle, Role::Consumer));
}

void CodeView::setMechanism(const QString &mechanism)
{
    if (mechanism == m_mechanism)
        return;
    m_mechanism = mechanism;
    m_snippet = CodeSnippet::load(mechanism);
    retranslate();
    m_dirty = true;
    RunSnapshot nobody;
    update(nobody);
}

void CodeView::render(QPlainTextEdit *view, const QVector<CodeSnippet::Line> &lines, const QMap<int, QStringList> &who,
                      const QMap<int, QColor> &colours)
{
    // A gutter names the workers on each line: "C1 ▶".
    int gutter = 0;
    for (const QStringList &names : who)
        gutter = std::max(gutter, int(names.join(QLatin1Char(',')).size()));
    QStringList text;
    for (int i = 0; i < lines.size(); ++i) {
        const QString names = who.value(i).join(QLatin1Char(','));
        text << (gutter ? (names.isEmpty() ? QString(gutter + 3, QLatin1Char(' '))
                                           : names.rightJustified(gutter) + QStringLiteral(" ▶ "))
                        : QString()) +
                    lines[i].text;
    }
    // Only the lines whose gutter changed are written again: setting the
    // whole text laid every line out anew and scrolled to the top and back,
    // repainting the view and its scroll bars each time a mark moved.
    QTextDocument *document = view->document();
    if (document->blockCount() != text.size()) {
        view->setPlainText(text.join(QLatin1Char('\n')));
    } else {
        QTextCursor edit(document);
        edit.beginEditBlock();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            if (block.text() != text[block.blockNumber()]) {
                edit.setPosition(block.position());
                edit.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
                edit.insertText(text[block.blockNumber()]);
            }
        edit.endEditBlock();
    }
    QList<QTextEdit::ExtraSelection> marks;
    for (auto it = colours.cbegin(); it != colours.cend(); ++it) {
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(it.value());
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(view->document()->findBlockByNumber(it.key()));
        marks << mark;
    }
    view->setExtraSelections(marks);
    // The line lit is on screen, whatever the length of the program around
    // it: centred when it is not, left where it is when it is.
    if (!colours.isEmpty()) {
        const QTextCursor lit(document->findBlockByNumber(colours.firstKey()));
        const bool shown = view->viewport()->rect().contains(view->cursorRect(lit));
        if (!shown) {
            view->setTextCursor(lit);
            view->centerCursor();
        }
    }
}

void CodeView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A snippet chosen while hidden is drawn now; the next poll marks it.
    if (m_dirty)
        update(RunSnapshot());
}

void CodeView::update(const RunSnapshot &snapshot)
{
    // Hidden behind the Log, or in presentation: nothing to draw. (The marks
    // are read by tests, so they are kept for a shown view only.)
    if (!isVisible())
        return;
    const Mechanism *m = findMechanism(m_mechanism.toStdString());
    const std::vector<std::string> names = m ? m->info().syncObjects : std::vector<std::string>{};
    const VisualStyle &s = VisualStyle::current();
    QMap<int, QStringList> producerWho, consumerWho;
    QMap<int, QColor> producerColours, consumerColours;
    m_marked.clear();
    m_markedCode.clear();
    const auto mark = [&](Role role, int line, const QString &who, QColor colour) {
        colour.setAlpha(90);
        (role == Role::Producer ? producerWho : consumerWho)[line] << who;
        (role == Role::Producer ? producerColours : consumerColours)[line] = colour;
        m_marked.append({who, line});
        m_markedCode << (role == Role::Producer ? m_snippet.producer : m_snippet.consumer)[line].text;
    };
    for (const WorkerSnapshot &w : snapshot.workers) {
        // One seen only through /proc: the call it sleeps in, where the code names it.
        int line = w.syscall.isEmpty() ? -1 : m_snippet.lineIn(w.role, w.syscall);
        if (line < 0)
            line = m_snippet.lineOf(w.role, w.state, names);
        if (line >= 0)
            mark(w.role, line, w.name(), s.stateColour(w.state.state, w.blocked));
    }
    // How far the lesson's readings say its code got: the latest one placed.
    for (auto it = snapshot.readings.crbegin(); it != snapshot.readings.crend(); ++it) {
        Role section = Role::Producer;
        const int line = m_snippet.lineSaying(*it, section);
        if (line >= 0) {
            mark(section, line, readingMark(), s.running);
            break;
        }
    }
    // The same lines in the same colours: the text stays as it is.
    if (!m_dirty && producerWho == m_producerWho && consumerWho == m_consumerWho &&
        producerColours == m_producerColours && consumerColours == m_consumerColours)
        return;
    m_dirty = false;
    m_producerWho = producerWho;
    m_consumerWho = consumerWho;
    m_producerColours = producerColours;
    m_consumerColours = consumerColours;
    render(m_producer, m_snippet.producer, producerWho, producerColours);
    render(m_consumer, m_snippet.consumer, consumerWho, consumerColours);
}

} // namespace ipcscope
