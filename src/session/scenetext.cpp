#include "scenetext.h"

#include "formatter.h"
#include "runtypes.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace ipcscope {

namespace {

// The count a plural form is chosen by: the same form as `n` in every
// language we have (they look at n, n % 10 and n % 100), within an int.
int pluralOf(quint64 n)
{
    return n <= quint64(INT_MAX) ? int(n) : int(n % 100) + 100;
}

QString percent(double fraction)
{
    return Formatter::decimal(fraction * 100, 0) + QStringLiteral("\u00a0%");
}

bool ended(const SceneModel &m)
{
    return isEnded(m.phase);
}

// The halves of a ring's put or take, inside the critical section, in words;
// empty when `w` is in none.
QString stage(const SceneWorker &w)
{
    if (w.on != QLatin1String("ring"))
        return {};
    const bool producer = w.role == Role::Producer;
    if (w.call == opName(Op::Copy))
        return producer ? SceneText::tr("copying into the slot") : SceneText::tr("copying out of the slot");
    return producer ? SceneText::tr("moving head") : SceneText::tr("moving tail");
}

} // namespace

QString SceneText::state(const SceneWorker &w, const QString &detail)
{
    const QString &key = w.state;
    if (key == QLatin1String("killed"))
        return w.exitSignal.isEmpty() ? tr("killed") : tr("killed by %1").arg(w.exitSignal);
    if (key == QLatin1String("failed")) {
        if (w.exited && w.exitCode != 0)
            return tr("exited with status %1").arg(w.exitCode);
        return detail.isEmpty() ? tr("failed") : tr("failed: %1").arg(detail);
    }
    if (key == QLatin1String("stopped")) {
        // Where it was when the kernel stopped it: in a call, or holding a lock.
        if (!w.call.isEmpty())
            return tr("%1 in %2", "stopped (SIGSTOP) in P(put)").arg(stopped(), w.call);
        return w.on.isEmpty() ? stopped() : tr("%1 holding %2", "stopped (SIGSTOP) holding put").arg(stopped(), w.on);
    }
    if (key == QLatin1String("done"))
        return tr("done");
    if (key == QLatin1String("ended"))
        return tr("ended by ipcscope");
    if (key == QLatin1String("starting"))
        return tr("starting");
    if (key == QLatin1String("ready"))
        return tr("ready");
    if (key == QLatin1String("running"))
        return tr("running");
    if (key == QLatin1String("sleeping"))
        return tr("waiting for its next send (rate)");
    if (key == QLatin1String("in-call"))
        return w.call.isEmpty() ? tr("in a call") : tr("in %1").arg(w.call);
    if (key == QLatin1String("blocked")) {
        if (w.call.isEmpty())
            return detail.isEmpty() ? tr("blocked in the kernel") : tr("blocked in %1").arg(detail);
        return detail.isEmpty() || detail == w.call ? tr("blocked in %1").arg(w.call)
                                                    : tr("blocked in %1: %2").arg(w.call, detail);
    }
    if (key == QLatin1String("critical")) {
        if (const QString half = stage(w); !half.isEmpty())
            return half;
        return w.on.isEmpty() ? tr("in its critical section") : tr("in critical section (%1)").arg(w.on);
    }
    if (key == QLatin1String("paused")) {
        // A lesson's process held by ipcscope (its --hold), not by the lesson's IPC.
        if (detail == QLatin1String("ipcscope"))
            return tr("held by ipcscope");
        const QString half = stage(w);
        const QString next = !half.isEmpty() ? half : w.call;
        return next.isEmpty() ? tr("paused") : tr("paused before %1").arg(next);
    }
    return key;
}

QString SceneText::stopped()
{
    return tr("stopped (SIGSTOP)");
}

QString SceneText::workerState(const SceneWorker &w, bool exact)
{
    // Stopped is the kernel's word, and it lasts until SIGCONT: a fact at any pace.
    if (exact || w.exited || w.shares.isEmpty() || w.state == QLatin1String("stopped"))
        return w.text;
    return shares(w);
}

