#pragma once

#include <QStringList>

#include <cstdint>
#include <vector>

namespace tintype {

class Catalog;

// Moving photos' files to the system trash and back, recorded in the
// catalog (TrashRepository) so the Trash page lists what Tintype trashed and
// can put it back where it was. Functions run inside Catalog::write on the
// catalog worker; each returns the names of the files it could not handle.
namespace trashedfiles {

struct Trashed {
    std::vector<std::int64_t> recordIds; // for undo: restore(catalog, recordIds)
    QStringList failures;
};
// Every present file of these assets (RAW + JPEG, Live clip, sidecars).
Trashed moveToTrash(Catalog &catalog, const std::vector<std::int64_t> &assetIds);
// Back to the path each file had (its folder made again if it went), the
// trash's note removed, the file present again. A file now in the way is
// never replaced: that one stays in the trash.
QStringList restore(Catalog &catalog, const std::vector<std::int64_t> &recordIds);
QStringList restoreAssets(Catalog &catalog, const std::vector<std::int64_t> &assetIds);
// Deletes the trashed files of these assets for good (and the trash's note),
// and forgets them and their photos in the catalog.
QStringList deleteForever(Catalog &catalog, const std::vector<std::int64_t> &assetIds);

} // namespace trashedfiles
} // namespace tintype
