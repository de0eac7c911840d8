#pragma once
// A fault a person injects into a running run: a verb, what it is aimed at
// (a worker, "P1", or one of the run's objects, "put", "sem", "queue"), an
// argument where the verb takes one, and when (seconds after the start, or
// after so many messages sent). A script is the same faults as text,
// "1:stop P1; 2.5:cont P1; after 500:rmid sem; 3:undo"; the command line, scenario
// files and the window all speak it, and a script is refused, step by step,
// before anything starts.
#include "engine/mechanism.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace ipcscope {

struct Fault {
    Q_DECLARE_TR_FUNCTIONS(Fault)

public:
    enum class Verb {
        Stop,
        Cont,
        Kill,
        KillInCs,
        StopInCs, // SIGSTOP once it holds its lock: the others pile up behind it
        Signal,
        SetVal,
        Rmid,
        Unlink,
        QBytes,
        PipeSize,
        CloseRead, // the consumers (or one) close their read end of a pipe or FIFO
        Shutdown,  // shutdown(SHUT_WR) of the producers' (or one's) stream sockets
        RcvBuf,    // SO_RCVBUF of the UDP consumers' sockets
        Undo,      // takes back the last step that can be taken back
        Add,       // starts one more producer or consumer in the running run
    };

    Verb verb = Verb::Stop;
    // "P1", "C2", "put", "sem", "shm", "queue", "pipe", "socket"; close-read
    // and shutdown take a worker or every one ("pipe", "socket"); add takes
    // "producer" or "consumer".
    QString target;
    int signal = 0;           // Signal: its number
    qint64 value = 0;         // SetVal, QBytes, PipeSize, RcvBuf
    double atS = 0;           // seconds after the start...
    qint64 afterMessages = -1; // ...or, when not negative, after this many sent

    // "stop", "kill-in-cs", "pipe-size"
    QString verbName() const;
    // The step as a script writes it: "2.5:cont P1", "after 100:setval put 2".
    QString text() const;
    bool aimsAtWorker() const;
    // Its target is one worker ("P1", "C2"), also for close-read and shutdown.
    bool namesWorker() const;
    // The telemetry slot (producers first) of the worker it names, also for
    // close-read C1 and shutdown P2; -1 when it names none.
    int workerSlot(int producers) const;
    // Add: the role of the worker it starts.
    Role addedRole() const { return target == QLatin1String("consumer") ? Role::Consumer : Role::Producer; }
    // Why this fault cannot be made on a run of `mechanism` with these
    // workers (a ping-pong when `pingPong`), or empty when it can.
    QString refusal(const Mechanism &mechanism, const Shape &shape, bool pingPong = false) const;
};

// Parses a script of steps separated by ';' (or new lines). On a malformed
// step returns nothing and sets `error` to one line naming it.
QVector<Fault> parseFaultScript(const QString &script, QString *error);
// The script of `faults`, as parseFaultScript reads it.
QString faultScript(const QVector<Fault> &faults);

} // namespace ipcscope
