#include "stories/BestPhotoPicker.h"

#include "similarity/PerceptualHash.h"

#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace tintype {

namespace {
int tierOf(const StoryAsset &a) { return (a.favorite ? 2 : 0) + (a.namedPeople ? 1 : 0); }

struct Ranked {
    const StoryAsset *asset = nullptr;
    int tier = 0;
    std::optional<double> sharpness;
};
} // namespace

bool BestPhotoPicker::isScreenshot(const QByteArray &relPath)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"((^|[/_ -])(screenshot|screen shot|screen_shot|scr_\d|bildschirmfoto|capture d.écran)|(^|/)screenshots?/)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(QString::fromUtf8(relPath)).hasMatch();
}

BestPhotoPicker::Pick BestPhotoPicker::pick(const std::vector<const StoryAsset *> &candidates, int count,
                                            const Sharpness &sharpness)
{
    std::vector<Ranked> photos;
    for (const StoryAsset *a : candidates)
        if (!a->video && !isScreenshot(a->relPath))
            photos.push_back({a, tierOf(*a), std::nullopt});
    if (photos.empty() || count <= 0)
        return {};

    // Shortlist: every favourite and photo of named people, then others spread evenly over time.
    const std::size_t wanted = std::size_t(count) * 4;
    std::vector<Ranked> shortlist;
    std::vector<Ranked> others;
    for (const Ranked &r : photos)
        (r.tier > 0 ? shortlist : others).push_back(r);
    if (shortlist.size() < wanted && !others.empty()) {
        const std::size_t take = std::min(others.size(), wanted - shortlist.size());
        for (std::size_t i = 0; i < take; ++i)
            shortlist.push_back(others[i * others.size() / take]);
    }
    if (sharpness) {
        std::vector<double> known;
        for (Ranked &r : shortlist)
            if ((r.sharpness = sharpness(*r.asset)))
                known.push_back(*r.sharpness);
        if (!known.empty()) {
            std::nth_element(known.begin(), known.begin() + known.size() / 2, known.end());
            const double blurred = known[known.size() / 2] * kBlurredShare;
            std::vector<Ranked> sharp;
            std::copy_if(shortlist.begin(), shortlist.end(), std::back_inserter(sharp),
                         [&](const Ranked &r) { return !r.sharpness || *r.sharpness >= blurred; });
            if (!sharp.empty())
                shortlist = std::move(sharp);
        }
    }
    std::stable_sort(shortlist.begin(), shortlist.end(), [](const Ranked &a, const Ranked &b) {
        if (a.tier != b.tier)
            return a.tier > b.tier;
        return a.sharpness.value_or(0) > b.sharpness.value_or(0);
    });

    Pick result;
    std::vector<const StoryAsset *> chosen;
    for (const Ranked &r : shortlist) {
        if (int(chosen.size()) == count)
            break;
        const bool nearDuplicate =
            r.asset->hash && std::any_of(chosen.begin(), chosen.end(), [&](const StoryAsset *c) {
                return c->hash && PerceptualHash::distance(*c->hash, *r.asset->hash) <= kNearDuplicateBits;
            });
        if (!nearDuplicate)
            chosen.push_back(r.asset);
    }
    result.coverAssetId = chosen.front()->assetId;
    std::sort(chosen.begin(), chosen.end(), [](const StoryAsset *a, const StoryAsset *b) {
        return std::tie(a->utcMs, a->assetId) < std::tie(b->utcMs, b->assetId);
    });
    for (const StoryAsset *a : chosen)
        result.assetIds.push_back(a->assetId);
    return result;
}

std::vector<std::int64_t> BestPhotoPicker::withVideos(const Pick &pick,
                                                      const std::vector<const StoryAsset *> &candidates, int videos)
{
    std::vector<const StoryAsset *> all, chosen;
    for (const StoryAsset *a : candidates)
        if (a->video)
            (a->favorite ? chosen : all).push_back(a);
    if (int(chosen.size()) > videos)
        chosen.resize(std::size_t(std::max(0, videos)));
    // The rest spread evenly over the time: the middle of each equal share.
    const int more = std::min(int(all.size()), videos - int(chosen.size()));
    for (int i = 0; i < more; ++i)
        chosen.push_back(all[std::size_t((2 * i + 1) * int(all.size()) / (2 * more))]);
    std::set<std::int64_t> ids(pick.assetIds.begin(), pick.assetIds.end());
    for (const StoryAsset *a : chosen)
        ids.insert(a->assetId);
    std::vector<std::int64_t> out;
    for (const StoryAsset *a : candidates)
        if (ids.count(a->assetId))
            out.push_back(a->assetId);
    return out;
}

} // namespace tintype
