// The install, as a package or a user's `cmake --install` does it, into a
// temporary DESTDIR: every file in its place; the desktop entry and the
// AppStream metainfo valid, naming the icon and this version; the man pages
// rendering without a warning; the bash completion offering the ids the
// installed program lists; and the installed ipcscope-cli running a real
// pipe with the installed worker, not the build tree's.
#include "../session/runhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ipcscope::test;

namespace {

// What a program printed and how it ended.
struct Outcome {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 pid = 0;
};

Outcome execute(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Outcome o;
    if (!process.waitForStarted())
        return o;
    o.pid = process.processId();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return o;
    o.exitCode = process.exitCode();
    o.out = process.readAllStandardOutput();
    o.err = process.readAllStandardError();
    return o;
}

// Nothing of the build tree reachable: the installed programs must find
// their own worker.
QProcessEnvironment plainEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("IPCSCOPE_WORKER"));
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

} // namespace

class TestInstall : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void everyFileInPlace_data();
    void everyFileInPlace();
    void installedCliRunsWithItsOwnWorker();
    void installedCliLists();
    void manPagesRender_data();
    void manPagesRender();
    void completionOffersWhatTheProgramLists_data();
    void completionOffersWhatTheProgramLists();
#ifdef IPCSCOPE_GUI
    void desktopFilesValid_data();
    void desktopFilesValid();
    void desktopEntryNamesProgramAndIcon();
    void newestReleaseIsThisVersion();
#endif

private:
    QString installed(const QString &relative) const
    {
        return m_root + QStringLiteral("/usr/") + relative;
    }

    QTemporaryDir m_destdir;
    QString m_root;
};

void TestInstall::initTestCase()
{
    QVERIFY(m_destdir.isValid());
    m_root = m_destdir.path();
    // As the package installs it: under /usr, staged in DESTDIR.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DESTDIR"), m_root);
    const Outcome install = execute(QStringLiteral(IPCSCOPE_CMAKE),
                                    {QStringLiteral("--install"), QStringLiteral(IPCSCOPE_BINARY_DIR),
                                     QStringLiteral("--prefix"), QStringLiteral("/usr")},
                                    env);
    QVERIFY2(install.exitCode == 0, install.out + install.err);
}

void TestInstall::cleanup()
{
    QCOMPARE(leftoverReport(), QString());
}

void TestInstall::everyFileInPlace_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : QStringLiteral(IPCSCOPE_INSTALLED_FILES).split(QLatin1Char(',')))
        QTest::newRow(qPrintable(file)) << file;
}

void TestInstall::everyFileInPlace()
{
    QFETCH(QString, file);
    const QFileInfo info(installed(file));
    QVERIFY2(info.isFile(), qPrintable(info.filePath()));
    QVERIFY(info.size() > 0);
    // The programs and the worker can be started; nothing else is executable.
    const bool program =
        file.startsWith(QStringLiteral(IPCSCOPE_BINDIR "/")) || file == QLatin1String(IPCSCOPE_WORKER_FILE);
    QCOMPARE(info.isExecutable(), program);
}

void TestInstall::installedCliRunsWithItsOwnWorker()
{
    const Outcome run =
        execute(installed(QStringLiteral(IPCSCOPE_BINDIR "/ipcscope-cli")),
                {QStringLiteral("run"), QStringLiteral("-m"), QStringLiteral("pipe"), QStringLiteral("--count"),
                 QStringLiteral("10"), QStringLiteral("--json"), QStringLiteral("--show-commands")},
                plainEnvironment());
    QVERIFY2(run.exitCode == 0, run.err);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("messages")).toInt(), 10);
    const QJsonArray commands = result.value(QStringLiteral("commands")).toArray();
    QCOMPARE(commands.size(), 2);
    for (const QJsonValue &command : commands)
        QVERIFY2(command.toString().startsWith(installed(QStringLiteral(IPCSCOPE_WORKER_FILE)) + QLatin1Char(' ')),
                 qPrintable(command.toString()));
    QCOMPARE(leftoverReport(run.pid), QString());
}

void TestInstall::installedCliLists()
{
    const Outcome list = execute(installed(QStringLiteral(IPCSCOPE_BINDIR "/ipcscope-cli")), {QStringLiteral("list")},
                                 plainEnvironment());
    QVERIFY2(list.exitCode == 0, list.err);
    QVERIFY(list.out.contains("\n  pipe "));
}

void TestInstall::manPagesRender_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("ipcscope-cli") << QStringLiteral("ipcscope-cli.1");
#ifdef IPCSCOPE_GUI
    QTest::newRow("ipcscope") << QStringLiteral("ipcscope.1");
#endif
}

void TestInstall::manPagesRender()
{
    // groff warns (-ww) about anything it does not understand.
    QFETCH(QString, page);
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    QVERIFY2(!groff.isEmpty(), "groff is not installed (scripts/install-deps installs groff-base)");
    const Outcome render =
        execute(groff,
                {QStringLiteral("-t"), QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                 QStringLiteral("-z"), installed(QStringLiteral(IPCSCOPE_MANDIR "/man1/") + page)},
                plainEnvironment());
    QCOMPARE(render.exitCode, 0);
    QCOMPARE(QString::fromUtf8(render.err), QString());
}

