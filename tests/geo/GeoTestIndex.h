#pragma once

// Where the geo tests find places.bin: $TINTYPE_PLACES_INDEX, else the copy
// packaging/fetch-models.sh puts in the source tree's build/ folder, else the
// user's data folder. Tests that need it QSKIP with the install hint otherwise.

#include "geo/ReverseGeocoder.h"

#include <QFileInfo>
#include <QString>

namespace tintype::test {

inline QString placesIndexPath()
{
    const QString fromEnvironment = qEnvironmentVariable("TINTYPE_PLACES_INDEX");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString buildTree = QStringLiteral(TINTYPE_SOURCE_DIR "/build/models/places/places.bin");
    if (QFileInfo(buildTree).isFile())
        return buildTree;
    return ReverseGeocoder::defaultPath();
}

} // namespace tintype::test
