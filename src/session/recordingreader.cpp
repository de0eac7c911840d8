#include "recordingreader.h"

#include "recordingformat.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <limits>

namespace ipcscope {

namespace {

using namespace recordingformat;

// qUncompress says what it thinks of damaged data with qWarning; the reader
// says it in its own one line instead.
class QuietWarnings {
public:
    QuietWarnings() : m_previous(qInstallMessageHandler(&QuietWarnings::drop)) {}
    ~QuietWarnings() { qInstallMessageHandler(m_previous); }

private:
    static void drop(QtMsgType, const QMessageLogContext &, const QString &) {}
    QtMessageHandler m_previous;
};

std::optional<double> optional(const QCborValue &v, bool &ok)
{
    if (v.isNull())
        return std::nullopt;
    ok = ok && (v.isDouble() || v.isInteger());
    return v.toDouble();
}

double real(const QCborValue &v, bool &ok)
{
    ok = ok && (v.isDouble() || v.isInteger());
    return v.toDouble();
}

qint64 integer(const QCborValue &v, qint64 low, qint64 high, bool &ok)
{
    ok = ok && v.isInteger() && v.toInteger() >= low && v.toInteger() <= high;
    return ok ? v.toInteger() : low;
}

bool readWindow(const QCborValue &value, int workers, RecordedWindow &w)
{
    const QCborArray a = value.toArray();
    bool ok = value.isArray() && a.size() == 12 && a.at(2).isBool() && a.at(11).isArray();
    if (!ok)
        return false;
    w.startS = real(a.at(0), ok);
    w.endS = real(a.at(1), ok);
    w.held = a.at(2).toBool();
    w.msgsPerS = real(a.at(3), ok);
    w.mbPerS = real(a.at(4), ok);
    w.latencyP50Us = optional(a.at(5), ok);
    w.latencyP99Us = optional(a.at(6), ok);
    w.averagedMsgsPerS = real(a.at(7), ok);
    w.averagedMbPerS = real(a.at(8), ok);
    w.averagedP50Us = optional(a.at(9), ok);
    w.averagedP99Us = optional(a.at(10), ok);
    const QCborArray perWorker = a.at(11).toArray();
    ok = ok && perWorker.size() == workers;
    for (const QCborValue &v : perWorker) {
        const QCborArray pair = v.toArray();
        ok = ok && v.isArray() && pair.size() == 2;
        if (!ok)
            return false;
        w.workerMsgsPerS.append(real(pair.at(0), ok));
        w.workerMbPerS.append(real(pair.at(1), ok));
    }
    return ok;
}

bool readEvent(const QCborValue &value, int workers, RecordedEvent &e)
{
    const QCborArray a = value.toArray();
    bool ok = value.isArray() && a.size() == 10 && a.at(9).isByteArray();
    if (!ok)
        return false;
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    e.slot = int(integer(a.at(0), 0, workers - 1, ok));
    e.index = quint64(integer(a.at(1), 0, kMax, ok));
    e.tNs = integer(a.at(2), std::numeric_limits<qint64>::min(), kMax, ok);
    e.seq = quint64(integer(a.at(3), 0, kMax, ok));
    e.kind = EventKind(integer(a.at(4), 0, int(EventKind::EndOfStream), ok));
    e.op = Op(integer(a.at(5), 0, int(kLastOp), ok));
    e.producer = int(integer(a.at(6), 0, 0xffff, ok));
    e.place = int(integer(a.at(7), 0, 0xffff, ok));
    e.size = quint32(integer(a.at(8), 0, std::numeric_limits<quint32>::max(), ok));
    const QByteArray head = a.at(9).toByteArray();
    e.head = head;
    return ok && head.size() <= qsizetype(sizeof(EventRecord::head));
}

// A lesson's question: its text, two to four choices, and the guess and the
// answer each a choice or -1.
bool readQuestion(const QCborValue &value, RecordedQuestion &q)
{
    const QCborMap m = value.toMap();
    const QCborValue text = m.value(QLatin1String("text"));
    const QCborValue choices = m.value(QLatin1String("choices"));
    bool ok = value.isMap() && text.isString() && choices.isArray() && choices.toArray().size() >= 2 &&
              choices.toArray().size() <= 4;
    if (!ok)
        return false;
    q.question.text = text.toString();
    for (const QCborValue &c : choices.toArray()) {
        ok = ok && c.isString();
        q.question.choices.append(c.toString());
    }
    const qint64 last = q.question.choices.size() - 1;
    q.guess = int(integer(m.value(QLatin1String("guess")), -1, last, ok));
    q.answer = int(integer(m.value(QLatin1String("answer")), -1, last, ok));
    return ok;
}

} // namespace

std::optional<Recording> RecordingReader::read(const QString &fileName, QString *error)
{
    // A FIFO would hold the open until someone writes into it; a device
    // could give bytes forever.
    const QFileInfo info(fileName);
    if (info.exists() && !info.isFile()) {
        if (error)
            *error = QStringLiteral("%1: not a regular file").arg(fileName);
        return std::nullopt;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(fileName, file.errorString());
        return std::nullopt;
    }
    // Read no more than the header promises (and one byte to see a tail).
    const QByteArray header = file.read(kHeaderSize);
    QByteArray bytes = header;
    if (header.size() == kHeaderSize && header.startsWith(kMagic)) {
        const quint64 length = qFromBigEndian<quint64>(header.constData() + 12);
        if (length <= kMaxPayload)
            bytes += file.read(qint64(length) + 1);
    }
    return decode(bytes, fileName, error);
}

std::optional<Recording> RecordingReader::decode(const QByteArray &bytes, const QString &name, QString *error)
{
    const auto refuse = [&](const QString &why) -> std::optional<Recording> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(name, why);
        return std::nullopt;
    };
    if (!bytes.isEmpty() && bytes.size() < kMagic.size() && kMagic.startsWith(bytes))
        return refuse(QStringLiteral("truncated: %1 bytes, not even its header").arg(bytes.size()));
    if (!bytes.startsWith(kMagic))
        return refuse(QStringLiteral("not an ipcscope recording"));
    if (bytes.size() < kHeaderSize)
        return refuse(QStringLiteral("truncated: %1 bytes, not even its header").arg(bytes.size()));
    const quint32 version = qFromBigEndian<quint32>(bytes.constData() + 8);
    if (version == 0)
        return refuse(QStringLiteral("not an ipcscope recording (format version 0)"));
    if (version > quint32(kRecordingVersion))
        return refuse(QStringLiteral("recorded in format %1 by a newer ipcscope; this one reads up to format %2")
                          .arg(version)
                          .arg(kRecordingVersion));
    const quint64 length = qFromBigEndian<quint64>(bytes.constData() + 12);
    if (length > kMaxPayload)
        return refuse(QStringLiteral("damaged: its header gives a payload of %1 bytes").arg(length));
    const quint64 have = quint64(bytes.size() - kHeaderSize);
    if (have < length)
        return refuse(QStringLiteral("truncated: %1 of its %2 bytes").arg(have + kHeaderSize).arg(length + kHeaderSize));
    if (have > length)
        return refuse(QStringLiteral("damaged: bytes after its end"));
    const QByteArray compressed = bytes.sliced(kHeaderSize);
    if (compressed.size() < 4 || qFromBigEndian<quint32>(compressed.constData()) > kMaxUncompressed)
        return refuse(QStringLiteral("damaged: the payload is not compressed data"));
    QByteArray cbor;
    {
        QuietWarnings quiet;
        cbor = qUncompress(compressed);
    }
    if (cbor.isEmpty())
        return refuse(QStringLiteral("damaged: the payload does not decompress"));
    QCborParserError parseError;
    const QCborValue root = QCborValue::fromCbor(cbor, &parseError);
    if (parseError.error != QCborError::NoError || !root.isMap())
        return refuse(QStringLiteral("damaged: the payload is not a recording"));
    const QCborMap m = root.toMap();
    const auto field = [&m](const char *key) { return m.value(QLatin1String(key)); };

