#include "library/AssetGrouper.h"

#include "metadata/MediaFormat.h"

#include <QString>

#include <algorithm>
#include <numeric>

namespace tintype {

namespace {
QByteArray stripExtension(const QByteArray &name)
{
    const qsizetype dot = name.lastIndexOf('.');
    return dot > 0 ? name.left(dot) : name;
}

QByteArray extensionOf(const QByteArray &name)
{
    const qsizetype dot = name.lastIndexOf('.');
    return dot > 0 ? name.mid(dot + 1) : QByteArray();
}

bool isSidecarName(const QByteArray &name) { return extensionOf(name).toLower() == "xmp"; }

// For "IMG_1.JPG.xmp" the file it names: "IMG_1.JPG"; for "IMG_1.xmp": empty.
QByteArray sidecarTarget(const QByteArray &name)
{
    QByteArray base = stripExtension(name);
    const QByteArray ext = extensionOf(base);
    if (ext.isEmpty() || MediaFormat::kindForExtension(QString::fromUtf8(ext)) == MediaKind::Unknown)
        return {};
    return base;
}
} // namespace

QByteArray AssetGrouper::stemKey(const QByteArray &fileName)
{
    QByteArray base = stripExtension(fileName);
    if (isSidecarName(fileName) && !sidecarTarget(fileName).isEmpty())
        base = stripExtension(base);
    return base.toLower();
}

std::vector<AssetGrouper::Group> AssetGrouper::group(const std::vector<Member> &members)
{
    std::vector<std::size_t> order(members.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return members[a].name < members[b].name; });

    std::vector<Group> groups;
    std::optional<std::size_t> shot; // the group holding the first still (or lone RAW)
    auto has = [&](std::size_t g, FileRole role) {
        return std::any_of(groups[g].begin(), groups[g].end(), [role](const Placement &p) { return p.role == role; });
    };

    // Stills first, then RAW, then video, so pairing does not depend on name order.
    for (MediaKind pass : {MediaKind::Photo, MediaKind::Raw, MediaKind::Video}) {
        for (std::size_t i : order) {
            const Member &m = members[i];
            if (m.kind != pass)
                continue;
            if (pass == MediaKind::Photo) {
                groups.push_back({{i, FileRole::Primary}});
                if (!shot)
                    shot = groups.size() - 1;
            } else if (pass == MediaKind::Raw) {
                if (shot && !has(*shot, FileRole::Raw) &&
                    members[groups[*shot].front().member].kind == MediaKind::Photo) {
                    groups[*shot].push_back({i, FileRole::Raw});
                } else {
                    groups.push_back({{i, FileRole::Primary}});
                    if (!shot)
                        shot = groups.size() - 1;
                }
            } else {
                const bool shortClip = m.durationSeconds && *m.durationSeconds <= kMaxMotionClipSeconds;
                const bool stillShot = shot && members[groups[*shot].front().member].kind == MediaKind::Photo;
                if (shortClip && stillShot && !has(*shot, FileRole::MotionClip))
                    groups[*shot].push_back({i, FileRole::MotionClip});
                else
                    groups.push_back({{i, FileRole::Primary}});
            }
        }
    }

    // Sidecars: "x.ext.xmp" goes with "x.ext"; "x.xmp" with the shot (or the first asset).
    const std::size_t mediaGroups = groups.size(); // sidecars never attach to a lone sidecar
    for (std::size_t i : order) {
        const Member &m = members[i];
        if (m.kind != MediaKind::Sidecar)
            continue;
        const QByteArray target = sidecarTarget(m.name).toLower();
        std::optional<std::size_t> owner;
        for (std::size_t g = 0; g < mediaGroups && !target.isEmpty() && !owner; ++g)
            for (const Placement &p : groups[g])
                if (members[p.member].name.toLower() == target)
                    owner = g;
        if (!owner && mediaGroups > 0)
            owner = shot.value_or(0);
        if (owner)
            groups[*owner].push_back({i, FileRole::Sidecar});
        else
            groups.push_back({{i, FileRole::Sidecar}}); // a sidecar alone: kept as a file without an asset
    }
    return groups;
}

} // namespace tintype
