#pragma once

#include "metadata/MediaMetadata.h"

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <unordered_map>
#include <vector>

namespace tintype {

class Catalog;

// A file's fingerprint (FileHasher: 16 bytes) or an edit's held inline, so a
// million timeline entries make no million small allocations. Converts from and to
// QByteArray; longer input is not a fingerprint and is kept empty.
class InlineFingerprint {
public:
    InlineFingerprint() = default;
    InlineFingerprint(const QByteArray &bytes) // NOLINT(google-explicit-constructor): a drop-in for QByteArray
        : InlineFingerprint(QByteArrayView(bytes))
    {}
    InlineFingerprint(QByteArrayView bytes) // NOLINT(google-explicit-constructor)
    {
        if (bytes.size() <= qsizetype(m_bytes.size())) {
            std::copy(bytes.begin(), bytes.end(), m_bytes.begin());
            m_size = std::uint8_t(bytes.size());
        }
    }
    QByteArray toByteArray() const { return QByteArray(m_bytes.data(), m_size); }
    QByteArray toHex() const { return toByteArray().toHex(); }
    bool isEmpty() const { return m_size == 0; }
    void clear() { *this = {}; }
    bool operator==(const InlineFingerprint &other) const = default;

private:
    std::array<char, 16> m_bytes{};
    std::uint8_t m_size = 0;
};

// One photo or video as the grid needs it: small (88 bytes, fields ordered to
// pack), so a million of them are cheap.
struct TimelineEntry {
    std::int64_t assetId = 0;
    std::int64_t fileId = 0;   // the primary file (thumbnail source)
    std::int64_t localMs = 0;  // capture time on the photo's own clock, as ms since the epoch read as UTC
    int width = 0, height = 0; // after the file's orientation, before the user's rotation
    int stackCount = 0;        // a burst shown as one tile (the phone's chosen frame): its frame count
    float editedAspect = 0;    // width/height of the edited picture (turns and edit applied); 0: not known
    MediaKind kind = MediaKind::Photo;
    std::int8_t userRotation = 0; // quarter turns clockwise, on top of the file's orientation
    bool dated = false;           // false: no capture time, localMs is meaningless
    bool favorite = false;
    bool available = true;             // primary file present and its root online
    bool moving = false;               // a Live or motion photo: a clip beside it or inside its file
    bool damaged = false;              // the primary file's image data is damaged (FileRecord::damage)
    bool fresh = false;                // new in the phone inbox, not seen yet (InboxRepository)
    InlineFingerprint fingerprint;     // keys the thumbnail cache
    InlineFingerprint editFingerprint; // the edit it shows (EditStack::fingerprint, 16 characters); empty: unedited
};
static_assert(sizeof(TimelineEntry) <= 88, "a million entries should stay under 90 MB");

// What the viewer's info panel shows for one asset.
struct AssetDetail {
    std::int64_t assetId = 0;
    MediaMetadata metadata;     // from the file (keywords included)
    std::filesystem::path path; // primary file, absolute
    bool available = true;
    bool favorite = false;
    std::optional<int> userRating;
    int userRotation = 0;
    QString userDescription; // null: none set
    std::int64_t fileSize = 0;
    std::filesystem::path motionClipFile; // a Live Photo's clip beside it (present, root online); empty: none
    QString damage;                       // the primary file's FileRecord::damage, empty when whole
    bool locationSetByUser = false;       // metadata's position is one the user set ("Set location…")
};

// Read-only queries of the timeline, favourites and folder views. Methods
// throw SqlError; call them inside Catalog::read.
class TimelineQueries {
public:
    explicit TimelineQueries(Catalog &catalog) : m_catalog(catalog) {}

    struct Scope {
        enum class Kind { All, Favorites, Folder, People, Album, Archive, Trash, Place, Assets, Thing, Recent };
        Kind kind = Kind::All;
        std::int64_t rootId = 0; // Folder: the root
        QByteArray folder;       // Folder: '/'-separated native bytes relative to the root, empty = the root itself
        std::vector<std::int64_t> personIds; // People: photos showing all of them (none: no photos)
        std::int64_t albumId = 0;            // Album: the album
        QString countryCode;                 // Place: the country (asset_place)
        std::optional<QString> city;         // Place: the town ("": outside any town); none: the whole country
        std::vector<std::int64_t> assetIds;  // Assets: these (archived too)
        QString thingLabel;                  // Thing: the photos showing it (table thing), archived too
        std::int64_t addedSince = 0;         // Recent: assets added at or after this (seconds since the epoch)
    };
    // Assets whose primary file is not missing, newest first on their own
    // clock, undated last. Folder scope: primary files directly in that folder.
    // People scope: assets showing every one of the people (FaceRepository::assetsWithAll).
    // Album scope: the album's items (by date like the timeline).
    // Place scope: the photos named in that country (and town), archived too.
    // Recent scope ("Recently added"): newest imports first, each entry's
    // localMs the local time it was added (so the views group by the day added).
    // All and Favorites leave archived photos out; Archive has only those;
    // folders, albums and people show them. Trash: the photos whose files
    // Tintype moved to the system trash (trashed_file), the file still there.
    std::vector<TimelineEntry> entries(const Scope &scope);
    // The newest `limit` entries by capture instant (through the capture-time
    // index, so fast at any library size): a first screen to show while
    // entries() reads everything. Same order rules as entries().
    std::vector<TimelineEntry> newest(const Scope &scope, int limit);

    std::optional<AssetDetail> detail(std::int64_t assetId);
    // The entries of these assets (those whose primary file is present), by date (Scope::Kind::Assets).
    std::vector<TimelineEntry> byIds(const std::vector<std::int64_t> &assetIds);

    struct BurstFrames {
        std::vector<TimelineEntry> frames; // every frame whose file is present, as taken (oldest first)
        std::int64_t top = 0;              // the frame that stands for the burst in the grid
    };
    // The frames of the burst this asset belongs to; none when it is no burst.
    BurstFrames burstFrames(std::int64_t assetId);

private:
    struct Burst {
        QString key;
        bool cover = false;  // the frame the phone chose ("COVER" in its name)
        bool chosen = false; // the frame the user chose (AssetRepository::chooseBurstFrame)
    };
    static void stackBursts(std::vector<TimelineEntry> &rows,
                            const std::unordered_map<std::int64_t, Burst> &burstOfAsset);
    std::vector<TimelineEntry> query(const Scope &scope, int limit, bool stack = true);
    std::vector<TimelineEntry> withPeople(const std::vector<std::int64_t> &personIds, int limit);
    Catalog &m_catalog;
};

} // namespace tintype
