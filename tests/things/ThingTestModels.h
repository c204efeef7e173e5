#pragma once

// Where the things tests find the object detector: $TINTYPE_THING_MODELS, else the
// copy packaging/fetch-models.sh puts in the source tree's build/ folder, else the
// user's data folder. Tests that need it skip with the install hint otherwise.

#include "things/ThingModels.h"

#include <QString>

namespace tintype::test {

inline QString thingModelDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("TINTYPE_THING_MODELS");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString buildTree = QStringLiteral(TINTYPE_SOURCE_DIR "/build/models/things");
    if (ThingModels::present(buildTree))
        return buildTree;
    return ThingModels::directory();
}

inline QString thingTestData(const QString &name)
{
    return QStringLiteral(TINTYPE_SOURCE_DIR "/tests/data/things/") + name;
}

} // namespace tintype::test
