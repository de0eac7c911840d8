#include "enginetext.h"

#include <QCoreApplication>

namespace ipcscope {

QString translated(const Text &text)
{
    return QString::fromStdString(text.render([](const std::string &pattern) {
        return QCoreApplication::translate("Engine", pattern.c_str()).toStdString();
    }));
}

} // namespace ipcscope
