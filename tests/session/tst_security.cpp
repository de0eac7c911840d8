// Nobody else on the machine can abuse a run: names cannot be guessed or taken
// first, objects someone else made are neither used nor removed, shared
// headers are checked before they are trusted, strangers on the run's sockets
// are refused and counted, and what a dead run left behind is swept. Each test
// stages the attack the audit found and shows that it now fails.
#include "clihelpers.h"
#include "runhelpers.h"

#include "engine/mechanisms/shmring.h"
#include "engine/message.h"
#include "engine/names.h"
#include "engine/objects.h"
#include "engine/sweep.h"
#include "engine/telemetry.h"
#include "support/testreaper.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <semaphore.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

QString workerPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/ipcscope-worker");
}

struct WorkerRun {
    int exitCode = -1; // 128 + signal for a signal
    QString out;
    QString err;
};

WorkerRun runWorker(const QStringList &args, const QStringList &environment = {})
{
    QProcess p;
    if (!environment.isEmpty())
        p.setEnvironment(QProcess::systemEnvironment() + environment);
    p.start(workerPath(), args);
    p.waitForFinished(20000);
    WorkerRun r;
    r.exitCode = p.exitStatus() == QProcess::CrashExit ? 128 + p.exitCode() : p.exitCode();
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

// A file in /dev/shm with these bytes, as someone crafting a trap would leave
// it; `reaper` removes it if the test dies before it does.
void writeShm(test::TestReaper &reaper, const std::string &name, const void *data, size_t size, mode_t mode = 0600)
{
    const int fd = shm_open(name.c_str(), O_CREAT | O_EXCL | O_RDWR, mode);
    QVERIFY2(fd >= 0, strerror(errno));
    QCOMPARE(ftruncate(fd, off_t(size)), 0);
    QCOMPARE(write(fd, data, size), ssize_t(size));
    fchmod(fd, mode);
    close(fd);
    reaper.track({ObjectKind::PosixShm, name});
}

std::string testName(const char *what)
{
    return "/ipcscope-test-" + randomHex() + "-" + what;
}

int connectTcp(uint16_t port)
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    return ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 ? fd : (close(fd), -1);
}

// Runs `body` in a child process as user nobody (root only).
bool asNobody(const std::function<void()> &body)
{
    const pid_t child = fork();
    if (child == 0) {
        if (setresgid(65534, 65534, 65534) != 0 || setresuid(65534, 65534, 65534) != 0)
            _exit(3);
        body();
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

class TestSecurity : public QObject {
    Q_OBJECT
private slots:
    void namesCarryTheirOriginAndRandomBits();
    void anExistingDirectoryIsNotTaken();
    void aSymbolicLinkAtTheFifoIsNotFollowed();
    void aDirectoryOpenToOthersIsRefused();
    void aCraftedRingHeaderIsRefused_data();
    void aCraftedRingHeaderIsRefused();
    void aCraftedTelemetryBlockIsRefused_data();
    void aCraftedTelemetryBlockIsRefused();
    void anotherUsersObjectsAreNeitherUsedNorRemoved();
    void tcpStrangersAreRefused();
    void tcpNeedsItsToken();
    void unixStreamStrangersAreRefused();
    void udpDatagramsFromOutsideAreForeign();
    void leftoversOfADeadProcessAreSwept();
    void aKilledCliAndReaperAreSweptByTheNextRun();
};

void TestSecurity::namesCarryTheirOriginAndRandomBits()
{
    const std::string a = uniquePosixName("ring");
    const std::string b = uniquePosixName("ring");
    QVERIFY(a != b);
    const QRegularExpression shape(QStringLiteral("^/ipcscope-%1-%2-[0-9a-f]{16}-ring$")
                                       .arg(QCoreApplication::applicationPid())
                                       .arg(pidNamespace()));
    QVERIFY2(shape.match(QString::fromStdString(a)).hasMatch(), a.c_str());
    NameOrigin origin;
    QVERIFY(parseOurName(a.substr(1), origin));
    QCOMPARE(qint64(origin.pid), QCoreApplication::applicationPid());
    QCOMPARE(origin.pidNamespace, pidNamespace());
    QVERIFY(!parseOurName("ipcscope-hand-0123456789abcdef", origin));
    QVERIFY(!parseOurName("something-12-34-x", origin));
    // Keys: our prefix, 16 random bits (created with IPC_EXCL and retried).
    QVERIFY(isOurKey(randomSysvKey()));
}

void TestSecurity::anExistingDirectoryIsNotTaken()
{
    // Someone made the directory a hand-run command names before the consumer
    // ran: the consumer refuses to use it, and leaves it alone.
    const QString dir = QDir::tempPath() + QStringLiteral("/ipcscope-hand-") + QString::fromStdString(randomHex());
    QVERIFY(QDir().mkdir(dir));
    const WorkerRun r = runWorker({QStringLiteral("consumer"), QStringLiteral("--mechanism"), QStringLiteral("fifo"),
                                   QStringLiteral("--create"), QStringLiteral("--object"), QStringLiteral("dir=") + dir});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("exists already")), qPrintable(r.err));
    QVERIFY(QFileInfo(dir).isDir());
    QVERIFY(QDir().rmdir(dir));
}

