#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tintype {

// A prepared SQLite statement, reset on each exec()/first step(). Internal to
// core/catalog: no SQL lives outside that folder.
class SqlStatement {
public:
    SqlStatement(sqlite3 *db, std::string_view sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    SqlStatement &bind(int index, std::int64_t value);
    SqlStatement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    SqlStatement &bind(int index, double value);
    SqlStatement &bind(int index, const QString &text);         // null QString binds NULL
    SqlStatement &bindBlob(int index, const QByteArray &bytes); // null QByteArray binds NULL
    SqlStatement &bindNull(int index);
    template <typename T>
    SqlStatement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Runs a statement that returns no rows; throws SqlError on failure.
    void exec();
    // Steps once: true while a row is available; throws SqlError on failure.
    bool next();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // The blob's bytes without a copy, valid until the next step; empty for NULL.
    QByteArrayView blobView(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    void resetIfDone();
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_needsReset = false;
};

} // namespace tintype
