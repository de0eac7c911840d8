#include "scenariofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ipcscope {

namespace {
const QLatin1String kFormatKey("ipcscope_scenario");
constexpr int kFormatVersion = 1;
constexpr double kMaxCallEveryS = 60;
constexpr qint64 kMaxFileBytes = 1 << 20;
constexpr int kMaxTitle = 200;       // characters: a line at the top of the window
constexpr int kMaxLanguageCode = 16; // "en", "ru", "pt_BR"...

// This file's texts, under one translation context.
struct ScenarioFileText {
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)
};

// A scenario file is small and regular. Opened without blocking, so that a
// FIFO cannot hang the start-up before the window appears, and read with a
// bound, so that /dev/zero cannot fill the memory.
bool readBounded(const QString &fileName, QByteArray &bytes, QString &error)
{
    QFile file(fileName);
    if (fileName.startsWith(QLatin1Char(':'))) { // inside the program: an example
        if (!file.open(QIODevice::ReadOnly)) {
            error = file.errorString();
            return false;
        }
    } else {
        const int fd = open(QFile::encodeName(fileName).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
        if (fd < 0 || !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            error = fd < 0 ? QString::fromLocal8Bit(strerror(errno)) : file.errorString();
            if (fd >= 0)
                close(fd);
            return false;
        }
        struct stat st {};
        if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            error = ScenarioFileText::tr("not a regular file");
            return false;
        }
    }
    bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes) {
        error = ScenarioFileText::tr("larger than %1 bytes, the most a scenario file may hold").arg(kMaxFileBytes);
        return false;
    }
    return true;
}

bool readLayout(const QJsonValue &value, ScenarioLayout &layout, QString &error)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        error = ScenarioFileText::tr("'layout' must be an object");
        return false;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue presentation = o.value(QStringLiteral("presentation"));
    const QJsonValue zoom = o.value(QStringLiteral("zoom"));
    const QJsonValue callEveryS = o.value(QStringLiteral("call_every_s"));
    if (!presentation.isUndefined() && !presentation.isBool()) {
        error = ScenarioFileText::tr("layout: presentation must be true or false");
        return false;
    }
    for (const auto &[key, v] : {std::pair{"zoom", zoom}, {"call_every_s", callEveryS}}) {
        if (!v.isUndefined() && !v.isDouble()) {
            error = ScenarioFileText::tr("layout: %1 must be a number").arg(QLatin1String(key));
            return false;
        }
    }
    layout.presentation = presentation.toBool();
    layout.zoom = zoom.toDouble(1);
    layout.callEveryS = callEveryS.toDouble(0);
    if (!(layout.zoom >= kMinZoom && layout.zoom <= kMaxZoom)) {
        error = ScenarioFileText::tr("layout: zoom %1 is outside %2..%3").arg(layout.zoom).arg(kMinZoom).arg(kMaxZoom);
        return false;
    }
    if (!(layout.callEveryS >= 0 && layout.callEveryS <= kMaxCallEveryS)) {
        error =
            ScenarioFileText::tr("layout: call_every_s %1 is outside 0..%2").arg(layout.callEveryS).arg(kMaxCallEveryS);
        return false;
    }
    return true;
}

bool readTitles(const QJsonValue &value, QMap<QString, QString> &titles, QString &error)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        error = ScenarioFileText::tr("'title' must be an object: a language code and its title");
        return false;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().size() > kMaxLanguageCode) {
            error = ScenarioFileText::tr("title: a language code is at most %1 characters").arg(kMaxLanguageCode);
            return false;
        }
        if (!it.value().isString()) {
            error = ScenarioFileText::tr("title: '%1' must be text").arg(it.key());
            return false;
        }
        if (it.value().toString().size() > kMaxTitle) {
            error = ScenarioFileText::tr("title: '%1' is longer than %2 characters").arg(it.key()).arg(kMaxTitle);
            return false;
        }
        titles.insert(it.key(), it.value().toString());
    }
    return true;
}

} // namespace

QString ScenarioDocument::title(const QString &language) const
{
    return titles.value(language, titles.value(QStringLiteral("en")));
}

bool loadScenario(const QString &fileName, ScenarioDocument &document, QString &error)
{
    QByteArray bytes;
    QString problem;
    if (!readBounded(fileName, bytes, problem)) {
        error = ScenarioFileText::tr("%1: %2").arg(fileName, problem);
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError) {
        error =
            ScenarioFileText::tr("%1: not JSON (%2 at byte %3)").arg(fileName, parse.errorString()).arg(parse.offset);
        return false;
    }
    const QJsonObject object = json.object();
    if (object.value(kFormatKey).toInt() != kFormatVersion) {
        error = ScenarioFileText::tr("%1: not an ipcscope scenario (no \"%2\": %3)")
                    .arg(fileName, kFormatKey)
                    .arg(kFormatVersion);
        return false;
    }
    ScenarioDocument loaded;
    loaded.scenario = Scenario::fromJson(object, &problem);
    if (problem.isEmpty())
        readLayout(object.value(QStringLiteral("layout")), loaded.layout, problem);
    if (problem.isEmpty())
        readTitles(object.value(QStringLiteral("title")), loaded.titles, problem);
    if (!problem.isEmpty()) {
        error = ScenarioFileText::tr("%1: %2").arg(fileName, problem);
        return false;
    }
    document = loaded;
    return true;
}

bool saveScenario(const QString &fileName, const ScenarioDocument &document, QString &error)
{
    QJsonObject object = document.scenario.toJson();
    object.insert(kFormatKey, kFormatVersion);
    const ScenarioLayout &l = document.layout;
    QJsonObject layout{{QStringLiteral("presentation"), l.presentation}, {QStringLiteral("zoom"), l.zoom}};
    if (l.callEveryS > 0)
        layout.insert(QStringLiteral("call_every_s"), l.callEveryS);
    object.insert(QStringLiteral("layout"), layout);
    if (!document.titles.isEmpty()) {
        QJsonObject titles;
        for (auto it = document.titles.begin(); it != document.titles.end(); ++it)
            titles.insert(it.key(), it.value());
        object.insert(QStringLiteral("title"), titles);
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit()) {
        error = ScenarioFileText::tr("%1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

QStringList exampleNames()
{
    QStringList names;
    for (const QString &file :
         QDir(QStringLiteral(":/scenarios")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names << file.chopped(5);
    return names;
}

QString examplePath(const QString &name)
{
    return QStringLiteral(":/scenarios/%1.json").arg(name);
}

Scenario exampleScenario(const QString &name, bool *ok)
{
    ScenarioDocument document;
    QString error;
    const bool loaded = loadScenario(examplePath(name), document, error);
    if (ok)
        *ok = loaded;
    return loaded ? document.scenario : Scenario();
}

} // namespace ipcscope
