#include "recordingwriter.h"

#include "recordingformat.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QtEndian>

namespace ipcscope {

namespace {

QCborValue optional(const std::optional<double> &v)
{
    return v ? QCborValue(*v) : QCborValue(QCborValue::Null);
}

QCborArray encodeWindow(const RecordedWindow &w)
{
    QCborArray perWorker;
    for (qsizetype i = 0; i < w.workerMsgsPerS.size(); ++i)
        perWorker.append(QCborArray{w.workerMsgsPerS.at(i), w.workerMbPerS.value(i)});
    return {w.startS,           w.endS,           w.held,         w.msgsPerS,
            w.mbPerS,           optional(w.latencyP50Us),         optional(w.latencyP99Us),
            w.averagedMsgsPerS, w.averagedMbPerS, optional(w.averagedP50Us),
            optional(w.averagedP99Us),            perWorker};
}

QCborArray encodeEvent(const RecordedEvent &e)
{
    // Short payloads: the rest of the copied bytes is zero, and not written.
    return {e.slot, qint64(e.index), e.tNs, qint64(e.seq), int(e.kind), int(e.op), e.producer, e.place,
            qint64(e.size), e.head.toByteArray()};
}

} // namespace

QByteArray RecordingWriter::encode(const Recording &r)
{
    QCborArray scenes, series, events;
    for (const RecordedScene &s : r.scenes)
        scenes.append(QCborArray{s.tS, s.encoded});
    for (const RecordedWindow &w : r.series)
        series.append(encodeWindow(w));
    for (const RecordedEvent &e : r.events)
        events.append(encodeEvent(e));
    QCborArray sampling;
    for (const RecordedSampling &s : r.sampling)
        sampling.append(QCborArray{s.tS, qint64(s.every)});
    QCborArray workers;
    for (const QString &w : r.workers)
        workers.append(w);
    QCborMap payload{{QStringLiteral("scenario"), QCborMap::fromJsonObject(r.scenario)},
                           {QStringLiteral("machine"), QCborMap::fromJsonObject(r.machine)},
                           {QStringLiteral("recorded_at"), r.recordedAt},
                           {QStringLiteral("result"), QCborMap::fromJsonObject(r.result)},
                           {QStringLiteral("workers"), workers},
                           {QStringLiteral("producers"), r.producers},
                           {QStringLiteral("scenes"), scenes},
                           {QStringLiteral("series"), series},
                           {QStringLiteral("events"), events},
                           {QStringLiteral("sampling"), sampling}};
    if (r.question) {
        QCborArray choices;
        for (const QString &c : r.question->question.choices)
            choices.append(c);
        payload.insert(QStringLiteral("question"), QCborMap{{QStringLiteral("text"), r.question->question.text},
                                                            {QStringLiteral("choices"), choices},
                                                            {QStringLiteral("guess"), r.question->guess},
                                                            {QStringLiteral("answer"), r.question->answer}});
    }
    const QByteArray compressed = qCompress(QCborValue(payload).toCbor());
    QByteArray file = recordingformat::kMagic;
    char number[8];
    qToBigEndian<quint32>(quint32(kRecordingVersion), number);
    file.append(number, 4);
    qToBigEndian<quint64>(quint64(compressed.size()), number);
    file.append(number, 8);
    file.append(compressed);
    return file;
}

bool RecordingWriter::open(const QString &fileName, QString *error)
{
    m_file.setFileName(fileName);
    if (fileName.isEmpty() || !m_file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(fileName, fileName.isEmpty() ? QStringLiteral("no file name")
                                                                             : m_file.errorString());
        return false;
    }
    return true;
}

bool RecordingWriter::write(const Recording &recording, QString *error)
{
    const QByteArray bytes = encode(recording);
    if (m_file.write(bytes) != bytes.size() || !m_file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        m_file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace ipcscope
