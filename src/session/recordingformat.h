#pragma once
// The frame of an .ipcrec file, shared by its writer and its reader
// (docs/recording.md): a magic, the format version, the payload's length,
// then the payload — the recording as one CBOR map, compressed by qCompress.
// The length is checked before anything is decompressed, so a truncated file
// is named as such; the version is checked before the payload is read, so a
// newer file is refused for what it is.
#include <QByteArray>

#include <cstdint>

namespace ipcscope::recordingformat {

// As PNG's: a high byte catches a transfer that strips the eighth bit, the
// newline one that rewrites line ends.
inline const QByteArray kMagic = QByteArrayLiteral("\x89IPCREC\n");
constexpr int kHeaderSize = 8 + 4 + 8; // magic, version (u32 BE), payload length (u64 BE)
// No recording of ours comes near it; a header that says more is damaged.
constexpr quint64 kMaxPayload = quint64(2) << 30;
constexpr quint64 kMaxUncompressed = quint64(2) << 30;

} // namespace ipcscope::recordingformat
