#pragma once

#include "UiFixture.h"

#include "catalog/FaceRepository.h"
#include "catalog/PersonRepository.h"

#include <QTest>

#include <cstdint>
#include <vector>

namespace tintype::test {

// Faces stored straight through the repositories (no models needed): an
// embedding that is `seed` in one coordinate, so faces of one seed are close.
inline FaceRecord makeFace(float seed, float x = 0.1F)
{
    FaceRecord f;
    f.box = QRectF(x, 0.2, 0.2, 0.3);
    f.embedding.fill(0.0F);
    f.embedding[std::size_t(seed) % 128] = 1.0F;
    f.score = 0.9F;
    f.sharpness = 100;
    return f;
}

// Records a face pass of `assetId` holding `faces`; returns their ids.
inline std::vector<std::int64_t> addFaces(UiCatalog &c, std::int64_t assetId, std::vector<FaceRecord> faces)
{
    std::vector<std::int64_t> ids;
    const bool ok = bool(c.catalog().write([&] {
        FaceRepository(c.catalog()).recordPass(assetId, QStringLiteral("test"), faces, {}, 1);
        for (const auto &f : faces)
            ids.push_back(f.id);
    }));
    if (!ok)
        qWarning("addFaces failed");
    return ids;
}

// A person named `name` (empty: an unnamed cluster) holding `faceIds`.
inline std::int64_t addPerson(UiCatalog &c, const QString &name, const std::vector<std::int64_t> &faceIds,
                              bool confirmed = true)
{
    std::int64_t id = 0;
    const bool ok = bool(c.catalog().write([&] {
        id = PersonRepository(c.catalog()).create(name, 1);
        for (auto face : faceIds)
            FaceRepository(c.catalog()).assign(face, id, confirmed);
    }));
    if (!ok)
        qWarning("addPerson failed");
    return id;
}

} // namespace tintype::test