QString SceneText::briefState(const SceneWorker &w)
{
    // A first sample can find it still starting: in Russian «запускается»
    // is wider than a quarter lane's card even at the floor.
    if (w.state == QLatin1String("starting"))
        return tr("starting", "a worker, in a narrow card");
    // Before what, said in the full form, is what goes ("paused before
    // copying into the slot" takes three lines of a quarter lane's card).
    if (w.state == QLatin1String("paused"))
        return w.detail == QLatin1String("ipcscope") ? state(w, w.detail) : tr("paused");
    if (w.state != QLatin1String("blocked"))
        return state(w);
    return w.call.isEmpty() ? tr("blocked", "a worker, in a narrow card")
                            : tr("blocked: %1", "a worker in an operation, in a narrow card").arg(w.call);
}

QString SceneText::shares(const SceneWorker &w, int most)
{
    QStringList parts;
    for (const SceneWorker::Share &s : w.shares) {
        if (parts.size() >= most || s.fraction < 0.05)
            break;
        parts << tr("%1 %2", "a share of time: where, how much").arg(s.text, percent(s.fraction));
    }
    return parts.join(QStringLiteral(" · "));
}

QString SceneText::messages(quint64 n)
{
    return tr("%1 message(s)", "", pluralOf(n)).arg(Formatter::count(qint64(n)));
}

QString SceneText::count(const SceneWorker &w)
{
    if (w.unit == QLatin1String("increments"))
        return tr("%1 increment(s)", "", pluralOf(w.messages)).arg(Formatter::count(qint64(w.messages)));
    return messages(w.messages);
}

QString SceneText::rate(double perS)
{
    return Formatter::messageRate(perS);
}

QString SceneText::name(const QString &name)
{
    return QCoreApplication::translate("Lessons", name.toUtf8().constData());
}

QString SceneText::who(const SceneWorker &w)
{
    return w.role == Role::Producer ? tr("Producer %1").arg(name(w.name)) : tr("Consumer %1").arg(name(w.name));
}

QString SceneText::pid(qint64 pid)
{
    return pid > 0 ? tr("pid %1").arg(pid) : QString();
}

QString SceneText::value(const SceneSemaphore &s)
{
    if (s.kind == SceneSemaphore::Kind::Condition)
        return QStringLiteral("—");
    return s.value < 0 ? QStringLiteral("?") : QString::number(s.value);
}

QString SceneText::valueSampled(const SceneSemaphore &s, bool exact)
{
    if (exact || s.kind == SceneSemaphore::Kind::Condition || s.value < 0)
        return value(s);
    return tr("≈%1", "a semaphore's value sampled at one instant, at full speed").arg(value(s));
}

QString SceneText::sampled(const QString &value)
{
    return tr("%1 (sampled)", "a reading of one instant at full speed").arg(value);
}

QString SceneText::waiting(const SceneSemaphore &s, bool exact)
{
    if (!exact) {
        if (s.meanWaiters < 0)
            return tr("waiters not sampled");
        return tr("mean waiters %1").arg(Formatter::decimal(s.meanWaiters, 1));
    }
    if (s.waiters <= 0)
        return tr("nobody waits");
    if (s.waiting.size() == s.waiters) {
        QStringList names;
        for (const QString &w : s.waiting)
            names << name(w);
        return tr("waiting: %1").arg(names.join(QStringLiteral(", ")));
    }
    return tr("%n waiting", "", s.waiters);
}

QString SceneText::briefWaiting(const SceneSemaphore &s, bool exact)
{
    if (exact)
        return waiting(s, exact);
    if (s.meanWaiters < 0)
        return tr("waiters: no sample yet", "a semaphore at speed before its first sample, in a narrow card");
    return tr("waiters, mean %1", "a semaphore at speed, in a narrow card").arg(Formatter::decimal(s.meanWaiters, 1));
}

QString SceneText::holder(const SceneSemaphore &s, bool exact)
{
    if (!exact || s.kind != SceneSemaphore::Kind::Lock || s.value < 0)
        return {};
    if (s.value > 0)
        return tr("free");
    return s.holder.isEmpty() ? tr("held") : tr("held by %1").arg(name(s.holder));
}

