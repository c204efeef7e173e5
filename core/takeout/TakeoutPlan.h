#pragma once

#include "takeout/TakeoutSidecar.h"
#include "takeout/TakeoutSidecarMatcher.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tintype {

// What the importer does with one media entry. Stored in the import journal as
// the integer: never renumber.
enum class Decision {
    Import = 0,             // copied into the library
    DuplicateInTakeout = 1, // same bytes as an entry imported before (album + year folders, parts)
    AlreadyInLibrary = 2,   // same bytes as a file the library already has
    Trashed = 3,            // in Google Photos' trash: left out by default
    Failed = 4,             // could not be read or written; see the report
    LowerQualityCopy = 5,   // another copy of the same Google item is better (bigger)
};
QString decisionName(Decision decision); // stable, for JSON: "import", "duplicate", ...

// Where an imported photo's date came from, best first: the file's own capture
// time, Google's photoTakenTime, a date in the file name, the archive's file time.
enum class DateSource { None, File, GoogleJson, FileName, FileTime };
QString dateSourceName(DateSource source); // stable, for JSON: "file", "google-json", "file-name", "file-time"

struct TakeoutProblem {
    QString where; // part and entry, or a folder
    QString reason;
};

// One photo or video entry of the Takeout and what we know of it before reading
// its bytes.
struct PlannedMedia {
    QString entry; // path inside the Takeout tree
    int part = 0;
    qint64 size = 0;
    qint64 mtime = 0;
    QString folder; // entry's folder
    QString name;   // entry's file name
    QString sidecarEntry;
    std::optional<MatchRule> rule;
    std::optional<TakeoutSidecar> sidecar;
    QString editedOf;    // entry of the unedited original, for "-edited" copies
    QString companionOf; // entry of the still, for the clip of a Live/Motion photo
    QString albumKey;    // the album folder it sits in; empty in year folders
};

struct PlannedAlbum {
    QString key; // folder path inside the Takeout: the same folder in every part is one album
    QString title;
    QString description;
};

// Everything learnt from the names and JSON files of all parts: the input of
// the copy pass and the body of a dry run's report.
struct TakeoutPlan {
    std::vector<PlannedMedia> media;        // in storage order
    QHash<QString, std::size_t> mediaIndex; // entry -> index into media
    std::vector<PlannedAlbum> albums;
    QStringList sidecarsWithoutMedia;
    QStringList ignoredJson; // print orders and other JSON that describes no photo
    std::vector<TakeoutProblem> problems;
    qint64 mediaBytes = 0;

    const PlannedMedia *find(const QString &entry) const;
    const PlannedAlbum *album(const QString &key) const;
};

// Collects the entries of the index pass (names and JSON bytes) and turns
// them into a plan: sidecars matched folder by folder (all parts merged),
// albums from their folders and metadata files, edited copies and Live photo
// clips tied to their originals.
class TakeoutPlanner {
public:
    void addMedia(const QString &entry, int part, qint64 size, qint64 mtime);
    void addJson(const QString &entry, const QByteArray &json);
    void addProblem(const QString &where, const QString &reason);
    TakeoutPlan build() const;

private:
    struct Json {
        QString entry;
        QByteArray bytes;
    };
    std::vector<PlannedMedia> m_media;
    std::vector<Json> m_json;
    std::vector<TakeoutProblem> m_problems;
};

// "a/b/c.jpg" -> {"a/b", "c.jpg"}
std::pair<QString, QString> splitEntry(const QString &entry);

} // namespace tintype
