// A scan notes damaged files (issue 25): the note is stored on the file
// (catalog v10 `file.damage`), reported apart from other problems, marks the
// photo in the timeline and its details, is listed by FileRepository::damaged
// with files nothing could be read from, and goes when the file is whole again.
#include "catalog/FileRepository.h"
#include "catalog/TimelineQueries.h"
#include "support/DamagedMedia.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QTest>

#include <thread>

using namespace tintype;
using namespace tintype::test;

class TestDamagedFiles : public QObject {
    Q_OBJECT

private slots:
    void scanNotesDamagedFiles()
    {
        ScanFixture fx;
        const QByteArray jpeg = jpegOf(structuredImage(QSize(800, 600)));
        QVERIFY(writeBytes(fx.photos() / "whole.jpg", jpeg));
        QVERIFY(writeBytes(fx.photos() / "cut.jpg", cut(jpeg, 0.6)));
        QVERIFY(writeBytes(fx.photos() / "junk.jpg", withJunkBeforeDqt(jpeg, 5)));
        QVERIFY(writeBytes(fx.photos() / "nothing.jpg", QByteArray(3000, 'x')));
        QVERIFY(fx.addRoot());
        const ScanReport r = fx.scan();
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.damaged.size(), size_t(2));
        for (const auto &p : r.problems) // the note is not repeated among other problems
            QVERIFY2(!p.reason.contains(QLatin1String("damaged data")), qPrintable(p.reason));

        QVERIFY(fx.file("whole.jpg")->damage.isEmpty());
        QVERIFY2(fx.file("cut.jpg")->damage.contains(QLatin1String("Premature end")),
                 qPrintable(fx.file("cut.jpg")->damage));
        QCOMPARE(fx.file("junk.jpg")->damage,
                 QStringLiteral("Corrupt JPEG data: 5 extraneous bytes before marker 0xdb"));
        QVERIFY(fx.file("cut.jpg")->assetId); // indexed all the same

        const std::int64_t cutAsset = *fx.file("cut.jpg")->assetId;
        std::vector<TimelineEntry> entries;
        std::optional<AssetDetail> detail;
        std::vector<FileRepository::DamagedFile> listed;
        QVERIFY(fx.catalog().read([&] {
            entries = TimelineQueries(fx.catalog()).entries({});
            detail = TimelineQueries(fx.catalog()).detail(cutAsset);
            listed = FileRepository(fx.catalog()).damaged();
        }));
        QCOMPARE(entries.size(), size_t(3));
        for (const TimelineEntry &e : entries)
            QCOMPARE(e.damaged, e.assetId != *fx.file("whole.jpg")->assetId);
        QVERIFY(detail);
        QVERIFY2(detail->damage.contains(QLatin1String("Premature end")), qPrintable(detail->damage));
        QCOMPARE(listed.size(), size_t(3));
        QCOMPARE(listed[0].path.filename().string(), std::string("cut.jpg"));
        QVERIFY(listed[0].shown);
        QCOMPARE(listed[2].path.filename().string(), std::string("nothing.jpg"));
        QVERIFY(!listed[2].shown);
        QVERIFY(!listed[2].reason.isEmpty());
    }

    void restoredFileLosesItsNote()
    {
        ScanFixture fx;
        const QByteArray jpeg = jpegOf(structuredImage(QSize(800, 600)));
        QVERIFY(writeBytes(fx.photos() / "a.jpg", cut(jpeg, 0.5)));
        QVERIFY(fx.addRoot());
        QCOMPARE(fx.scan().damaged.size(), size_t(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(20)); // another mtime
        QVERIFY(writeBytes(fx.photos() / "a.jpg", jpeg));           // restored from a backup
        QCOMPARE(fx.scan().damaged.size(), size_t(0));
        QVERIFY(fx.file("a.jpg")->damage.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "tst_damagedfiles.moc"
