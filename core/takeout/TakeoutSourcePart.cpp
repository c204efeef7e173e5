#include "takeout/TakeoutSourcePart.h"

#include "common/NativePath.h"
#include "takeout/ArchivePartReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <system_error>

namespace tintype {

namespace fs = std::filesystem;

namespace {

void readPartNumber(TakeoutSourcePart &part)
{
    static const QRegularExpression pattern(
        QStringLiteral("^takeout-(\\d{8}T\\d{6}Z)(?:-(\\d{1,4}))?-(\\d{1,6})(?!\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(part.displayName);
    if (!match.hasMatch())
        return;
    part.exportStamp = match.captured(1).toUpper();
    part.exportJob = match.captured(2).toInt();
    part.number = match.captured(3).toInt();
}

} // namespace

Result<TakeoutSourcePart> TakeoutSourcePart::inspect(const QString &input)
{
    using R = Result<TakeoutSourcePart>;
    const fs::path given = nativepath::fromUser(input);
    std::error_code ec;
    const fs::file_status status = fs::status(given, ec);
    if (ec || !fs::exists(status))
        return R::failure(QCoreApplication::translate("TakeoutSource", "“%1” does not exist.").arg(input));

    TakeoutSourcePart part;
    part.path = fs::canonical(given, ec);
    if (ec)
        return R::failure(QCoreApplication::translate("TakeoutSource", "“%1” cannot be opened: %2")
                              .arg(input, QString::fromStdString(ec.message())));
    part.displayName = nativepath::display(part.path.filename());
    readPartNumber(part);

    if (fs::is_directory(status)) {
        part.kind = Kind::Folder;
        auto listing = std::make_shared<TakeoutSourceFolder::Listing>(TakeoutSourceFolder::list(part.path));
        part.bytes = listing->bytes;
        part.folder = std::move(listing);
        return part;
    }
    if (!fs::is_regular_file(status))
        return R::failure(
            QCoreApplication::translate("TakeoutSource", "“%1” is neither a file nor a folder.").arg(input));
    part.kind = Kind::Archive;
    part.bytes = qint64(fs::file_size(part.path, ec));
    if (ec)
        return R::failure(QCoreApplication::translate("TakeoutSource", "“%1” cannot be opened: %2")
                              .arg(input, QString::fromStdString(ec.message())));
    if (const Status readable = ArchivePartReader::probe(part.path); !readable)
        return R::failure(
            QCoreApplication::translate("TakeoutSource", "“%1” is not a zip or tar archive that can be read (%2).")
                .arg(input, readable.error()));
    return part;
}

bool TakeoutSourcePart::readsBefore(const TakeoutSourcePart &a, const TakeoutSourcePart &b)
{
    const bool aNumbered = a.number >= 0;
    const bool bNumbered = b.number >= 0;
    if (aNumbered != bNumbered)
        return aNumbered;
    if (aNumbered) {
        if (a.exportStamp != b.exportStamp)
            return a.exportStamp < b.exportStamp;
        if (a.exportJob != b.exportJob)
            return a.exportJob < b.exportJob;
        if (a.number != b.number)
            return a.number < b.number;
    }
    return a.displayName < b.displayName;
}

bool TakeoutSourcePart::samePartAs(const TakeoutSourcePart &other) const
{
    if (path == other.path)
        return true;
    return number >= 0 && number == other.number && exportJob == other.exportJob && exportStamp == other.exportStamp;
}

} // namespace tintype