void TestSecurity::aSymbolicLinkAtTheFifoIsNotFollowed()
{
    // The audit: a symbolic link at the FIFO's path made a producer overwrite
    // a file it pointed to.
    const std::string dir = makePrivateDirectory();
    const QString victim = QString::fromStdString(dir) + QStringLiteral("/victim");
    {
        QFile f(victim);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
    }
    QCOMPARE(symlink(victim.toLocal8Bit().constData(), (dir + "/fifo").c_str()), 0);
    const WorkerRun r =
        runWorker({QStringLiteral("producer"), QStringLiteral("--mechanism"), QStringLiteral("fifo"),
                   QStringLiteral("--count"), QStringLiteral("5"), QStringLiteral("--object"),
                   QStringLiteral("dir=") + QString::fromStdString(dir)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("symbolic link")) || r.err.contains(QLatin1String("Too many levels")),
             qPrintable(r.err));
    QFile f(victim);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
    unlink((dir + "/fifo").c_str());
    unlink((dir + "/victim").c_str());
    QCOMPARE(rmdir(dir.c_str()), 0);
}

void TestSecurity::aDirectoryOpenToOthersIsRefused()
{
    // A socket directory someone else could write into is not ours.
    const std::string dir = makePrivateDirectory();
    QCOMPARE(chmod(dir.c_str(), 0755), 0);
    const WorkerRun r =
        runWorker({QStringLiteral("producer"), QStringLiteral("--mechanism"), QStringLiteral("unix-stream"),
                   QStringLiteral("--count"), QStringLiteral("5"), QStringLiteral("--object"),
                   QStringLiteral("dir=") + QString::fromStdString(dir)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("not this run's")), qPrintable(r.err));
    QCOMPARE(rmdir(dir.c_str()), 0);
}

void TestSecurity::aCraftedRingHeaderIsRefused_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<quint32>("slotCount");
    QTest::addColumn<quint32>("slotSize");
    QTest::addColumn<quint32>("messageSize");
    QTest::addColumn<int>("fileSize");
    // Before: slots 0 was a division by zero (SIGFPE); a slot size larger
    // than the mapping wrote out of bounds.
    for (const char *m : {"shm-nosync", "shm-mutex", "posix-shm"}) {
        QTest::addRow("%s no slots", m) << QString::fromLatin1(m) << 0u << 64u << 64u << 4096;
        QTest::addRow("%s huge slots", m) << QString::fromLatin1(m) << 8u << (1u << 30) << 64u << 4096;
        QTest::addRow("%s other size", m) << QString::fromLatin1(m) << 8u << 128u << 100u << 4096;
        QTest::addRow("%s short file", m) << QString::fromLatin1(m) << 8u << 64u << 64u << int(sizeof(RingHeader));
    }
}

void TestSecurity::aCraftedRingHeaderIsRefused()
{
    QFETCH(QString, mechanism);
    QFETCH(quint32, slotCount);
    QFETCH(quint32, slotSize);
    QFETCH(quint32, messageSize);
    QFETCH(int, fileSize);
    const std::string name = testName("ring");
    std::vector<uint8_t> bytes(size_t(fileSize), 0);
    RingHeader header{};
    header.magic = kRingMagic;
    header.slotCount = slotCount;
    header.slotSize = slotSize;
    header.messageSize = messageSize;
    std::memcpy(bytes.data(), &header, sizeof header);
    test::TestReaper reaper;
    writeShm(reaper, name, bytes.data(), bytes.size());
    const WorkerRun r = runWorker({QStringLiteral("producer"), QStringLiteral("--mechanism"), mechanism,
                                   QStringLiteral("--count"), QStringLiteral("100"), QStringLiteral("--object"),
                                   QStringLiteral("shm=%1,sem=%1-sem").arg(QString::fromStdString(name))});
    reaper.remove({ObjectKind::PosixShm, name});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("ring")), qPrintable(r.err));
}

