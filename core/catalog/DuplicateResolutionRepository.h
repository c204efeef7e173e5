#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tintype {

class Catalog;

// Table `duplicate_resolution`: each applied merge, its explanation and undo state.
// Methods throw SqlError; call them inside Catalog::write/read.
class DuplicateResolutionRepository {
public:
    explicit DuplicateResolutionRepository(Catalog &catalog) : m_catalog(catalog) {}

    struct Resolution {
        std::int64_t id = 0;
        std::int64_t keptAssetId = 0;
        QString explanation;
        std::int64_t appliedAt = 0;
        std::optional<std::int64_t> undoneAt;
        QJsonObject undoState;
    };
    std::int64_t addResolution(std::int64_t keptAssetId, const QString &explanation, std::int64_t appliedAt,
                               const QJsonObject &undoState);
    std::optional<Resolution> resolution(std::int64_t id);
    std::vector<Resolution> resolutions(); // newest first
    void markUndone(std::int64_t id, std::int64_t at);

private:
    Catalog &m_catalog;
};

} // namespace tintype