    Recording r;
    r.version = int(version);
    bool ok = field("scenario").isMap() && field("machine").isMap() && field("result").isMap() &&
              field("recorded_at").isString() && field("workers").isArray() && field("scenes").isArray() &&
              field("series").isArray() && field("events").isArray();
    if (!ok)
        return refuse(QStringLiteral("damaged: a part of the recording is missing"));
    r.scenario = field("scenario").toMap().toJsonObject();
    r.machine = field("machine").toMap().toJsonObject();
    r.result = field("result").toMap().toJsonObject();
    r.recordedAt = field("recorded_at").toString();
    for (const QCborValue &v : field("workers").toArray()) {
        ok = ok && v.isString();
        r.workers.append(v.toString());
    }
    const int workers = int(r.workers.size());
    ok = ok && workers <= kMaxWorkers;
    r.producers = int(integer(field("producers"), 0, workers, ok));
    if (!ok)
        return refuse(QStringLiteral("damaged: its workers"));
    double lastS = -std::numeric_limits<double>::infinity();
    for (const QCborValue &v : field("scenes").toArray()) {
        const QCborArray a = v.toArray();
        if (!v.isArray() || a.size() != 2 || !a.at(1).isByteArray())
            return refuse(QStringLiteral("damaged: a scene sample"));
        const double tS = real(a.at(0), ok);
        if (!ok || !(tS >= lastS))
            return refuse(QStringLiteral("damaged: the scene samples are out of order"));
        lastS = tS;
        r.scenes.append({tS, a.at(1).toByteArray()});
    }
    for (const QCborValue &v : field("series").toArray()) {
        RecordedWindow w;
        if (!readWindow(v, workers, w))
            return refuse(QStringLiteral("damaged: a window of the series"));
        r.series.append(w);
    }
    for (const QCborValue &v : field("events").toArray()) {
        RecordedEvent e;
        if (!readEvent(v, workers, e))
            return refuse(QStringLiteral("damaged: an event"));
        r.events.append(e);
    }
    // Format 1 sampled events by time and said nothing of it.
    if (version >= 2) {
        lastS = -std::numeric_limits<double>::infinity();
        const QCborValue sampling = field("sampling");
        if (!sampling.isArray())
            return refuse(QStringLiteral("damaged: a part of the recording is missing"));
        for (const QCborValue &v : sampling.toArray()) {
            const QCborArray a = v.toArray();
            RecordedSampling s;
            ok = v.isArray() && a.size() == 2;
            s.tS = real(a.at(0), ok);
            s.every = quint32(integer(a.at(1), 1, qint64(1) << 30, ok));
            if (!ok || !(s.tS >= lastS))
                return refuse(QStringLiteral("damaged: its sampling"));
            lastS = s.tS;
            r.sampling.append(s);
        }
    }
    // Format 4 keeps the question a lesson put first, when it put one.
    if (version >= 4 && m.contains(QLatin1String("question"))) {
        RecordedQuestion q;
        if (!r.isLesson() || !readQuestion(field("question"), q))
            return refuse(QStringLiteral("damaged: its lesson's question"));
        r.question = q;
    }
    return r;
}

} // namespace ipcscope