void TestSecurity::aCraftedTelemetryBlockIsRefused_data()
{
    QTest::addColumn<quint32>("producers");
    QTest::addColumn<quint32>("consumers");
    QTest::addColumn<quint32>("seenBitsLog2");
    QTest::addColumn<bool>("rightSize");
    QTest::newRow("200 producers") << 200u << 1u << 12u << false;
    QTest::newRow("bitmap past the end") << 1u << 1u << 30u << false;
    QTest::newRow("another shape") << 2u << 1u << 12u << true;
}

void TestSecurity::aCraftedTelemetryBlockIsRefused()
{
    QFETCH(quint32, producers);
    QFETCH(quint32, consumers);
    QFETCH(quint32, seenBitsLog2);
    QFETCH(bool, rightSize);
    // A block whose header claims more than its mapping holds, or is the
    // block of another run: the worker refuses before it writes a slot.
    const std::string name = testName("telemetry");
    const size_t size = 64 * 1024;
    std::vector<uint8_t> bytes(size, 0);
    ControlBlock control{};
    control.magic = kTelemetryMagic;
    control.version = kTelemetryVersion;
    control.producers = producers;
    control.consumers = consumers;
    control.seenBitsLog2 = seenBitsLog2;
    control.blockSize = rightSize ? size : size * 1000;
    std::memcpy(bytes.data(), &control, sizeof control);
    test::TestReaper reaper;
    writeShm(reaper, name, bytes.data(), bytes.size());
    const WorkerRun r = runWorker({QStringLiteral("producer"), QStringLiteral("--mechanism"), QStringLiteral("pipe"),
                                   QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--telemetry"),
                                   QString::fromStdString(name)});
    reaper.remove({ObjectKind::PosixShm, name});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("telemetry")), qPrintable(r.err));
}

