#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace tintype {

// One library's SQLite catalog: opening, schema migrations, transactions.
// A Catalog object is one connection; use it from one thread at a time. One
// connection writes (the scanner's), others may read concurrently (WAL).
class Catalog {
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    // Opens (creating when needed) and upgrades the catalog at `path` to the
    // current schema. Refuses a catalog written by a newer Tintype.
    static Result<std::unique_ptr<Catalog>> open(const QString &path);
    // Opens without upgrading beyond `targetVersion` (tests build old catalogs).
    static Result<std::unique_ptr<Catalog>> openAtVersion(const QString &path, int targetVersion);

    // <app data>/libraries/<name>/catalog.sqlite, outside any photo folder.
    static QString defaultPath(const QString &libraryName = QStringLiteral("default"));

    static int latestVersion();
    int version() const;
    QString path() const { return m_path; }

    // Runs `work` in one write transaction (BEGIN IMMEDIATE .. COMMIT). A
    // database error inside rolls everything back and comes out as a failure.
    Status write(const std::function<void()> &work);
    // Runs `work` in one read transaction (a consistent snapshot).
    Status read(const std::function<void()> &work);

    sqlite3 *handle() const { return m_db; } // for repositories in core/catalog

private:
    Catalog(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    Status inTransaction(const char *begin, const std::function<void()> &work);
    sqlite3 *m_db;
    QString m_path;
};

} // namespace tintype
