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
// "//@ running" where one runs its loop outside any call.
#include "session/runtypes.h"

#include <QWidget>

class QPlainTextEdit;
class QLabel;

namespace ipcscope {

struct CodeSnippet {
    struct Line {
        QString text;
        QString op; // empty: no worker is ever shown here
        QString object;
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
    // What is drawn now, so that an unchanged poll draws nothing.
    QMap<int, QStringList> m_producerWho, m_consumerWho;
    QMap<int, QColor> m_producerColours, m_consumerColours;
    bool m_dirty = true; // a new snippet: draw whatever the marks
};

} // namespace ipcscope
