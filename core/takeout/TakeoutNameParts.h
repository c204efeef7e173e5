#pragma once

#include <QString>

namespace tintype {

// Private to core/takeout: the pieces of a media or sidecar file name that the
// sidecar matcher compares. Every field but `name` is a name key (NFC,
// case-folded).

inline constexpr QLatin1String kSupplementalSuffix(".supplemental-metadata");

// A media file name, "IMG_1-edited(1).JPG" → stem "img_1-edited(1)", ext "jpg",
// number 1, numberlessStem "img_1-edited", edited original "img_1(1).jpg".
struct MediaNameParts {
    QString name;                     // as given
    QString nfc;                      // NFC, case kept (prefers a sidecar spelled the same)
    QString key;                      // "img_1-edited(1).jpg"
    QString stem;                     // key without its extension
    QString ext;                      // without the dot; empty when none
    int number = 0;                   // Takeout's "(N)" before the extension; 0 = none
    QString numberlessStem;           // stem without "(N)"
    QString original;                 // numberlessStem + "." + ext: the name before numbering
    QString liveKey;                  // what the still and clip of a Live/Motion photo share
    QString editedOriginal;           // the unedited file's key for an edited copy; empty otherwise
    QString editedOriginalStem;       // the same without extension, for an original saved in another format
    QString editedOriginalNumberless; // the unedited file's key without the edited copy's "(N)"
    bool video = false;

    static MediaNameParts parse(const QString &name);
    bool edited() const { return !editedOriginal.isEmpty(); }
};

// A sidecar name, "IMG_1.JPG.supplemental-metadata(1).json" → base
// "img_1.jpg.supplemental-metadata(1)", numberlessBase "img_1.jpg.supplemental-metadata", number 1.
struct SidecarNameParts {
    QString name; // as given
    QString nfc;  // NFC, case kept
    QString base; // key without ".json"
    int number = 0;
    QString numberlessBase;
    QString supplementalCut; // numberlessBase without a trailing ".supplemental-metadata" cut anywhere
                             // (".supplemental-metad", ".suppl", ".s"); empty when it has none
    QString titleKey;        // the JSON title with '/' made '_', as a key; empty when unknown
    QString looseTitle;      // titleKey with every non-alphanumeric character made '_'

    static SidecarNameParts parse(const QString &name, const QString &title);
};

// Takeout's "(N)" at the end of `text`: N, and `text` without it; 0 when none.
int trailingNumber(const QString &text, QString *without);

// `key` with every character that is not a letter or digit made '_', for comparing
// a name with a title Google may have spelled differently.
QString looseKey(const QString &key);

// UTF-16 length of `text` cut to at most `units` without splitting a surrogate pair.
qsizetype cutLength(const QString &text, qsizetype units);

} // namespace tintype
