#include "scenariofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace ipcscope {

namespace {
const QLatin1String kFormatKey("ipcscope_scenario");
constexpr int kFormatVersion = 1;

// This file's texts, under one translation context.
struct ScenarioFileText {
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)
};
} // namespace

bool loadScenario(const QString &fileName, Scenario &scenario, QString &error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        error = ScenarioFileText::tr("%1: %2").arg(fileName, file.errorString());
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        error =
            ScenarioFileText::tr("%1: not JSON (%2 at byte %3)").arg(fileName, parse.errorString()).arg(parse.offset);
        return false;
    }
    const QJsonObject object = document.object();
    if (object.value(kFormatKey).toInt() != kFormatVersion) {
        error = ScenarioFileText::tr("%1: not an ipcscope scenario (no \"%2\": %3)")
                    .arg(fileName, kFormatKey)
                    .arg(kFormatVersion);
        return false;
    }
    QString typeError;
    scenario = Scenario::fromJson(object, &typeError);
    if (!typeError.isEmpty()) {
        error = ScenarioFileText::tr("%1: %2").arg(fileName, typeError);
        return false;
    }
    return true;
}

bool saveScenario(const QString &fileName, const Scenario &scenario, QString &error)
{
    QJsonObject object = scenario.toJson();
    object.insert(kFormatKey, kFormatVersion);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit()) {
        error = ScenarioFileText::tr("%1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace ipcscope