void TestSecurity::anotherUsersObjectsAreNeitherUsedNorRemoved()
{
    if (geteuid() != 0)
        QSKIP("needs root to act as another user");
    // Another user makes, first, the objects a hand-run command names, open
    // to everyone: root's workers must neither use nor remove them.
    const key_t shmKey = randomSysvKey();
    const key_t semKey = randomSysvKey();
    const std::string posix = "/ipcscope-hand-" + randomHex();
    // Staged as another user, so a reaper of this test's would not remove
    // them (not its user's); the test does, after a failed check too, but
    // only what the staging child says it made (a key already taken is
    // someone else's).
    int said[2];
    QCOMPARE(pipe(said), 0);
    struct Staged {
        int shmid = -1, semid = -1, file = 0;
    } staged;
    const auto cleanup = qScopeGuard([&] {
        if (staged.shmid >= 0)
            shmctl(staged.shmid, IPC_RMID, nullptr);
        if (staged.semid >= 0)
            semctl(staged.semid, 0, IPC_RMID);
        if (staged.file)
            shm_unlink(posix.c_str());
    });
    const bool ready = asNobody([&] {
        close(said[0]);
        const int shmid = shmget(shmKey, 4096, IPC_CREAT | IPC_EXCL | 0666);
        const int semid = semget(semKey, 4, IPC_CREAT | IPC_EXCL | 0666);
        const int fd = shm_open(posix.c_str(), O_CREAT | O_EXCL | O_RDWR, 0666);
        const Staged made{shmid, semid, fd >= 0};
        if (write(said[1], &made, sizeof made) != sizeof made || shmid < 0 || semid < 0 || fd < 0 ||
            ftruncate(fd, 1 << 16) != 0)
            _exit(1);
        // A well-formed ring: only its owner tells it apart.
        void *base = mmap(nullptr, 1 << 16, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        initRing(base, 8, 64);
        fchmod(fd, 0666);
    });
    close(said[1]);
    if (read(said[0], &staged, sizeof staged) != sizeof staged)
        staged = {};
    close(said[0]);
    QVERIFY(ready);
    const int shmid = shmget(shmKey, 0, 0);
    QVERIFY(shmid >= 0);
    const QString keys = QStringLiteral("shm-key=%1,sem-key=%2")
                             .arg(QString::fromStdString(formatKey(shmKey)), QString::fromStdString(formatKey(semKey)));
    const WorkerRun sysv = runWorker({QStringLiteral("producer"), QStringLiteral("--mechanism"),
                                      QStringLiteral("sysv-shm"), QStringLiteral("--count"), QStringLiteral("5"),
                                      QStringLiteral("--object"), keys});
    QCOMPARE(sysv.exitCode, 1);
    QVERIFY2(sysv.err.contains(QLatin1String("not this run's")), qPrintable(sysv.err));
    const WorkerRun shm = runWorker({QStringLiteral("producer"), QStringLiteral("--mechanism"),
                                     QStringLiteral("shm-nosync"), QStringLiteral("--count"), QStringLiteral("5"),
                                     QStringLiteral("--object"), QStringLiteral("shm=") + QString::fromStdString(posix)});
    QCOMPARE(shm.exitCode, 1);
    QVERIFY2(shm.err.contains(QLatin1String("not this run's")), qPrintable(shm.err));
    // Removal, as the reaper and the sweep do it, spares them too: by id with
    // our key, and by key with a creator of ours.
    QVERIFY(!removeObject({ObjectKind::SysvShm, std::to_string(shmid), shmKey}));
    QVERIFY(!removeObject({ObjectKind::SysvShmKey, formatKey(shmKey), 0, getpid()}));
    QVERIFY(shmget(shmKey, 0, 0) == shmid);
}

void TestSecurity::tcpStrangersAreRefused()
{
    // Started by hand, the consumer binds a free port and prints it; a
    // stranger connects before the producer does. Without the token it is
    // refused and counted, and the run is whole.
    const QString token = QString::fromStdString(randomHex() + randomHex());
    QProcess consumer;
    consumer.setEnvironment(QProcess::systemEnvironment() << QStringLiteral("IPCSCOPE_TOKEN=") + token);
    consumer.start(workerPath(), {QStringLiteral("consumer"), QStringLiteral("--mechanism"), QStringLiteral("tcp"),
                                  QStringLiteral("--create")});
    QVERIFY(consumer.waitForStarted());
    QString printed;
    QRegularExpressionMatch port;
    QVERIFY(waitUntil([&] {
        consumer.waitForReadyRead(20);
        printed += QString::fromLocal8Bit(consumer.readAllStandardError());
        port = QRegularExpression(QStringLiteral("created ports=(\\d+)")).match(printed);
        return port.hasMatch();
    }));
    const int silent = connectTcp(port.captured(1).toUShort());
    QVERIFY(silent >= 0);
    ::shutdown(silent, SHUT_WR); // says nothing and leaves
    const int liar = connectTcp(port.captured(1).toUShort());
    QVERIFY(liar >= 0);
    QCOMPARE(write(liar, "0123456789abcdef0123456789abcdef", 32), ssize_t(32));
    const WorkerRun producer = runWorker(
        {QStringLiteral("producer"), QStringLiteral("--mechanism"), QStringLiteral("tcp"), QStringLiteral("--count"),
         QStringLiteral("200"), QStringLiteral("--object"), QStringLiteral("ports=") + port.captured(1)},
        {QStringLiteral("IPCSCOPE_TOKEN=") + token});
    QCOMPARE(producer.exitCode, 0);
    QVERIFY(consumer.waitForFinished(10000));
    close(silent);
    close(liar);
    const QString out = QString::fromLocal8Bit(consumer.readAllStandardOutput());
    QCOMPARE(consumer.exitCode(), 0);
    QVERIFY2(out.contains(QLatin1String("messages=200 ")) && out.contains(QLatin1String("corrupted=0")) &&
                 out.contains(QLatin1String("strangers=2")),
             qPrintable(out));
}

void TestSecurity::tcpNeedsItsToken()
{
    const WorkerRun r = runWorker({QStringLiteral("consumer"), QStringLiteral("--mechanism"), QStringLiteral("tcp"),
                                   QStringLiteral("--create")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("IPCSCOPE_TOKEN")), qPrintable(r.err));
}

void TestSecurity::unixStreamStrangersAreRefused()
{
    // A process of the same user connects to the consumer's socket: it is not
    // one of the run's processes (SO_PEERCRED), so it is refused and counted.
    Scenario s;
    s.mechanism = QStringLiteral("unix-stream");
    s.producers = 2;
    s.count = 300;
    Run run(s);
    QSignalSpy finished(&run, &Run::finished);
    QVERIFY(run.start());
    const std::string path = param(run.objectParams(), "dir") + "/c1.sock";
    const int stranger = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::strcpy(addr.sun_path, path.c_str());
    const bool connected = ::connect(stranger, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    QVERIFY(finished.wait(30000));
    close(stranger);
    const RunResult &r = run.result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.messages, quint64(600));
    QCOMPARE(r.corrupted, quint64(0));
    // The connection queued before the listener closed: refused either way.
    if (connected)
        QCOMPARE(r.strangers, quint64(1));
    QCOMPARE(leftoverReport(), QString());
}

void TestSecurity::udpDatagramsFromOutsideAreForeign()
{
    // Junk, and a datagram forged to pass every check of the message format,
    // sent to a UDP run's port from outside: counted as foreign, never as the
    // run's messages, duplicates or corruption.
    Scenario s;
    s.mechanism = QStringLiteral("udp");
    s.count = 400;
    s.rate = 1000;
    Run run(s);
    QSignalSpy started(&run, &Run::started);
    QSignalSpy finished(&run, &Run::finished);
    QVERIFY(run.start());
    QVERIFY(started.wait(10000));
    const uint16_t port = uint16_t(std::stoul(param(run.objectParams(), "port")));
    const int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(send(fd, "junk", 4, 0), ssize_t(4));
    MessageBuilder forger(0, 64, {});
    for (uint64_t seq = 0; seq < 50; ++seq) {
        const uint8_t *message = forger.stamp(seq + 1000, 0);
        QCOMPARE(send(fd, message, forger.size(), 0), ssize_t(forger.size()));
    }
    close(fd);
    QVERIFY(finished.wait(30000));
    const RunResult &r = run.result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.foreign > 0);
    QCOMPARE(r.corrupted, quint64(0));
    QCOMPARE(r.duplicated, quint64(0));
    QCOMPARE(r.messages + r.lost, r.sent);
    QCOMPARE(leftoverReport(), QString());
}

