#pragma once

#include "catalog/DuplicateQueries.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tintype {

// One member of a duplicate group: an asset (a RAW + JPEG pair is one asset,
// never two members) with the facts the best copy is chosen by.
struct DuplicateMember {
    DuplicateQueries::MemberFacts facts;
    bool original = false;   // carries its camera's metadata (or a RAW), not a screenshot or messenger copy
    bool screenshot = false; // by its name or folder
    bool messenger = false;  // WhatsApp, Telegram, Signal, ... copies
    bool cameraTime = false; // capture time from the file's own metadata (not its name or file time)
    // How this member differs from the proposed one, for a review screen
    // ("smaller: 2048×1536", "no GPS", "re-encoded PNG", ...). Empty for the kept one.
    QStringList differences;
};

// Assets that show the same picture, with a proposal of which one to keep.
struct DuplicateGroup {
    enum class Kind { Exact, Near };
    Kind kind = Kind::Exact;
    // 1 for identical files; for near copies the lowest structural similarity
    // (SSIM, 0..1) of the pairs that joined the group.
    double similarity = 1.0;
    std::vector<DuplicateMember> members; // the proposed one first
    int keep = 0;                         // index into members of the copy to keep
    // "keeps 4032×3024 with GPS; removes 2048×1536 copy without metadata in Takeout/Album X"
    QString explanation;
    // The same as a short list for the app: "Keeps …", then one line per kind
    // of copy removed, alike ones counted ("Trashes 7 copies: 1800×1200 …").
    QStringList explanationLines;
};

} // namespace tintype
