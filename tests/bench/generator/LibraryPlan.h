#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <vector>

namespace tintype::bench {

// One camera body + lens, as the EXIF block will name it.
struct CameraModel {
    const char *make;
    const char *model;
    const char *lensMake;
    const char *lens;
    const char *software;
    const char *filePrefix; // "IMG_", "DSC_", "DSCF", ...
    double focalMin;
    double focalMax;
    double fNumberMin;
    int focal35Factor10; // crop factor x10 (15 = 1.5x)
    enum class MakerNote { None, Canon, Nikon } makerNote;
};

// Everything that differs from one generated file to the next.
struct Shot {
    QString relativePath; // "2019/2019-06-12/IMG_0412.JPG"
    int year, month, day; // local capture date
    int secondsOfDay;     // local capture time
    int subSecond;        // milliseconds
    int utcOffsetMinutes; // e.g. +120 for +02:00
    int cameraIndex;
    int baseImageIndex;
    int orientation; // EXIF orientation 1, 6 or 8
    bool hasGps;
    double latitude, longitude, altitude;
    int iso;
    int exposureDenominator; // exposure time 1/x s
    double fNumber;
    double focalLength;
    int exposureBiasThirds;
    bool flashFired;
    uint32_t serial;
    int trip = -1; // the demo's trip it was taken on (planDemoLibrary); -1: at home or not the demo
    qint64 utcSecondsSinceEpoch() const;
};

const std::vector<CameraModel> &cameraModels();

// A deterministic library of `count` shots spread over day folders
// (YYYY/YYYY-MM-DD, 100-300 files each) and about fifteen years.
std::vector<Shot> planLibrary(int count, uint64_t seed, int baseImageCount);
// A small library a newcomer can see Tintype's views on: three years at home
// in Berlin (a day out every few weeks, a photo or a few, every season) and
// three trips away (Paris; Rome and Florence; Tokyo, nine hours ahead), so
// trips and memories show: the Paris trip began a year before `today` (its
// anniversary and "1 year ago"), a day at home two years before. Each outing
// has its own pictures.
std::vector<Shot> planDemoLibrary(int count, uint64_t seed, int baseImageCount, QDate today);

} // namespace tintype::bench
