#pragma once

#include <QByteArray>
#include <QImage>

namespace tintype::test {

// Damaged files as interrupted copies, failing cards and odd writers leave
// them (issue 25), made from intact ones in the test.

// A picture with structure everywhere (gradients, a checkerboard), so every
// part of a thumbnail can be told apart from grey, black or another part.
QImage structuredImage(QSize size);
// `image` as JPEG bytes (Qt's writer, baseline) at `quality`.
QByteArray jpegOf(const QImage &image, int quality = 90);
// `image` as PNG bytes (Qt's writer: one IDAT per 8 KiB or so, not interlaced).
QByteArray pngOf(const QImage &image);
// `image` as HEIC bytes (libheif with x265), no thumbnail item: ftyp, meta, mdat.
QByteArray heicOf(const QImage &image, int quality = 80);

// The JPEG with `count` bytes of junk inserted right before its DQT marker
// (0xFFDB): libjpeg warns "Corrupt JPEG data: <count> extraneous bytes before marker 0xdb".
QByteArray withJunkBeforeDqt(const QByteArray &jpeg, int count);
// The JPEG with a stray restart marker (0xFFD3) written over two bytes halfway
// into its entropy-coded data (a bad sector): the markers before the data and
// the EOI are whole, so only a decoder notices ("Corrupt JPEG data: premature
// end of data segment", then extraneous bytes before the EOI).
QByteArray withMarkerInScanData(const QByteArray &jpeg);
// The first `fraction` of the bytes (an interrupted copy).
QByteArray cut(const QByteArray &bytes, double fraction);
// A PNG cut in the middle of its image data: halfway into its IDAT chunks.
QByteArray pngCutInIdat(const QByteArray &png);

// Mean absolute difference per channel (0..255) of two images' `region` (in
// `a`'s coordinates; `b` is scaled to `a`'s size first).
double meanDifference(const QImage &a, const QImage &b, const QRect &region);

} // namespace tintype::test
