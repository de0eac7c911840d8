#include "scenariofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace ipcscope {

namespace {
const QLatin1String kFormatKey("ipcscope_scenario");
constexpr int kFormatVersion = 1;
constexpr double kMaxCallEveryS = 60;

// This file's texts, under one translation context.
struct ScenarioFileText {
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)
};

bool readLayout(const QJsonObject &o, ScenarioLayout &layout, QString &error)
{
    layout.presentation = o.value(QStringLiteral("presentation")).toBool();
    layout.zoom = o.value(QStringLiteral("zoom")).toDouble(1);
    layout.callEveryS = o.value(QStringLiteral("call_every_s")).toDouble(0);
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

} // namespace

QString ScenarioDocument::title(const QString &language) const
{
    return titles.value(language, titles.value(QStringLiteral("en")));
}

bool loadScenario(const QString &fileName, ScenarioDocument &document, QString &error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        error = ScenarioFileText::tr("%1: %2").arg(fileName, file.errorString());
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parse);
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
    QString problem;
    loaded.scenario = Scenario::fromJson(object, &problem);
    if (problem.isEmpty())
        readLayout(object.value(QStringLiteral("layout")).toObject(), loaded.layout, problem);
    if (!problem.isEmpty()) {
        error = ScenarioFileText::tr("%1: %2").arg(fileName, problem);
        return false;
    }
    const QJsonObject titles = object.value(QStringLiteral("title")).toObject();
    for (auto it = titles.begin(); it != titles.end(); ++it)
        loaded.titles.insert(it.key(), it.value().toString());
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
