#include "lessonargs.h"

#include <cstdlib>
#include <sstream>

namespace ipcscope {

LessonArgs::LessonArgs(int argc, char **argv, int first)
{
    for (int i = first; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("--", 0) != 0)
            continue;
        const bool hasValue = i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0;
        m_values[arg.substr(2)] = hasValue ? argv[++i] : "1";
    }
}

std::string LessonArgs::text(const std::string &name) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() ? std::string() : it->second;
}

long long LessonArgs::number(const std::string &name, long long otherwise) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() ? otherwise : std::strtoll(it->second.c_str(), nullptr, 0);
}

std::vector<long> LessonArgs::numbers(const std::string &name) const
{
    std::vector<long> out;
    std::istringstream in(text(name));
    std::string item;
    while (std::getline(in, item, ','))
        out.push_back(std::strtol(item.c_str(), nullptr, 0));
    return out;
}

} // namespace ipcscope
