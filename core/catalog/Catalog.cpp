#include "catalog/Catalog.h"

#include "catalog/CatalogSchema.h"
#include "catalog/SqlError.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

namespace tintype {

namespace {
int userVersion(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
    const int v = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    return v;
}

void execOrThrow(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        throw SqlError::fromDb(db, sql);
}
} // namespace

Catalog::~Catalog() { sqlite3_close_v2(m_db); }

QString Catalog::defaultPath(const QString &libraryName)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("tintype/libraries/%1/catalog.sqlite").arg(libraryName));
}

int Catalog::latestVersion() { return CatalogSchema::latestVersion(); }

int Catalog::version() const { return userVersion(m_db); }

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &path) { return openAtVersion(path, latestVersion()); }

Result<std::unique_ptr<Catalog>> Catalog::openAtVersion(const QString &path, int targetVersion)
{
    using R = Result<std::unique_ptr<Catalog>>;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return R::failure(tr("Cannot create the catalog folder %1").arg(info.absolutePath()));

    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return R::failure(tr("Cannot open the catalog %1: %2").arg(path, reason));
    }
    std::unique_ptr<Catalog> catalog(new Catalog(db, info.absoluteFilePath()));
    try {
        sqlite3_busy_timeout(db, 10000);
        execOrThrow(db, "PRAGMA journal_mode = WAL");
        execOrThrow(db, "PRAGMA synchronous = NORMAL");
        execOrThrow(db, "PRAGMA foreign_keys = ON");
        const int found = userVersion(db);
        if (found > latestVersion())
            return R::failure(tr("The catalog %1 was written by a newer Tintype (schema %2; this one knows up to %3)")
                                  .arg(path)
                                  .arg(found)
                                  .arg(latestVersion()));
        CatalogSchema::migrate(db, targetVersion);
    } catch (const SqlError &e) {
        return R::failure(tr("Cannot prepare the catalog %1: %2").arg(path, QString::fromUtf8(e.what())));
    }
    return R(std::move(catalog));
}

Status Catalog::inTransaction(const char *begin, const std::function<void()> &work)
{
    try {
        execOrThrow(m_db, begin);
    } catch (const SqlError &e) {
        return Status::failure(QString::fromUtf8(e.what()));
    }
    try {
        work();
        execOrThrow(m_db, "COMMIT");
        return {};
    } catch (const SqlError &e) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return Status::failure(tr("Catalog error: %1").arg(QString::fromUtf8(e.what())));
    }
}

Status Catalog::write(const std::function<void()> &work) { return inTransaction("BEGIN IMMEDIATE", work); }
Status Catalog::read(const std::function<void()> &work) { return inTransaction("BEGIN DEFERRED", work); }

} // namespace tintype
