#include "takeout/ArchivePartReader.h"

#include "library/LitterFilter.h"
#include "takeout/ArchiveGzipStream.h"
#include "takeout/ArchiveInputFile.h"
#include "takeout/ArchiveUtf8Locale.h"
#include "takeout/TakeoutEntryPath.h"
#include "takeout/TakeoutSource.h"
#include "takeout/TakeoutSourceProgress.h"

#include <QCoreApplication>
#include <QStringList>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

namespace tintype {

namespace fs = std::filesystem;

namespace {

constexpr int maxConsecutiveFailures = 1000;

QString archiveMessage(archive *a)
{
    const char *message = archive_error_string(a);
    return message != nullptr && *message != '\0'
               ? QString::fromUtf8(message).trimmed()
               : QCoreApplication::translate("TakeoutSource", "unknown libarchive error");
}

struct ArchiveDeleter {
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

// A part as libarchive reads it: zip (seekable, or streamed when the central directory
// is missing) or tar; gzip decompressed by ArchiveGzipStream so its checksum is checked.
// Fewer formats, less of libarchive exposed to hostile files.
struct OpenedPart {
    std::unique_ptr<ArchiveGzipStream> gzip;
    ArchivePtr reader;
    QString error;

    explicit OpenedPart(ArchiveInputFile &input)
    {
        reader.reset(archive_read_new());
        archive_read_support_format_tar(reader.get());
        if (input.startsWithGzip()) {
            gzip = std::make_unique<ArchiveGzipStream>(input);
            if (error = gzip->open(); !error.isEmpty())
                return;
            gzip->attach(reader.get());
        } else {
            archive_read_support_format_zip(reader.get());
            input.attach(reader.get(), true);
        }
        const ArchiveUtf8Locale utf8;
        if (archive_read_open1(reader.get()) != ARCHIVE_OK)
            error = archiveMessage(reader.get());
    }
};

// The bytes of the current entry; a fatal error leaves the archive unusable.
class ArchiveEntryData final : public TakeoutEntryData {
public:
    ArchiveEntryData(archive *a, TakeoutSourceProgress &progress) : m_archive(a), m_progress(progress) {}

    qint64 read(char *buffer, qint64 max) override
    {
        if (!m_error.isEmpty())
            return -1;
        if (m_progress.cancelled()) {
            m_error = QCoreApplication::translate("TakeoutSource", "cancelled");
            return -1;
        }
        if (max <= 0)
            return 0;
        const la_ssize_t n = archive_read_data(m_archive, buffer, size_t(max));
        if (n < 0) {
            m_fatal = n == ARCHIVE_FATAL;
            m_error = QCoreApplication::translate("TakeoutSource", "the data cannot be read: %1")
                          .arg(archiveMessage(m_archive));
            return -1;
        }
        return n;
    }
    QString error() const override { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }
    bool fatal() const { return m_fatal; }

private:
    archive *m_archive;
    TakeoutSourceProgress &m_progress;
    QString m_error;
    bool m_fatal = false;
};

bool isLitter(const QString &path)
{
    const QStringList components = path.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QByteArray name = components.at(i).toUtf8();
        const std::string_view view(name.constData(), size_t(name.size()));
        if (i + 1 < components.size() ? LitterFilter::isLitterFolder(view) : LitterFilter::isLitterFile(view))
            return true;
    }
    return false;
}

// Why an entry is not a file to deliver; empty for a regular file.
QString refusalForType(archive_entry *entry)
{
    if (const char *target = archive_entry_hardlink(entry))
        return QCoreApplication::translate("TakeoutSource", "is a hard link to “%1”; links are not followed")
            .arg(TakeoutEntryPath::display(target));
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG: return {};
    case AE_IFLNK: {
        const char *target = archive_entry_symlink(entry);
        return QCoreApplication::translate("TakeoutSource", "is a symbolic link to “%1”; links are not followed")
            .arg(TakeoutEntryPath::display(target != nullptr ? QByteArray(target) : QByteArray()));
    }
    default: return QCoreApplication::translate("TakeoutSource", "is not a regular file (a device, FIFO or socket)");
    }
}

struct PartWalk {
    archive *a;
    ArchiveInputFile &input;
    ArchiveGzipStream *gzip;
    const QString &partName;
    int partIndex;
    TakeoutVisitor &visitor;
    TakeoutSourceProgress &progress;
    QString lastEntry; // display name of the last entry read, for damage reports

    void reportDamage(const QString &message)
    {
        if (progress.cancelled())
            return;
        const QString text =
            lastEntry.isEmpty()
                ? QCoreApplication::translate("TakeoutSource",
                                              "the part is damaged or cut short (%1); nothing more can be read from it")
                      .arg(message)
                : QCoreApplication::translate("TakeoutSource",
                                              "the part is damaged or cut short after “%1” (%2); the entries before it "
                                              "were read, the rest of this part cannot be")
                      .arg(lastEntry, message);
        visitor.problem(partName, QString(), text);
    }

