#include "takeout/TakeoutSource.h"

#include "takeout/ArchivePartReader.h"
#include "takeout/TakeoutSourceFolder.h"
#include "takeout/TakeoutSourcePart.h"
#include "takeout/TakeoutSourceProgress.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace tintype {

namespace {

constexpr qint64 readAllChunk = qint64(1) << 20;

} // namespace

struct TakeoutSource::Data {
    std::vector<TakeoutSourcePart> parts;
    qint64 totalBytes = 0;
};

Result<QByteArray> TakeoutEntryData::readAll(qint64 limit)
{
    using R = Result<QByteArray>;
    QByteArray bytes;
    for (;;) {
        const qint64 room = limit - bytes.size();
        // One byte more than the limit allows tells "too big" from "exactly the limit".
        const qint64 want = std::min<qint64>(readAllChunk, room + 1);
        const qsizetype before = bytes.size();
        bytes.resize(before + qsizetype(want));
        const qint64 n = read(bytes.data() + before, want);
        if (n < 0)
            return R::failure(error());
        bytes.resize(before + qsizetype(n));
        if (n == 0)
            return bytes;
        if (bytes.size() > limit)
            return R::failure(QCoreApplication::translate("TakeoutSource",
                                                          "it holds more than %1 bytes, more than is read into memory")
                                  .arg(limit));
    }
}

Result<TakeoutSource> TakeoutSource::open(const QStringList &inputs)
{
    using R = Result<TakeoutSource>;
    if (inputs.isEmpty())
        return R::failure(QCoreApplication::translate("TakeoutSource", "No Takeout parts were given."));
    auto data = std::make_shared<Data>();
    for (const QString &input : inputs) {
        Result<TakeoutSourcePart> part = TakeoutSourcePart::inspect(input);
        if (!part)
            return R::failure(part.error());
        for (const TakeoutSourcePart &other : data->parts) {
            if (other.kind != part->kind)
                return R::failure(
                    QCoreApplication::translate(
                        "TakeoutSource", "“%1” is a folder and “%2” an archive: give either the downloaded parts or "
                                         "the unpacked folders, not both.")
                        .arg(part->kind == TakeoutSourcePart::Kind::Folder ? part->displayName : other.displayName,
                             part->kind == TakeoutSourcePart::Kind::Folder ? other.displayName : part->displayName));
            if (other.path == part->path)
                return R::failure(QCoreApplication::translate("TakeoutSource", "“%1” is given twice.").arg(input));
            if (other.samePartAs(part.value()))
                return R::failure(QCoreApplication::translate(
                                      "TakeoutSource",
                                      "“%1” and “%2” are the same part of one export (number %3); give only one "
                                      "of them.")
                                      .arg(other.displayName, part->displayName)
                                      .arg(part->number, 3, 10, QLatin1Char('0')));
        }
        data->totalBytes += part->bytes;
        data->parts.push_back(std::move(part).value());
    }
    std::stable_sort(data->parts.begin(), data->parts.end(), &TakeoutSourcePart::readsBefore);
    TakeoutSource source;
    source.d = std::move(data);
    return source;
}

QStringList TakeoutSource::parts() const
{
    QStringList names;
    for (const TakeoutSourcePart &part : d->parts)
        names.append(part.displayName);
    return names;
}

qint64 TakeoutSource::totalInputBytes() const { return d->totalBytes; }

bool TakeoutSource::isFolderInput() const
{
    return !d->parts.empty() && d->parts.front().kind == TakeoutSourcePart::Kind::Folder;
}

Status TakeoutSource::visit(TakeoutVisitor &visitor, const std::function<void(qint64, qint64)> &progress,
                            const std::atomic_bool *cancel) const
{
    TakeoutSourceProgress tracker(d->totalBytes, progress, cancel);
    const auto cancelled = [] {
        return Status::failure(QCoreApplication::translate("TakeoutSource", "Reading the Takeout was cancelled."));
    };
    for (size_t i = 0; i < d->parts.size(); ++i) {
        if (tracker.cancelled())
            return cancelled();
        const TakeoutSourcePart &part = d->parts[i];
        tracker.beginPart(part.bytes);
        if (part.kind == TakeoutSourcePart::Kind::Folder)
            TakeoutSourceFolder::visit(part.path, *part.folder, part.displayName, int(i), visitor, tracker);
        else
            ArchivePartReader::visit(part.path, part.displayName, int(i), visitor, tracker);
        if (tracker.cancelled())
            return cancelled();
        tracker.endPart();
    }
    tracker.finish();
    return {};
}

} // namespace tintype
