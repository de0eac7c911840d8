#pragma once
// The code a mechanism's workers — or a lesson's — run, written the way the
// lecture writes it (resources/code/NAME.c), with the line each worker is in
// marked as it moves — so Step walks through the code. A snippet has a
// producer and a consumer section ("//== producer [title]"), each a fragment
// or, for the lecture's own listings, a whole program; a prelude
// ("//== prelude") declares what the fragments use, so that the snippet
// compiles, and is not shown; "//== language c++" says how it compiles (C
// otherwise). A line ending in "//@ OP OBJECT" is where a worker doing OP
// (send, receive, P, V, lock, unlock, wait, signal) on OBJECT is — the
// object's name, or its number where the code has no names — and
// "//@ running" where one runs its loop outside any call. Processes with no
// telemetry of their own are placed by what the lesson reads of them: "//@ in
// CALL" where /proc/PID/syscall finds one asleep in CALL (getchar() in
// "read"), and "//@ says PATTERN..." at the line that made a reading the
// lesson took ("key=value" as its process printed it; * matches anything, a
// pattern without = any value): the latest reading so placed is the line the
// lesson has got to. A reading no marker places lights nothing. A line may
// carry several markers ("//@ receive //@ in read").
#include "session/runtypes.h"

#include <QWidget>

class QPlainTextEdit;
class QLabel;

namespace ipcscope {

struct CodeSnippet {
    struct Marker {
        QString op;
        QString object;
    };
    struct Line {
        QString text;
        QVector<Marker> markers; // none: nothing is ever shown here
        bool has(const QString &op, const QString &object = {}) const;
    };
    QVector<Line> producer;
    QVector<Line> consumer;
    QString producerTitle; // a role ("writer"), a file name ("shm_write.cpp") or empty
    QString consumerTitle;
    QStringList prelude;
    QString language = QStringLiteral("c");

    // From the built-in resources; empty sections when there is none.
    static CodeSnippet load(const QString &mechanism);
    static CodeSnippet parse(const QString &text);
    // The line a worker in `state` is at, or -1.
    int lineOf(Role role, const StateWord &state, const std::vector<std::string> &syncObjects) const;
    // The line a process is at that /proc finds asleep in `call`, or -1.
    int lineIn(Role role, const QString &call) const;
    // The line that made `reading` ("key=value"), and its section; -1 when none says so.
    int lineSaying(const QString &reading, Role &section) const;
};

class CodeView : public QWidget {
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);
    void setMechanism(const QString &mechanism);
    void update(const RunSnapshot &snapshot);
    void retranslate();
    // What a section's title says on screen, in the current language.
    static QString sectionTitle(const QString &title, Role role);
    // For the tests: which lines are marked now, e.g. {"P1", 3}.
    QList<QPair<QString, int>> marked() const { return m_marked; }
    // …and the code on each of those lines, in the same order.
    QStringList markedCode() const { return m_markedCode; }
    // What the gutter says beside the line a lesson's readings got to.
    static QString readingMark() { return tr("here"); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void render(QPlainTextEdit *view, const QVector<CodeSnippet::Line> &lines, const QMap<int, QStringList> &who,
                const QMap<int, QColor> &colours);

    QLabel *m_producerTitle;
    QLabel *m_consumerTitle;
    QPlainTextEdit *m_producer;
    QPlainTextEdit *m_consumer;
    QString m_mechanism;
    CodeSnippet m_snippet;
    QList<QPair<QString, int>> m_marked;
    QStringList m_markedCode;
    // What is drawn now, so that an unchanged poll draws nothing.
    QMap<int, QStringList> m_producerWho, m_consumerWho;
    QMap<int, QColor> m_producerColours, m_consumerColours;
    bool m_dirty = true; // a new snippet: draw whatever the marks
};

} // namespace ipcscope