void TestSecurity::leftoversOfADeadProcessAreSwept()
{
    // A process makes objects under its own names, journals a System V
    // segment, and dies without a word (as under SIGKILL with its reaper).
    std::string shm, semFile, dir;
    key_t key = 0;
    int shmid = -1;
    int fds[2];
    QCOMPARE(pipe(fds), 0);
    const pid_t child = fork();
    if (child == 0) {
        close(fds[0]);
        const std::string names[] = {uniquePosixName("telemetry"), uniquePosixName("sem-empty"),
                                     makePrivateDirectory()};
        close(shm_open(names[0].c_str(), O_CREAT | O_EXCL | O_RDWR, 0600));
        sem_close(sem_open(names[1].c_str(), O_CREAT | O_EXCL, 0600, 0));
        mkfifo((names[2] + "/fifo").c_str(), 0600);
        key_t k = 0;
        const int id = createWithFreshKey({}, k, [](key_t c) { return shmget(c, 4096, IPC_CREAT | IPC_EXCL | 0600); },
                                          "shmget");
        Journal journal;
        journal.create();
        journal.append("+" + describe({ObjectKind::SysvShm, std::to_string(id), k}));
        const std::string report = names[0] + "\n" + names[1] + "\n" + names[2] + "\n" + std::to_string(k) + "\n" +
                                   std::to_string(id) + "\n";
        if (write(fds[1], report.data(), report.size()) < 0)
            _exit(1);
        _exit(0); // no destructor runs: the journal stays
    }
    close(fds[1]);
    QFile reader;
    QVERIFY(reader.open(fds[0], QIODevice::ReadOnly, QFileDevice::AutoCloseHandle));
    const QStringList lines = QString::fromLocal8Bit(reader.readAll()).split(QLatin1Char('\n'));
    waitpid(child, nullptr, 0);
    QVERIFY(lines.size() >= 5);
    shm = lines[0].toStdString();
    semFile = "/dev/shm/sem." + lines[1].mid(1).toStdString();
    dir = lines[2].toStdString();
    key = key_t(lines[3].toLongLong());
    shmid = lines[4].toInt();
    QVERIFY(QFile::exists(QStringLiteral("/dev/shm") + lines[0]));
    QVERIFY(QFile::exists(QString::fromStdString(semFile)));
    QVERIFY(shmget(key, 0, 0) == shmid);
    // Something of ours that lives, and a name from another PID namespace
    // (another container sharing /dev/shm), stay.
    test::TestReaper reaper;
    const std::string mine = uniquePosixName("alive");
    writeShm(reaper, mine, "x", 1);
    const std::string otherNamespace =
        "/ipcscope-" + std::to_string(child) + "-" + std::to_string(pidNamespace() + 1) + "-" + randomHex() + "-x";
    writeShm(reaper, otherNamespace, "x", 1);

    const std::vector<std::string> swept = sweepLeftovers();
    const QString said = QString::fromStdString([&] {
        std::string all;
        for (const std::string &s : swept)
            all += s + "; ";
        return all;
    }());
    QVERIFY2(said.contains(QString::fromStdString(shm)), qPrintable(said));
    QVERIFY2(said.contains(QString::fromStdString(formatKey(key))), qPrintable(said));
    QVERIFY2(said.contains(QString::fromStdString(dir)), qPrintable(said));
    QVERIFY(!QFile::exists(QStringLiteral("/dev/shm") + lines[0]));
    QVERIFY(!QFile::exists(QString::fromStdString(semFile)));
    QVERIFY(!QFileInfo::exists(QString::fromStdString(dir)));
    QVERIFY(shmget(key, 0, 0) < 0);
    QVERIFY(QFile::exists(QStringLiteral("/dev/shm") + QString::fromStdString(mine)));
    QVERIFY(QFile::exists(QStringLiteral("/dev/shm") + QString::fromStdString(otherNamespace)));
    reaper.remove({ObjectKind::PosixShm, mine});
    reaper.remove({ObjectKind::PosixShm, otherNamespace});
}

