// Every older catalog version upgrades to the current one and keeps its data;
// a catalog from a newer Tintype is refused with a clear message.
//
// tests/data/catalogs/catalog-vN.sqlite are catalogs of each earlier version,
// their schema made by that version's own migration SQL (from git history, see
// make_old_catalogs.py there), with rows in every table: upgraded, every row
// must still be there and the schema must be a fresh catalog's, to the letter.
#include "catalog/Catalog.h"
#include "catalog/CatalogSchema.h"
#include "catalog/RootRepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace tintype;

namespace {
using Rows = QList<QVariantList>;

// A plain SQLite connection (no migration), closed on scope exit.
struct Connection {
    sqlite3 *db = nullptr;
    explicit Connection(const QString &path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    }
    ~Connection() { sqlite3_close(db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    Rows query(const QString &sql) const
    {
        Rows rows;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            qWarning("%s: %s", qPrintable(sql), sqlite3_errmsg(db));
            return rows;
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QVariantList row;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                switch (sqlite3_column_type(stmt, c)) {
                case SQLITE_INTEGER: row << QVariant(qint64(sqlite3_column_int64(stmt, c))); break;
                case SQLITE_FLOAT: row << QVariant(sqlite3_column_double(stmt, c)); break;
                case SQLITE_NULL: row << QVariant(); break;
                case SQLITE_TEXT:
                    row << QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c))));
                    break;
                default:
                    row << QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, c)),
                                               sqlite3_column_bytes(stmt, c)));
                }
            }
            rows << row;
        }
        sqlite3_finalize(stmt);
        return rows;
    }

    QStringList tables() const
    {
        QStringList names;
        for (const QVariantList &row : query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name")))
            names << row.first().toString();
        return names;
    }
    QStringList columns(const QString &table) const
    {
        QStringList names;
        for (const QVariantList &row : query(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            names << row.at(1).toString();
        return names;
    }
    int version() const { return query(QStringLiteral("PRAGMA user_version")).value(0).value(0).toInt(); }

    // Every table, index and trigger with its SQL, whitespace normalised.
    QStringList schema() const
    {
        QStringList lines;
        for (const QVariantList &row : query(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"))) {
            QString sql = row.at(3).toString();
            sql.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
            lines << QStringLiteral("%1 %2 on %3: %4")
                         .arg(row.at(0).toString(), row.at(1).toString(), row.at(2).toString(), sql.trimmed());
        }
        lines.sort();
        return lines;
    }
    // Each table's columns as PRAGMA table_info sees them (name, type, not null, default, key).
    QStringList columnDefinitions() const
    {
        QStringList lines;
        for (const QString &table : tables())
            for (const QVariantList &c : query(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
                lines << QStringLiteral("%1.%2 %3 notnull=%4 default=%5 pk=%6")
                             .arg(table, c.at(1).toString(), c.at(2).toString(), c.at(3).toString(), c.at(4).toString(),
                                  c.at(5).toString());
        lines.sort();
        return lines;
    }
};

// The rows of `table`, the given columns only, in a fixed order.
Rows rowsOf(const Connection &c, const QString &table, const QStringList &columns)
{
    return c.query(QStringLiteral("SELECT %1 FROM %2 ORDER BY %1").arg(columns.join(QStringLiteral(", ")), table));
}

QString fixtureDir() { return QStringLiteral(TINTYPE_SOURCE_DIR "/tests/data/catalogs"); }
// Tables a migration empties on purpose, and which: their rows are derived
// from the photos and made again (perceptual hashes gained crop hashes in 11).
int clearedByMigration(const QString &table) { return table == QLatin1String("perceptual_hash") ? 11 : 0; }
// Indexes kept in tables that a migration makes again from the rows they index:
// the search index was refilled (its letters folded) in 21. Its row count must
// hold; its text and FTS5's own tables (asset_text_data, ...) are written anew.
int rebuiltByMigration(const QString &table) { return table.startsWith(QLatin1String("asset_text")) ? 21 : 0; }

} // namespace

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

    void upgradesRealOldCatalogs_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Catalog::latestVersion(); ++v)
            QTest::addRow("catalog-v%d", v) << v;
    }

    void upgradesRealOldCatalogs()
    {
        QFETCH(int, from);
        const QString fixture = fixtureDir() + QStringLiteral("/catalog-v%1.sqlite").arg(from);
        QVERIFY2(QFile::exists(fixture),
                 qPrintable(fixture + QStringLiteral(" is missing: every earlier version has one. Add the commit "
                                                     "where version %1 first appeared to COMMITS in "
                                                     "tests/data/catalogs/make_old_catalogs.py and run it")
                                          .arg(from)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));

        // What the old catalog holds: rows in every one of its tables.
        QMap<QString, QStringList> columns;
        QMap<QString, Rows> before;
        {
            const Connection old(path);
            QCOMPARE(old.version(), from);
            const QStringList tables = old.tables();
            QVERIFY(tables.contains(QStringLiteral("asset")));
            for (const QString &table : tables) {
                columns[table] = old.columns(table);
                before[table] = rowsOf(old, table, columns[table]);
                QVERIFY2(!before[table].isEmpty(), qPrintable(table + QStringLiteral(" has no rows in the fixture")));
            }
        }

        {
            auto upgraded = Catalog::open(path);
            QVERIFY2(upgraded, qPrintable(upgraded.error()));
            QCOMPARE(upgraded.value()->version(), Catalog::latestVersion());
        }

        // Every row survived, every old column kept its values — but for tables a
        // migration empties on purpose (derived data made again from the photos).
        const Connection now(path);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(now.tables().contains(it.key()), qPrintable(it.key() + QStringLiteral(" was dropped")));
            const Rows after = rowsOf(now, it.key(), columns[it.key()]);
            if (const int clearedBy = clearedByMigration(it.key()); clearedBy > from) {
                QVERIFY2(after.isEmpty(),
                         qPrintable(it.key() + QStringLiteral(" should be emptied by migration %1").arg(clearedBy)));
                continue;
            }
            if (const int rebuiltBy = rebuiltByMigration(it.key()); rebuiltBy > from) {
                if (it.key() == QLatin1String("asset_text"))
                    QVERIFY2(
                        after.size() == it->size(),
                        qPrintable(QStringLiteral("asset_text: %1 rows, had %2").arg(after.size()).arg(it->size())));
                continue;
            }
            QVERIFY2(after.size() == it->size(),
                     qPrintable(QStringLiteral("%1: %2 rows, had %3").arg(it.key()).arg(after.size()).arg(it->size())));
            for (int i = 0; i < after.size(); ++i)
                QVERIFY2(after.at(i) == it->at(i),
                         qPrintable(QStringLiteral("%1 row %2 changed").arg(it.key()).arg(i)));
        }

        // The upgraded schema is the fresh one, statement for statement.
        QTemporaryDir freshDir;
        const QString freshPath = freshDir.filePath(QStringLiteral("fresh.sqlite"));
        QVERIFY(Catalog::open(freshPath));
        const Connection fresh(freshPath);
        QCOMPARE(now.schema(), fresh.schema());
        QCOMPARE(now.columnDefinitions(), fresh.columnDefinitions());
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
