#pragma once
// Why a lesson could not go on, in the lesson's own words: kept as a
// LessonLine, as its observations are, so that the verdict's reason is said
// in the language of the moment it is read, not of the moment it was made.
#include "lessonline.h"

#include <stdexcept>

namespace ipcscope {

class LessonError : public std::runtime_error {
public:
    explicit LessonError(const LessonLine &line) : std::runtime_error(line.text().toStdString()), m_line(line) {}
    const LessonLine &line() const { return m_line; }

private:
    LessonLine m_line;
};

} // namespace ipcscope
