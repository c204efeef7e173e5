#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <memory>

namespace tintype {

// The basemap of the map view: Natural Earth 1:10m land and country borders,
// and where each country's name goes, from map.bin (built by
// core/geo/tools/build_map_data.mjs, installed by packaging/fetch-models.sh
// next to places.bin). Points are Web Mercator normalised to [0, 1] (x east,
// y south). The file is memory-mapped; everything is read-only and thread-safe.
class WorldMap {
    Q_DECLARE_TR_FUNCTIONS(WorldMap)

public:
    struct Point {
        float x, y;
    };
    // A land ring (outer or hole) or a border line, with its bounding box.
    struct Line {
        std::uint32_t first, count, flags;
        float minX, minY, maxX, maxY;
        bool isHole() const { return flags & 1; }
    };
    struct CountryLabel {
        char code[2];
        std::uint16_t reserved;
        float x, y;
        float area; // of the country's polygons, in normalised units²: labels are ordered largest first
    };

    ~WorldMap();
    WorldMap(const WorldMap &) = delete;
    WorldMap &operator=(const WorldMap &) = delete;

    // $TINTYPE_MAP_DATA when set, else map.bin beside $TINTYPE_PLACES_INDEX when that is set,
    // else the first <data folder>/tintype/models/places/map.bin (datafiles::locateFile).
    static QString defaultPath();
    static Result<std::unique_ptr<WorldMap>> open(const QString &path);
    // The map at defaultPath(), opened once per process; null when missing or broken.
    static const WorldMap *shared();

    const Line *rings() const { return m_rings; } // land: outer rings, then holes follow their ring
    std::uint32_t ringCount() const { return m_ringCount; }
    const Line *borders() const { return m_rings + m_ringCount; }
    std::uint32_t borderCount() const { return m_borderCount; }
    const CountryLabel *labels() const { return m_labels; }
    std::uint32_t labelCount() const { return m_labelCount; }
    const Point *points() const { return m_points; }

private:
    WorldMap();
    struct File;
    std::unique_ptr<File> m_file;
    const Line *m_rings = nullptr;
    const CountryLabel *m_labels = nullptr;
    const Point *m_points = nullptr;
    std::uint32_t m_ringCount = 0, m_borderCount = 0, m_labelCount = 0, m_pointCount = 0;
};

} // namespace tintype
