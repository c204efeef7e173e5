// The importer over real Takeouts ($TINTYPE_SAMPLES/takeout-immich-go): the
// three mini Takeouts from immich-go's tests and its end-to-end set. Every
// photo finds its JSON, albums come back with Google's titles, each photo is
// copied once, zero-byte media are refused with a reason, and a second run
// adds nothing. Prints the match rates for the closing note.
#include "catalog/AlbumRepository.h"
#include "catalog/Catalog.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"
#include "takeout/TakeoutImporter.h"

#include <QTest>

using namespace tintype;
using namespace tintype::test;
using namespace tintype;

class TestTakeoutImportSamples : public QObject {
    Q_OBJECT

    QString m_samples;

    TakeoutReport import(ScanFixture &f, const QString &relative)
    {
        if (f.roots().empty())
            f.addRoot();
        TakeoutImportOptions options;
        options.inputs << m_samples + QStringLiteral("/takeout-immich-go/") + relative;
        options.destination = f.photos() / "Takeout";
        return TakeoutImporter(f.catalog(), options).run();
    }

    std::map<QString, std::int64_t> albums(ScanFixture &f)
    {
        std::map<QString, std::int64_t> result;
        (void)f.catalog().read([&] {
            for (const AlbumRecord &a : AlbumRepository(f.catalog()).all())
                result[a.name] = a.itemCount;
        });
        return result;
    }

    void printRate(const char *set, const TakeoutReport &r)
    {
        qInfo("%s: %lld media, %lld with their JSON (%.1f%%), %lld imported, %lld duplicates, %lld failed, "
              "%lld JSON without media",
              set, r.mediaEntries, r.withSidecar, r.mediaEntries ? 100.0 * r.withSidecar / r.mediaEntries : 0.0,
              r.count(Decision::Import), r.count(Decision::DuplicateInTakeout), r.count(Decision::Failed),
              qint64(r.sidecarsWithoutMedia.size()));
    }

private slots:
    void initTestCase()
    {
        m_samples = qEnvironmentVariable("TINTYPE_SAMPLES");
        if (m_samples.isEmpty())
            QSKIP("TINTYPE_SAMPLES is not set: the real-world Takeout suite needs the sample folder");
        QVERIFY2(QFileInfo::exists(m_samples + QStringLiteral("/takeout-immich-go")),
                 "TINTYPE_SAMPLES is set but has no takeout-immich-go folder");
    }

    void pixelAlbumWithLocalizedMetadata()
    {
        ScanFixture f;
        const TakeoutReport r = import(f, QStringLiteral("app/upload/TEST_DATA/Takeout1"));
        printRate("Takeout1", r);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.mediaEntries, 8);
        QCOMPARE(r.withSidecar, 8);
        QCOMPARE(r.count(Decision::Import), 8);
        // métadonnées.json names the album, with the '/' the folder name could not hold.
        QCOMPARE(albums(f), (std::map<QString, std::int64_t>{{QStringLiteral("Album test 6/10/23"), 8}}));
        const QStringList before = snapshotTree(f.photos());
        const TakeoutReport again = import(f, QStringLiteral("app/upload/TEST_DATA/Takeout1"));
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(snapshotTree(f.photos()), before);
        QCOMPARE(albums(f), (std::map<QString, std::int64_t>{{QStringLiteral("Album test 6/10/23"), 8}}));
    }

    void untitledAlbumAndYearFolder()
    {
        ScanFixture f;
        const TakeoutReport r = import(f, QStringLiteral("app/upload/TEST_DATA/Takeout2"));
        printRate("Takeout2", r);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.withSidecar, r.mediaEntries);
        QCOMPARE(r.count(Decision::Import), 3);
        QCOMPARE(albums(f), (std::map<QString, std::int64_t>{{QStringLiteral("Sans titre(9)"), 1}}));
    }

    void zeroByteMediaAreRefused()
    {
        ScanFixture f;
        const TakeoutReport r = import(f, QStringLiteral("app/upload/TEST_DATA/Takeout3"));
        printRate("Takeout3", r);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.withSidecar, 3); // DSC_0238(1).JPG ↔ DSC_0238.JPG(1).json among them
        QCOMPARE(r.count(Decision::Failed), 3);
        for (const TakeoutItemResult &i : r.items)
            QVERIFY2(i.note.contains(QLatin1String("empty")), qPrintable(i.note));
    }

    void albumCopiesImportedOnce()
    {
        ScanFixture f;
        const TakeoutReport r = import(f, QStringLiteral("internal/e2e/client/DATA/fromGooglePhotos"));
        printRate("e2e fromGooglePhotos", r);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.withSidecar, r.mediaEntries);
        QCOMPARE(r.count(Decision::Import), 5);
        QCOMPARE(r.count(Decision::DuplicateInTakeout), 5);
        QCOMPARE(albums(f), (std::map<QString, std::int64_t>{{QStringLiteral("Gopher's gallery"), 5}}));
    }
};

QTEST_GUILESS_MAIN(TestTakeoutImportSamples)
#include "tst_takeoutimportsamples.moc"
