// Hostile file names (any bytes, one per line, first byte of each the kind)
// → stem keys and grouping. Every file must land in at most one asset, and
// every group must start with a non-sidecar unless it is a lone sidecar.
#include "library/AssetGrouper.h"

#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace tintype;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    std::vector<AssetGrouper::Member> members;
    QByteArray stem;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty() || members.size() > 64)
            continue;
        const auto kind = MediaKind(static_cast<unsigned char>(line[0]) % 5);
        const QByteArray name = line.mid(1);
        std::optional<double> duration;
        if (kind == MediaKind::Video)
            duration = double(static_cast<unsigned char>(line[0]));
        members.push_back({name, kind, duration});
        (void)AssetGrouper::stemKey(name);
    }
    std::vector<int> placed(members.size(), 0);
    for (const auto &group : AssetGrouper::group(members)) {
        if (group.empty())
            std::abort();
        for (const auto &p : group)
            if (p.member >= members.size() || ++placed[p.member] > 1)
                std::abort();
        if (group.front().role == FileRole::Sidecar && group.size() > 1)
            std::abort();
    }
    return 0;
}
