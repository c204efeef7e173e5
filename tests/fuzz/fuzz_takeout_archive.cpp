// Hostile archive bytes → TakeoutSource (zip seekable and streamed, tar, tar.gz through
// its checksum check) reading every entry, and the same bytes as an entry name through
// TakeoutEntryPath. The first byte picks the file name's extension. Checks that every
// delivered path is relative, without "." or ".." components or control characters.
#include "takeout/TakeoutEntryPath.h"
#include "takeout/TakeoutSource.h"

#include "ScratchFile.h"

#include <QStringList>

#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace tintype;
using namespace tintype;

namespace {

bool isSafe(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    for (const QString &component : path.split(QLatin1Char('/'))) {
        if (component.isEmpty() || component == QLatin1String(".") || component == QLatin1String(".."))
            return false;
    }
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F))
            return false;
    }
    return true;
}

class ReadEverything : public TakeoutVisitor {
public:
    bool wantsData(const TakeoutEntry &entry) override
    {
        if (!isSafe(entry.path))
            std::abort();
        return (++m_entries % 3) != 0; // skip some, so skipping is exercised too
    }
    Status consume(const TakeoutEntry &, TakeoutEntryData &data) override
    {
        if (m_entries % 2 == 0) {
            auto all = data.readAll(1 << 20);
            return all ? Status() : Status::failure(all.error());
        }
        std::vector<char> buffer(4096);
        for (qint64 n; (n = data.read(buffer.data(), qint64(buffer.size()))) != 0;) {
            if (n < 0)
                return Status::failure(data.error());
            if (n > qint64(buffer.size()))
                std::abort();
        }
        return {};
    }
    void problem(const QString &, const QString &, const QString &reason) override
    {
        if (reason.isEmpty())
            std::abort();
    }

private:
    int m_entries = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray name(reinterpret_cast<const char *>(data), qsizetype(std::min<std::size_t>(size, 512)));
    for (auto charset : {TakeoutEntryPath::LegacyCharset::Cp437, TakeoutEntryPath::LegacyCharset::Windows1252}) {
        const auto path = TakeoutEntryPath::sanitize(TakeoutEntryPath::decode(name, charset).text);
        if (path && !isSafe(path.value()))
            std::abort();
    }
    (void)TakeoutEntryPath::display(name);

    const auto file = fuzz::writeScratchFile(data, size, "takeout-20240101T000000Z-001", {"zip", "tgz", "tar"});
    if (file.empty())
        return 0;
    const auto source = TakeoutSource::open({QString::fromStdString(file.string())});
    if (!source)
        return 0;
    ReadEverything visitor;
    qint64 last = -1;
    const Status walked = source->visit(visitor, [&](qint64 done, qint64 total) {
        if (done < last || done > total)
            std::abort();
        last = done;
    });
    if (!walked || last != source->totalInputBytes())
        std::abort();
    return 0;
}
