// The original's metadata for an exported rendering (MetadataWriter::copyMetadata):
// what describes the photo stays, what describes the original's pixels goes.
#include "metadata/Exiv2Patch.h"

#include <algorithm>
#include <string_view>

namespace tintype::detail {

namespace {

// IFD0 tags about how the original stored its pixels (TIFF/RAW structure).
bool isImageStructureTag(uint16_t tag)
{
    static constexpr uint16_t structure[] = {0x00fe, 0x00ff, 0x0100, 0x0101, 0x0102, 0x0103, 0x0106, 0x0111, 0x0115,
                                             0x0116, 0x0117, 0x011c, 0x013d, 0x0142, 0x0143, 0x0144, 0x0145, 0x014a,
                                             0x0152, 0x0153, 0x0201, 0x0202, 0x0212, 0x828d, 0x828e};
    if (std::find(std::begin(structure), std::end(structure), tag) != std::end(structure))
        return true;
    return tag >= 0xc612 && tag <= 0xcd3f; // DNG: the raw data's own description
}

bool startsWith(const std::string &key, std::string_view prefix) { return key.compare(0, prefix.size(), prefix) == 0; }

void eraseXmpWhere(Exiv2::XmpData &xmp, bool (*matches)(const std::string &key))
{
    for (auto it = xmp.begin(); it != xmp.end();) {
        if (matches(it->key()))
            it = xmp.erase(it);
        else
            ++it;
    }
}

void setLong(Exiv2::ExifData &exif, const char *key, uint32_t value)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end())
        return;
    Exiv2::ULongValue v;
    v.value_.push_back(value);
    it->setValue(&v);
}

void setXmpIfPresent(Exiv2::XmpData &xmp, const char *key, const std::string &value)
{
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    if (it == xmp.end())
        return;
    Exiv2::XmpTextValue v;
    v.value_ = value;
    it->setValue(&v);
}

void dropLocation(Exiv2::ExifData &exif, Exiv2::XmpData &xmp, Exiv2::IptcData &iptc)
{
    for (auto it = exif.begin(); it != exif.end();) {
        if (it->groupName() == "GPSInfo")
            it = exif.erase(it);
        else
            ++it;
    }
    const auto pointer = exif.findKey(Exiv2::ExifKey("Exif.Image.GPSTag"));
    if (pointer != exif.end())
        exif.erase(pointer);
    eraseXmpWhere(xmp, [](const std::string &key) {
        return startsWith(key, "Xmp.exif.GPS") || key == "Xmp.photoshop.City" || key == "Xmp.photoshop.State" ||
               key == "Xmp.photoshop.Country" || key == "Xmp.iptc.Location" || key == "Xmp.iptc.CountryCode" ||
               startsWith(key, "Xmp.iptcExt.LocationCreated") || startsWith(key, "Xmp.iptcExt.LocationShown");
    });
    static const char *places[] = {"Iptc.Application2.City", "Iptc.Application2.SubLocation",
                                   "Iptc.Application2.ProvinceState", "Iptc.Application2.CountryCode",
                                   "Iptc.Application2.CountryName"};
    for (auto it = iptc.begin(); it != iptc.end();) {
        const std::string key = it->key();
        if (std::any_of(std::begin(places), std::end(places), [&key](const char *p) { return key == p; }))
            it = iptc.erase(it);
        else
            ++it;
    }
}

} // namespace

void prepareForCopy(Exiv2::ExifData &exif, Exiv2::XmpData &xmp, Exiv2::IptcData &iptc, const CopyOptions &options)
{
    // Exif: the camera's tags and maker note; not the thumbnail (it shows the
    // original), not the structure of other IFDs (RAW previews, sub-images).
    Exiv2::ExifThumb(exif).erase();
    for (auto it = exif.begin(); it != exif.end();) {
        const std::string group = it->groupName();
        bool keep = group == "Photo" || group == "GPSInfo" || group == "Iop" || Exiv2::ExifTags::isMakerGroup(group);
        if (group == "Image")
            keep = !isImageStructureTag(it->tag());
        it = keep ? std::next(it) : exif.erase(it);
    }
    // XMP: not the original's pixel layout, and not the edit recipes of raw
    // developers (Lightroom would develop the rendered pixels a second time).
    eraseXmpWhere(xmp, [](const std::string &key) {
        return startsWith(key, "Xmp.crs.") || startsWith(key, "Xmp.darktable.") || key == "Xmp.tiff.ImageWidth" ||
               key == "Xmp.tiff.ImageLength" || key == "Xmp.tiff.BitsPerSample" || key == "Xmp.tiff.Compression" ||
               key == "Xmp.tiff.PhotometricInterpretation" || key == "Xmp.tiff.SamplesPerPixel" ||
               key == "Xmp.tiff.PlanarConfiguration";
    });
    if (options.width > 0 && options.height > 0) {
        setLong(exif, "Exif.Photo.PixelXDimension", uint32_t(options.width));
        setLong(exif, "Exif.Photo.PixelYDimension", uint32_t(options.height));
        setXmpIfPresent(xmp, "Xmp.exif.PixelXDimension", std::to_string(options.width));
        setXmpIfPresent(xmp, "Xmp.exif.PixelYDimension", std::to_string(options.height));
    }
    if (options.normaliseOrientation) {
        const auto it = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
        if (it != exif.end()) {
            Exiv2::UShortValue upright;
            upright.value_.push_back(1);
            it->setValue(&upright);
        }
        setXmpIfPresent(xmp, "Xmp.tiff.Orientation", "1");
    }
    if (options.dropLocation)
        dropLocation(exif, xmp, iptc);
}

} // namespace tintype::detail
