#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace tintype {

// The name of an archive entry or unpacked file as stored (bytes) → a safe relative
// path for the Takeout tree, or the reason a user reads for refusing it.
class TakeoutEntryPath {
public:
    // The 8-bit character set of a name that is not valid UTF-8: old zips without the
    // UTF-8 flag use the DOS code page 437; tar files and file systems usually Latin-1,
    // read as Windows-1252 (its superset for printable characters).
    enum class LegacyCharset { Cp437, Windows1252 };

    struct Decoded {
        QString text;
        bool legacy = false; // the bytes were not UTF-8 and were read in the legacy charset
    };
    // Valid UTF-8 is read as UTF-8; anything else byte by byte in `legacy`, one character
    // per byte, so different bytes always give different names.
    static Decoded decode(const QByteArray &stored, LegacyCharset legacy);

    // For reports: the stored bytes as text without loss; bytes that are not UTF-8 and
    // control characters appear as \xNN.
    static QString display(const QByteArray &stored);

    // A decoded name → '/'-separated relative path in NFC, without "." or empty components.
    // Refused: empty names, NUL and control characters, backslashes, absolute paths
    // ("/x", "C:\x", "C:x", "\\server\x", "//server/x") and ".." components.
    static Result<QString> sanitize(const QString &name);
};

} // namespace tintype
