#pragma once

#include "catalog/Catalog.h"
#include "catalog/CatalogRecords.h"

#include <QTemporaryDir>

#include <memory>

namespace tintype::test {

// A catalog in a temporary folder filled directly through the repositories
// (no files on disk), for the UI's queries and view-models.
class UiCatalog {
public:
    UiCatalog();
    QString path() const { return m_dir.filePath(QStringLiteral("catalog.sqlite")); }
    Catalog &catalog() { return *m_catalog; }
    std::int64_t addRoot(const QString &path, bool online = true);
    // An asset with one primary file at rootId/relPath. `local` is the camera's
    // wall-clock time; `offsetMinutes` nullopt = floating; invalid = undated.
    std::int64_t addPhoto(std::int64_t rootId, const QByteArray &relPath, const QDateTime &local,
                          std::optional<int> offsetMinutes, int width = 4000, int height = 3000,
                          std::int64_t *fileId = nullptr);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    int m_next = 0;
};

} // namespace tintype::test
