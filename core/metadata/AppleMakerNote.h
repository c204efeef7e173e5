#pragma once

// Private to core/metadata: the two fields Tintype needs from Apple's maker
// note, which exiv2 0.27 keeps as raw bytes. The note is "Apple iOS\0", a
// 2-byte version, "MM", then a big-endian IFD at offset 14 whose value offsets
// count from the start of the note.

#include <QByteArray>
#include <QString>

namespace tintype::detail {

struct AppleMakerNote {
    QString contentIdentifier; // tag 0x0011: a Live Photo's still and clip share it
    QString burstUuid;         // tag 0x000b: the frames of one burst share it
};

AppleMakerNote readAppleMakerNote(const QByteArray &note);

} // namespace tintype::detail
