#pragma once

#include <QByteArray>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace tintype {

class Catalog;

// Edit stacks per asset (table edit_revision and edit), with history for
// undo/redo and revert to the original. Stacks are opaque JSON here (written
// and read by core/edit's EditStack); an empty stack is the original. Methods
// throw SqlError; call them inside Catalog::write/read.
class EditRepository {
public:
    explicit EditRepository(Catalog &catalog) : m_catalog(catalog) {}

    // How many revisions an asset keeps; older ones are dropped (undo stops there).
    static constexpr int kHistoryLimit = 200;

    struct State {
        QByteArray stack;       // current stack JSON; empty = the original
        QByteArray fingerprint; // empty = the original
        bool canUndo = false;
        bool canRedo = false;
    };
    State state(std::int64_t assetId);
    // The current stack JSON; nullopt when the asset shows unedited.
    std::optional<QByteArray> current(std::int64_t assetId);

    // A new revision (dropping those an undo left behind); `fingerprint` empty
    // for a stack that changes nothing. Saving what is already current does nothing.
    void save(std::int64_t assetId, const QByteArray &stack, const QByteArray &fingerprint);
    // Back to the original, as a revision of its own (undo brings the edit back).
    void revertToOriginal(std::int64_t assetId) { save(assetId, {}, {}); }
    // False when there is nothing to undo/redo.
    bool undo(std::int64_t assetId);
    bool redo(std::int64_t assetId);

    // Assets that show edited, with their stack fingerprint (thumbnail keys).
    std::vector<std::pair<std::int64_t, QByteArray>> edited();
    // Assets that show edited, with their current stack (JSON).
    std::vector<std::pair<std::int64_t, QByteArray>> currentStacks();

    // The file an asset's edit applies to: its primary file (not a sidecar).
    struct Source {
        std::filesystem::path path; // absolute
        int userQuarterTurns = 0;   // the catalog's rotation on top of the file's orientation
        bool available = false;     // present and its folder online
        int kind = 0;               // MediaKind
    };
    std::optional<Source> source(std::int64_t assetId);

private:
    std::optional<std::int64_t> currentRevision(std::int64_t assetId, bool *exists);
    void setCurrent(std::int64_t assetId, std::optional<std::int64_t> revision);
    Catalog &m_catalog;
};

} // namespace tintype
