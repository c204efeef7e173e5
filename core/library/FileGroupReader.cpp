#include "library/FileGroupReader.h"

#include "common/NativePath.h"
#include "library/AssetGrouper.h"
#include "library/FileHasher.h"
#include "metadata/MediaFormat.h"
#include "metadata/MetadataReader.h"
#include "metadata/WorkerMetadataReader.h"

#include <QCoreApplication>

namespace tintype {

namespace {
MediaKind kindFromName(const QByteArray &name)
{
    const qsizetype dot = name.lastIndexOf('.');
    return dot < 0 ? MediaKind::Unknown : MediaFormat::kindForExtension(QString::fromUtf8(name.mid(dot + 1)));
}

// Fills what the primary file lacks from another file of the same shot (a RAW
// often has the GPS or lens its JPEG lost).
void fillMissing(MediaMetadata &into, const MediaMetadata &from)
{
    if (!into.captureTime.isValid() ||
        (into.captureTime.source == CaptureTimeSource::FileTime && from.captureTime.isValid()))
        into.captureTime = from.captureTime;
    if (!into.latitude && from.latitude) {
        into.latitude = from.latitude;
        into.longitude = from.longitude;
        into.altitude = from.altitude;
    }
    auto fill = [](auto &a, const auto &b) {
        if constexpr (requires { a.isEmpty(); }) {
            if (a.isEmpty())
                a = b;
        } else if (!a) {
            a = b;
        }
    };
    fill(into.iso, from.iso);
    fill(into.fNumber, from.fNumber);
    fill(into.exposureTime, from.exposureTime);
    fill(into.focalLength, from.focalLength);
    fill(into.rating, from.rating);
    fill(into.make, from.make);
    fill(into.model, from.model);
    fill(into.lens, from.lens);
    fill(into.keywords, from.keywords);
    fill(into.title, from.title);
    fill(into.description, from.description);
}

Result<MediaMetadata> readMetadata(const std::filesystem::path &path, const MetadataReader::Options &options,
                                   WorkerMetadataReader *worker)
{
    if (!worker)
        return MetadataReader::read(path, options);
    auto read = worker->read(path, options);
    if (!read && worker->startFailed()) // no worker to be had: read here rather than fail the file
        return MetadataReader::read(path, options);
    return read;
}
} // namespace

FileGroupReader::Output FileGroupReader::read(const Input &input, WorkerMetadataReader *worker)
{
    Output out;
    std::vector<std::optional<MediaMetadata>> metadata(input.files.size());
    std::vector<AssetGrouper::Member> members;
    MetadataReader::Options options;
    options.lookForSidecar = false; // the group knows its sidecars

    for (std::size_t i = 0; i < input.files.size(); ++i) {
        const DirectoryWalker::Entry &entry = input.files[i];
        FileResult r;
        r.entry = entry;
        r.relPath = input.relFolder.isEmpty() ? entry.name : input.relFolder + '/' + entry.name;
        r.kind = kindFromName(entry.name);
        const std::filesystem::path path = input.folder / nativepath::fromBytes(entry.name);

        if (auto fp = FileHasher::fingerprint(path))
            r.fingerprint = fp.value();
        else
            r.error = fp.error();

        if (r.error.isEmpty() && r.kind != MediaKind::Sidecar) {
            if (entry.size == 0) {
                r.error = QCoreApplication::translate("FileGroupReader", "empty file (0 bytes)");
            } else if (auto m = readMetadata(path, options, worker)) {
                r.kind = m->kind == MediaKind::Unknown ? r.kind : m->kind;
                r.warnings = m->warnings;
                r.damage = m->damage;
                metadata[i] = std::move(m).value();
            } else {
                r.error = m.error();
            }
        }
        std::optional<double> duration = metadata[i] ? metadata[i]->durationSeconds : std::nullopt;
        // Unreadable files stand alone: they must not pull a readable one into a broken asset.
        members.push_back({entry.name, r.error.isEmpty() ? r.kind : MediaKind::Unknown, duration});
        out.files.push_back(std::move(r));
    }

    std::vector<bool> placed(input.files.size(), false);
    for (const AssetGrouper::Group &group : AssetGrouper::group(members)) {
        AssetPlan plan;
        for (const AssetGrouper::Placement &p : group) {
            plan.files.emplace_back(p.member, p.role);
            placed[p.member] = true;
        }
        const std::size_t primary = group.front().member;
        if (metadata[primary]) {
            MediaMetadata merged = *metadata[primary];
            for (const AssetGrouper::Placement &p : group) {
                if (p.role == FileRole::Sidecar) {
                    const auto path = input.folder / nativepath::fromBytes(input.files[p.member].name);
                    if (Status s = MetadataReader::mergeSidecar(path, merged); !s)
                        out.files[p.member].error = s.error();
                } else if (p.member != primary && metadata[p.member]) {
                    fillMissing(merged, *metadata[p.member]);
                }
            }
            if (group.size() > 1 && merged.kind == MediaKind::Raw)
                merged.kind = MediaKind::Photo;
            plan.metadata = std::move(merged);
        }
        out.assets.push_back(std::move(plan));
    }
    // Files the grouper left out (unreadable ones) are kept as files without an asset.
    for (std::size_t i = 0; i < placed.size(); ++i)
        if (!placed[i])
            out.assets.push_back({{{i, FileRole::Primary}}, std::nullopt});
    return out;
}

} // namespace tintype
