#pragma once

#include "takeout/TakeoutSource.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

namespace tintype::test {

// A TakeoutVisitor for tests: remembers every delivered entry with its bytes (readAll up
// to `limit`), the skipped ones and every problem as "part | entry | reason".
class TakeoutSourceRecorder : public TakeoutVisitor {
public:
    struct Item {
        TakeoutEntry entry;
        QByteArray data;
    };
    QList<Item> items;
    QStringList skipped;
    QStringList problems;
    std::function<bool(const TakeoutEntry &)> want; // unset: every entry
    std::function<void(const TakeoutEntry &)> onConsume;
    qint64 limit = qint64(64) << 20;

    bool wantsData(const TakeoutEntry &entry) override;
    Status consume(const TakeoutEntry &entry, TakeoutEntryData &data) override;
    void problem(const QString &part, const QString &entryName, const QString &reason) override;

    QStringList paths() const;
    const Item *find(const QString &path) const;
    // A problem about `entryName` whose reason contains `reasonWord` (any reason when empty).
    bool hasProblem(const QString &entryName, const QString &reasonWord) const;
};

} // namespace tintype::test
