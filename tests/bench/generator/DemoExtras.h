#pragma once

#include "LibraryPlan.h"
#include "SyntheticPhoto.h"

#include <QImage>
#include <QString>

#include <vector>

namespace tintype::bench {

// What a demo library has beside the camera JPEGs, so a newcomer sees each of
// Tintype's groupings: Live Photos (an iPhone JPEG with its short clip, IMG_1.JPG
// + IMG_1.MOV), RAW+JPEG pairs (DSC_1.JPG + DSC_1.DNG), and smaller copies as a
// messenger keeps them ("WhatsApp Images", near duplicates), and a video on
// each trip, without a position (it joins its trip by time). Throws
// std::runtime_error when a file cannot be written.
struct DemoExtrasWritten {
    int liveClips = 0;
    int rawFiles = 0;
    int messengerCopies = 0;
    int tripVideos = 0; // a clip of its own (MVI_….MP4) in the middle of each trip (Shot::trip)
};
DemoExtrasWritten writeDemoExtras(const QString &out, const std::vector<Shot> &shots,
                                  const std::vector<SyntheticPhoto> &bases);

// A 2-second MPEG-4 clip in a QuickTime container (as an iPhone's Live Photo
// keeps it), a slow zoom into `still`, 640 pixels wide.
void writeLiveClip(const QString &path, const QImage &still, qint64 utcSecondsSinceEpoch);

// An uncompressed Bayer (RGGB) DNG of `still`, 16 bits per photosite, written
// with libtiff, which LibRaw decodes like a camera's raw file; `orientation`
// is the Exif code of its JPEG (the same pixels, turned the same way).
void writeDng(const QString &path, const QImage &still, const CameraModel &camera, const QString &exifDateTime,
              int orientation);

} // namespace tintype::bench
