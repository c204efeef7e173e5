// Every older catalog version upgrades to the current one and keeps its data;
// a catalog from a newer Tintype is refused with a clear message.
#include "catalog/Catalog.h"
#include "catalog/CatalogSchema.h"
#include "catalog/RootRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace tintype;

class TestCatalogSchema : public QObject {
    Q_OBJECT

private slots:
    void upgradesEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Catalog::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradesEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            auto old = Catalog::openAtVersion(path, from);
            QVERIFY2(old, qPrintable(old.error()));
            QCOMPARE(old.value()->version(), from);
            if (from >= 1) {
                RootRecord root;
                root.path = "/photos";
                root.volumeId = QStringLiteral("uuid:1234");
                root.volumePath = "photos";
                QVERIFY(old.value()->write([&] { RootRepository(*old.value()).insert(root); }));
            }
        }
        auto upgraded = Catalog::open(path);
        QVERIFY2(upgraded, qPrintable(upgraded.error()));
        QCOMPARE(upgraded.value()->version(), Catalog::latestVersion());
        std::vector<RootRecord> roots;
        QVERIFY(upgraded.value()->read([&] { roots = RootRepository(*upgraded.value()).all(); }));
        QCOMPARE(int(roots.size()), from >= 1 ? 1 : 0);
        if (from >= 1)
            QCOMPARE(roots.front().volumeId, QStringLiteral("uuid:1234"));
    }

    void migrationsAreNumberedInOrder()
    {
        int expected = 1;
        for (const auto &m : CatalogSchema::migrations())
            QCOMPARE(m.version, expected++);
    }

    void refusesNewerCatalog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        QVERIFY(Catalog::open(path));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        auto refused = Catalog::open(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("newer")), qPrintable(refused.error()));
    }

    void usesWriteAheadLog()
    {
        QTemporaryDir dir;
        auto catalog = Catalog::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(catalog);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(catalog.value()->handle(), "PRAGMA journal_mode", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))), QByteArray("wal"));
        sqlite3_finalize(stmt);
    }

    void failedWriteRollsBack()
    {
        QTemporaryDir dir;
        auto catalog = Catalog::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(catalog);
        Catalog &c = *catalog.value();
        RootRecord root;
        root.path = "/a";
        root.volumeId = QStringLiteral("v");
        const Status failed = c.write([&] {
            RootRepository(c).insert(root);
            RootRepository(c).insert(root); // UNIQUE(path) violated
        });
        QVERIFY(!failed);
        QVERIFY(!failed.error().isEmpty());
        std::vector<RootRecord> roots;
        QVERIFY(c.read([&] { roots = RootRepository(c).all(); }));
        QCOMPARE(int(roots.size()), 0);
    }
};

QTEST_GUILESS_MAIN(TestCatalogSchema)
#include "tst_catalogschema.moc"
