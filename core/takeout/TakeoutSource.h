#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace tintype {

// One regular file of a Takeout, wherever it is stored.
struct TakeoutEntry {
    QString path;     // safe relative path, '/'-separated, NFC, e.g. "Takeout/Google Photos/Photos from 2023/IMG_1.JPG"
    qint64 size = -1; // uncompressed bytes, -1 when unknown
    qint64 mtime = 0; // seconds since the epoch
    int part = 0;     // index into TakeoutSource::parts()
    QString legacyName; // set only when the stored name was not UTF-8: those bytes, lossless (\xNN), for reports
};

// The bytes of the current entry, streamed once, valid only during TakeoutVisitor::consume.
class TakeoutEntryData {
public:
    virtual ~TakeoutEntryData() = default;
    // Up to `max` bytes into `buffer`: the count, 0 at the end, -1 on error (then error()).
    virtual qint64 read(char *buffer, qint64 max) = 0;
    virtual QString error() const = 0;
    // Everything, or a failure when the entry holds more than `limit` bytes: reading stops
    // at limit + 1 bytes, so a zip bomb (or a lying declared size) never fills the memory.
    Result<QByteArray> readAll(qint64 limit);
};

class TakeoutVisitor {
public:
    virtual ~TakeoutVisitor() = default;
    // false: the entry is skipped without reading its bytes (free for zip and folders).
    virtual bool wantsData(const TakeoutEntry &entry) = 0;
    // A failure is about this entry only: it is reported through problem() and the walk goes on.
    virtual Status consume(const TakeoutEntry &entry, TakeoutEntryData &data) = 0;
    // Refused or unreadable entries, damaged parts. `part` is the part's display name, `entryName`
    // the entry's stored name without loss (non-UTF-8 bytes as \xNN), empty for the part itself.
    virtual void problem(const QString &part, const QString &entryName, const QString &reason) = 0;
};

// The downloaded Takeout parts (takeout-…-001.zip … -NNN.zip, .tgz/.tar.gz/.tar), read in
// place with libarchive, or unpacked folders, presented as one tree of entries. Inputs are
// only ever read. Cheap to copy; visit() may run on any thread.
class TakeoutSource {
public:
    // Archive parts in any order (read in the order of their -NNN number) or unpacked folders.
    // Fails with a message for a user: nothing given, a missing file, a file that is not a zip
    // or tar archive, a folder mixed with archives, the same part given twice.
    static Result<TakeoutSource> open(const QStringList &inputs);

    QStringList parts() const;      // display names, in reading order
    qint64 totalInputBytes() const; // on-disk bytes of all parts, for progress
    bool isFolderInput() const;

    // Every regular file of every part, in storage order (folders: by name), part by part.
    // Refused entries, unreadable data and damaged parts go to visitor.problem() and the walk
    // goes on with the next entry or part. progress(doneInputBytes, totalInputBytes) is called
    // at least every MiB and ends at the total; `cancel` is checked between entries and between
    // chunks of data. Fails only when cancelled.
    Status visit(TakeoutVisitor &visitor, const std::function<void(qint64, qint64)> &progress = {},
                 const std::atomic_bool *cancel = nullptr) const;

private:
    struct Data;
    TakeoutSource() = default;
    std::shared_ptr<const Data> d;
};

} // namespace tintype
