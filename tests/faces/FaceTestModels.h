#pragma once

// Where the face tests find face-api's model files: $TINTYPE_FACE_MODELS, else the
// copy packaging/fetch-models.sh puts in the source tree's build/ folder, else the
// user's data folder. Tests that need them QSKIP with the install hint otherwise.

#include "faces/FaceModels.h"

#include <QDir>
#include <QString>

namespace tintype::test {

inline QString faceModelDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("TINTYPE_FACE_MODELS");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString buildTree = QStringLiteral(TINTYPE_SOURCE_DIR "/build/models/face-api");
    if (FaceModels::present(buildTree))
        return buildTree;
    return FaceModels::directory();
}

inline QString faceTestData(const QString &name)
{
    return QStringLiteral(TINTYPE_SOURCE_DIR "/tests/data/faces/") + name;
}

} // namespace tintype::test
