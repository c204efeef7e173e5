#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace tintype {

class Catalog;

// What duplicate detection reads across the asset's tables: exact copies by content
// hash, the facts a best copy is chosen by, an asset's files and people. Methods
// throw SqlError; call them inside Catalog::read.
class DuplicateQueries {
public:
    explicit DuplicateQueries(Catalog &catalog) : m_catalog(catalog) {}

    // Sets of two or more assets whose files have the same full-content hash.
    std::vector<std::vector<std::int64_t>> exactDuplicateAssets();

    // What choosing the best copy and explaining it needs, per asset.
    struct MemberFacts {
        std::int64_t assetId = 0;
        std::int64_t fileId = 0;
        std::filesystem::path path; // primary file, absolute
        QByteArray relPath;         // relative to its root
        QByteArray fingerprint;
        bool available = false; // present and its root online
        std::int64_t bytes = 0;
        QString format;
        int width = 0, height = 0;
        QString make, model;
        int captureSource = 0; // CaptureTimeSource
        bool hasGps = false;
        bool hasRaw = false; // a RAW file is part of the asset
        bool favorite = false;
        std::optional<int> rating; // the user's, else the file's
        QString description;       // the user's, else the file's
        QStringList tags;
        QStringList albums;
    };
    std::vector<MemberFacts> facts(const std::vector<std::int64_t> &assetIds);

    // Every present file of an asset (primary, RAW, clip, sidecar), absolute.
    std::vector<std::filesystem::path> presentFiles(std::int64_t assetId);
    // Names of people on an asset (person hints; faces once they are named).
    QStringList people(std::int64_t assetId);

private:
    Catalog &m_catalog;
};

} // namespace tintype
