#pragma once
// Writes a recording to its file, all or nothing: the file is opened (so a
// path that cannot take it is refused before the run starts) as a temporary
// one beside it, and only a complete recording is renamed into place — a
// crash or a Ctrl-C leaves the old file, or none, never half of one.
#include "recording.h"

#include <QSaveFile>

namespace ipcscope {

class RecordingWriter {
public:
    // The bytes of the file (recordingformat.h).
    static QByteArray encode(const Recording &recording);

    // False with a one-line reason when `fileName` cannot be written.
    bool open(const QString &fileName, QString *error);
    // Writes the whole recording and puts it in place.
    bool write(const Recording &recording, QString *error);
    bool isOpen() const { return m_file.isOpen(); }

private:
    QSaveFile m_file;
};

} // namespace ipcscope
