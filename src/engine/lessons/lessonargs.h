#pragma once
// The lesson workers' "--name value" arguments.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ipcscope {

class LessonArgs {
public:
    LessonArgs(int argc, char **argv, int first);
    bool has(const std::string &name) const { return m_values.count(name) > 0; }
    std::string text(const std::string &name) const;
    long long number(const std::string &name, long long otherwise = 0) const;
    std::vector<long> numbers(const std::string &name) const; // "3,1,2"

private:
    std::map<std::string, std::string> m_values;
};

} // namespace ipcscope
