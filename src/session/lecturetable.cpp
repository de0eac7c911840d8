#include "lecturetable.h"

#include "engine/mechanism.h"

#include <QCoreApplication>

namespace ipcscope {

namespace {
// This file's texts, under one translation context.
struct LectureTableText {
    Q_DECLARE_TR_FUNCTIONS(LectureTable)
};
} // namespace

LectureRow lectureRow(const QString &mechanism)
{
    using T = ThroughputClass;
    const Mechanism *m = findMechanism(mechanism.toStdString());
    const LectureKind kind = m ? m->info().lecture : LectureKind::Sockets;
    const QString async = LectureTableText::tr("synchronous / asynchronous*");
    switch (kind) {
    case LectureKind::Signals:
        return {LectureTableText::tr("Signals"),
                {T::Low},
                LectureTableText::tr("low"),
                LectureTableText::tr("none"),
                LectureTableText::tr("asynchronous")};
    case LectureKind::Pipes:
        return {LectureTableText::tr("Pipes"),
                {T::Medium},
                LectureTableText::tr("medium"),
                LectureTableText::tr("yes (blocking)"),
                LectureTableText::tr("synchronous")};
    case LectureKind::Fifo:
        return {LectureTableText::tr("FIFO"),
                {T::Medium},
                LectureTableText::tr("medium"),
                LectureTableText::tr("yes"),
                LectureTableText::tr("synchronous")};
    case LectureKind::SharedMemory:
        return {LectureTableText::tr("Shared memory"),
                {T::High},
                LectureTableText::tr("high"),
                LectureTableText::tr("needs semaphores"),
                async};
    case LectureKind::MessageQueues:
        return {LectureTableText::tr("Message queues"),
                {T::Medium},
                LectureTableText::tr("high"),
                LectureTableText::tr("built in"),
                async};
    case LectureKind::Sockets:
        break;
    }
    return {LectureTableText::tr("Sockets"),
            {T::Medium, T::High},
            LectureTableText::tr("high"),
            LectureTableText::tr("yes"),
            async};
}

QString lectureFootnote()
{
    return LectureTableText::tr("* depends on how it is used (for example, non-blocking I/O, callbacks)");
}

QString className(ThroughputClass c)
{
    switch (c) {
    case ThroughputClass::Low:
        return LectureTableText::tr("low");
    case ThroughputClass::Medium:
        return LectureTableText::tr("medium");
    case ThroughputClass::High:
        return LectureTableText::tr("high");
    }
    return {};
}

QString classNames(const QList<ThroughputClass> &classes)
{
    QStringList names;
    for (ThroughputClass c : classes)
        names << className(c);
    return names.join(QLatin1Char('/'));
}

} // namespace ipcscope
