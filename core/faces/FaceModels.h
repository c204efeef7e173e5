#pragma once

#include <QCoreApplication>
#include <QString>

namespace tintype {

// Where face-api's model files live. They come from the npm package
// @vladmandic/face-api 1.7.15 (`model/`), installed by packaging/fetch-models.sh;
// nothing is downloaded at run time and Tintype works without them (no faces).
class FaceModels {
    Q_DECLARE_TR_FUNCTIONS(FaceModels)

public:
    // $TINTYPE_FACE_MODELS when set, else the first complete <data folder>/tintype/models/face-api
    // (~/.local/share/tintype/..., then /usr/share/tintype/...: datafiles::locate).
    static QString directory();
    // True when `directory` holds the three manifests and weights Tintype uses.
    static bool present(const QString &directory);
    // What to tell a user whose models are missing (how to install them).
    static QString installHint(const QString &directory);
};

} // namespace tintype
