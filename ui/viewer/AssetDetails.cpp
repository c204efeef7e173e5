#include "AssetDetails.h"

#include "AppServices.h"
#include "CatalogWorker.h"

#include "catalog/Catalog.h"
#include "catalog/EditRepository.h"
#include "catalog/PlaceRepository.h"
#include "catalog/TimelineQueries.h"
#include "catalog/UserDecisionRepository.h"
#include "common/NativePath.h"
#include "edit/EditedShape.h"
#include "geo/ReverseGeocoder.h"

#include <QFile>
#include <QLocale>

#include <cmath>

namespace tintype {

AssetDetails::AssetDetails(QObject *parent) : ServicesClient(parent) {}
AssetDetails::~AssetDetails() = default;

void AssetDetails::connectServices(AppServices &services)
{
    connect(&services, &AppServices::assetsChanged, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_assetId))
            refresh();
    });
}

void AssetDetails::servicesReplaced() { refresh(); }

void AssetDetails::setAssetId(qint64 id)
{
    if (m_assetId == id)
        return;
    m_assetId = id;
    emit assetIdChanged();
    refresh();
}

QHash<QString, QString> AssetDetails::describe(const AssetDetail &d)
{
    const QLocale locale;
    const MediaMetadata &m = d.metadata;
    QHash<QString, QString> t;
    if (m.captureTime.isValid()) {
        const QDateTime wall = m.captureTime.wallClock();
        t[QStringLiteral("date")] = locale.toString(wall.date(), QLocale::LongFormat) + QStringLiteral(", ") +
                                    locale.toString(wall.time(), QLocale::ShortFormat);
        if (m.captureTime.source == CaptureTimeSource::FileTime) {
            // Sorted by it all the same, but it is when the file was copied, not taken.
            t[QStringLiteral("offset")] = tr("File date: the photo holds no capture time");
            t[QStringLiteral("dateSource")] = QStringLiteral("file");
        } else if (m.captureTime.source == CaptureTimeSource::User) {
            t[QStringLiteral("offset")] = tr("Date set in Tintype");
            t[QStringLiteral("dateSource")] = QStringLiteral("user");
        } else if (m.captureTime.offsetMinutes) {
            const int off = *m.captureTime.offsetMinutes;
            t[QStringLiteral("offset")] = QStringLiteral("UTC%1%2:%3")
                                              .arg(off < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                              .arg(std::abs(off) / 60, 2, 10, QLatin1Char('0'))
                                              .arg(std::abs(off) % 60, 2, 10, QLatin1Char('0'));
        } else {
            t[QStringLiteral("offset")] = tr("time zone unknown (camera clock)");
        }
    } else {
        t[QStringLiteral("date")] = tr("Date unknown");
        t[QStringLiteral("dateSource")] = QStringLiteral("file");
    }
    QString camera = m.model;
    if (!m.make.isEmpty() && !m.model.startsWith(m.make, Qt::CaseInsensitive))
        camera = (m.make + QLatin1Char(' ') + m.model).trimmed();
    t[QStringLiteral("camera")] = camera;
    t[QStringLiteral("lens")] = m.lens;
    QStringList exposure;
    if (m.fNumber)
        exposure << QStringLiteral("ƒ/%1").arg(*m.fNumber, 0, 'g', 3);
    if (m.exposureTime) {
        const double s = *m.exposureTime;
        exposure << (s > 0 && s < 0.5 ? QStringLiteral("1/%1\u00a0s").arg(qRound(1.0 / s))
                                      : QStringLiteral("%1\u00a0s").arg(s, 0, 'g', 3));
    }
    if (m.focalLength)
        exposure << QStringLiteral("%1\u00a0mm").arg(*m.focalLength, 0, 'g', 4);
    if (m.iso)
        exposure << QStringLiteral("ISO\u00a0%1").arg(*m.iso);
    t[QStringLiteral("exposure")] = exposure.join(QStringLiteral("  ·  "));
    QStringList size;
    if (m.width > 0 && m.height > 0)
        size << tr("%1 × %2 (%3 MP)").arg(m.width).arg(m.height).arg(double(m.width) * m.height / 1e6, 0, 'f', 1);
    if (d.fileSize > 0)
        size << locale.formattedDataSize(d.fileSize);
    if (m.durationSeconds)
        size << tr("%1 s").arg(*m.durationSeconds, 0, 'f', 1);
    t[QStringLiteral("size")] = size.join(QStringLiteral("  ·  "));
    t[QStringLiteral("path")] = nativepath::display(d.path);
    t[QStringLiteral("fileName")] = nativepath::display(d.path.filename());
    if (m.latitude && m.longitude) {
        t[QStringLiteral("gps")] = QStringLiteral("%1, %2").arg(*m.latitude, 0, 'f', 5).arg(*m.longitude, 0, 'f', 5);
        if (d.locationSetByUser)
            t[QStringLiteral("locationSource")] = tr("Location set in Tintype");
    }
    t[QStringLiteral("keywords")] = m.keywords.join(QStringLiteral(", "));
    t[QStringLiteral("description")] = d.userDescription.isNull() ? m.description : d.userDescription;
    if (!d.damage.isEmpty()) {
        t[QStringLiteral("damage")] = tr("Damaged data, shown as far as it could be read");
        t[QStringLiteral("damageDetail")] = d.damage;
    }
    return t;
}

void AssetDetails::refresh()
{
    if (!services() || m_assetId == 0) {
        m_ready = false;
        emit changed();
        return;
    }
    const qint64 id = m_assetId;
    const int generation = ++m_generation;
    struct Loaded {
        std::optional<AssetDetail> detail;
        QByteArray edit; // the current stack, empty when unedited
        std::optional<PlaceRecord> place;
    };
    services()->catalog().read<Loaded>(
        [id](Catalog &catalog) {
            return Loaded{TimelineQueries(catalog).detail(id),
                          EditRepository(catalog).current(id).value_or(QByteArray()),
                          PlaceRepository(catalog).forAsset(id)};
        },
        this,
        [this, generation](Result<Loaded> loaded) {
            Result<std::optional<AssetDetail>> result =
                loaded ? Result<std::optional<AssetDetail>>(std::move(loaded.value().detail))
                       : Result<std::optional<AssetDetail>>::failure(loaded.error());
            if (generation != m_generation)
                return;
            m_ready = result && result.value();
            m_error = !result ? result.error() : (m_ready ? QString() : tr("This photo is no longer in the library"));
            if (m_ready) {
                const AssetDetail &d = *result.value();
                m_text = describe(d);
                if (const auto &place = loaded.value().place; place && !place->isEmpty()) {
                    const ReverseGeocoder *geocoder = ReverseGeocoder::shared();
                    QStringList parts{place->city, place->region,
                                      geocoder ? geocoder->countryName(place->countryCode, QLocale().name())
                                               : place->countryCode};
                    parts.removeAll(QString());
                    m_text[QStringLiteral("place")] = parts.join(QStringLiteral(", "));
                }
                m_fileUrl = QUrl::fromLocalFile(m_text.value(QStringLiteral("path")));
                m_position.reset();
                if (d.metadata.latitude && d.metadata.longitude)
                    m_position = std::make_pair(*d.metadata.latitude, *d.metadata.longitude);
                m_rating = d.userRating.value_or(std::max(0, d.metadata.rating.value_or(0)));
                m_favorite = d.favorite;
                m_available = d.available;
                m_video = d.metadata.kind == MediaKind::Video;
                m_motionClipFileUrl =
                    d.motionClipFile.empty()
                        ? QUrl()
                        : QUrl::fromLocalFile(QFile::decodeName(nativepath::toBytes(d.motionClipFile)));
                m_motionClip = d.metadata.motionClip ? std::pair<qint64, qint64>(d.metadata.motionClip->offset,
                                                                                 d.metadata.motionClip->length)
                                                     : std::pair<qint64, qint64>(0, 0);
                const bool swapped = d.userRotation & 1;
                m_pixelWidth = swapped ? d.metadata.height : d.metadata.width;
                m_pixelHeight = swapped ? d.metadata.width : d.metadata.height;
                // An edit (a crop, straighten) shows a picture of another size.
                if (const auto shown = editedshape::shownSize(QSize(d.metadata.width, d.metadata.height),
                                                              d.userRotation, loaded.value().edit)) {
                    m_pixelWidth = shown->width();
                    m_pixelHeight = shown->height();
                }
            } else {
                m_text.clear();
            }
            emit changed();
        });
}

void AssetDetails::setDescription(const QString &text)
{
    if (!services() || m_assetId == 0 || text == description())
        return;
    const qint64 id = m_assetId;
    m_text[QStringLiteral("description")] = text;
    emit changed();
    services()->catalog().write<bool>(
        [id, text](Catalog &catalog) {
            UserDecisionRepository(catalog).setDescription(id, text);
            return true;
        },
        this,
        [this](const Result<bool> &result) {
            if (!result) {
                m_error = tr("The description could not be saved: %1").arg(result.error());
                emit changed();
            }
        });
}

QString AssetDetails::setDate(const QString &text)
{
    const QDateTime wall = parseDate(text);
    if (!wall.isValid())
        return tr("Type a date like %1").arg(QStringLiteral("2019-06-12 15:30"));
    if (!services() || m_assetId == 0)
        return {};
    const qint64 id = m_assetId;
    services()->catalog().write<bool>(
        [id, wall](Catalog &catalog) {
            UserDecisionRepository(catalog).setCaptureTime({id}, wall, std::nullopt);
            return true;
        },
        this,
        [this, id](const Result<bool> &result) {
            if (!result) {
                m_error = tr("The date could not be saved: %1").arg(result.error());
                emit changed();
                return;
            }
            refresh();
            emit services()->assetsChanged({id}); // the timeline moves the photo to its day
        });
    return {};
}

QDateTime AssetDetails::parseDate(const QString &text)
{
    const QString t = text.simplified();
    for (const char *format : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"}) {
        QDateTime wall = QDateTime::fromString(t, QString::fromLatin1(format));
        if (wall.isValid() && wall.date().year() >= 1826 && wall.date().year() <= 2200) {
            wall.setTimeSpec(Qt::UTC); // the wall clock, stored "floating" (no UTC offset known)
            return wall;
        }
    }
    return {};
}

} // namespace tintype
