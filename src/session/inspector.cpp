#include "inspector.h"

#include "procinfo.h"

#include "engine/objects.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStorageInfo>

namespace ipcscope {

namespace {

// /proc/sysvipc/{shm,msg,sem}: a header line naming the columns, one object a line.
void readSysv(const QString &kind, const QStringList &fields, QVector<SysvObject> &out)
{
    QFile f(QStringLiteral("/proc/sysvipc/") + kind);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> lines = f.readAll().split('\n');
    if (lines.isEmpty())
        return;
    const QList<QByteArray> header = lines.first().simplified().split(' ');
    const auto column = [&](const char *name) { return int(header.indexOf(name)); };
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].simplified().split(' ');
        if (cells.size() < header.size())
            continue;
        SysvObject o;
        o.kind = kind;
        o.key = cells[column("key")].toLongLong();
        o.id = cells[column(kind == QLatin1String("shm")   ? "shmid"
                            : kind == QLatin1String("msg") ? "msqid"
                                                           : "semid")]
                   .toLongLong();
        o.perms = QString::fromLatin1(cells[column("perms")]);
        for (const QString &name : fields) {
            const QByteArray column = name.section(QLatin1Char('='), 1).toLatin1();
            const int at = int(header.indexOf(column));
            if (at >= 0)
                o.fields.append({name.section(QLatin1Char('='), 0, 0), cells[at].toLongLong()});
        }
        o.ours = (key_t(o.key) & kSysvKeyMask) == kSysvKeyPrefix;
        out.append(o);
    }
}

void readPosix(const QString &dir, QVector<PosixObject> &out)
{
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::System)) {
        PosixObject o;
        o.path = info.absoluteFilePath();
        o.bytes = info.size();
        o.ours = info.fileName().contains(QLatin1String("ipcscope-"));
        out.append(o);
    }
}

} // namespace

bool mqueueListed()
{
    return QStorageInfo(QStringLiteral("/dev/mqueue")).fileSystemType() == "mqueue";
}

KernelInspection inspectKernel(const QList<QPair<QString, qint64>> &processes)
{
    KernelInspection k;
    readSysv(QStringLiteral("shm"),
             {QStringLiteral("bytes=size"), QStringLiteral("nattch=nattch"), QStringLiteral("cpid=cpid"),
              QStringLiteral("lpid=lpid"), QStringLiteral("uid=uid")},
             k.sysv);
    readSysv(QStringLiteral("msg"),
             {QStringLiteral("messages=qnum"), QStringLiteral("bytes=cbytes"), QStringLiteral("lspid=lspid"),
              QStringLiteral("lrpid=lrpid"), QStringLiteral("uid=uid")},
             k.sysv);
    readSysv(QStringLiteral("sem"), {QStringLiteral("nsems=nsems"), QStringLiteral("uid=uid")}, k.sysv);
    readPosix(QStringLiteral("/dev/shm"), k.posix);
    k.mqueueListed = mqueueListed();
    if (k.mqueueListed)
        readPosix(QStringLiteral("/dev/mqueue"), k.posix);
    for (const auto &[name, pid] : processes)
        k.processes.append({name, pid, ipcMappings(pid), openDescriptors(pid)});
    return k;
}

QJsonObject KernelInspection::toJson() const
{
    QJsonArray sysvArray;
    for (const SysvObject &o : sysv) {
        QJsonObject j{{QStringLiteral("kind"), o.kind},
                      {QStringLiteral("key"), QString::fromStdString(formatKey(key_t(o.key)))},
                      {QStringLiteral("id"), o.id},
                      {QStringLiteral("perms"), o.perms},
                      {QStringLiteral("ours"), o.ours}};
        for (const auto &[field, value] : o.fields)
            j.insert(field, value);
        sysvArray.append(j);
    }
    QJsonArray posixArray;
    for (const PosixObject &o : posix)
        posixArray.append(QJsonObject{
            {QStringLiteral("path"), o.path}, {QStringLiteral("bytes"), o.bytes}, {QStringLiteral("ours"), o.ours}});
    QJsonArray processArray;
    for (const ProcessView &p : processes)
        processArray.append(QJsonObject{{QStringLiteral("name"), p.name},
                                        {QStringLiteral("pid"), p.pid},
                                        {QStringLiteral("mappings"), QJsonArray::fromStringList(p.mappings)},
                                        {QStringLiteral("fds"), QJsonArray::fromStringList(p.descriptors)}});
    return {{QStringLiteral("sysv"), sysvArray},
            {QStringLiteral("posix"), posixArray},
            {QStringLiteral("mqueueListed"), mqueueListed},
            {QStringLiteral("processes"), processArray}};
}

} // namespace ipcscope