void TestInstall::completionOffersWhatTheProgramLists_data()
{
    QTest::addColumn<QStringList>("words"); // after the program's name, the last one being completed
    QTest::addColumn<QString>("offered");
    QTest::addColumn<QString>("notOffered");
    QTest::newRow("command") << QStringList{QStringLiteral("co")} << QStringLiteral("compare") << QStringLiteral("run");
    QTest::newRow("run option") << QStringList{QStringLiteral("run"), QStringLiteral("--sh")}
                                << QStringLiteral("--show-commands") << QStringLiteral("--list");
    QTest::newRow("compare option") << QStringList{QStringLiteral("compare"), QStringLiteral("--")}
                                    << QStringLiteral("--no-pin") << QStringLiteral("--mechanism");
    QTest::newRow("mechanism") << QStringList{QStringLiteral("run"), QStringLiteral("-m"), QString()}
                               << QStringLiteral("posix-mq") << QStringLiteral("deadlock");
    QTest::newRow("mechanism=") << QStringList{QStringLiteral("run"), QStringLiteral("--mechanism"),
                                               QStringLiteral("="), QStringLiteral("sy")}
                                << QStringLiteral("sysv-msg") << QStringLiteral("pipe");
    QTest::newRow("second mechanism") << QStringList{QStringLiteral("compare"), QStringLiteral("--mechanisms"),
                                                     QStringLiteral("pipe,fi")}
                                      << QStringLiteral("pipe,fifo") << QStringLiteral("fifo");
    QTest::newRow("lesson") << QStringList{QStringLiteral("lesson"), QString()} << QStringLiteral("deadlock")
                            << QStringLiteral("pipe");
}

void TestInstall::completionOffersWhatTheProgramLists()
{
    QFETCH(QStringList, words);
    QFETCH(QString, offered);
    QFETCH(QString, notOffered);
    // As bash calls it on Tab: COMP_WORDS as split, COMP_CWORD the last.
    const QString script =
        QStringLiteral("source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); _ipcscope_cli; "
                       "printf '%s\\n' \"${COMPREPLY[@]}\"");
    const Outcome complete =
        execute(QStringLiteral("/bin/bash"),
                QStringList{QStringLiteral("-c"), script, QStringLiteral("bash"),
                            installed(QStringLiteral(IPCSCOPE_DATADIR "/bash-completion/completions/ipcscope-cli")),
                            installed(QStringLiteral(IPCSCOPE_BINDIR "/ipcscope-cli"))} +
                    words,
                plainEnvironment());
    QCOMPARE(complete.exitCode, 0);
    const QStringList offers = QString::fromUtf8(complete.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(offers.contains(offered), qPrintable(offers.join(QLatin1Char(' '))));
    QVERIFY2(!offers.contains(notOffered), qPrintable(offers.join(QLatin1Char(' '))));
}

#ifdef IPCSCOPE_GUI

void TestInstall::desktopFilesValid_data()
{
    QTest::addColumn<QStringList>("validator");
    QTest::addColumn<QString>("file");
    QTest::newRow("desktop entry") << QStringList{QStringLiteral("desktop-file-validate")}
                                   << QStringLiteral(IPCSCOPE_DATADIR "/applications/" IPCSCOPE_APP_ID ".desktop");
    QTest::newRow("AppStream metainfo") << QStringList{QStringLiteral("appstreamcli"), QStringLiteral("validate"),
                                                       QStringLiteral("--no-net"), QStringLiteral("--pedantic")}
                                        << QStringLiteral(IPCSCOPE_DATADIR "/metainfo/" IPCSCOPE_APP_ID
                                                                           ".metainfo.xml");
}

void TestInstall::desktopFilesValid()
{
    QFETCH(QStringList, validator);
    QFETCH(QString, file);
    const QString program = QStandardPaths::findExecutable(validator.first());
    QVERIFY2(!program.isEmpty(),
             qPrintable(validator.first() + QStringLiteral(" is not installed (scripts/install-deps installs it)")));
    const Outcome check = execute(program, validator.mid(1) << installed(file), plainEnvironment());
    QVERIFY2(check.exitCode == 0, check.out + check.err);
    // desktop-file-validate's hints (two main categories, on purpose) are not problems.
    for (const QByteArray &line : (check.out + check.err).split('\n'))
        QVERIFY2(line.isEmpty() || line.contains("hint:") || line.contains("Validation was successful"), line);
}

void TestInstall::desktopEntryNamesProgramAndIcon()
{
    QSettings entry(installed(QStringLiteral(IPCSCOPE_DATADIR "/applications/" IPCSCOPE_APP_ID ".desktop")),
                    QSettings::IniFormat);
    entry.beginGroup(QStringLiteral("Desktop Entry"));
    const QString exec = entry.value(QStringLiteral("Exec")).toString();
    QVERIFY2(exec.startsWith(QStringLiteral("ipcscope ")), qPrintable(exec));
    QVERIFY(QFileInfo(installed(QStringLiteral(IPCSCOPE_BINDIR "/") + exec.section(QLatin1Char(' '), 0, 0)))
                .isExecutable());
    const QString icon = entry.value(QStringLiteral("Icon")).toString();
    QCOMPARE(icon, QStringLiteral(IPCSCOPE_APP_ID));
    QVERIFY(QFileInfo::exists(
        installed(QStringLiteral(IPCSCOPE_DATADIR "/icons/hicolor/scalable/apps/") + icon + QStringLiteral(".svg"))));
}

void TestInstall::newestReleaseIsThisVersion()
{
    // A new version of the program adds its release to the metainfo.
    QFile file(installed(QStringLiteral(IPCSCOPE_DATADIR "/metainfo/" IPCSCOPE_APP_ID ".metainfo.xml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString newest;
    // Releases are listed newest first.
    while (newest.isEmpty() && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("release"))
            newest = xml.attributes().value(QLatin1String("version")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(newest, QStringLiteral(IPCSCOPE_VERSION));
}

#endif

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
