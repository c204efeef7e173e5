#include "geo/WorldMap.h"

#include "common/DataFiles.h"
#include "geo/ReverseGeocoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace tintype {

namespace {
constexpr quint32 kFormatVersion = 1; // build_map_data.mjs FORMAT_VERSION
struct Header {
    char magic[8];
    quint32 version, ringCount, borderCount, labelCount, pointCount, reserved;
};
static_assert(sizeof(Header) == 32 && sizeof(WorldMap::Line) == 28 && sizeof(WorldMap::CountryLabel) == 16);
} // namespace

struct WorldMap::File {
    QFile file;
};

WorldMap::WorldMap() : m_file(std::make_unique<File>()) {}
WorldMap::~WorldMap() = default;

QString WorldMap::defaultPath()
{
    QString overridden = qEnvironmentVariable("TINTYPE_MAP_DATA");
    if (!overridden.isEmpty())
        return overridden;
    if (!qEnvironmentVariableIsEmpty("TINTYPE_PLACES_INDEX")) // a chosen place index: the map beside it
        return QFileInfo(ReverseGeocoder::defaultPath()).absolutePath() + QStringLiteral("/map.bin");
    return datafiles::locateFile(QStringLiteral("models/places/map.bin"));
}

Result<std::unique_ptr<WorldMap>> WorldMap::open(const QString &path)
{
    std::unique_ptr<WorldMap> map(new WorldMap);
    QFile &file = map->m_file->file;
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<std::unique_ptr<WorldMap>>::failure(
            tr("The map is not installed in %1. Install it with 'bash packaging/fetch-models.sh' (needs npm; "
               "fetches Natural Earth land and borders once), or set TINTYPE_MAP_DATA to a map.bin file.")
                .arg(QDir::toNativeSeparators(path)));
    const auto broken = [&] {
        return Result<std::unique_ptr<WorldMap>>::failure(
            tr("%1 is not a map Tintype can read; run 'bash packaging/fetch-models.sh' again.")
                .arg(QDir::toNativeSeparators(path)));
    };
    const qint64 size = file.size();
    if (size < qint64(sizeof(Header)))
        return broken();
    const uchar *base = file.map(0, size);
    if (!base)
        return broken();
    Header h{};
    std::memcpy(&h, base, sizeof h);
    const quint64 lines = quint64(h.ringCount) + h.borderCount;
    const quint64 expected = sizeof(Header) + lines * sizeof(Line) + quint64(h.labelCount) * sizeof(CountryLabel) +
                             quint64(h.pointCount) * sizeof(Point);
    if (std::memcmp(h.magic, "TTMAPBIN", 8) != 0 || h.version != kFormatVersion || expected != quint64(size))
        return broken();
    map->m_rings = reinterpret_cast<const Line *>(base + sizeof(Header));
    map->m_labels = reinterpret_cast<const CountryLabel *>(map->m_rings + lines);
    map->m_points = reinterpret_cast<const Point *>(map->m_labels + h.labelCount);
    map->m_ringCount = h.ringCount;
    map->m_borderCount = h.borderCount;
    map->m_labelCount = h.labelCount;
    map->m_pointCount = h.pointCount;
    for (quint64 i = 0; i < lines; ++i) {
        const Line &l = map->m_rings[i];
        if (quint64(l.first) + l.count > h.pointCount)
            return broken();
    }
    return map;
}

const WorldMap *WorldMap::shared()
{
    static const std::unique_ptr<WorldMap> instance = [] {
        auto opened = open(defaultPath());
        return opened ? std::move(opened).value() : std::unique_ptr<WorldMap>();
    }();
    return instance.get();
}

} // namespace tintype
