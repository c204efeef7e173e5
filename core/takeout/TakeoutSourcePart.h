#pragma once

#include "common/Result.h"
#include "takeout/TakeoutSourceFolder.h"

#include <QString>

#include <filesystem>
#include <memory>

namespace tintype {

// One input of a TakeoutSource: an archive file or an unpacked folder, with what its
// name says about its place in the export (takeout-20240101T000000Z[-J]-NNN.zip).
struct TakeoutSourcePart {
    enum class Kind { Archive, Folder };

    Kind kind = Kind::Archive;
    QString displayName;        // the file or folder name
    std::filesystem::path path; // canonical
    qint64 bytes = 0;           // archive: file size; folder: sum of its files
    QString exportStamp;        // "20240101T000000Z", empty when the name has no part number
    int exportJob = 0;          // the optional "-J-" of newer exports
    int number = -1;            // NNN, -1 when the name has none
    std::shared_ptr<const TakeoutSourceFolder::Listing> folder; // Kind::Folder only

    // Looks at one user input: exists, is a folder or an archive libarchive can read.
    static Result<TakeoutSourcePart> inspect(const QString &input);
    // Reading order: numbered parts by export and number, then the others by name.
    static bool readsBefore(const TakeoutSourcePart &a, const TakeoutSourcePart &b);
    // Two parts that are the same part of the same export (a second download of it).
    bool samePartAs(const TakeoutSourcePart &other) const;
};

} // namespace tintype
