#pragma once
// A comparison as files. The JSON is the contract of `ipcscope-cli compare
// --json` and what the Compare page saves and opens again; the CSV holds the
// same fields, flattened, one row a line. Both are written from a
// CompareModel, column by column, so they never list the columns themselves.
#include "comparemodel.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ipcscope {

QJsonObject compareJson(const CompareModel &model);
QString compareCsv(const CompareModel &model);

// A comparison saved as JSON, read back: nullopt, with the reason, when it
// is not one. Its verdicts are drawn again by the model that shows it.
std::optional<CompareResults> readCompareJson(const QByteArray &json, QString *error);

} // namespace ipcscope
