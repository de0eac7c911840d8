// Boundaries: a byte stream merges and splits writes; datagrams and queues keep them.
#include "lessonlist.h"
#include "lessonreadings.h"

#include "lessonstage.h"

#include "engine/lessons/lessonobjects.h"

#include <QProcess>

namespace ipcscope {

namespace {

// "100,100,100" → {100, 100, 100}; "none" → {}.
QList<qint64> sizes(const QJsonObject &r, const char *key)
{
    QList<qint64> out;
    for (const QString &n : readings::text(r, key).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (n != QLatin1String("none"))
            out << n.toLongLong();
    return out;
}

qint64 total(const QList<qint64> &l)
{
    qint64 t = 0;
    for (qint64 n : l)
        t += n;
    return t;
}

QString shown(const QJsonObject &r, const char *key)
{
    return readings::text(r, key).replace(QLatin1Char(','), QStringLiteral(", "));
}

class BoundariesLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("boundaries"); }
    QString title() const override { return LessonText::tr("Boundaries: streams merge and split writes"); }
    QString group() const override { return LessonText::tr("Pipes"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "A writer process makes three writes of 100 B and exits; then the reader reads. A pipe and a "
            "stream socket are byte streams: they hand back what is there — 300 B in one read, or pieces of "
            "a small buffer's size. A datagram socket and a message queue hand back each write whole; a "
            "buffer too small cuts it.");
    }
    QString expected() const override
    {
        return LessonText::tr("Pipe and stream socket: one read of 300 B, or 64-B pieces; datagram socket and queue: "
                              "100, 100, 100 — cut to 64 by a 64-B buffer.");
    }
    QString control() const override
    {
        return LessonText::tr("The reader takes each write before the next is made: nothing is there to merge.");
    }
    QString mechanism() const override { return QStringLiteral("pipe"); }
    QString code() const override { return QStringLiteral("lesson-boundaries"); }
    QStringList sceneItems() const override { return {QStringLiteral("worker"), QStringLiteral("queue")}; }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        Objects queue = createSysvQueue();
        c.own(queue);
        QStringList args{QStringLiteral("boundaries"), QStringLiteral("--msg-key"),
                         QString::fromStdString(param(queue.params, "key"))};
        const bool control = setup == LessonSetup::Control;
        args << (control ? QStringLiteral("--control") : QStringLiteral("--hold"));
        // The queue read from the kernel (msg_qnum, msg_cbytes, the types
        // queued); as taught, the picture is of the three writes in it, unread.
        c.stage().begin({QT_TRANSLATE_NOOP("Lessons", "three writes, then the reader")});
        c.stage().watchQueue(QString::fromLatin1(QT_TRANSLATE_NOOP("Lessons", "queue")),
                             std::stoi(param(queue.params, "id")));
        std::unique_ptr<QProcess> worker = c.startWorker(args);
        c.stage().nameProcess(worker->processId(), QString::fromLatin1(QT_TRANSLATE_NOOP("Lessons", "reader")));
        LessonContext::WorkerOutput out;
        if (!control) {
            out.lines = c.linesUntil(*worker, QStringLiteral("sysv_msg.queued="), 10000);
            if (!out.value(QStringLiteral("sysv_msg.queued")).isEmpty()) {
                // The three writes queued, unread, the reader held by
                // ipcscope (its read() of the line ipcscope writes it): the
                // picture once it is in that read(), said as that moment.
                // Not held within 2 s (a loaded machine): no picture is kept
                // under words it would not match.
                if (c.waitFor([&] { return LessonStage::isHeldByUs(worker->processId()); }, 2000)) {
                    c.showNow();
                    c.stage().keepAsFinal({QT_TRANSLATE_NOOP("Lessons", "At the moment the three writes were queued")});
                }
                worker->write("go\n");
            }
        }
        const LessonContext::WorkerOutput rest = c.finishWorker(*worker);
        out.lines += rest.lines;
        if (rest.exitCode != 0)
            throw std::runtime_error(rest.errorText.toStdString());
        QJsonObject r;
        for (const QString &line : out.lines)
            r.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
        c.observe(
            setup == LessonSetup::Control
                ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "Three writes of 100 B, each read before the next…"))
                : LessonLine(QT_TRANSLATE_NOOP("Lessons", "Three writes of 100 B by a process that then exits…")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP(
                                 "Lessons",
                                 "Read with a 4 KiB buffer — pipe: %1; Unix stream socket: %2; Unix datagram socket: "
                                 "%3; System V queue: %4."))
                      .arg(shown(r, "pipe"), shown(r, "unix_stream"), shown(r, "unix_dgram"), shown(r, "sysv_msg")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP(
                                 "Lessons",
                                 "Read with a 64 B buffer — pipe: %1; Unix stream socket: %2; Unix datagram socket: %3 "
                                 "(the rest of each datagram is dropped); System V queue (MSG_NOERROR): %4."))
                      .arg(shown(r, "pipe_small"), shown(r, "unix_stream_small"), shown(r, "unix_dgram_small"),
                           shown(r, "sysv_msg_small")));
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        const QList<qint64> whole{100, 100, 100};
        const QList<qint64> cut{64, 64, 64};
        const auto merged = [&](const char *key) {
            const QList<qint64> s = sizes(r, key);
            return !s.isEmpty() && s.size() < 3 && total(s) == 300;
        };
        const auto split = [&](const char *key) {
            const QList<qint64> s = sizes(r, key);
            return s.size() > 3 && total(s) == 300;
        };
        return {
            {LessonText::tr("Pipe, 4 KiB buffer"), LessonText::tr("the writes merged: fewer reads than writes"),
             shown(r, "pipe"), merged("pipe")},
            {LessonText::tr("Unix stream socket, 4 KiB buffer"), LessonText::tr("the writes merged: fewer reads than writes"),
             shown(r, "unix_stream"), merged("unix_stream")},
            {LessonText::tr("Pipe, 64 B buffer"), LessonText::tr("a write split: more reads than writes"),
             shown(r, "pipe_small"), split("pipe_small")},
            {LessonText::tr("Unix datagram socket, 4 KiB buffer"), QStringLiteral("100, 100, 100"), shown(r, "unix_dgram"),
             sizes(r, "unix_dgram") == whole},
            {LessonText::tr("System V queue, 4 KiB buffer"), QStringLiteral("100, 100, 100"), shown(r, "sysv_msg"),
             sizes(r, "sysv_msg") == whole},
            {LessonText::tr("Unix datagram socket, 64 B buffer"), QStringLiteral("64, 64, 64"),
             shown(r, "unix_dgram_small"), sizes(r, "unix_dgram_small") == cut},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        return LessonText::tr("Three writes of 100 B read back as: pipe %1, stream socket %2, datagram socket %3, queue "
                              "%4; with 64 B: pipe %5, datagram socket %6.")
            .arg(shown(r, "pipe"), shown(r, "unix_stream"), shown(r, "unix_dgram"), shown(r, "sysv_msg"),
                 shown(r, "pipe_small"), shown(r, "unix_dgram_small"));
    }
};

} // namespace

const Lesson &boundariesLesson()
{
    static const BoundariesLesson lesson;
    return lesson;
}

} // namespace ipcscope