QString SceneText::briefHolder(const SceneSemaphore &s, bool exact)
{
    if (holder(s, exact).isEmpty() || s.value > 0 || s.holder.isEmpty())
        return holder(s, exact);
    return tr("by %1", "a lock held by P1, in a narrow card").arg(name(s.holder));
}

QString SceneText::lastWas(const QString &who)
{
    return tr("last: %1", "a semaphore's last semop, by whom: 'last: P1 (pid 4242)'").arg(who);
}

QString SceneText::lastBy(const SceneSemaphore &s)
{
    return s.lastPid > 0 ? lastWas(byPid(s.lastBy, s.lastPid)) : QString();
}

QString SceneText::briefLastBy(const SceneSemaphore &s)
{
    return s.lastPid > 0 ? lastWas(s.lastBy.isEmpty() ? pid(s.lastPid) : name(s.lastBy)) : QString();
}

QString SceneText::pidOwner(const SceneModel &m, qint64 pid)
{
    if (pid <= 0)
        return {};
    for (const SceneWorker &w : m.workers)
        if (w.pid == pid)
            return w.name;
    // This process: it makes the objects and sets the semaphores up before
    // any worker touches them; "pid 4242" would name a stranger to the audience.
    if (pid == QCoreApplication::applicationPid())
        return QStringLiteral("ipcscope");
    return {};
}

QString SceneText::byPid(const QString &who, qint64 pid)
{
    return who.isEmpty() ? tr("pid %1").arg(pid) : tr("%1 (pid %2)", "P1 (pid 4242)").arg(name(who)).arg(pid);
}

QString SceneText::ringFill(const SceneRing &r, bool exact)
{
    const int count = int(r.cells.size());
    if (!exact && r.meanFill >= 0)
        return tr("mean fill %1 of %n slot(s)", "", count).arg(Formatter::decimal(r.meanFill, 1));
    return tr("%1 of %n slot(s) filled", "", count).arg(r.filled);
}

QString SceneText::head(const SceneRing &r)
{
    return tr("head %1").arg(r.head);
}

QString SceneText::tail(const SceneRing &r)
{
    return tr("tail %1").arg(r.tail);
}

QString SceneText::objectTitle(const SceneObject &o, const MechanismInfo &info, bool brief)
{
    const QString &k = o.idKind;
    if (brief) {
        // Its name without the unguessable part, or its key or port alone.
        // A segment's frame has a line for its name above the ring.
        if (k == QLatin1String("shm-key"))
            return o.id;
        if (k == QLatin1String("key"))
            return tr("key %1").arg(o.id);
        if (k == QLatin1String("shm"))
            return objectKind(o); // its name is all unguessable: what it is
        if (k == QLatin1String("mq"))
            return tr("queue in /dev/mqueue");
        if (k == QLatin1String("path"))
            return QStringLiteral("FIFO");
        if (k == QLatin1String("dir"))
            return info.scene == SceneKind::Datagrams ? QStringLiteral("dgram.sock") : tr("socket files");
        if (k == QLatin1String("ports") || k == QLatin1String("port"))
            return tr("port %1").arg(o.id);
        if (o.kind == QLatin1String("pipe"))
            return tr("pipe: fd 3 in each");
        if (o.kind == QLatin1String("segment"))
            return tr("shared memory");
        if (o.kind == QLatin1String("queue"))
            return tr("message queue");
    }
    if (k == QLatin1String("shm-key"))
        return o.kernelId.isEmpty() ? tr("segment key %1").arg(o.id)
                                    : tr("segment key %1 · shmid %2").arg(o.id, o.kernelId);
    if (k == QLatin1String("shm"))
        return tr("segment /dev/shm%1").arg(o.id);
    if (k == QLatin1String("key"))
        return o.kernelId.isEmpty() ? tr("queue key %1").arg(o.id) : tr("queue key %1 · msqid %2").arg(o.id, o.kernelId);
    if (k == QLatin1String("mq"))
        return tr("queue /dev/mqueue%1").arg(o.id);
    if (k == QLatin1String("path"))
        return tr("FIFO %1").arg(o.id);
    if (k == QLatin1String("dir"))
        return info.scene == SceneKind::Datagrams ? tr("socket %1/dgram.sock").arg(o.id)
                                                  : tr("sockets in %1").arg(o.id);
    if (k == QLatin1String("ports"))
        return tr("connections to 127.0.0.1:%1").arg(o.id);
    if (k == QLatin1String("port"))
        return tr("socket 127.0.0.1:%1").arg(o.id);
    if (k == QLatin1String("pid"))
        return info.lossy ? tr("SIGUSR1 pending on pid %1").arg(o.id) : tr("SIGRTMIN queue of pid %1").arg(o.id);
    // Not made yet (a preview), or anonymous.
    if (o.kind == QLatin1String("pipe"))
        return tr("pipe: each worker inherits one end as fd 3");
    if (o.kind == QLatin1String("segment"))
        return tr("a shared memory segment, made at Start");
    if (o.kind == QLatin1String("queue"))
        return tr("a message queue, made at Start");
    if (o.kind == QLatin1String("socket"))
        return tr("a socket, made at Start");
    if (o.kind == QLatin1String("signals"))
        return tr("signals pending on the consumer");
    return o.id;
}

