// Hostile JSON → Takeout sidecar and album parsers. The input is the JSON file
// (so real ones seed it as they are); its size picks the file name it is
// classified under. Whatever the bytes: no crash, a
// failure has a message, and what is parsed is within range.
#include "takeout/TakeoutSidecar.h"

#include <QString>

#include <cmath>
#include <cstdint>
#include <cstdlib>

using namespace tintype;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const char *const names[] = {"IMG_1.JPG.json",
                                        "metadata.json",
                                        "métadonnées.json",
                                        "print-subscriptions.json",
                                        "x.jpg.supplemental-metadata(1).json",
                                        "a.json"};
    const QString name = QString::fromUtf8(names[size % (sizeof(names) / sizeof(names[0]))]);
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));

    (void)classifyJson(name, json);

    const auto sidecar = parseMediaSidecar(json);
    if (!sidecar.ok() && sidecar.error().isEmpty())
        std::abort();
    if (sidecar.ok()) {
        const TakeoutSidecar &s = sidecar.value();
        if (s.position &&
            (!std::isfinite(s.position->latitude) || std::abs(s.position->latitude) > 90 ||
             std::abs(s.position->longitude) > 180 || (s.position->latitude == 0 && s.position->longitude == 0)))
            std::abort();
        if ((s.photoTakenUtc && *s.photoTakenUtc == 0) || (s.creationUtc && *s.creationUtc == 0))
            std::abort();
        for (const QString &person : s.people)
            if (person.isEmpty())
                std::abort();
    }

    const auto album = parseAlbumMetadata(json);
    if (!album.ok() && album.error().isEmpty())
        std::abort();
    if (album.ok() && album->dateUtc && *album->dateUtc == 0)
        std::abort();
    return 0;
}
