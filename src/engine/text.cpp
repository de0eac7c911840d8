#include "text.h"

namespace ipcscope {

std::string Text::render(const std::function<std::string(const std::string &)> &translate) const
{
    if (verbatim)
        return pattern;
    const std::string translated = translate(pattern);
    // One pass, so an argument that happens to contain "%2" stays as it is.
    std::string out;
    for (size_t i = 0; i < translated.size(); ++i) {
        const char c = translated[i];
        if (c == '%' && i + 1 < translated.size() && translated[i + 1] >= '1' && translated[i + 1] <= '9') {
            const size_t index = size_t(translated[i + 1] - '1');
            if (index < args.size()) {
                out += args[index].render(translate);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::string Text::english() const
{
    return render([](const std::string &pattern) { return pattern; });
}

Text verbatim(std::string text)
{
    return {std::move(text), {}, true};
}

Text verbatim(uint64_t number)
{
    return verbatim(std::to_string(number));
}

} // namespace ipcscope
