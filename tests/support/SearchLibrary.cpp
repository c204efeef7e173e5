#include "support/SearchLibrary.h"

#include "catalog/AlbumRepository.h"
#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/FaceRepository.h"
#include "catalog/FileRepository.h"
#include "catalog/ImportJournal.h"
#include "catalog/PersonRepository.h"
#include "catalog/PlaceRepository.h"
#include "catalog/RootRepository.h"
#include "catalog/UserDecisionRepository.h"

#include <QFileInfo>
#include <QTimeZone>

namespace tintype::test {

namespace {
struct Photo {
    const char *path;
    const char *local; // "2019-06-12T14:00"; empty: undated
    std::optional<int> offsetMinutes;
    MediaKind kind = MediaKind::Photo;
    const char *make = "", *model = "", *lens = "";
    const char *country = "", *region = "", *city = "";
    const char *people = ""; // ';'-separated
    const char *album = "";
    const char *keywords = ""; // ';'-separated
    const char *title = "", *description = "";
    bool favorite = false, archived = false, missing = false;
    int width = 4000, height = 3000;
    const char *format = "jpeg";
};

const Photo kPhotos[] = {
    {"2019/Paris/IMG_0001.JPG", "2019-06-12T14:00", 120, MediaKind::Photo, "Apple", "iPhone 12 Pro", "", "FR",
     "Île-de-France", "Paris", "Anna Schmidt", "", "Eiffel"},
    {"2019/Paris/IMG_0002.JPG", "2019-06-13T10:00", 120, MediaKind::Photo, "Apple", "iPhone 12 Pro", "", "FR",
     "Île-de-France", "Paris", "Anna Schmidt;Tom Weber"},
    {"2018/Roma/DSCF1001.JPG", "2018-08-20T09:00", 120, MediaKind::Photo, "FUJIFILM", "X-T3",
     "XF18-55mmF2.8-4 R LM OIS", "IT", "Lazio", "Rome", "Tom Weber", "Weekend in Rome"},
    {"2018/Firenze/DSCF1002.RAF", "2018-08-21T11:00", 120, MediaKind::Raw, "FUJIFILM", "X-T3", "", "IT", "Tuscany",
     "Florence", "", "Weekend in Rome", "", "", "Ponte Vecchio at dusk"},
    {"2019/newyear/IMG_2001.JPG", "2019-12-31T23:30", 60, MediaKind::Photo, "NIKON CORPORATION", "NIKON D750", "", "DE",
     "Berlin", "Berlin"},
    {"2020/newyear/IMG_2002.JPG", "2020-01-01T00:30", 540, MediaKind::Photo, "NIKON CORPORATION", "NIKON D750", "",
     "JP", "Tokyo", "Tokyo"},
    {"2021/Zürich/VID_0001.MP4",
     "2021-07-04T18:00",
     120,
     MediaKind::Video,
     "",
     "",
     "",
     "CH",
     "Zurich",
     "Zürich",
     "",
     "",
     "",
     "Café am See",
     "",
     false,
     false,
     false,
     1920,
     1080,
     "mp4"},
    {"Screenshots/Screenshot_20220301-101500.png",
     "2022-03-01T10:15",
     60,
     MediaKind::Photo,
     "",
     "",
     "",
     "",
     "",
     "",
     "",
     "",
     "",
     "",
     "",
     false,
     false,
     false,
     1080,
     2340,
     "png"},
    {"2022/PANO_20220815_120000.jpg",
     "2022-08-15T12:00",
     120,
     MediaKind::Photo,
     "Apple",
     "iPhone 12 Pro",
     "",
     "DE",
     "Bavaria",
     "Munich",
     "",
     "",
     "Alps",
     "",
     "",
     true,
     false,
     false,
     8000,
     2000},
    {"2026/IMG_3001.JPG", "2026-12-06T21:00", -300, MediaKind::Photo, "Google", "Pixel 7", "", "US", "New York",
     "New York City"},
    {"2026/summer/IMG_3100.JPG", "2026-07-15T12:00", 120, MediaKind::Photo, "Google", "Pixel 7", "", "", "", "", "", "",
     "", "", "", true},
    {"2025/summer/IMG_2500.JPG", "2025-07-10T12:00", 120, MediaKind::Photo, "Google", "Pixel 7"},
    {"2019/Paris/IMG_0003.JPG", "2019-06-14T12:00", 120, MediaKind::Photo, "Apple", "iPhone 12 Pro", "", "FR",
     "Île-de-France", "Paris", "", "", "", "", "", false, true},
    {"2019/Paris/IMG_0004.JPG", "2019-06-15T12:00", 120, MediaKind::Photo, "Apple", "iPhone 12 Pro", "", "FR",
     "Île-de-France", "Paris", "", "", "", "", "", false, false, true},
    {"2017/IMG_1700.JPG", "2017-05-05T12:00", std::nullopt, MediaKind::Photo, "Canon", "Canon EOS 5D Mark IV", "", "",
     "", "", "", "", "Beach;Sunset", "", "Maria at the beach"},
    {"Parish/IMG_4000.JPG", "", std::nullopt},
};

QStringList listOf(const char *text) { return QString::fromUtf8(text).split(QLatin1Char(';'), Qt::SkipEmptyParts); }
} // namespace

std::map<QString, std::int64_t> writeSearchLibrary(Catalog &catalog)
{
    std::map<QString, std::int64_t> ids;
    const Status written = catalog.write([&] {
        RootRecord root;
        root.path = "/photos";
        root.volumeId = QStringLiteral("test");
        root.volumePath = "photos";
        const std::int64_t rootId = RootRepository(catalog).insert(root);
        AssetRepository assets(catalog);
        FileRepository files(catalog);
        PersonRepository persons(catalog);
        FaceRepository faces(catalog);
        AlbumRepository albums(catalog);
        UserDecisionRepository decisions(catalog);
        std::map<QString, std::int64_t> people, albumIds;
        for (const Photo &p : kPhotos) {
            MediaMetadata m;
            m.kind = p.kind;
            m.format = QString::fromLatin1(p.format);
            if (*p.local) {
                const QDateTime wall(QDateTime::fromString(QString::fromLatin1(p.local), Qt::ISODate).date(),
                                     QDateTime::fromString(QString::fromLatin1(p.local), Qt::ISODate).time(),
                                     QTimeZone::utc());
                m.captureTime.utc = wall.addSecs(-60 * std::int64_t(p.offsetMinutes.value_or(0)));
                m.captureTime.offsetMinutes = p.offsetMinutes;
                m.captureTime.source = CaptureTimeSource::ExifOriginal;
            }
            m.make = QString::fromUtf8(p.make);
            m.model = QString::fromUtf8(p.model);
            m.lens = QString::fromUtf8(p.lens);
            m.keywords = listOf(p.keywords);
            m.title = QString::fromUtf8(p.title);
            m.description = QString::fromUtf8(p.description);
            m.width = p.width;
            m.height = p.height;
            if (*p.country) {
                m.latitude = 10;
                m.longitude = 10;
            }
            const std::int64_t id = assets.insert(m, 1);
            const QString name = QFileInfo(QString::fromUtf8(p.path)).fileName();
            ids[name] = id;
            FileRecord f;
            f.rootId = rootId;
            f.relPath = QByteArray(p.path);
            f.assetId = id;
            f.size = 1000;
            f.mtimeNs = 1;
            f.fingerprint = QByteArray(16, char(id));
            f.status = p.missing ? FileStatus::Missing : FileStatus::Present;
            files.insert(f);
            if (*p.country)
                PlaceRepository(catalog).set(
                    {id, 10, 10},
                    {QString::fromLatin1(p.country), QString::fromUtf8(p.region), QString::fromUtf8(p.city)}, 1);
            std::vector<FaceRecord> found;
            for (const QString &person : listOf(p.people)) {
                if (!people.count(person))
                    people[person] = persons.create(person, 1);
                FaceRecord face;
                face.assetId = id;
                face.box = QRectF(0.1 * double(found.size() + 1), 0.1, 0.1, 0.1);
                face.personId = people[person];
                face.confirmed = true;
                found.push_back(face);
            }
            faces.recordPass(id, QStringLiteral("test"), found, QString(), 1);
            for (const FaceRecord &face : found)
                faces.assign(face.id, face.personId, true);
            if (*p.album) {
                const QString album = QString::fromUtf8(p.album);
                if (!albumIds.count(album))
                    albumIds[album] = albums.create(album, QString(), 1);
                albums.addItem(albumIds[album], id);
            }
            if (p.favorite)
                decisions.setFavorite({id}, true);
            if (p.archived)
                decisions.setArchived({id}, true);
        }
        ImportJournal(catalog).addPersonHint(ids[QStringLiteral("IMG_1700.JPG")], QStringLiteral("Maria"),
                                             QStringLiteral("takeout"));
    });
    Q_ASSERT(written.ok());
    return ids;
}

} // namespace tintype::test
