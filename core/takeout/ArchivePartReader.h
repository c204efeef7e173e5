#pragma once

#include "common/Result.h"

#include <QString>

#include <filesystem>

namespace tintype {

class TakeoutSourceProgress;
class TakeoutVisitor;

// One zip / tar / tar.gz part read in place with libarchive (zip through its seekable
// reader, so skipped entries cost a seek; a zip without its central directory, such as a
// truncated download, is streamed from the start instead). The file is opened read-only.
class ArchivePartReader {
public:
    // Whether libarchive recognises the file and can read its first entry (or it is empty).
    static Status probe(const std::filesystem::path &file);

    // Every entry to the visitor, refusals and damage to visitor.problem(); stops early
    // only when progress.cancelled().
    static void visit(const std::filesystem::path &file, const QString &partName, int partIndex,
                      TakeoutVisitor &visitor, TakeoutSourceProgress &progress);
};

} // namespace tintype
