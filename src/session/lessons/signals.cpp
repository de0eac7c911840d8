// Signals: standard ones merge, real-time ones queue — or are refused.
#include "lessonerror.h"
#include "lessonlist.h"
#include "lessonreadings.h"

#include "session/formatter.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <csignal>

namespace ipcscope {

namespace {

constexpr int kSenders = 4;
constexpr int kEach = 20000;
constexpr int kControlCount = 2000;

// "SigQ: 12/96365": signals queued for this user, and the receiver's RLIMIT_SIGPENDING.
std::pair<qint64, qint64> sigq(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return {-1, -1};
    static const QRegularExpression line(QStringLiteral("^SigQ:\\s*(\\d+)/(\\d+)"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? std::pair{m.captured(1).toLongLong(), m.captured(2).toLongLong()} : std::pair{-1LL, -1LL};
}

class SignalsLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("signals"); }
    QString title() const override { return LessonText::tr("Signals: merged or queued"); }
    QString group() const override { return LessonText::tr("Signals"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "Four processes send signals to one as fast as they can. A standard signal (SIGUSR1, kill) is "
            "one bit in the set of pending signals: those sent while it is pending merge, and kill() says "
            "nothing. Real-time signals (SIGRTMIN, sigqueue) are queued with their values — up to "
            "RLIMIT_SIGPENDING (SigQ in /proc/PID/status); beyond it sigqueue refuses with EAGAIN.");
    }
    QString expected() const override
    {
        return LessonText::tr("Fewer SIGUSR1 arrive than kill() sent; every SIGRTMIN that sigqueue accepted arrives, "
                              "in order — a refused one is counted, never retried.");
    }
    QString control() const override
    {
        return LessonText::tr("One sender of SIGUSR1 that waits until each has been taken: none can merge.");
    }
    QString mechanism() const override { return QStringLiteral("signals-std"); }
    QString code() const override { return QStringLiteral("lesson-signals"); }
    QStringList sceneItems() const override
    {
        return {QStringLiteral("worker"), QStringLiteral("counter"), QStringLiteral("counter"), QStringLiteral("signal")};
    }

    struct Batch {
        qint64 attempted = 0, accepted = 0, refused = 0, arrived = 0, outOfOrder = 0, duplicates = 0;
        qint64 sigqPeak = 0, sigqLimit = 0;
    };

    Batch send(LessonContext &c, bool realtime, int senders, int each, bool awaitEach) const
    {
        c.stage().begin({realtime ? QT_TRANSLATE_NOOP("Lessons", "sigqueue(SIGRTMIN): a queue")
                                  : QT_TRANSLATE_NOOP("Lessons", "kill(SIGUSR1): one bit")},
                        true);
        TelemetryBlock &block = c.telemetry(senders, 1);
        const QString kind = realtime ? QStringLiteral("rt") : QStringLiteral("std");
        const QString telemetry = QString::fromStdString(block.name());
        std::unique_ptr<QProcess> receiver =
            c.startWorker({QStringLiteral("sig-receive"), QStringLiteral("--kind"), kind, QStringLiteral("--telemetry"),
                           telemetry, QStringLiteral("--slot"), QString::number(senders)});
        const QString to = QString::number(receiver->processId());
        // The receiver's pending set as the kernel keeps it (one bit for
        // SIGUSR1; the real-time queue), and arrived against accepted.
        c.stage().watchSignals(QString::fromLatin1(QT_TRANSLATE_NOOP("Lessons", "receiver")), receiver->processId(), realtime ? SIGRTMIN : SIGUSR1);
        c.stage().watchCounter(
            {realtime ? QT_TRANSLATE_NOOP("Lessons", "sigqueue(SIGRTMIN): arrived of sent")
                      : QT_TRANSLATE_NOOP("Lessons", "kill(SIGUSR1): arrived of sent")},
            QString(),
            [&block, senders] {
                qint64 accepted = 0;
                for (int i = 0; i < senders; ++i)
                    accepted += qint64(block.slot(i)->messages.load());
                return accepted;
            },
            [&block, senders] { return qint64(block.slot(senders)->messages.load()); },
            {realtime ? QT_TRANSLATE_NOOP("Lessons", "lost") : QT_TRANSLATE_NOOP("Lessons", "merged")});
        std::vector<std::unique_ptr<QProcess>> senderProcesses;
        for (int i = 0; i < senders; ++i) {
            QStringList args{QStringLiteral("sig-send"), QStringLiteral("--kind"),      kind,
                             QStringLiteral("--to"),     to,                            QStringLiteral("--count"),
                             QString::number(each),      QStringLiteral("--telemetry"), telemetry,
                             QStringLiteral("--slot"),   QString::number(i)};
            if (awaitEach)
                args << QStringLiteral("--await-each");
            senderProcesses.push_back(c.startWorker(args));
        }
        if (!c.waitForReady(block))
            throw LessonError(LessonLine(QT_TRANSLATE_NOOP("Lessons", "the signal workers did not start")));
        block.setGo();
        Batch b;
        // SigQ, as the kernel counts it, while the senders send.
        c.waitFor(
            [&] {
                const auto [queued, limit] = sigq(receiver->processId());
                b.sigqPeak = std::max(b.sigqPeak, queued);
                b.sigqLimit = std::max(b.sigqLimit, limit);
                return std::all_of(senderProcesses.begin(), senderProcesses.end(),
                                   [](const auto &p) { return p->state() == QProcess::NotRunning; });
            },
            60000);
        for (auto &p : senderProcesses) {
            const LessonContext::WorkerOutput out = c.finishWorker(*p);
            if (out.exitCode != 0)
                throw std::runtime_error(out.errorText.toStdString());
            b.attempted += out.value(QStringLiteral("attempted")).toLongLong();
            b.accepted += out.value(QStringLiteral("accepted")).toLongLong();
            b.refused += out.value(QStringLiteral("refused")).toLongLong();
        }
        block.setStop(); // every sender is done: the receiver drains what is pending and ends
        const LessonContext::WorkerOutput in = c.finishWorker(*receiver);
        if (in.exitCode != 0)
            throw std::runtime_error(in.errorText.toStdString());
        b.arrived = in.value(QStringLiteral("received")).toLongLong();
        b.outOfOrder = in.value(QStringLiteral("out_of_order")).toLongLong();
        b.duplicates = in.value(QStringLiteral("duplicates")).toLongLong();
        b.sigqPeak = std::max(b.sigqPeak, in.value(QStringLiteral("sigq_peak")).toLongLong());
        b.sigqLimit = std::max(b.sigqLimit, in.value(QStringLiteral("sigq_limit")).toLongLong());
        return b;
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        const bool control = setup == LessonSetup::Control;
        const int stdSenders = control ? 1 : kSenders;
        const int stdEach = control ? kControlCount : kEach;
        c.observe(control
                      ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "One sender, %1 SIGUSR1 with kill(), each awaited…"))
                            .arg(figure(Formatter::count, stdEach))
                      : LessonLine(QT_TRANSLATE_NOOP("Lessons", "%1 × %2 SIGUSR1 with kill()…"))
                            .arg(stdSenders)
                            .arg(figure(Formatter::count, stdEach)));
        const Batch standard = send(c, false, stdSenders, stdEach, control);
        c.observe(
            standard.accepted > standard.arrived
                ? LessonLine(
                      QT_TRANSLATE_NOOP("Lessons",
                                        "SIGUSR1: kill() succeeded %1 times, %2 arrived: %3 merged while pending, and "
                                        "no sender was told."))
                      .arg(figure(Formatter::count, standard.accepted), figure(Formatter::count, standard.arrived),
                           figure(Formatter::count, standard.accepted - standard.arrived))
                : LessonLine(
                      QT_TRANSLATE_NOOP("Lessons", "SIGUSR1: kill() succeeded %1 times, %2 arrived: none merged."))
                      .arg(figure(Formatter::count, standard.accepted), figure(Formatter::count, standard.arrived)));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "%1 × %2 SIGRTMIN with sigqueue()…"))
                      .arg(kSenders)
                      .arg(figure(Formatter::count, kEach)));
        const Batch realtime = send(c, true, kSenders, kEach, false);
        c.observe(LessonLine(QT_TRANSLATE_NOOP(
                                 "Lessons",
                                 "SIGRTMIN: sigqueue accepted %1 and refused %2 with EAGAIN; SigQ peaked at %3 of %4 "
                                 "(RLIMIT_SIGPENDING)."))
                      .arg(figure(Formatter::count, realtime.accepted), figure(Formatter::count, realtime.refused),
                           figure(Formatter::count, realtime.sigqPeak), figure(Formatter::count, realtime.sigqLimit)));
        c.observe(
            LessonLine(QT_TRANSLATE_NOOP("Lessons", "%1 arrived, %2 out of order, %3 duplicated; every value checked."))
                .arg(figure(Formatter::count, realtime.arrived), figure(Formatter::count, realtime.outOfOrder),
                     figure(Formatter::count, realtime.duplicates)));
        return {{QStringLiteral("std_senders"), stdSenders},
                {QStringLiteral("std_awaited"), control},
                {QStringLiteral("std_sent"), standard.accepted},
                {QStringLiteral("std_arrived"), standard.arrived},
                {QStringLiteral("std_merged"), standard.accepted - standard.arrived},
                {QStringLiteral("rt_senders"), kSenders},
                {QStringLiteral("rt_attempted"), realtime.attempted},
                {QStringLiteral("rt_accepted"), realtime.accepted},
                {QStringLiteral("rt_refused"), realtime.refused},
                {QStringLiteral("rt_arrived"), realtime.arrived},
                {QStringLiteral("rt_out_of_order"), realtime.outOfOrder},
                {QStringLiteral("rt_duplicates"), realtime.duplicates},
                {QStringLiteral("rt_sigq_peak"), realtime.sigqPeak},
                {QStringLiteral("rt_sigq_limit"), realtime.sigqLimit}};
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        return {
            {LessonText::tr("SIGUSR1 merged while pending (sent − arrived)"), LessonText::tr("more than 0"),
             LessonText::tr("%1 of %2").arg(Formatter::count(count(r, "std_merged")), Formatter::count(count(r, "std_sent"))),
             count(r, "std_merged") > 0},
            {LessonText::tr("SIGRTMIN accepted by sigqueue that arrived"),
             LessonText::tr("all %1 (%2 refused with EAGAIN)")
                 .arg(Formatter::count(count(r, "rt_accepted")), Formatter::count(count(r, "rt_refused"))),
             Formatter::count(count(r, "rt_arrived")),
             count(r, "rt_accepted") > 0 && count(r, "rt_arrived") == count(r, "rt_accepted")},
            {LessonText::tr("SIGRTMIN out of order or duplicated"), LessonText::tr("0"),
             Formatter::count(count(r, "rt_out_of_order") + count(r, "rt_duplicates")),
             count(r, "rt_out_of_order") == 0 && count(r, "rt_duplicates") == 0},
        };
    }

    LessonQuestion question() const override
    {
        return {LessonText::tr("Four processes send %1 SIGUSR1 to one with kill(). How many arrive?")
                    .arg(Formatter::count(kSenders * kEach)),
                {LessonText::tr("All of them"), LessonText::tr("About half"), LessonText::tr("Far fewer")}};
    }

    // All: none merged; far fewer: under a quarter arrived; about half: between.
    int answer(const QJsonObject &r) const override
    {
        using namespace readings;
        const qint64 sent = count(r, "std_sent"), arrived = count(r, "std_arrived");
        if (sent <= 0)
            return -1;
        if (arrived >= sent)
            return 0;
        return arrived * 4 < sent ? 2 : 1;
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("SIGUSR1: %1 of %2 arrived. SIGRTMIN: %3 of %4 accepted by sigqueue, %5 refused with "
                              "EAGAIN (SigQ peaked at %6 of %7); %8 arrived, %9 out of order.")
            .arg(Formatter::count(count(r, "std_arrived")), Formatter::count(count(r, "std_sent")),
                 Formatter::count(count(r, "rt_accepted")), Formatter::count(count(r, "rt_attempted")),
                 Formatter::count(count(r, "rt_refused")), Formatter::count(count(r, "rt_sigq_peak")),
                 Formatter::count(count(r, "rt_sigq_limit")), Formatter::count(count(r, "rt_arrived")),
                 Formatter::count(count(r, "rt_out_of_order")));
    }
};

} // namespace

const Lesson &signalsLesson()
{
    static const SignalsLesson lesson;
    return lesson;
}

} // namespace ipcscope
