#pragma once

#include "common/Result.h"
#include "similarity/DuplicateGroup.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <filesystem>
#include <functional>

namespace tintype {

class Catalog;

// Carries out a group's proposal: the metadata of the removed copies moves
// to the kept asset in the catalog (AssetMergeRepository::mergeInto), their
// files go to the system trash (never deleted outright), and their assets
// leave the catalog. Every resolution is recorded with what undo needs:
// undo() brings the files back from the trash and the catalog rows back as
// they were. Nothing is written into the kept file unless asked
// (writeXmp: an XMP sidecar next to it, filling only what it lacks).
class DuplicateResolver {
    Q_DECLARE_TR_FUNCTIONS(DuplicateResolver)

public:
    // Moves one file to the trash; returns where it went.
    using Trash = std::function<Result<QString>(const std::filesystem::path &file)>;

    explicit DuplicateResolver(Catalog &catalog);
    DuplicateResolver(Catalog &catalog, Trash trash);

    // What apply() would do, one line a user reads per step (dry run).
    static QStringList plan(const DuplicateGroup &group);
    // Keeps group.members[group.keep]. Returns the resolution's id (for undo).
    // When a file cannot be trashed, the ones already trashed come back and
    // nothing changes in the catalog.
    Result<std::int64_t> apply(const DuplicateGroup &group);
    // Writes the kept asset's merged GPS, capture time, description, rating,
    // tags and people into the XMP sidecar of its primary file (only values the
    // file lacks) — when the user asks for it.
    Status writeXmp(std::int64_t assetId);
    // Files back from the trash, catalog rows back as they were. A file whose
    // place is taken again stays in the trash and is reported.
    Status undo(std::int64_t resolutionId);
    // Undoes the newest resolution not undone yet; returns its id.
    Result<std::int64_t> undoLast();
    // "These are not duplicates": the group's pairs never group again.
    Status dismiss(const DuplicateGroup &group);

    static Result<QString> moveToSystemTrash(const std::filesystem::path &file);

private:
    Catalog &m_catalog;
    Trash m_trash;
};

} // namespace tintype