QString SceneText::objectKind(const SceneObject &o)
{
    // One word each: where it stands in, there may be one line.
    if (o.kind == QLatin1String("queue"))
        return tr("queue");
    if (o.kind == QLatin1String("segment"))
        return tr("segment");
    if (o.kind == QLatin1String("pipe"))
        return tr("pipe");
    if (o.kind == QLatin1String("socket"))
        return tr("socket");
    return SceneText::name(o.kind);
}

QString SceneText::objectDepth(const SceneObject &o, const SceneModel &m, bool narrow)
{
    const bool fieldNamed = !narrow;
    if (o.kind == QLatin1String("segment")) {
        // The count of filled slots, whenever ringFill() would give it
        // (exact, or at speed before the first sample), in the short form.
        if (m.ring && narrow && (m.exact || m.ring->meanFill < 0))
            return tr("%1/%2 filled", "slots of a ring, in a narrow object").arg(m.ring->filled).arg(m.ring->cells.size());
        return m.ring ? ringFill(*m.ring, m.exact) : QString();
    }
    const QString heldIn = o.heldField();
    const qint64 held = o.field(heldIn, 0);
    if (heldIn == QLatin1String("qnum"))
        return fieldNamed ? tr("%n message(s) waiting (msg_qnum)", "", int(held))
                          : tr("%n message(s) waiting", "", int(held));
    if (heldIn == QLatin1String("curmsgs"))
        return (fieldNamed ? tr("%n of %1 message(s) waiting (mq_curmsgs)", "", int(held))
                           : tr("%n of %1 message(s) waiting", "", int(held)))
            .arg(o.field(QStringLiteral("maxmsg")));
    if (o.kind == QLatin1String("signals"))
        return tr("sent %1 · received %2")
            .arg(Formatter::count(o.field(QStringLiteral("sent"), 0)),
                 Formatter::count(o.field(QStringLiteral("received"), 0)));
    if (const qint64 drops = o.field(QStringLiteral("drops")); drops >= 0)
        return tr("%1 datagram(s) dropped by the kernel", "", pluralOf(quint64(drops))).arg(Formatter::count(drops));
    return bytesWaiting(o);
}

QString SceneText::bytesWaiting(const SceneObject &o)
{
    const qint64 queued = o.field(QStringLiteral("queued"), 0); // heldField() of a stream
    const qint64 capacity = o.field(QStringLiteral("capacity"));
    if (capacity > 0)
        return tr("%1 of %2 waiting").arg(Formatter::bytes(queued), Formatter::size(capacity));
    return tr("%1 waiting").arg(Formatter::bytes(queued));
}

