#include "FacesInPhotoModel.h"

#include "catalog/Catalog.h"
#include "catalog/FaceRepository.h"
#include "catalog/PersonRepository.h"
#include "catalog/TimelineQueries.h"

#include <stdexcept>

namespace tintype {

FacesInPhotoModel::FacesInPhotoModel(QObject *parent)
    : FaceRowsModel({QStringLiteral("faceId"), QStringLiteral("personId"), QStringLiteral("name"),
                     QStringLiteral("boxX"), QStringLiteral("boxY"), QStringLiteral("boxW"), QStringLiteral("boxH")},
                    parent)
{}

void FacesInPhotoModel::setAssetId(qint64 id)
{
    if (m_assetId == id)
        return;
    m_assetId = id;
    emit assetIdChanged();
    reload();
}

QRectF FacesInPhotoModel::turned(QRectF box, int quarterTurns)
{
    for (int i = 0; i < (quarterTurns & 3); ++i)
        box = QRectF(1.0 - box.bottom(), box.x(), box.height(), box.width());
    return box;
}

FaceRowsModel::Loader FacesInPhotoModel::loader() const
{
    if (m_assetId <= 0)
        return {};
    return [assetId = m_assetId](Catalog &catalog) {
        Loaded loaded;
        const Status read = catalog.read([&] {
            const auto detail = TimelineQueries(catalog).detail(assetId);
            const int turns = detail ? detail->userRotation : 0;
            PersonRepository people(catalog);
            for (const FaceRecord &f : FaceRepository(catalog).ofAsset(assetId)) {
                const std::optional<PersonRecord> person = f.personId ? people.byId(*f.personId) : std::nullopt;
                const QRectF box = turned(f.box, turns);
                loaded.rows.append({{QStringLiteral("faceId"), qint64(f.id)},
                                    {QStringLiteral("personId"), qint64(person ? person->id : 0)},
                                    {QStringLiteral("name"), person ? person->name : QString()},
                                    {QStringLiteral("boxX"), box.x()},
                                    {QStringLiteral("boxY"), box.y()},
                                    {QStringLiteral("boxW"), box.width()},
                                    {QStringLiteral("boxH"), box.height()}});
            }
        });
        if (!read)
            throw std::runtime_error(read.error().toStdString());
        return loaded;
    };
}

} // namespace tintype
