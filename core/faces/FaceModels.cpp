#include "faces/FaceModels.h"

#include "common/DataFiles.h"

#include <QDir>
#include <QFileInfo>

namespace tintype {

namespace {
const char *const kFiles[] = {
    "ssd_mobilenetv1_model-weights_manifest.json",  "ssd_mobilenetv1_model.bin",
    "face_landmark_68_model-weights_manifest.json", "face_landmark_68_model.bin",
    "face_recognition_model-weights_manifest.json", "face_recognition_model.bin",
};
} // namespace

QString FaceModels::directory()
{
    QString overridden = qEnvironmentVariable("TINTYPE_FACE_MODELS");
    if (!overridden.isEmpty())
        return overridden;
    return datafiles::locate(QStringLiteral("models/face-api"), &FaceModels::present);
}

bool FaceModels::present(const QString &directory)
{
    const QDir dir(directory);
    for (const char *file : kFiles) {
        const QFileInfo info(dir.filePath(QString::fromLatin1(file)));
        if (!info.isFile() || info.size() == 0)
            return false;
    }
    return true;
}

QString FaceModels::installHint(const QString &directory)
{
    return tr("The face models are not installed in %1. Install them with 'bash packaging/fetch-models.sh' "
              "(needs npm; fetches the MIT-licensed package @vladmandic/face-api once), or set "
              "TINTYPE_FACE_MODELS to a folder holding its model files.")
        .arg(QDir::toNativeSeparators(directory));
}

} // namespace tintype