SceneText::ObjectLines SceneText::objectLines(const SceneObject &o, const SceneModel &m)
{
    ObjectLines lines;
    QStringList &readings = lines.readings;
    const auto f = [&](const char *name) { return o.field(QString::fromLatin1(name)); };
    if (o.kind == QLatin1String("segment")) {
        if (f("nattch") >= 0) {
            // The kernel's count on a line of its own: on the projector a
            // reading is a state's size, and a frame's width held no more.
            readings << tr("shm_nattch %1").arg(f("nattch"));
            if (f("viewer_attached") > 0)
                readings << tr("one of them: ipcscope's view");
            readings << tr("created by %1 · last shmat/shmdt: %2", "by P1 (pid 4242), ipcscope (pid 4200) or pid 4100")
                            .arg(byPid(pidOwner(m, f("cpid")), f("cpid")), byPid(pidOwner(m, f("lpid")), f("lpid")));
        } else if (f("bytes") >= 0)
            readings << tr("%1 in /dev/shm").arg(Formatter::size(f("bytes")));
        if (m.semaphores.isEmpty() && m.ring)
            lines.notes << tr("no lock: head and tail are written by whoever comes");
    } else if (f("qnum") >= 0) {
        readings
            << tr("msg_cbytes %1 of msg_qbytes %2").arg(Formatter::count(f("cbytes")), Formatter::count(f("qbytes")));
        const QString sender = pidOwner(m, f("lspid"));
        const QString receiver = pidOwner(m, f("lrpid"));
        if (!sender.isEmpty() || !receiver.isEmpty())
            readings << tr("last msgsnd: %1 · last msgrcv: %2")
                            .arg(sender.isEmpty() ? QStringLiteral("—") : sender,
                                 receiver.isEmpty() ? QStringLiteral("—") : receiver);
    } else if (f("curmsgs") >= 0) {
        readings << tr("mq_msgsize %1").arg(Formatter::bytes(f("msgsize")));
        lines.notes << tr("producer Pn sends with priority n: the highest is received first");
    } else if (o.kind == QLatin1String("signals")) {
        if (f("sigq") >= 0)
            readings << tr("SigQ %1 of %2 (signals queued for this user)").arg(f("sigq")).arg(f("sigq_limit"));
    } else if (f("drops") >= 0) {
        if (f("rx_queue") >= 0) // not once the socket has gone
            readings << tr("rx_queue %1 (/proc/net/udp)").arg(Formatter::bytes(f("rx_queue")));
    } else if (f("tx_queue") >= 0) {
        readings << tr("rx_queue %1 · tx_queue %2 (/proc/net/tcp)")
                        .arg(Formatter::bytes(f("rx_queue")), Formatter::bytes(f("tx_queue")));
    } else if (f("capacity") > 0) {
        lines.notes << tr("FIONREAD; the capacity from F_GETPIPE_SZ");
    } else {
        lines.notes << tr("FIONREAD, as the readers see it");
    }
    return lines;
}

double SceneText::objectFill(const SceneObject &o)
{
    const auto ratio = [](qint64 part, qint64 whole) {
        return whole > 0 && part >= 0 ? std::clamp(double(part) / double(whole), 0.0, 1.0) : -1.0;
    };
    if (const qint64 cur = o.field(QStringLiteral("curmsgs")); cur >= 0)
        return ratio(cur, o.field(QStringLiteral("maxmsg")));
    if (const qint64 cbytes = o.field(QStringLiteral("cbytes")); cbytes >= 0)
        return ratio(cbytes, o.field(QStringLiteral("qbytes")));
    return ratio(o.field(QStringLiteral("queued")), o.field(QStringLiteral("capacity")));
}

qint64 SceneText::objectMessages(const SceneObject &o)
{
    if (const qint64 qnum = o.field(QStringLiteral("qnum")); qnum >= 0)
        return qnum;
    return o.field(QStringLiteral("curmsgs"));
}

QString SceneText::removed()
{
    return tr("removed — last values");
}

QString SceneText::removedBrief()
{
    return tr("removed", "an object or semaphore after the run, where 'removed — last values' would be cut");
}

