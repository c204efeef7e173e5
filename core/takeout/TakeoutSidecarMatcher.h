#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tintype {

// A JSON sidecar of one folder: its file name and the "title" inside it (Google's
// original file name; empty when unknown).
struct SidecarFile {
    QString name;
    QString title;
};

// Why a media file was given its sidecar.
enum class MatchRule {
    Exact,              // IMG_1.JPG.json
    Supplemental,       // IMG_1.JPG.supplemental-metadata.json (2024+)
    Truncated,          // the sidecar's (or the media's) name cut by Takeout's length limit
    Numbered,           // IMG_1(1).JPG <-> IMG_1.JPG(1).json, x.jpg.supplemental-metadata(1).json
    Title,              // the media name is the JSON title with '/' made '_'
    Edited,             // IMG_1-edited.JPG takes IMG_1.JPG's sidecar
    LivePhotoCompanion, // the clip (or still) of a Live/Motion photo shares its partner's sidecar
    ExtensionAdded,     // the extension differs: IMG_1.json for IMG_1.jpg, IMG_1.HEIC.json for
                        // IMG_1.HEIC.jpg, IMG_1.jpeg.json for IMG_1.jpg
    ForgottenDuplicate, // a numbered file whose numbered sidecar Google never wrote takes the
                        // sidecar of its name without the number, shared: a cut name
                        // (x_P(1).jpg <-> x_.json) or an edited copy (a-edited(1).jpg <-> a.jpg.json)
};

struct SidecarMatch {
    QString media;   // the media file name as given
    QString sidecar; // the sidecar file name as given
    MatchRule rule = MatchRule::Exact;
    QString originalMedia; // Edited: the unedited file of this folder (empty when it is not there)
};

struct FolderMatch {
    QList<SidecarMatch> matches;      // sorted by media name
    QStringList mediaWithoutSidecar;  // sorted
    QStringList sidecarsWithoutMedia; // sorted
};

// Pairs the media files of ONE Takeout folder with the JSON sidecars of the same
// folder, despite Takeout's naming quirks (see MatchRule). Pure and
// deterministic: the same names in any order give the same result. Names are
// compared NFC-normalised and case-insensitively; results use the names as
// given; a name given twice counts once. A sidecar goes to one media file
// only, except to the partner of a Live/Motion photo, to edited copies and to
// forgotten duplicates.
// Linear in the folder's size (hash lookups, no comparison of every pair).
FolderMatch matchFolder(const QStringList &mediaNames, const QList<SidecarFile> &sidecars);

} // namespace tintype
