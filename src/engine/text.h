#pragma once
// A sentence for a person, kept translatable. The engine has no Qt, so it
// hands on an English pattern with %1…%9 and the arguments; the session
// translates the pattern (context "Engine") and fills the arguments in.
// Patterns are written as QT_TRANSLATE_NOOP("Engine", "…") so that lupdate
// finds them in the engine's sources.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace ipcscope {

struct Text {
    std::string pattern; // English, or the verbatim text
    std::vector<Text> args;
    bool verbatim = false; // a number, a path, an id: shown as it is

    bool empty() const { return pattern.empty(); }
    // The text with every pattern passed through `translate` first.
    std::string render(const std::function<std::string(const std::string &)> &translate) const;
    std::string english() const;
};

// Arguments that are never translated.
Text verbatim(std::string text);
Text verbatim(uint64_t number);

} // namespace ipcscope
