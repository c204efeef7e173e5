#pragma once

#include <QColor>
#include <QImage>

namespace tintype {

class WorldMap;

// Draws one 256-pixel Web Mercator tile (zoom z, column x, row y) of the
// basemap from WorldMap: sea, land (Natural Earth 1:10m), coasts, country
// borders. Pure and thread-safe: the map view renders tiles on a pool.
struct MapTileRenderer {
    struct Colors {
        QColor sea, land, coast, border;
        static Colors light();
        static Colors dark();
    };
    // `pixelRatio`: device pixels per logical pixel (the tile is 256·ratio pixels square).
    static QImage render(const WorldMap *map, int z, int x, int y, qreal pixelRatio, const Colors &colors);
};

} // namespace tintype