QString SceneText::picture(const SceneModel &m)
{
    switch (m.phase) {
    case ScenePhase::Finished:
        return tr("finished: the objects are removed, these are their last values");
    case ScenePhase::Stopped:
        return tr("stopped: the objects are removed, these are their last values");
    case ScenePhase::Failed:
        return tr("failed: the objects are removed, these are their last values");
    case ScenePhase::Starting:
        return m.workers.isEmpty() || m.workers.first().pid > 0 ? tr("starting") : tr("not started");
    case ScenePhase::Running:
    case ScenePhase::Paused:
        break;
    }
    // A run is running from its start; before its go its workers are still
    // getting ready, and say so.
    const bool gettingReady = !m.workers.isEmpty() && std::all_of(m.workers.begin(), m.workers.end(), [](const SceneWorker &w) {
        return w.state == QLatin1String("starting") || w.state == QLatin1String("ready");
    });
    if (gettingReady)
        return m.workers.isEmpty() || m.workers.first().pid > 0 ? tr("starting") : tr("not started");
    // Not "at speed": a run paced to 2 msg/s is sampled too, whenever it is
    // not held at rest. "Sample", not "frame": at no limit a sample spans
    // about 100 ms, three frames (Pace::pollIntervalMs).
    return m.exact ? tr("exact: every process is at rest")
                   : tr("moving: shares of time and means since the last sample");
}

QString SceneText::caption(const SceneModel &m)
{
    QStringList parts;
    quint64 sent = 0;
    quint64 received = 0;
    for (const SceneWorker &w : m.workers) {
        (w.role == Role::Producer ? sent : received) += w.messages;
        if (w.state == QLatin1String("killed") || w.state == QLatin1String("failed") ||
            w.state == QLatin1String("stopped") || w.state == QLatin1String("ended"))
            parts << tr("%1 %2").arg(who(w), w.text);
        else if (m.exact && !ended(m) &&
                 (w.state == QLatin1String("blocked") || w.state == QLatin1String("paused") ||
                  w.state == QLatin1String("critical")))
            parts << tr("%1 %2").arg(who(w), w.text);
        else if (!m.exact && !ended(m) && !w.exited && !w.shares.isEmpty() && w.shares.first().fraction >= 0.5 &&
                 w.shares.first().key.contains(QLatin1Char('(')))
            // At speed, a worker that spent most of the last sample in one
            // call, with how much of it: the share, never an instant.
            parts << tr("%1: %2").arg(who(w), shares(w, 1));
    }
    // The caption is one line on the projector: with many workers it names
    // the first two and counts the rest, whose cards say the same below.
    constexpr int kNamed = 2;
    if (parts.size() > kNamed + 1) {
        const int more = int(parts.size()) - kNamed;
        parts = parts.mid(0, kNamed);
        parts << tr("%n more", "", more);
    }
    if (ended(m))
        parts << tr("%1 sent, %2 received; the objects are removed").arg(Formatter::count(qint64(sent)),
                                                                          Formatter::count(qint64(received)));
    else if (parts.isEmpty())
        parts << tr("%1 sent, %2 received").arg(Formatter::count(qint64(sent)), Formatter::count(qint64(received)));
    return parts.join(QStringLiteral(" · "));
}

QString SceneText::shape(int producers, int consumers, qint64 size, bool takesSize, const Pace &pace)
{
    QString text = tr("%n producer(s)", "", producers) + QStringLiteral(" → ") + tr("%n consumer(s)", "", consumers);
    if (takesSize)
        text += QStringLiteral(" · ") + tr("%1 per message").arg(Formatter::bytes(size));
    text += QStringLiteral(" · ");
    // What the pace makes of the picture: stepped, the workers are held and
    // come to rest between calls, and the scene is exact there (the picture
    // line says which frames); at any rate they are never held, so however
    // slow, a frame is a sample (scenebuilder.cpp).
    if (pace.stepped())
        text += tr("one call every %1").arg(Formatter::duration(pace.callEveryS)) + QStringLiteral(" · ") +
                tr("exact between calls");
    else
        text += (pace.rate > 0 ? tr("%1 per producer").arg(Formatter::messageRate(pace.rate)) : tr("no rate limit")) +
                QStringLiteral(" · ") + tr("sampled");
    return text;
}

} // namespace ipcscope
