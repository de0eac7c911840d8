#include "enginetext.h"

#include <QCoreApplication>

namespace ipcscope {

QString translated(const Text &text, const char *context)
{
    return QString::fromStdString(text.render([context](const std::string &pattern) {
        return QCoreApplication::translate(context, pattern.c_str()).toStdString();
    }));
}

} // namespace ipcscope