void TestSecurity::aKilledCliAndReaperAreSweptByTheNextRun()
{
    // The audit: SIGKILL of the CLI and its reaper together left everything.
    QProcess cli;
    cli.start(cliPath(), {QStringLiteral("run"), QStringLiteral("-m"), QStringLiteral("sysv-shm"),
                          QStringLiteral("--duration"), QStringLiteral("60"), QStringLiteral("--rate"),
                          QStringLiteral("100")});
    QVERIFY(cli.waitForStarted());
    const qint64 pid = cli.processId();
    QVERIFY(waitUntil([&] { return livingWorkers(pid).size() == 2; }));
    // The reaper is the CLI's child named ipcscope-reaper.
    qint64 reaper = 0;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromLocal8Bit(stat.readAll());
        const QStringList fields = text.mid(text.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' '));
        if (text.contains(QLatin1String("(ipcscope-reaper)")) && fields.value(1).toLongLong() == pid)
            reaper = entry.toLongLong();
    }
    QVERIFY(reaper > 0);
    ::kill(pid_t(pid), SIGSTOP); // so that it cannot start a new reaper
    ::kill(pid_t(reaper), SIGKILL);
    ::kill(pid_t(pid), SIGKILL);
    QVERIFY(cli.waitForFinished(5000));
    QVERIFY(waitUntil([&] { return livingWorkers(pid).isEmpty(); }));
    QVERIFY(!leftovers(pid).isEmpty()); // left behind, as the audit saw
    const CliResult next = runCli({QStringLiteral("run"), QStringLiteral("-m"), QStringLiteral("pipe"),
                                   QStringLiteral("--count"), QStringLiteral("10"), QStringLiteral("--json")});
    QCOMPARE(next.exitCode, 0);
    const QStringList swept = next.json().value(QStringLiteral("swept")).toVariant().toStringList();
    QVERIFY2(swept.join(QLatin1Char(' ')).contains(QLatin1String("sysv-shm")), qPrintable(swept.join(QLatin1Char(' '))));
    QCOMPARE(leftovers(pid), QStringList());
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
