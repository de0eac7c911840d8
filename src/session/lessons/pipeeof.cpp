// End of file on a pipe: a write end forgotten in the reader keeps it from
// ever coming; closing that end ends the read.
#include "lessonlist.h"
#include "lessonreadings.h"

#include "session/procinfo.h"

#include <QElapsedTimer>
#include <QProcess>

#include <signal.h>

namespace ipcscope {

namespace {

// How long the reader is watched once the writer has closed: the claim is
// "still asleep after this long", not "forever" — stated as such.
constexpr int kWindowMs = 1000;
constexpr int kSampleMs = 50;
// At most this long for the reader to take the 18 bytes and go to sleep.
constexpr int kSettleMs = 2000;

class PipeEofLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("pipe-eof"); }
    QString title() const override { return LessonText::tr("End of file: a write end forgotten in the reader"); }
    QString group() const override { return LessonText::tr("Pipes"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "read() on a pipe returns 0 — end of file — only when no write end is open in any process. The writer "
            "forks the reader, writes three lines and closes its write end. The reader forgot to close its own copy "
            "of the write end, so it is a writer too: its read() sleeps on, waiting for itself. Once it closes that "
            "copy, read() returns 0 at once.");
    }
    QString expected() const override
    {
        return LessonText::tr("After the writer closes: the reader still asleep in read() for all %1 ms, one write end "
                              "open — its own; after it closes that end: end of file.")
            .arg(kWindowMs);
    }
    QString control() const override
    {
        return LessonText::tr("The reader closes its copy of the write end first, as it should: end of file comes as "
                              "soon as the writer closes.");
    }
    QString mechanism() const override { return QStringLiteral("pipe"); }
    QString code() const override { return QStringLiteral("lesson-pipe-eof"); }
    QStringList sceneItems() const override { return {QStringLiteral("worker"), QStringLiteral("pipe")}; }
    LessonQuestion question() const override
    {
        return {LessonText::tr("The writer has closed its end. What does the reader's read() do?"),
                {LessonText::tr("Returns 0: end of file"), LessonText::tr("Sleeps on: the reader still holds a write end")}};
    }
    int answer(const QJsonObject &r) const override
    {
        using namespace readings;
        if (count(r, "samples") == 0 && !flag(r, "ended_in_window"))
            return -1;
        return flag(r, "ended_in_window") ? 0 : 1;
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        const bool control = setup == LessonSetup::Control;
        QStringList args{QStringLiteral("pipe-eof")};
        if (control)
            args << QStringLiteral("--control");
        c.observe(control ? LessonLine(QT_TRANSLATE_NOOP(
                                "Lessons", "The reader closes its copy of the write end, then reads to the end…"))
                          : LessonLine(QT_TRANSLATE_NOOP(
                                "Lessons", "The reader keeps its copy of the write end and reads to the end…")));
        std::unique_ptr<QProcess> worker = c.startWorker(args);
        QJsonObject r{{QStringLiteral("window_ms"), kWindowMs}};
        LessonContext::WorkerOutput head;
        head.lines = c.linesUntil(*worker, QStringLiteral("writer.closed"), 10000);
        const qint64 writerPid = head.value(QStringLiteral("writer_pid")).toLongLong();
        const qint64 readerPid = head.value(QStringLiteral("reader_pid")).toLongLong();
        if (writerPid <= 0 || readerPid <= 0 || head.value(QStringLiteral("writer.closed")).isEmpty()) {
            const LessonContext::WorkerOutput out = c.finishWorker(*worker, 5000);
            throw std::runtime_error(QStringLiteral("pipe-eof: %1").arg(out.errorText).toStdString());
        }
        c.stage().begin({QT_TRANSLATE_NOOP("Lessons", "the reader's read()")});
        c.stage().watchProcess(QString::fromLatin1(QT_TRANSLATE_NOOP("Lessons", "writer")), writerPid, Role::Producer);
        c.stage().watchProcess(QString::fromLatin1(QT_TRANSLATE_NOOP("Lessons", "reader")), readerPid, Role::Consumer);
        r.insert(QStringLiteral("written"), head.value(QStringLiteral("written")).toLongLong());
        // The pipe as the reader holds it: its read end is the first pipe past stdin, stdout and stderr.
        QString pipe;
        for (const QString &line : openDescriptors(readerPid))
            if (line.section(QLatin1Char(' '), 0, 0).toInt() > 2 && line.contains(QLatin1String("pipe:[")))
                pipe = line.section(QStringLiteral(" -> "), 1);
        c.observe(
            LessonLine(
                QT_TRANSLATE_NOOP(
                    "Lessons", "The writer wrote %1 bytes and closed its write end. The reader is watched for %2 ms…"))
                .arg(r.value(QStringLiteral("written")).toInteger())
                .arg(kWindowMs));

        // The window opens once the reader has taken what was written and
        // sleeps in read() (or has ended): before that it is still reading.
        const auto asleepInRead = [](const ProcInfo &info) {
            return info.state == 'S' && info.syscallName == QLatin1String("read");
        };
        c.waitFor(
            [&] {
                const ProcInfo info = readProcInfo(readerPid);
                return !info.valid || info.state == 'Z' || asleepInRead(info);
            },
            kSettleMs);
        int samples = 0, asleep = 0, readerEnds = 0, writerEnds = 0;
        bool ended = false;
        QString wchan;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < kWindowMs && !c.cancelled()) {
            const ProcInfo info = readProcInfo(readerPid);
            if (!info.valid || info.state == 'Z') {
                ended = true;
                break;
            }
            ++samples;
            if (asleepInRead(info)) {
                ++asleep;
                wchan = info.wchan;
            }
            const PipeEnds inReader = pipeEnds(readerPid, pipe);
            const PipeEnds inWriter = pipeEnds(writerPid, pipe);
            readerEnds = std::max(readerEnds, inReader.writers);
            writerEnds = std::max(writerEnds, inWriter.writers);
            if (!pipe.isEmpty() && inReader.writers >= 0)
                c.stage().report(QStringLiteral("pipe"), pipe, QStringLiteral("write_ends"),
                                 inReader.writers + std::max(0, inWriter.writers));
            c.wait(kSampleMs);
        }
        r.insert(QStringLiteral("samples"), samples);
        r.insert(QStringLiteral("asleep_in_read"), asleep);
        r.insert(QStringLiteral("ended_in_window"), ended);
        r.insert(QStringLiteral("watched_ms"), qint64(std::min<qint64>(clock.elapsed(), kWindowMs)));
        r.insert(QStringLiteral("wchan"), wchan);
        r.insert(QStringLiteral("reader_write_ends"), readerEnds);
        r.insert(QStringLiteral("writer_write_ends"), writerEnds);
        if (ended) {
            c.observe(
                LessonLine(QT_TRANSLATE_NOOP("Lessons", "The reader's read() returned 0 before %1 ms had passed."))
                    .arg(kWindowMs));
        } else {
            c.observe(
                LessonLine(QT_TRANSLATE_N_NOOP(
                               "Lessons",
                               "After %1 ms the reader is still asleep in read() (wchan %2), holding %n write "
                               "end(s) of its own. It closes it now (SIGUSR1, whose handler calls close(fd[1]))…"),
                           "", readerEnds)
                    .arg(kWindowMs)
                    .arg(wchan.isEmpty() ? QStringLiteral("—") : wchan));
            c.showNow();
            // The reader asleep in read(), its own write end open: the
            // picture of the lesson, said as that moment.
            c.stage().keepAsFinal({QT_TRANSLATE_NOOP("Lessons", "At the moment the reader slept in read()")});
            // Still the reader the writer forked: it has not ended (the writer would have reaped it).
            if (asleep > 0 && readProcInfo(readerPid).valid)
                ::kill(pid_t(readerPid), SIGUSR1);
        }
        const LessonContext::WorkerOutput out = c.finishWorker(*worker, 10000);
        if (out.exitCode != 0)
            throw std::runtime_error(QStringLiteral("pipe-eof: %1").arg(out.errorText).toStdString());
        r.insert(QStringLiteral("eof"), out.value(QStringLiteral("reader.eof")) == QLatin1String("1"));
        r.insert(QStringLiteral("bytes_read"), out.value(QStringLiteral("reader.bytes")).toLongLong());
        r.insert(QStringLiteral("closed_by"), out.value(QStringLiteral("reader.closed_by")));
        c.stage().reportGone(QStringLiteral("pipe"));
        c.observe(
            r.value(QStringLiteral("eof")).toBool()
                ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "read() returned 0: end of file, after %1 bytes."))
                      .arg(out.value(QStringLiteral("reader.bytes")))
                : LessonLine(QT_TRANSLATE_NOOP("Lessons", "The reader never saw end of file (%1)."))
                      .arg(out.value(QStringLiteral("reader.signal")) + out.value(QStringLiteral("reader.status"))));
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        const qint64 window = count(r, "window_ms");
        const qint64 samples = count(r, "samples");
        const qint64 asleep = count(r, "asleep_in_read");
        const QString reading = flag(r, "ended_in_window")
                                    ? LessonText::tr("returned 0 within %1 ms").arg(window)
                                    : samples == 0 ? LessonText::tr("not measured")
                                                   : LessonText::tr("asleep in read() in %1 of %2 looks over %3 ms")
                                                         .arg(asleep)
                                                         .arg(samples)
                                                         .arg(window);
        return {
            {LessonText::tr("The reader's read(), once the writer closed (watched %1 ms)").arg(window),
             LessonText::tr("asleep in read() the whole time"), reading,
             !flag(r, "ended_in_window") && samples > 0 && asleep == samples},
            {LessonText::tr("Write ends still open"), LessonText::tr("1, in the reader; none in the writer"),
             LessonText::tr("%1 in the reader, %2 in the writer")
                 .arg(count(r, "reader_write_ends"))
                 .arg(count(r, "writer_write_ends")),
             count(r, "reader_write_ends") == 1 && count(r, "writer_write_ends") == 0},
            {LessonText::tr("When the reader's copy is closed"), LessonText::tr("read() returns 0 after all %1 bytes")
                                                                     .arg(count(r, "written")),
             flag(r, "eof") ? LessonText::tr("end of file after %1 bytes").arg(count(r, "bytes_read"))
                            : LessonText::tr("no end of file"),
             flag(r, "eof") && count(r, "written") > 0 && count(r, "bytes_read") == count(r, "written")},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        if (flag(r, "ended_in_window"))
            return LessonText::tr("End of file came as soon as the writer closed: no write end was left open.");
        return LessonText::tr("The reader slept in read() for %1 ms after the writer closed, held there by its own "
                              "write end; closing it gave %2.")
            .arg(count(r, "window_ms"))
            .arg(flag(r, "eof") ? LessonText::tr("end of file") : LessonText::tr("nothing"));
    }
};

} // namespace

const Lesson &pipeEofLesson()
{
    static const PipeEofLesson lesson;
    return lesson;
}

} // namespace ipcscope
