#pragma once
// Reads an .ipcrec file (recordingformat.h, docs/recording.md). Whatever the
// file holds — a newer format, a truncated copy, garbage — the answer is a
// recording or one line saying why not; nothing it reads is trusted before
// it is checked.
#include "recording.h"

#include <optional>

namespace ipcscope {

class RecordingReader {
public:
    // The recording in `fileName`, or nothing with `error` set to one line.
    static std::optional<Recording> read(const QString &fileName, QString *error);
    // The same from the file's bytes; `name` is what the error line calls it.
    static std::optional<Recording> decode(const QByteArray &bytes, const QString &name, QString *error);
};

} // namespace ipcscope
