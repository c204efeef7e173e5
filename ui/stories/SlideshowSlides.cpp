#include "SlideshowSlides.h"

#include "TimelineModel.h"

#include <QUrl>

namespace tintype {

QVariantList slideshowSlides(Catalog &catalog, const std::vector<std::int64_t> &assetIds,
                             const std::map<std::int64_t, TimelineEntry> &entries)
{
    QVariantList slides;
    TimelineQueries queries(catalog);
    for (std::int64_t id : assetIds) {
        const auto entry = entries.find(id);
        if (entry == entries.end())
            continue;
        QString video;
        if (entry->second.kind == MediaKind::Video) {
            const auto detail = queries.detail(id);
            if (!detail || !detail->available)
                continue;
            video = QUrl::fromLocalFile(QString::fromStdString(detail->path.string())).toString();
        }
        slides << QVariantMap{{QStringLiteral("image"), TimelineModel::thumbnailSource(entry->second, "preview")},
                              {QStringLiteral("video"), video}};
    }
    return slides;
}

} // namespace tintype
