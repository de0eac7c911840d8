// PIPE_BUF: writes up to it are atomic, bigger ones may interleave.
#include "lessonerror.h"
#include "lessonlist.h"
#include "lessonreadings.h"
#include "recordsread.h"

#include "session/formatter.h"
#include "session/scenariofile.h"

#include "engine/limits.h"

#include <memory>

namespace ipcscope {

namespace {

// Records a second the reader takes (Scenario::Tweaks::consumerRate): far
// below where the workers sample their events (EventSampling, ~50 000).
constexpr int kReaderRate = 2000;

class PipeBufLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("pipe-buf"); }
    QString title() const override { return LessonText::tr("PIPE_BUF: atomic writes into one pipe"); }
    QString group() const override { return LessonText::tr("Pipes"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "Four writers share one pipe, shrunk to one page with F_SETPIPE_SZ. A write of at most "
            "PIPE_BUF bytes is atomic: it waits for room and lands in one piece. A bigger write is split "
            "when the pipe is full, and pieces of different writers interleave — the reader gets "
            "corrupted messages.");
    }
    QString expected() const override
    {
        return LessonText::tr("Messages of PIPE_BUF bytes never interleave; messages of 4 × PIPE_BUF bytes do.");
    }
    QString control() const override
    {
        return LessonText::tr("Both runs write messages of PIPE_BUF bytes: none can interleave.");
    }
    QString mechanism() const override { return QStringLiteral("pipe"); }
    QString code() const override { return QStringLiteral("pipe"); }
    QStringList sceneItems() const override
    {
        return {QStringLiteral("worker"), QStringLiteral("counter"), QStringLiteral("counter"), QStringLiteral("pipe")};
    }
    QString scenario() const override { return QStringLiteral("pipe-buf"); }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        // The example assumes the common PIPE_BUF; this machine's is used.
        const int pipeBuf = int(pipeBufLimit().value);
        const int bigger = setup == LessonSetup::Control ? pipeBuf : 4 * pipeBuf;
        Scenario s = exampleScenario(QStringLiteral("pipe-buf"));
        s.tweaks.pipeCapacity = pipeBuf; // one page: a bigger write cannot go in at once
        // The reader is paced, and the lesson says so: at full speed the
        // workers publish a sample of their events (EventSampling), and the
        // records read could not all be drawn. The writers are the lesson,
        // and they tear as much: a write bigger than the one-page pipe goes
        // in page by page whatever the reader's pace, the others' between.
        s.tweaks.consumerRate = kReaderRate;
        QJsonObject r{{QStringLiteral("pipe_buf"), pipeBuf}, {QStringLiteral("writers"), s.producers}};
        for (const auto &[size, p] : {std::pair{pipeBuf, QStringLiteral("small_")}, std::pair{bigger, QStringLiteral("big_")}}) {
            s.size = size;
            c.observe(LessonLine(QT_TRANSLATE_NOOP(
                              "Lessons", "A pipe of %1 B; %2 writers × %3 messages of %4 B; the reader takes %5 records "
                                         "a second, so that every record it reads is drawn…"))
                          .arg(pipeBuf)
                          .arg(s.producers)
                          .arg(s.count)
                          .arg(size)
                          .arg(kReaderRate));
            // Records read whole against all read, as the consumers verify
            // each one: the difference is the torn ones.
            auto seen = std::make_shared<std::pair<qint64, qint64>>(-1, -1);
            c.stage().begin({QT_TRANSLATE_NOOP("Lessons", "writes of %1 B; records in the order read"), {verbatim(uint64_t(size))}}, true);
            c.stage().watchCounter(
                {QT_TRANSLATE_NOOP("Lessons", "whole of read, writes of %1 B"), {verbatim(uint64_t(size))}}, QString(),
                [seen] { return seen->first; }, [seen] { return seen->second; }, {QT_TRANSLATE_NOOP("Lessons", "torn")});
            // The last records the reader read, in its order, from its own
            // events (recordsread.h).
            RecordsRead records(size);
            const RunResult run = c.run(s, [&](Run &live) {
                const RunSnapshot &now = live.snapshot();
                seen->first = qint64(now.received + now.corrupted);
                seen->second = qint64(now.received);
                const int reader = s.producers; // producers first, then the one consumer
                if (reader >= now.workers.size())
                    return;
                records.add(live.takeEvents(), reader);
                const WorkerSnapshot &r = now.workers[reader];
                records.show(c.stage(), r.messages + r.corrupted);
            });
            if (records.thinned())
                c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons",
                                                       "The records read are not drawn: the reader published events "
                                                       "for %1 of the %2 it read (at speed a worker leaves some out)."))
                              .arg(figure(Formatter::count, qint64(records.published())),
                                   figure(Formatter::count, qint64(run.messages + run.corrupted))));
            // Corrupted messages are the lesson (the run calls them an error); nothing sent is not.
            if (run.sent == 0)
                throw LessonError(run.errorSaid());
            r.insert(p + QStringLiteral("size"), size);
            r.insert(p + QStringLiteral("sent"), qint64(run.sent));
            r.insert(p + QStringLiteral("read"), qint64(run.messages + run.corrupted));
            r.insert(p + QStringLiteral("intact"), qint64(run.messages));
            r.insert(p + QStringLiteral("corrupted"), qint64(run.corrupted));
            c.observe(
                LessonLine(QT_TRANSLATE_NOOP("Lessons",
                                             "%1 messages read, %2 corrupted: their bytes came from several writers."))
                    .arg(figure(Formatter::count, qint64(run.messages + run.corrupted)),
                         figure(Formatter::count, qint64(run.corrupted))));
        }
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        const auto ofRead = [&](const char *corrupted, const char *read) {
            return LessonText::tr("%1 of %2").arg(Formatter::count(count(r, corrupted)), Formatter::count(count(r, read)));
        };
        return {
            {LessonText::tr("Corrupted messages of %1 B (PIPE_BUF)").arg(count(r, "small_size")), LessonText::tr("0"),
             ofRead("small_corrupted", "small_read"),
             count(r, "small_corrupted") == 0 && count(r, "small_intact") == count(r, "small_sent") &&
                 count(r, "small_sent") > 0},
            {LessonText::tr("Corrupted messages of %1 B").arg(count(r, "big_size")), LessonText::tr("more than 0"),
             ofRead("big_corrupted", "big_read"), count(r, "big_corrupted") > 0},
        };
    }

    LessonQuestion question() const override
    {
        return {LessonText::tr("Several writers write messages of 4 × PIPE_BUF bytes into one pipe at once. How many "
                               "come out corrupted, mixed with another writer's bytes?"),
                {LessonText::tr("None"), LessonText::tr("Some"), LessonText::tr("Most of them")}};
    }

    // From the messages bigger than PIPE_BUF.
    int answer(const QJsonObject &r) const override
    {
        using namespace readings;
        const qint64 read = count(r, "big_read"), corrupted = count(r, "big_corrupted");
        if (read <= 0)
            return -1;
        if (corrupted <= 0)
            return 0;
        return corrupted * 2 > read ? 2 : 1;
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("%1 B messages: %2 of %3 corrupted. %4 B messages: %5 of %6 corrupted.")
            .arg(count(r, "small_size"))
            .arg(Formatter::count(count(r, "small_corrupted")), Formatter::count(count(r, "small_read")))
            .arg(count(r, "big_size"))
            .arg(Formatter::count(count(r, "big_corrupted")), Formatter::count(count(r, "big_read")));
    }
};

} // namespace

const Lesson &pipeBufLesson()
{
    static const PipeBufLesson lesson;
    return lesson;
}

} // namespace ipcscope
