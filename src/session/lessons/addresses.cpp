// Addresses: one segment at two addresses; pointers break, offsets work.
#include "lessonlist.h"
#include "lessonreadings.h"

#include "lessonstage.h"

#include "engine/lessons/lessonobjects.h"

#include <QProcess>

namespace ipcscope {

namespace {

class AddressesLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("addresses"); }
    QString title() const override { return LessonText::tr("Addresses: a pointer in shared memory"); }
    QString group() const override { return LessonText::tr("Keys and shared memory"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "shmat() attaches a segment wherever the process has room: two processes see it at different "
            "addresses. A writer builds a list of two nodes in it, the first pointing to the second by "
            "address and by offset. The reader follows both: the address is the writer's, the offset is "
            "anyone's.");
    }
    QString expected() const override
    {
        return LessonText::tr("Different addresses; the stored pointer does not lead to «second» in the reader; base + "
                              "offset does.");
    }
    QString control() const override
    {
        return LessonText::tr("The reader attaches the segment at the writer's address (shmat with that shmaddr).");
    }
    QString mechanism() const override { return QStringLiteral("sysv-shm"); }
    QString code() const override { return QStringLiteral("lesson-addresses"); }
    QStringList sceneItems() const override
    {
        return {QStringLiteral("worker"), QStringLiteral("worker"), QStringLiteral("segment")};
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        Objects segment = createSysvSegment(4096);
        c.own(segment);
        const QString key = QString::fromStdString(param(segment.params, "shm-key"));
        // One segment, both processes attached to it at once (--hold keeps
        // each attached until told): shm_nattch read from the kernel.
        c.stage().begin({QT_TRANSLATE_NOOP("Lessons", "one segment, two processes")});
        c.stage().watchSegment(QString::fromLatin1(QT_TRANSLATE_NOOP("Lessons", "segment")),
                               std::stoi(param(segment.params, "shm-id")));
        const auto start = [&](const QStringList &args, const char *name) {
            std::unique_ptr<QProcess> p = c.startWorker(args + QStringList{QStringLiteral("--hold")});
            c.stage().nameProcess(p->processId(), QString::fromLatin1(name));
            return p;
        };
        std::unique_ptr<QProcess> writing = start(
            {QStringLiteral("addresses"), QStringLiteral("--role"), QStringLiteral("write"), QStringLiteral("--shm-key"), key},
            QT_TRANSLATE_NOOP("Lessons", "writer"));
        LessonContext::WorkerOutput writer;
        writer.lines = c.linesUntil(*writing, QStringLiteral("attached="), 10000);
        const QString writerBase = writer.value(QStringLiteral("base"));
        QStringList args{QStringLiteral("addresses"), QStringLiteral("--role"),        QStringLiteral("read"),
                         QStringLiteral("--shm-key"), key,          QStringLiteral("--writer-base"), writerBase};
        if (setup == LessonSetup::Control)
            args << QStringLiteral("--at") << writerBase;
        std::unique_ptr<QProcess> reading = start(args, QT_TRANSLATE_NOOP("Lessons", "reader"));
        LessonContext::WorkerOutput reader;
        reader.lines = c.linesUntil(*reading, QStringLiteral("attached="), 10000);
        if (!writer.value(QStringLiteral("attached")).isEmpty() && !reader.value(QStringLiteral("attached")).isEmpty()) {
            // Both attached, each at its own address, and held there by
            // ipcscope (their read() of the line it writes them): the picture
            // once both are in that read(), said as that moment.
            // Not held within 2 s (a loaded machine): no picture is kept
            // under words it would not match.
            if (c.waitFor([&] { return LessonStage::isHeldByUs(writing->processId()) &&
                                       LessonStage::isHeldByUs(reading->processId()); },
                          2000)) {
                c.showNow();
                c.stage().keepAsFinal({QT_TRANSLATE_NOOP("Lessons", "At the moment both were attached")});
            }
        }
        reading->write("go\n");
        writing->write("go\n");
        const LessonContext::WorkerOutput readerEnd = c.finishWorker(*reading, 10000);
        const LessonContext::WorkerOutput writerEnd = c.finishWorker(*writing, 10000);
        reader.lines += readerEnd.lines;
        writer.lines += writerEnd.lines;
        if (writerEnd.exitCode != 0)
            throw std::runtime_error(writerEnd.errorText.toStdString());
        if (readerEnd.exitCode != 0)
            throw std::runtime_error(readerEnd.errorText.toStdString());
        const QJsonObject r{{QStringLiteral("writer_base"), writerBase},
                            {QStringLiteral("writer_next"), writer.value(QStringLiteral("next"))},
                            {QStringLiteral("reader_base"), reader.value(QStringLiteral("base"))},
                            {QStringLiteral("stored_pointer"), reader.value(QStringLiteral("next"))},
                            {QStringLiteral("by_pointer"), reader.value(QStringLiteral("by_pointer"))},
                            {QStringLiteral("by_offset"), reader.value(QStringLiteral("by_offset"))}};
        const auto t = [&](const char *k) { return readings::text(r, k); };
        c.observe(LessonLine(QT_TRANSLATE_NOOP(
                                 "Lessons",
                                 "The writer attached the segment at %1 and stored the second node's address, %2, and "
                                 "its offset, 64."))
                      .arg(t("writer_base"), t("writer_next")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP(
                                 "Lessons",
                                 "The reader attached it at %1. Through the stored pointer %2: «%3». Through %1 + 64: "
                                 "«%4»."))
                      .arg(t("reader_base"), t("stored_pointer"), t("by_pointer"), t("by_offset")));
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        return {
            {LessonText::tr("The segment's address, writer and reader"), LessonText::tr("different"),
             LessonText::tr("%1 and %2").arg(text(r, "writer_base"), text(r, "reader_base")),
             !text(r, "writer_base").isEmpty() && !text(r, "reader_base").isEmpty() &&
                 text(r, "writer_base") != text(r, "reader_base")},
            {LessonText::tr("The writer's pointer, followed in the reader"), LessonText::tr("not «second»"),
             text(r, "by_pointer"), !text(r, "by_pointer").isEmpty() && text(r, "by_pointer") != QLatin1String("second")},
            {LessonText::tr("The offset, from the reader's own address"), QStringLiteral("second"), text(r, "by_offset"),
             text(r, "by_offset") == QLatin1String("second")},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("Writer at %1, reader at %2: the pointer gave «%3», the offset «%4».")
            .arg(text(r, "writer_base"), text(r, "reader_base"), text(r, "by_pointer"), text(r, "by_offset"));
    }
};

} // namespace

const Lesson &addressesLesson()
{
    static const AddressesLesson lesson;
    return lesson;
}

} // namespace ipcscope