    // false when the rest of the part cannot be read.
    bool deliver(archive_entry *entry, const QString &warning)
    {
        const char *rawName = archive_entry_pathname(entry);
        const QByteArray stored = rawName != nullptr ? QByteArray(rawName) : QByteArray();
        const QString display = TakeoutEntryPath::display(stored);
        lastEntry = display;
        if (rawName == nullptr) {
            visitor.problem(partName, display,
                            warning.isEmpty() ? QCoreApplication::translate("TakeoutSource", "the entry has no name")
                                              : warning);
            return true;
        }
        if (archive_entry_filetype(entry) == AE_IFDIR && archive_entry_hardlink(entry) == nullptr)
            return true;
        if (const QString refusal = refusalForType(entry); !refusal.isEmpty()) {
            visitor.problem(partName, display, refusal);
            return true;
        }
        const bool zip = (archive_format(a) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_ZIP;
        const auto decoded = TakeoutEntryPath::decode(stored, zip ? TakeoutEntryPath::LegacyCharset::Cp437
                                                                  : TakeoutEntryPath::LegacyCharset::Windows1252);
        const Result<QString> path = TakeoutEntryPath::sanitize(decoded.text);
        if (!path) {
            visitor.problem(partName, display, path.error());
            return true;
        }
        if (isLitter(path.value()))
            return true;
        if (!warning.isEmpty())
            visitor.problem(partName, display,
                            QCoreApplication::translate("TakeoutSource", "%1 (the entry is still read)").arg(warning));

        TakeoutEntry item;
        item.path = path.value();
        item.size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
        item.mtime = archive_entry_mtime_is_set(entry) ? archive_entry_mtime(entry) : 0;
        item.part = partIndex;
        if (decoded.legacy)
            item.legacyName = display;
        if (!visitor.wantsData(item))
            return true;
        ArchiveEntryData data(a, progress);
        const Status consumed = visitor.consume(item, data);
        if (progress.cancelled())
            return false;
        if (!consumed)
            visitor.problem(partName, display, consumed.error());
        else if (data.failed())
            visitor.problem(partName, display, data.error());
        if (data.fatal()) {
            reportDamage(archiveMessage(a));
            return false;
        }
        return true;
    }

    void verifyChecksum()
    {
        if (gzip == nullptr)
            return;
        const QString error = gzip->verify();
        if (!error.isEmpty() && !progress.cancelled())
            visitor.problem(partName, QString(),
                            QCoreApplication::translate(
                                "TakeoutSource",
                                "%1: the part was damaged, perhaps while downloading, and the files read from it may "
                                "be damaged too; download this part again")
                                .arg(error));
    }

    void run()
    {
        int failures = 0;
        for (;;) {
            if (progress.cancelled())
                return;
            archive_entry *entry = nullptr;
            int r = ARCHIVE_OK;
            {
                const ArchiveUtf8Locale utf8;
                r = archive_read_next_header(a, &entry);
            }
            if (r == ARCHIVE_EOF) {
                verifyChecksum();
                return;
            }
            if (progress.cancelled())
                return;
            input.startProgress();
            progress.reachedOffset(input.offset());
            if (r == ARCHIVE_FATAL ||
                ((r == ARCHIVE_RETRY || r == ARCHIVE_FAILED) && ++failures > maxConsecutiveFailures)) {
                reportDamage(archiveMessage(a));
                return;
            }
            if (r == ARCHIVE_RETRY)
                continue;
            if (r == ARCHIVE_FAILED) {
                const char *name = entry != nullptr ? archive_entry_pathname(entry) : nullptr;
                visitor.problem(partName, TakeoutEntryPath::display(name != nullptr ? QByteArray(name) : QByteArray()),
                                QCoreApplication::translate("TakeoutSource", "the entry cannot be read: %1")
                                    .arg(archiveMessage(a)));
                continue;
            }
            failures = 0;
            if (!deliver(entry, r == ARCHIVE_WARN ? archiveMessage(a) : QString()))
                return;
        }
    }
};

} // namespace

Status ArchivePartReader::probe(const fs::path &file)
{
    ArchiveInputFile input(nullptr);
    if (const QString error = input.open(file); !error.isEmpty())
        return Status::failure(error);
    OpenedPart part(input);
    if (!part.error.isEmpty())
        return Status::failure(part.error);
    archive_entry *entry = nullptr;
    const ArchiveUtf8Locale utf8;
    if (archive_read_next_header(part.reader.get(), &entry) == ARCHIVE_FATAL)
        return Status::failure(archiveMessage(part.reader.get()));
    return {};
}

void ArchivePartReader::visit(const fs::path &file, const QString &partName, int partIndex, TakeoutVisitor &visitor,
                              TakeoutSourceProgress &progress)
{
    ArchiveInputFile input(&progress);
    if (const QString error = input.open(file); !error.isEmpty()) {
        visitor.problem(partName, QString(),
                        QCoreApplication::translate("TakeoutSource", "the part cannot be opened: %1").arg(error));
        return;
    }
    OpenedPart part(input);
    if (progress.cancelled())
        return;
    if (!part.error.isEmpty()) {
        visitor.problem(
            partName, QString(),
            QCoreApplication::translate("TakeoutSource", "the part is not a zip or tar archive that can be read (%1)")
                .arg(part.error));
        return;
    }
    PartWalk walk{part.reader.get(), input, part.gzip.get(), partName, partIndex, visitor, progress, {}};
    walk.run();
}

} // namespace tintype
