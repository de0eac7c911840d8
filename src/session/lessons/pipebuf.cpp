// Lesson 3, PIPE_BUF: writes up to it are atomic, bigger ones may interleave.
#include "lessonlist.h"

#include "session/formatter.h"
#include "session/scenariofile.h"

#include "engine/limits.h"

namespace ipcscope {

namespace {

class PipeBufLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("pipe-buf"); }
    QString title() const override { return LessonText::tr("PIPE_BUF: atomic writes into one pipe"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "Four writers share one pipe, shrunk to one page with F_SETPIPE_SZ. A write of at most "
            "PIPE_BUF bytes is atomic: it waits for room and lands in one piece. A bigger write is split "
            "when the pipe is full, and pieces of different writers interleave — the reader gets torn "
            "records.");
    }
    QString expected() const override
    {
        return LessonText::tr("Records of PIPE_BUF bytes never tear; records of 4 × PIPE_BUF bytes do.");
    }
    QString mechanism() const override { return QStringLiteral("pipe"); }
    QString scenario() const override { return QStringLiteral("pipe-buf"); }

    LessonOutcome run(LessonContext &c) const override
    {
        // The example assumes the common PIPE_BUF; this machine's is used.
        const int pipeBuf = int(pipeBufLimit().value);
        Scenario s = exampleScenario(QStringLiteral("pipe-buf"));
        s.tweaks.pipeCapacity = pipeBuf; // one page: a bigger write cannot go in at once
        s.size = pipeBuf;
        c.observe(LessonText::tr("A pipe of %1 B; %2 writers × %3 records of %1 B (PIPE_BUF)…")
                      .arg(pipeBuf)
                      .arg(s.producers)
                      .arg(s.count));
        const RunResult small = c.run(s);
        c.observe(LessonText::tr("%1 records read, %2 torn.")
                      .arg(Formatter::count(small.messages + small.corrupted), Formatter::count(small.corrupted)));
        s.size = 4 * pipeBuf;
        c.observe(LessonText::tr("The same pipe; %2 writers × %3 records of %1 B (4 × PIPE_BUF)…")
                      .arg(4 * pipeBuf)
                      .arg(s.producers)
                      .arg(s.count));
        const RunResult big = c.run(s);
        c.observe(LessonText::tr("%1 records read, %2 torn: their bytes came from several writers.")
                      .arg(Formatter::count(big.messages + big.corrupted), Formatter::count(big.corrupted)));
        LessonOutcome o;
        o.measured = LessonText::tr("%1 B records: %2 of %3 torn. %4 B records: %5 of %6 torn.")
                         .arg(pipeBuf)
                         .arg(Formatter::count(small.corrupted), Formatter::count(small.messages + small.corrupted))
                         .arg(4 * pipeBuf)
                         .arg(Formatter::count(big.corrupted), Formatter::count(big.messages + big.corrupted));
        o.asExpected = small.corrupted == 0 && small.messages == small.sent && big.corrupted > 0;
        return o;
    }
};

} // namespace

const Lesson &pipeBufLesson()
{
    static const PipeBufLesson lesson;
    return lesson;
}

} // namespace ipcscope
