// Hostile file names of one Takeout folder → the sidecar matcher. One name per
// line; the first byte of a line says media (even) or sidecar (odd), and UTF-8
// (bit 1 clear) or raw UTF-16 (bit 1 set, so lone surrogates get in). A
// sidecar line may carry "|title". Checked: every media file is accounted for
// once, only given sidecars are used, a sidecar serves one file unless as an
// edited copy or a Live/Motion partner, and input order does not matter.
#include "takeout/TakeoutSidecarMatcher.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using namespace tintype;

namespace {

QString decode(const QByteArray &bytes, bool utf16)
{
    if (!utf16)
        return QString::fromUtf8(bytes);
    return QString(reinterpret_cast<const QChar *>(bytes.constData()), bytes.size() / 2);
}

bool sameResult(const FolderMatch &a, const FolderMatch &b)
{
    if (a.matches.size() != b.matches.size() || a.mediaWithoutSidecar != b.mediaWithoutSidecar ||
        a.sidecarsWithoutMedia != b.sidecarsWithoutMedia)
        return false;
    for (qsizetype i = 0; i < a.matches.size(); ++i) {
        const SidecarMatch &x = a.matches[i];
        const SidecarMatch &y = b.matches[i];
        if (x.media != y.media || x.sidecar != y.sidecar || x.rule != y.rule || x.originalMedia != y.originalMedia)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList media;
    QList<SidecarFile> sidecars;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty() || media.size() + sidecars.size() > 200)
            continue;
        const auto tag = static_cast<unsigned char>(line[0]);
        const bool utf16 = (tag & 2) != 0;
        const QByteArray rest = line.mid(1);
        if ((tag & 1) == 0) {
            media << decode(rest, utf16);
            continue;
        }
        const qsizetype bar = rest.indexOf('|');
        sidecars.append(bar < 0 ? SidecarFile{decode(rest, utf16), {}}
                                : SidecarFile{decode(rest.left(bar), utf16), decode(rest.mid(bar + 1), utf16)});
    }

    const FolderMatch result = matchFolder(media, sidecars);

    QSet<QString> mediaSet(media.cbegin(), media.cend());
    QSet<QString> sidecarSet;
    for (const SidecarFile &s : sidecars)
        sidecarSet.insert(s.name);
    QSet<QString> seenMedia;
    QHash<QString, int> owners;
    for (const SidecarMatch &m : result.matches) {
        if (!mediaSet.contains(m.media) || !sidecarSet.contains(m.sidecar) || seenMedia.contains(m.media))
            std::abort();
        seenMedia.insert(m.media);
        if (m.rule != MatchRule::Edited && m.rule != MatchRule::LivePhotoCompanion &&
            m.rule != MatchRule::ForgottenDuplicate && ++owners[m.sidecar] > 1)
            std::abort();
        if (!m.originalMedia.isEmpty() && (m.rule != MatchRule::Edited || !mediaSet.contains(m.originalMedia)))
            std::abort();
    }
    for (const QString &m : result.mediaWithoutSidecar)
        if (!mediaSet.contains(m) || seenMedia.contains(m))
            std::abort();
    if (seenMedia.size() + result.mediaWithoutSidecar.size() != mediaSet.size())
        std::abort();
    for (const QString &s : result.sidecarsWithoutMedia)
        if (!sidecarSet.contains(s) || owners.contains(s))
            std::abort();

    std::reverse(media.begin(), media.end());
    std::reverse(sidecars.begin(), sidecars.end());
    if (!sameResult(result, matchFolder(media, sidecars)))
        std::abort();
    return 0;
}
