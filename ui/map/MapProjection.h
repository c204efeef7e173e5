#pragma once

#include <QPointF>

#include <algorithm>
#include <cmath>

namespace tintype::mapprojection {

// Web Mercator, normalised: the world is the square [0, 1]² (x east from
// 180°W, y south from 85.05°N), as the map's tiles and map.bin's points.
constexpr double kMaxLatitude = 85.05112878;
constexpr double kTileSize = 256; // logical pixels of one tile; the world at zoom z is 256·2^z wide

inline QPointF toWorld(double latitude, double longitude)
{
    const double lat = std::clamp(latitude, -kMaxLatitude, kMaxLatitude) * M_PI / 180.0;
    return {(longitude + 180.0) / 360.0, (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / M_PI) / 2.0};
}

inline double latitudeOf(double worldY) { return std::atan(std::sinh(M_PI * (1.0 - 2.0 * worldY))) * 180.0 / M_PI; }

// Wrapped into [-180, 180).
inline double longitudeOf(double worldX)
{
    const double x = worldX - std::floor(worldX);
    return x * 360.0 - 180.0;
}

inline double worldSize(double zoom) { return kTileSize * std::exp2(zoom); }

} // namespace tintype::mapprojection
