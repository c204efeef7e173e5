#include "support/TakeoutSourceRecorder.h"

namespace tintype::test {

bool TakeoutSourceRecorder::wantsData(const TakeoutEntry &entry)
{
    if (!want || want(entry))
        return true;
    skipped.append(entry.path);
    return false;
}

Status TakeoutSourceRecorder::consume(const TakeoutEntry &entry, TakeoutEntryData &data)
{
    if (onConsume)
        onConsume(entry);
    Result<QByteArray> all = data.readAll(limit);
    if (!all)
        return Status::failure(all.error());
    items.append({entry, all.value()});
    return {};
}

void TakeoutSourceRecorder::problem(const QString &part, const QString &entryName, const QString &reason)
{
    problems.append(part + QStringLiteral(" | ") + entryName + QStringLiteral(" | ") + reason);
}

QStringList TakeoutSourceRecorder::paths() const
{
    QStringList list;
    for (const Item &i : items)
        list.append(i.entry.path);
    return list;
}

const TakeoutSourceRecorder::Item *TakeoutSourceRecorder::find(const QString &path) const
{
    for (const Item &i : items) {
        if (i.entry.path == path)
            return &i;
    }
    return nullptr;
}

bool TakeoutSourceRecorder::hasProblem(const QString &entryName, const QString &reasonWord) const
{
    for (const QString &p : problems) {
        const QStringList f = p.split(QStringLiteral(" | "));
        if (f.value(1) == entryName && f.value(2).contains(reasonWord, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace tintype::test
