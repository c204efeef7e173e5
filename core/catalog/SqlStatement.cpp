#include "catalog/SqlStatement.h"

#include "catalog/SqlError.h"

#include <sqlite3.h>

namespace tintype {

SqlError SqlError::fromDb(sqlite3 *db, const std::string &context)
{
    return SqlError(context + ": " + sqlite3_errmsg(db));
}

SqlStatement::SqlStatement(sqlite3 *db, std::string_view sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        throw SqlError::fromDb(db, "prepare '" + std::string(sql.substr(0, 80)) + "'");
}

SqlStatement::~SqlStatement() { sqlite3_finalize(m_stmt); }

void SqlStatement::resetIfDone()
{
    if (m_needsReset) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_needsReset = false;
    }
}

SqlStatement &SqlStatement::bind(int index, std::int64_t value)
{
    resetIfDone();
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqlStatement &SqlStatement::bind(int index, double value)
{
    resetIfDone();
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QString &text)
{
    if (text.isNull())
        return bindNull(index);
    resetIfDone();
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement &SqlStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (bytes.isNull())
        return bindNull(index);
    resetIfDone();
    sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement &SqlStatement::bindNull(int index)
{
    resetIfDone();
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

void SqlStatement::exec()
{
    while (next()) {}
}

bool SqlStatement::next()
{
    m_needsReset = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw SqlError::fromDb(m_db, "step");
}

bool SqlStatement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
std::int64_t SqlStatement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double SqlStatement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString SqlStatement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView SqlStatement::blobView(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArray SqlStatement::blob(int column) const
{
    if (isNull(column))
        return {};
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return size ? QByteArray(data, size) : QByteArray("");
}

std::optional<std::int64_t> SqlStatement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<double> SqlStatement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

} // namespace tintype
