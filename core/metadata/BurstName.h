#pragma once

#include <QString>

#include <optional>

namespace tintype {

// Bursts that phones mark in file names (Apple's are in the maker note:
// MediaMetadata::burstId). `key` is what the frames of one burst share,
// "burst:<shot>"; `cover` marks the frame the phone chose.
//   Google Camera   00000IMG_00000_BURST20190830085327897_COVER.jpg, 00001IMG_00001_BURST20190830085327897.jpg
//   Samsung         20240302_101112_BURST01_COVER.jpg, 20240302_101112_BURST02.jpg
//   Pixel           PXL_20240302_101112000.RAW-01.MP.COVER.jpg, PXL_20240302_101112000.RAW-02.ORIGINAL.dng
struct BurstName {
    QString key;
    bool cover = false;

    static std::optional<BurstName> parse(const QString &fileName);
};

} // namespace tintype
