// Which date an imported Takeout photo gets, best first: the file's own capture
// time, then Google's photoTakenTime (the user's corrections live there), then a
// date in the file name, then the archive's file time. The names are real ones
// (immich-go's and GooglePhotosTakeoutHelper's tests): a date in the name must
// never win over the JSON. The report says where each date came from.
#include "catalog/AssetRepository.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"
#include "takeout/TakeoutImporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tintype;
using namespace tintype::test;
namespace fs = std::filesystem;

namespace {
constexpr qint64 kMay2021 = 1619863200; // 2021-05-01 10:00:00 UTC

QByteArray sidecarJson(const QString &title, qint64 taken)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("title"), title},
                                     {QStringLiteral("photoTakenTime"),
                                      QJsonObject{{QStringLiteral("timestamp"), QString::number(taken)}}}})
        .toJson();
}
} // namespace

class TestTakeoutDateSource : public QObject {
    Q_OBJECT

    QTemporaryDir m_input;
    fs::path m_folder; // <input>/Takeout/Google Photos/Photos from 2023

    void writePhoto(const QString &name, int seed)
    {
        QVERIFY(writeJpeg(m_folder / name.toStdString(), QSize(64, 48), seed));
    }
    void writeJson(const QString &name, const QString &title, qint64 taken)
    {
        QVERIFY(writeBytes(m_folder / name.toStdString(), sidecarJson(title, taken)));
    }

    TakeoutReport import(ScanFixture &f)
    {
        TakeoutImportOptions options;
        options.inputs << QString::fromStdString((fs::path(m_input.path().toStdString()) / "Takeout").string());
        options.destination = f.photos() / "From Google";
        return TakeoutImporter(f.catalog(), options).run();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_input.isValid());
        m_folder = fs::path(m_input.path().toStdString()) / "Takeout" / "Google Photos" / "Photos from 2023";
        fs::create_directories(m_folder);
        writePhoto("PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINA.jpg", 1);
        writeJson("PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGIN.json",
                  "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINAL.jpg", kMay2021);
        writePhoto("Screenshot_2022-10-28-09-31-43-118_com.snapchat.jpg", 2);
        writeJson("Screenshot_2022-10-28-09-31-43-118_com.snapcha.json",
                  "Screenshot_2022-10-28-09-31-43-118_com.snapchat.jpg", kMay2021 + 60);
        writePhoto("simple_file_20200101-edited(1).jpg", 3);
        writeJson("simple_file_20200101.jpg.json", "simple_file_20200101.jpg", kMay2021 + 120);
        writePhoto(QString::fromUtf8("IMG-20150125-WA0003-modifié(1).jpg"), 4);
        writeJson("IMG-20150125-WA0003.jpg.json", "IMG-20150125-WA0003.jpg", kMay2021 + 180);
        writePhoto("PXL_20230101_120000000.jpg", 5);
        writeJson("PXL_20230101_120000000.jpg.supplemental-metad.json", "PXL_20230101_120000000.jpg", kMay2021 + 240);
        // The camera's own date beats both the JSON and the name.
        writePhoto("PXL_20190101_120000000.jpg", 6);
        QVERIFY(setMetadata(m_folder / "PXL_20190101_120000000.jpg",
                            {{QStringLiteral("Exif.Photo.DateTimeOriginal"), QStringLiteral("2018:07:07 07:07:07")}}));
        writeJson("PXL_20190101_120000000.jpg.json", "PXL_20190101_120000000.jpg", kMay2021);
        // No JSON: the name, else the file time.
        writePhoto("IMG_20170303_101010.jpg", 7);
        writePhoto("holiday.jpg", 8);
    }

    void jsonBeatsTheFileName()
    {
        ScanFixture f;
        f.addRoot();
        const TakeoutReport r = import(f);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.mediaWithoutSidecar.size(), 2);

        struct Expected {
            const char *name;
            DateSource source;
            qint64 utc; // 0: not checked
        };
        const Expected expected[] = {
            {"PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINA.jpg", DateSource::GoogleJson, kMay2021},
            {"Screenshot_2022-10-28-09-31-43-118_com.snapchat.jpg", DateSource::GoogleJson, kMay2021 + 60},
            {"simple_file_20200101-edited(1).jpg", DateSource::GoogleJson, kMay2021 + 120},
            {"IMG-20150125-WA0003-modifié(1).jpg", DateSource::GoogleJson, kMay2021 + 180},
            {"PXL_20230101_120000000.jpg", DateSource::GoogleJson, kMay2021 + 240},
            {"PXL_20190101_120000000.jpg", DateSource::File, 0},
            {"IMG_20170303_101010.jpg", DateSource::FileName, 0},
            {"holiday.jpg", DateSource::FileTime, 0},
        };
        const QString root = QString::fromStdString(f.photos().string()) + QLatin1Char('/');
        for (const Expected &e : expected) {
            const QString name = QString::fromUtf8(e.name);
            const TakeoutItemResult *item = nullptr;
            for (const TakeoutItemResult &i : r.items)
                if (i.entry.endsWith(QLatin1Char('/') + name))
                    item = &i;
            QVERIFY2(item, e.name);
            QCOMPARE(item->decision, Decision::Import);
            QVERIFY2(item->dateSource == e.source,
                     qPrintable(name + QStringLiteral(": ") + dateSourceName(item->dateSource)));
            QVERIFY(r.toJson().contains("\"dateSource\": \"" + dateSourceName(e.source).toUtf8() + '"'));
            if (e.utc == 0)
                continue;
            // In the copy and in the catalog: Google's date, not the one in the name.
            auto copy = readAlone(item->destination.toStdU16String());
            QVERIFY2(copy, qPrintable(copy.error()));
            QCOMPARE(copy->captureTime.utc, QDateTime::fromSecsSinceEpoch(e.utc, Qt::UTC));
            QVERIFY(item->destination.startsWith(root));
            const auto asset = f.assetOf(item->destination.mid(root.size()).toUtf8());
            QVERIFY2(asset, qPrintable(item->destination));
            QCOMPARE(asset->metadata.captureTime.utc, QDateTime::fromSecsSinceEpoch(e.utc, Qt::UTC));
        }
        const auto camera = f.assetOf("From Google/2018/07/PXL_20190101_120000000.jpg");
        QVERIFY(camera);
        QCOMPARE(camera->metadata.captureTime.wallClock().toString(Qt::ISODate),
                 QStringLiteral("2018-07-07T07:07:07Z"));
        QVERIFY(f.assetOf("From Google/2017/03/IMG_20170303_101010.jpg"));
        QVERIFY(r.toText().contains(QLatin1String("[date: google-json]")));

        // A second import of the same Takeout adds nothing.
        const QStringList before = snapshotTree(f.photos());
        const TakeoutReport again = import(f);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(snapshotTree(f.photos()), before);
    }
};

QTEST_GUILESS_MAIN(TestTakeoutDateSource)
#include "tst_takeoutdatesource.moc"
