// Recently added and the phone inbox: the Recent timeline lists the newest
// imports first; photos that arrive in a root marked as the phone inbox are
// marked new until seen, and only those (not what was there before).
#include "catalog/InboxRepository.h"
#include "catalog/RootRepository.h"
#include "catalog/SqlStatement.h"
#include "catalog/TimelineQueries.h"
#include "support/ScanFixture.h"

#include <QTest>

using namespace tintype;
using namespace tintype::test;
namespace fs = std::filesystem;

class TestPhoneInbox : public QObject {
    Q_OBJECT

    static std::vector<TimelineEntry> recent(Catalog &catalog)
    {
        std::vector<TimelineEntry> rows;
        catalog.read([&] {
            TimelineQueries::Scope scope;
            scope.kind = TimelineQueries::Scope::Kind::Recent;
            scope.addedSince = QDateTime::currentSecsSinceEpoch() - 30 * 24 * 3600;
            rows = TimelineQueries(catalog).entries(scope);
        });
        return rows;
    }

private slots:
    void newArrivalsInTheInboxAreNewUntilSeen()
    {
        ScanFixture fx;
        QVERIFY(fx.isValid());
        QVERIFY(writeDatedJpeg(fx.photos() / "old.jpg", 1));
        const std::int64_t root = fx.addRoot();
        fx.scan();
        QVERIFY(fx.catalog().write([&] { RootRepository(fx.catalog()).setInbox(root, true); }));
        QVERIFY(fx.roots().front().inbox);

        QVERIFY(writeDatedJpeg(fx.photos() / "Camera" / "new.jpg", 2));
        fx.scan();
        const auto oldAsset = fx.assetOf("old.jpg"), newAsset = fx.assetOf("Camera/new.jpg");
        QVERIFY(oldAsset && newAsset);
        bool oldNew = true, newNew = false;
        QVERIFY(fx.catalog().read([&] {
            InboxRepository inbox(fx.catalog());
            oldNew = inbox.isNew(oldAsset->id);
            newNew = inbox.isNew(newAsset->id);
        }));
        QVERIFY(!oldNew); // there before the folder became the inbox
        QVERIFY(newNew);
        auto rows = recent(fx.catalog());
        QCOMPARE(rows.size(), size_t(2));
        const auto fresh =
            std::find_if(rows.begin(), rows.end(), [&](const auto &e) { return e.assetId == newAsset->id; });
        QVERIFY(fresh->fresh);

        QVERIFY(fx.catalog().write([&] { InboxRepository(fx.catalog()).markSeen({newAsset->id}); }));
        rows = recent(fx.catalog());
        QVERIFY(std::none_of(rows.begin(), rows.end(), [](const auto &e) { return e.fresh; }));
    }

    void recentlyAddedListsNewestImportsFirst()
    {
        ScanFixture fx;
        // Taken in 2019 but added last; taken in 2024 but added first.
        QVERIFY(writeDatedJpeg(fx.photos() / "a.jpg", 1, QStringLiteral("2024:05:01 10:00:00")));
        QVERIFY(writeDatedJpeg(fx.photos() / "b.jpg", 2, QStringLiteral("2019:05:01 10:00:00")));
        fx.addRoot();
        fx.scan();
        const auto a = fx.assetOf("a.jpg"), b = fx.assetOf("b.jpg");
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(fx.catalog().write([&] {
            SqlStatement(fx.catalog().handle(), "UPDATE asset SET added_at = " + std::to_string(now - 3600) +
                                                    " WHERE id = " + std::to_string(a->id))
                .exec();
            SqlStatement(fx.catalog().handle(), "UPDATE asset SET added_at = " + std::to_string(now - 60) +
                                                    " WHERE id = " + std::to_string(b->id))
                .exec();
        }));
        const auto rows = recent(fx.catalog());
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0].assetId, b->id);
        QCOMPARE(rows[1].assetId, a->id);
        QVERIFY(rows[0].dated);

        // Added long ago: not recent.
        QVERIFY(fx.catalog().write([&] {
            SqlStatement(fx.catalog().handle(), "UPDATE asset SET added_at = 1000 WHERE id = " + std::to_string(a->id))
                .exec();
        }));
        QCOMPARE(recent(fx.catalog()).size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestPhoneInbox)
#include "tst_phoneinbox.moc"
