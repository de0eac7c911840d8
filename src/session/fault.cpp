#include "fault.h"

#include "scenario.h"

#include <QRegularExpression>

#include <signal.h>

#include <cmath>

namespace ipcscope {

namespace {

struct VerbName {
    Fault::Verb verb;
    const char *name;
};
constexpr VerbName kVerbs[] = {
    {Fault::Verb::Stop, "stop"},         {Fault::Verb::Cont, "cont"},     {Fault::Verb::Kill, "kill"},
    {Fault::Verb::KillInCs, "kill-in-cs"}, {Fault::Verb::StopInCs, "stop-in-cs"}, {Fault::Verb::Signal, "signal"}, {Fault::Verb::SetVal, "setval"},
    {Fault::Verb::Rmid, "rmid"},         {Fault::Verb::Unlink, "unlink"}, {Fault::Verb::QBytes, "qbytes"},
    {Fault::Verb::PipeSize, "pipe-size"}, {Fault::Verb::CloseRead, "close-read"}, {Fault::Verb::Shutdown, "shutdown"},
    {Fault::Verb::RcvBuf, "rcvbuf"},     {Fault::Verb::Undo, "undo"},     {Fault::Verb::Add, "add"},
};

// The signals a person may send by name: each has an action worth seeing
// (the default one, or EINTR in a handler's process).
struct SignalName {
    int number;
    const char *name;
};
constexpr SignalName kSignals[] = {{SIGTERM, "SIGTERM"}, {SIGINT, "SIGINT"},   {SIGHUP, "SIGHUP"},
                                   {SIGQUIT, "SIGQUIT"}, {SIGUSR1, "SIGUSR1"}, {SIGUSR2, "SIGUSR2"},
                                   {SIGALRM, "SIGALRM"}, {SIGPIPE, "SIGPIPE"}};

// The largest semaphore value (SEMVMX) and the largest queue or pipe size a
// script may ask for; the kernel has the last word on what it grants.
constexpr qint64 kSemvmx = 32767;
constexpr qint64 kMaxBytes = qint64(1) << 30;
constexpr double kMaxAtS = 86400;

QString signalText(int number)
{
    for (const SignalName &s : kSignals)
        if (s.number == number)
            return QLatin1String(s.name);
    return QString::number(number);
}

bool parseWorker(const QString &text)
{
    static const QRegularExpression worker(QStringLiteral("^[PC][1-9][0-9]*$"));
    return worker.match(text).hasMatch();
}

bool parseNumber(const QString &text, qint64 min, qint64 max, qint64 &value)
{
    bool ok = false;
    value = text.toLongLong(&ok);
    return ok && value >= min && value <= max;
}

} // namespace

QString Fault::verbName() const
{
    for (const VerbName &v : kVerbs)
        if (v.verb == verb)
            return QLatin1String(v.name);
    return {};
}

bool Fault::aimsAtWorker() const
{
    return verb == Verb::Stop || verb == Verb::Cont || verb == Verb::Kill || verb == Verb::KillInCs ||
           verb == Verb::StopInCs || verb == Verb::Signal;
}

bool Fault::namesWorker() const
{
    return parseWorker(target);
}

int Fault::workerSlot(int producers) const
{
    if (!parseWorker(target))
        return -1;
    const int index = target.mid(1).toInt() - 1;
    return target.startsWith(QLatin1Char('P')) ? index : producers + index;
}

QString Fault::text() const
{
    const QString when = afterMessages >= 0 ? QStringLiteral("after %1").arg(afterMessages)
                                            : QString::number(atS, 'g', 10);
    QString step = when + QLatin1Char(':') + verbName();
    switch (verb) {
    case Verb::Signal:
        step += QLatin1Char(' ') + signalText(signal) + QLatin1Char(' ') + target;
        break;
    case Verb::SetVal:
        step += QStringLiteral(" %1 %2").arg(target).arg(value);
        break;
    case Verb::QBytes:
    case Verb::PipeSize:
    case Verb::RcvBuf:
        step += QStringLiteral(" %1").arg(value);
        break;
    case Verb::CloseRead:
    case Verb::Shutdown:
        if (parseWorker(target))
            step += QLatin1Char(' ') + target;
        break;
    case Verb::Undo:
        break;
    default:
        step += QLatin1Char(' ') + target;
    }
    return step;
}

namespace {

// Why a worker of `role` cannot join a running run of `info`, or empty. A
// joiner opens the run's objects by name or key, as the first workers did;
// where the channel's ends are handed out at the start (inherited pipe
// ends, one connection per producer, the one PID signals go to) or the
// mechanism is one to one, it is refused with that reason.
QString joinRefusal(const MechanismInfo &info, const Shape &shape, Role role, bool pingPong, const QString &step)
{
    const QString id = QString::fromStdString(info.id);
    const bool producer = role == Role::Producer;
    if (pingPong)
        return Fault::tr("'%1': a ping-pong pairs one pinger with one ponger; nobody can join it").arg(step);
    // A signal goes to one process: the producers kill() or sigqueue() the
    // PID of the consumer of the start (one by design), and a producer that
    // joins is told that PID as they were.
    if (info.scene == SceneKind::Signals && !producer)
        return Fault::tr("'%1': %2's producers send every signal to one process, the consumer of the start, by its "
                         "PID; a consumer that joins would be sent nothing")
            .arg(step, id);
    const int max = producer ? info.maxProducers : info.maxConsumers;
    const int count = producer ? shape.producers : shape.consumers;
    if (max == 1)
        return producer ? Fault::tr("'%1': %2 has exactly one producer by design").arg(step, id)
                        : Fault::tr("'%1': %2 has exactly one consumer by design").arg(step, id);
    if (count >= max)
        return producer ? Fault::tr("'%1': %2 takes at most %3 producers").arg(step, id).arg(max)
                        : Fault::tr("'%1': %2 takes at most %3 consumers").arg(step, id).arg(max);
    switch (info.scene) {
    case SceneKind::Queue:
        return {};
    case SceneKind::Ring:
        if (!info.syncObjects.empty())
            return {};
        return Fault::tr("'%1': %2's ring has no lock, so its end of stream cannot wait for a worker that joins")
            .arg(step, id);
    case SceneKind::Stream:
        // A FIFO is opened by its path, as the first workers did. An
        // anonymous pipe has no name: its ends are inherited at fork, and
        // ipcscope closes its own right after starting the workers (else the
        // readers would never see end of file), so nobody has one to give.
        // A stream socket's producer connects to every consumer's listening
        // socket, which the consumers keep for it; a consumer that joined
        // would listen where no producer has connected.
        if (info.pipeBuffer && !info.inheritsEnds)
            return {};
        if (info.pipeBuffer)
            return Fault::tr("'%1': %2 has no name to open: its ends are inherited at fork, and ipcscope closes its "
                             "own once the workers have started, so that the readers see end of file; a worker "
                             "started later cannot get one")
                .arg(step, id);
        if (producer)
            return {};
        return Fault::tr("'%1': %2's producers connected to the consumers of the start, one connection each; a "
                         "consumer that joins would listen where nobody connects")
            .arg(step, id);
    case SceneKind::Datagrams:
        // A producer is one more sender to the consumers' address (the port
        // or the path is the run's; the joiner only sends to it). A consumer
        // is one more reader of the consumers' shared socket: a second socket
        // could not bind the address (EADDRINUSE), so the run copies the very
        // socket from a consumer that has it (pidfd_getfd) and the joiner
        // inherits it at fork, as the first consumers did.
        return {};
    case SceneKind::Signals:
        return {};
    }
    return {};
}

} // namespace

QString Fault::refusal(const Mechanism &mechanism, const Shape &shape, bool pingPong) const
{
    const MechanismInfo &info = mechanism.info();
    const QString id = QString::fromStdString(info.id);
    if (verb == Verb::Add)
        return joinRefusal(info, shape, addedRole(), pingPong, text());
    const Footprint footprint = mechanism.footprint(shape);
    if (aimsAtWorker() || parseWorker(target)) {
        const bool producer = target.startsWith(QLatin1Char('P'));
        const int index = target.mid(1).toInt();
        const int count = producer ? shape.producers : shape.consumers;
        if (index > count)
            return producer ? tr("'%1': the run's producers are P1 to P%2").arg(text()).arg(count)
                            : tr("'%1': the run's consumers are C1 to C%2").arg(text()).arg(count);
        if (verb == Verb::CloseRead && producer)
            return tr("'%1': a producer writes; close-read closes a consumer's read end").arg(text());
        if (verb == Verb::Shutdown && !producer)
            return tr("'%1': shutdown closes a producer's sending side").arg(text());
        if (verb == Verb::KillInCs || verb == Verb::StopInCs) {
            bool locks = false;
            for (const SyncRole &r : info.syncRoles)
                locks = locks || r.kind == SyncKind::Lock;
            if (!locks)
                return verb == Verb::KillInCs ? tr("'%1': %2 has no lock to be killed inside").arg(text(), id)
                                              : tr("'%1': %2 has no lock to be stopped inside").arg(text(), id);
        }
        if (aimsAtWorker())
            return {};
    }
    switch (verb) {
    case Verb::SetVal: {
        if (footprint.sysvSemaphoreSets == 0)
            return tr("'%1': setval needs a System V semaphore set, and %2 has none").arg(text(), id);
        for (const std::string &name : info.syncObjects)
            if (QString::fromStdString(name) == target)
                return {};
        QStringList names;
        for (const std::string &name : info.syncObjects)
            names << QString::fromStdString(name);
        return tr("'%1': %2 has no semaphore '%3' (one of: %4)").arg(text(), id, target, names.join(QStringLiteral(", ")));
    }
    case Verb::Rmid:
        if ((target == QLatin1String("sem") && footprint.sysvSemaphoreSets > 0) ||
            (target == QLatin1String("shm") && footprint.sysvSegments > 0) ||
            (target == QLatin1String("queue") && footprint.sysvQueues > 0))
            return {};
        return tr("'%1': %2 has no System V object '%3' to remove").arg(text(), id, target);
    case Verb::Unlink:
        if ((target == QLatin1String("shm") && footprint.sysvSegments == 0 && footprint.shmBytes > 0) ||
            (target == QLatin1String("queue") && footprint.posixQueues > 0))
            return {};
        return tr("'%1': %2 has no POSIX object '%3' to unlink").arg(text(), id, target);
    case Verb::QBytes:
        if (footprint.sysvQueues > 0)
            return {};
        return tr("'%1': qbytes needs a System V message queue, and %2 has none").arg(text(), id);
    case Verb::PipeSize:
        if (info.pipeBuffer)
            return {};
        return tr("'%1': pipe-size needs a pipe or FIFO, and %2 is neither").arg(text(), id);
    case Verb::CloseRead:
        if (info.pipeBuffer)
            return {};
        return tr("'%1': close-read needs a pipe or FIFO, and %2 is neither").arg(text(), id);
    case Verb::Shutdown:
        if (info.group == Group::Sockets && !info.keepsBoundaries)
            return {};
        return tr("'%1': shutdown needs a stream socket, and %2 is none").arg(text(), id);
    case Verb::RcvBuf:
        if (info.group == Group::Sockets && info.lossy)
            return {};
        return tr("'%1': rcvbuf needs UDP, whose datagrams are dropped when the buffer is full, and %2 is not UDP")
            .arg(text(), id);
    default:
        return {};
    }
}

QVector<Fault> parseFaultScript(const QString &script, QString *error)
{
    QVector<Fault> faults;
    const auto refuse = [&](const QString &step, const QString &why) {
        if (error)
            *error = Fault::tr("fault '%1': %2").arg(step, why);
        return QVector<Fault>();
    };
    static const QRegularExpression separators(QStringLiteral("[;\\n]"));
    for (const QString &raw : script.split(separators)) {
        const QString step = raw.trimmed();
        if (step.isEmpty())
            continue;
        const qsizetype colon = step.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return refuse(step, Fault::tr("write it as WHEN:VERB, e.g. 1.5:stop P1 or after 100:rmid sem"));
        Fault f;
        const QString when = step.left(colon).trimmed();
        if (when.startsWith(QLatin1String("after"))) {
            if (!parseNumber(when.mid(5).trimmed(), 0, kMaxCount, f.afterMessages))
                return refuse(step, Fault::tr("'after' takes a whole number of messages"));
        } else {
            bool ok = false;
            f.atS = when.toDouble(&ok);
            if (!ok || !std::isfinite(f.atS) || f.atS < 0 || f.atS > kMaxAtS)
                return refuse(step, Fault::tr("'%1' is not a time in seconds from the start (0 to %2)")
                                        .arg(when)
                                        .arg(kMaxAtS));
        }
        const QStringList words = step.mid(colon + 1).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            return refuse(step, Fault::tr("no verb after the time"));
        bool known = false;
        for (const VerbName &v : kVerbs)
            if (words.first() == QLatin1String(v.name)) {
                f.verb = v.verb;
                known = true;
            }
        if (!known) {
            QStringList verbs;
            for (const VerbName &v : kVerbs)
                verbs << QLatin1String(v.name);
            return refuse(step, Fault::tr("unknown verb '%1' (one of: %2)")
                                    .arg(words.first(), verbs.join(QStringLiteral(", "))));
        }
        const QStringList args = words.mid(1);
        const auto arity = [&](int n, const QString &usage) {
            return args.size() == n ? QString() : Fault::tr("write it as %1").arg(usage);
        };
        QString wrong;
        switch (f.verb) {
        case Fault::Verb::Stop:
        case Fault::Verb::Cont:
        case Fault::Verb::Kill:
        case Fault::Verb::KillInCs:
        case Fault::Verb::StopInCs:
            wrong = arity(1, f.verbName() + QStringLiteral(" P1|C1…"));
            if (wrong.isEmpty()) {
                f.target = args[0];
                if (!parseWorker(f.target))
                    wrong = Fault::tr("'%1' is not a worker (P1, C2…)").arg(f.target);
            }
            break;
        case Fault::Verb::Signal: {
            wrong = arity(2, QStringLiteral("signal SIGUSR1 P1"));
            if (!wrong.isEmpty())
                break;
            QString name = args[0].toUpper();
            if (!name.startsWith(QLatin1String("SIG")))
                name.prepend(QLatin1String("SIG"));
            for (const SignalName &s : kSignals)
                if (name == QLatin1String(s.name))
                    f.signal = s.number;
            f.target = args[1];
            if (!f.signal) {
                QStringList names;
                for (const SignalName &s : kSignals)
                    names << QLatin1String(s.name);
                wrong = Fault::tr("unknown signal '%1' (one of: %2)").arg(args[0], names.join(QStringLiteral(", ")));
            } else if (!parseWorker(f.target)) {
                wrong = Fault::tr("'%1' is not a worker (P1, C2…)").arg(f.target);
            }
            break;
        }
        case Fault::Verb::SetVal:
            wrong = arity(2, QStringLiteral("setval SEMAPHORE N"));
            if (wrong.isEmpty()) {
                f.target = args[0];
                if (!parseNumber(args[1], 0, kSemvmx, f.value))
                    wrong = Fault::tr("a semaphore's value is a whole number from 0 to %1").arg(kSemvmx);
            }
            break;
        case Fault::Verb::Rmid:
        case Fault::Verb::Unlink:
            wrong = arity(1, f.verbName() + QStringLiteral(" sem|shm|queue"));
            if (wrong.isEmpty()) {
                f.target = args[0];
                if (f.target != QLatin1String("sem") && f.target != QLatin1String("shm") &&
                    f.target != QLatin1String("queue"))
                    wrong = Fault::tr("'%1' is not an object: sem, shm or queue").arg(f.target);
            }
            break;
        case Fault::Verb::QBytes:
        case Fault::Verb::PipeSize:
        case Fault::Verb::RcvBuf:
            wrong = arity(1, f.verbName() + QStringLiteral(" BYTES"));
            f.target = f.verb == Fault::Verb::QBytes     ? QStringLiteral("queue")
                       : f.verb == Fault::Verb::PipeSize ? QStringLiteral("pipe")
                                                         : QStringLiteral("socket");
            if (wrong.isEmpty() && !parseNumber(args[0], 1, kMaxBytes, f.value))
                wrong = Fault::tr("a size is a whole number of bytes from 1 to %1").arg(kMaxBytes);
            break;
        case Fault::Verb::CloseRead:
        case Fault::Verb::Shutdown: {
            const bool close = f.verb == Fault::Verb::CloseRead;
            f.target = close ? QStringLiteral("pipe") : QStringLiteral("socket");
            if (args.size() > 1)
                wrong = Fault::tr("write it as %1").arg(f.verbName() + (close ? QStringLiteral(" [C1…]")
                                                                               : QStringLiteral(" [P1…]")));
            else if (args.size() == 1 && !parseWorker(args[0]))
                wrong = Fault::tr("'%1' is not a worker (P1, C2…)").arg(args[0]);
            else if (args.size() == 1)
                f.target = args[0];
            break;
        }
        case Fault::Verb::Undo:
            wrong = arity(0, QStringLiteral("undo"));
            break;
        case Fault::Verb::Add:
            wrong = arity(1, QStringLiteral("add producer|consumer"));
            if (wrong.isEmpty()) {
                f.target = args[0];
                if (f.target != QLatin1String("producer") && f.target != QLatin1String("consumer"))
                    wrong = Fault::tr("'%1' is not a role: add producer or add consumer").arg(f.target);
            }
            break;
        }
        if (!wrong.isEmpty())
            return refuse(step, wrong);
        faults.append(f);
    }
    if (error)
        error->clear();
    return faults;
}

QString faultScript(const QVector<Fault> &faults)
{
    QStringList steps;
    for (const Fault &f : faults)
        steps << f.text();
    return steps.join(QStringLiteral("; "));
}

} // namespace ipcscope
