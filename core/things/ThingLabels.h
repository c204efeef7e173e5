#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tintype {

// The 80 things the detector knows (COCO's classes, named as @vladmandic/human's
// src/object/labels.ts names them: "dog", "cell phone") and the words a person
// searches them by: plurals ("dogs", "mice"), synonyms ("puppy", "bike",
// "automobile", "kitten", "sofa") and the label in the UI language (tr(), context
// "ThingLabels"). A label is stored in the catalog in English; it is shown
// through displayName().
class ThingLabels {
    Q_DECLARE_TR_FUNCTIONS(ThingLabels)

public:
    // The labels in the detector's class order.
    static const std::vector<QString> &all();
    static bool isLabel(const QString &label);
    // The labels a search word (or phrase) names, case- and accent-insensitive:
    // "Dogs", "puppy" → {dog}; "bike" → {bicycle}; "chien" (French UI) → {dog}.
    // Empty when it names no thing.
    static std::vector<QString> resolve(const QString &word);
    // The kind of picture a word names, told from metadata rather than pixels
    // (ThingRepository::assetsOfKind): "screenshot", "selfie" or "panorama" for
    // "Screenshots", "selfie", "panoramic"... (and their names in the UI language);
    // empty otherwise.
    static QString kindOf(const QString &word);
    // The label in the UI language ("chien"), or the label itself.
    static QString displayName(const QString &label);
};

} // namespace tintype
