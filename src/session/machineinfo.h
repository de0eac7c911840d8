#pragma once
// The machine a measurement was made on, recorded with the results: CPU model
// and count, kernel, memory, and the IPC limits that shape the numbers.
#include <QJsonObject>

namespace ipcscope {

QJsonObject describeMachine();

} // namespace ipcscope
