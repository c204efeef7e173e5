#pragma once

#include <QByteArray>
#include <QSize>

#include <cstdint>

namespace tintype::bench {

// A camera-like JPEG made once and reused for many files: `body` is the encoded
// image from DQT to EOI (SOI and any APPn/COM segments removed), so a file is
// SOI + a per-file Exif APP1 + body; `thumbnail` is the 160x120 JPEG that goes
// into IFD1.
struct SyntheticPhoto {
    QSize size;
    QByteArray body;
    QByteArray thumbnail;

    // Sky, ground, soft shapes and sensor noise, so the encoded size is that of
    // a real photo (a flat image would compress to almost nothing).
    static SyntheticPhoto make(QSize size, uint64_t seed, int quality);
};

} // namespace tintype::bench
