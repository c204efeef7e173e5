#include "takeout/TakeoutSidecarMatcher.h"

#include "takeout/TakeoutNameParts.h"

#include <QHash>
#include <QPair>
#include <QSet>

#include <algorithm>
#include <functional>
#include <vector>

namespace tintype {

namespace {

// Takeout cuts a sidecar's name to 51 UTF-16 units with ".json", so a cut base is
// 46 units long, 45 when the cut fell inside a surrogate pair, a little shorter
// when a "(N)" had to fit too. The same lengths counted in code points are
// accepted as well, should an export count those.
constexpr qsizetype kLongestCutBase = 46;
constexpr qsizetype kShortestCutBase = 40;

qsizetype codePointCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++count)
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
    return count;
}

bool mayBeCut(qsizetype length) { return length >= kShortestCutBase && length <= kLongestCutBase; }
// Takeout cuts long media names to about 47 UTF-16 units before the extension
// (46 to 48 seen: a surrogate pair is kept whole).
constexpr qsizetype kShortestCutMediaStem = 46;
constexpr qsizetype kLongestCutMediaStem = 48;

using BaseKey = QPair<QString, int>; // sidecar base, Takeout number (0 = none)

QStringList extensionAliases(const QString &ext)
{
    static const QList<QStringList> families = {
        {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("jpe"), QStringLiteral("jfif")},
        {QStringLiteral("tif"), QStringLiteral("tiff")},
        {QStringLiteral("heic"), QStringLiteral("heif"), QStringLiteral("hif")},
        {QStringLiteral("mpg"), QStringLiteral("mpeg")},
        {QStringLiteral("mp4"), QStringLiteral("m4v")},
    };
    for (const QStringList &family : families) {
        if (family.contains(ext)) {
            QStringList others = family;
            others.removeAll(ext);
            return others;
        }
    }
    return {};
}

// The media files of one round of matching (the folder's files, or the missing
// originals of edited copies) and what they were given.
struct Claimants {
    std::vector<MediaNameParts> media;
    std::vector<int> order; // who picks first: originals, stills, then by name
    std::vector<int> sidecarOf;
    std::vector<MatchRule> ruleOf;

    void prepare()
    {
        sidecarOf.assign(media.size(), -1);
        ruleOf.assign(media.size(), MatchRule::Exact);
        order.resize(media.size());
        for (std::size_t i = 0; i < media.size(); ++i)
            order[i] = int(i);
        std::sort(order.begin(), order.end(), [this](int a, int b) {
            const MediaNameParts &x = media[std::size_t(a)];
            const MediaNameParts &y = media[std::size_t(b)];
            if (x.edited() != y.edited())
                return y.edited();
            if (x.video != y.video)
                return y.video;
            return std::tie(x.key, x.name) < std::tie(y.key, y.name);
        });
    }
};

class FolderMatcher {
public:
    FolderMatcher(const QStringList &mediaNames, const QList<SidecarFile> &sidecars);
    FolderMatch run();

private:
    using Lookups = QList<BaseKey>;
    void runRounds(Claimants &c);
    void runPass(Claimants &c, MatchRule rule, bool checkTitle,
                 const std::function<Lookups(const MediaNameParts &)> &lookups,
                 const QHash<BaseKey, QList<int>> *index = nullptr);
    void runTitlePass(Claimants &c);
    bool claim(Claimants &c, int media, MatchRule rule, const Lookups &keys, bool checkTitle,
               const QHash<BaseKey, QList<int>> &index);
    void matchLivePhotoPartners();
    void matchEditedCopies();
    void matchForgottenDuplicates();
    Lookups truncatedLookups(const MediaNameParts &m) const;
    static Lookups extensionLookups(const MediaNameParts &m);
    bool titleFits(const MediaNameParts &m, const SidecarNameParts &s) const;

    Claimants m_real;
    Claimants m_missingOriginals;
    QHash<QString, QList<int>> m_editedByMissingOriginal; // original key -> edited copies in m_real
    std::vector<SidecarNameParts> m_sidecars;
    std::vector<bool> m_claimed;
    QHash<BaseKey, QList<int>> m_byBase;
    QHash<BaseKey, QList<int>> m_bySupplementalCut; // sidecar base without a cut ".supplemental-metadata"
    QHash<QString, QList<int>> m_byTitle;
    QList<qsizetype> m_cutLengths;     // longest first
    std::vector<QString> m_originalOf; // per real media: the unedited file it shares a sidecar with
};

FolderMatcher::FolderMatcher(const QStringList &mediaNames, const QList<SidecarFile> &sidecars)
{
    QStringList names = mediaNames;
    names.removeDuplicates();
    for (const QString &name : std::as_const(names))
        m_real.media.push_back(MediaNameParts::parse(name));
    m_real.prepare();

    // A name given twice keeps one title: a known one, the smallest.
    QHash<QString, QString> titleByName;
    for (const SidecarFile &s : sidecars) {
        auto it = titleByName.find(s.name);
        if (it == titleByName.end())
            titleByName.insert(s.name, s.title);
        else if (!s.title.isEmpty() && (it.value().isEmpty() || s.title < it.value()))
            it.value() = s.title;
    }
    for (auto it = titleByName.cbegin(); it != titleByName.cend(); ++it)
        m_sidecars.push_back(SidecarNameParts::parse(it.key(), it.value()));
    std::sort(m_sidecars.begin(), m_sidecars.end(), [](const SidecarNameParts &a, const SidecarNameParts &b) {
        return std::tie(a.base, a.name) < std::tie(b.base, b.name);
    });
    m_claimed.assign(m_sidecars.size(), false);

    QSet<qsizetype> cutLengths;
    for (std::size_t i = 0; i < m_sidecars.size(); ++i) {
        const SidecarNameParts &s = m_sidecars[i];
        m_byBase[{s.base, 0}].append(int(i));
        if (s.number > 0)
            m_byBase[{s.numberlessBase, s.number}].append(int(i));
        if (!s.supplementalCut.isEmpty())
            m_bySupplementalCut[{s.supplementalCut, s.number}].append(int(i));
        if (!s.titleKey.isEmpty())
            m_byTitle[s.titleKey].append(int(i));
        if (mayBeCut(s.numberlessBase.size()) || mayBeCut(codePointCount(s.numberlessBase)))
            cutLengths.insert(s.numberlessBase.size());
    }
    m_cutLengths = cutLengths.values();
    std::sort(m_cutLengths.begin(), m_cutLengths.end(), std::greater<>());
    m_originalOf.resize(m_real.media.size());
}

bool FolderMatcher::titleFits(const MediaNameParts &m, const SidecarNameParts &s) const
{
    if (s.titleKey.isEmpty())
        return true;
    // The title is the file's name with any extension ("IMG_1.HEIC" for IMG_1.jpg,
    // IMG_1.MOV and IMG_1.HEIC.jpg), characters Google replaced aside ...
    // A "(N)" may be Takeout's numbering or part of the name ("Trip (38).JPG").
    for (const QString &name : {m.numberlessStem, m.stem}) {
        const QString stem = looseKey(name);
        if (!s.looseTitle.startsWith(stem))
            continue;
        if (s.titleKey.size() == stem.size() || s.titleKey.at(stem.size()) == QLatin1Char('.'))
            return true;
        // ... or the file's name is the title cut by Takeout.
        if (stem.size() >= kShortestCutMediaStem && stem.size() <= kLongestCutMediaStem)
            return true;
    }
    return false;
}

bool FolderMatcher::claim(Claimants &c, int media, MatchRule rule, const Lookups &keys, bool checkTitle,
                          const QHash<BaseKey, QList<int>> &index)
{
    const MediaNameParts &m = c.media[std::size_t(media)];
    for (const BaseKey &key : keys) {
        const auto it = index.constFind(key);
        if (it == index.constEnd())
            continue;
        // The same "(N)" on both sides is evidence enough; a title only picks
        // among cut names without one.
        const bool titleMatters = checkTitle && key.second == 0;
        int chosen = -1;
        for (int s : it.value()) {
            const SidecarNameParts &sidecar = m_sidecars[std::size_t(s)];
            if (m_claimed[std::size_t(s)] || (titleMatters && !titleFits(m, sidecar)))
                continue;
            if (chosen < 0 || sidecar.nfc.startsWith(m.nfc)) // same spelling wins a case clash
                chosen = s;
        }
        if (chosen >= 0) {
            m_claimed[std::size_t(chosen)] = true;
            c.sidecarOf[std::size_t(media)] = chosen;
            c.ruleOf[std::size_t(media)] = rule;
            return true;
        }
    }
    return false;
}

void FolderMatcher::runPass(Claimants &c, MatchRule rule, bool checkTitle,
                            const std::function<Lookups(const MediaNameParts &)> &lookups,
                            const QHash<BaseKey, QList<int>> *index)
{
    for (int i : c.order)
        if (c.sidecarOf[std::size_t(i)] < 0)
            claim(c, i, rule, lookups(c.media[std::size_t(i)]), checkTitle, index ? *index : m_byBase);
}

FolderMatcher::Lookups FolderMatcher::truncatedLookups(const MediaNameParts &m) const
{
    Lookups keys;
    if (m_cutLengths.isEmpty())
        return keys;
    // Numbered files look for their numbered sidecar first; a cut that ends
    // before the "(N)" of the file's own name is another file's sidecar.
    struct Full {
        QString name;
        int number;
        qsizetype shortest;
    };
    QList<Full> fulls;
    if (m.number > 0)
        fulls.append({m.original + kSupplementalSuffix, m.number, 0});
    fulls.append({m.key + kSupplementalSuffix, 0, m.number > 0 ? m.numberlessStem.size() + 1 : 0});
    for (const Full &full : std::as_const(fulls)) {
        for (qsizetype length : m_cutLengths) {
            if (length >= full.shortest && length < full.name.size() && cutLength(full.name, length) == length)
                keys.append({full.name.left(length), full.number});
        }
    }
    return keys;
}

FolderMatcher::Lookups FolderMatcher::extensionLookups(const MediaNameParts &m)
{
    Lookups keys;
    if (m.ext.isEmpty())
        return keys;
    // A Pixel motion clip ("PXL_1.MP") without its still takes the still's sidecar.
    if (m.ext == QLatin1String("mp"))
        keys.append({m.key + QStringLiteral(".jpg"), 0});
    QList<BaseKey> stems = {{m.stem, 0}};
    if (m.number > 0)
        stems.append({m.numberlessStem, m.number});
    const QStringList aliases = extensionAliases(m.ext);
    for (const BaseKey &stem : std::as_const(stems)) {
        keys.append(stem);
        keys.append({stem.first + kSupplementalSuffix, stem.second});
        for (const QString &alias : aliases) {
            keys.append({stem.first + QLatin1Char('.') + alias, stem.second});
            keys.append({stem.first + QLatin1Char('.') + alias + kSupplementalSuffix, stem.second});
        }
    }
    return keys;
}

void FolderMatcher::runTitlePass(Claimants &c)
{
    for (int i : c.order) {
        if (c.sidecarOf[std::size_t(i)] >= 0)
            continue;
        const auto it = m_byTitle.constFind(c.media[std::size_t(i)].key);
        if (it == m_byTitle.constEnd())
            continue;
        int unclaimed = -1;
        int count = 0;
        for (int s : it.value()) {
            if (!m_claimed[std::size_t(s)]) {
                unclaimed = s;
                ++count;
            }
        }
        if (count == 1) { // several unused sidecars with this title: none is surely this file's
            m_claimed[std::size_t(unclaimed)] = true;
            c.sidecarOf[std::size_t(i)] = unclaimed;
            c.ruleOf[std::size_t(i)] = MatchRule::Title;
        }
    }
}

void FolderMatcher::runRounds(Claimants &c)
{
    // Every file gets the chance of a stricter rule before any file tries a looser one.
    runPass(c, MatchRule::Exact, false, [](const MediaNameParts &m) { return Lookups{{m.key, 0}}; });
    runPass(c, MatchRule::Supplemental, false, [](const MediaNameParts &m) {
        return Lookups{{m.key + kSupplementalSuffix, 0}};
    });
    runPass(c, MatchRule::Numbered, false, [](const MediaNameParts &m) {
        return m.number > 0 ? Lookups{{m.original, m.number}, {m.original + kSupplementalSuffix, m.number}} : Lookups{};
    });
    runPass(c, MatchRule::Truncated, true, [this](const MediaNameParts &m) { return truncatedLookups(m); });
    // ".supplemental-metadata" cut at any length, not only at Takeout's name limit.
    runPass(
        c, MatchRule::Truncated, false,
        [](const MediaNameParts &m) {
            return m.number > 0 ? Lookups{{m.key, 0}, {m.original, m.number}} : Lookups{{m.key, 0}};
        },
        &m_bySupplementalCut);
    runPass(c, MatchRule::ExtensionAdded, true, [](const MediaNameParts &m) { return extensionLookups(m); });
    runTitlePass(c);
}

void FolderMatcher::matchLivePhotoPartners()
{
    QHash<QString, QList<int>> byLiveKey;
    for (int i : m_real.order)
        if (!m_real.media[std::size_t(i)].edited())
            byLiveKey[m_real.media[std::size_t(i)].liveKey].append(i);
    const auto ownMatch = [this](int i) {
        return m_real.sidecarOf[std::size_t(i)] >= 0 && m_real.ruleOf[std::size_t(i)] != MatchRule::LivePhotoCompanion;
    };
    for (int i : m_real.order) {
        const MediaNameParts &m = m_real.media[std::size_t(i)];
        if (m_real.sidecarOf[std::size_t(i)] >= 0 || m.edited())
            continue;
        // A clip takes its still's sidecar; a still without one takes its clip's.
        for (int partner : byLiveKey.value(m.liveKey)) {
            if (m_real.media[std::size_t(partner)].video != m.video && ownMatch(partner)) {
                m_real.sidecarOf[std::size_t(i)] = m_real.sidecarOf[std::size_t(partner)];
                m_real.ruleOf[std::size_t(i)] = MatchRule::LivePhotoCompanion;
                break;
            }
        }
    }
}

void FolderMatcher::matchEditedCopies()
{
    QHash<QString, QList<int>> byKey;
    QHash<QString, QList<int>> byStem;
    for (int i : m_real.order) {
        const MediaNameParts &m = m_real.media[std::size_t(i)];
        if (m.edited())
            continue;
        byKey[m.key].append(i);
        byStem[m.stem].append(i);
    }
    for (int i : m_real.order) {
        const MediaNameParts &m = m_real.media[std::size_t(i)];
        if (!m.edited() || m_real.sidecarOf[std::size_t(i)] >= 0)
            continue;
        // The original of the same name, else of the same stem (a HEIC edited into a JPEG).
        QList<int> originals = byKey.value(m.editedOriginal);
        if (originals.isEmpty())
            originals = byStem.value(m.editedOriginalStem);
        if (originals.isEmpty()) {
            m_editedByMissingOriginal[m.editedOriginal].append(i);
            continue;
        }
        for (int original : std::as_const(originals)) {
            if (m_real.sidecarOf[std::size_t(original)] >= 0) {
                m_real.sidecarOf[std::size_t(i)] = m_real.sidecarOf[std::size_t(original)];
                m_real.ruleOf[std::size_t(i)] = MatchRule::Edited;
                m_originalOf[std::size_t(i)] = m_real.media[std::size_t(original)].name;
                break;
            }
        }
    }

    // Edited copies whose original is not in the folder: the sidecar the original
    // would have had, if no file of the folder has it.
    QStringList missing = m_editedByMissingOriginal.keys();
    std::sort(missing.begin(), missing.end());
    for (const QString &original : std::as_const(missing))
        m_missingOriginals.media.push_back(MediaNameParts::parse(original));
    m_missingOriginals.prepare();
    runRounds(m_missingOriginals);
    for (std::size_t v = 0; v < m_missingOriginals.media.size(); ++v) {
        const int sidecar = m_missingOriginals.sidecarOf[v];
        if (sidecar < 0)
            continue;
        for (int copy : m_editedByMissingOriginal.value(m_missingOriginals.media[v].name)) {
            m_real.sidecarOf[std::size_t(copy)] = sidecar;
            m_real.ruleOf[std::size_t(copy)] = MatchRule::Edited;
        }
    }
}

void FolderMatcher::matchForgottenDuplicates()
{
    // Numbered files left without a sidecar whose numbered sidecar Google never
    // wrote: a cut name ("x_P(1).jpg", the sidecar "x_.json" of "x_P.jpg") or an
    // edited copy ("a-edited(1).jpg", the sidecar of "a.jpg"). A short plain
    // name keeps its own: "IMG_1(1).JPG" is another photo than "IMG_1.JPG".
    QHash<QString, QList<int>> waiting; // the name without its number -> files
    for (int i : m_real.order) {
        const MediaNameParts &m = m_real.media[std::size_t(i)];
        if (m_real.sidecarOf[std::size_t(i)] >= 0 || m.number <= 0)
            continue;
        if (m.edited())
            waiting[m.editedOriginalNumberless].append(i);
        else if (m.numberlessStem.size() >= kShortestCutMediaStem)
            waiting[m.original].append(i);
    }
    if (waiting.isEmpty())
        return;
    // The sidecar of a file of that name, or of an edited copy's missing original.
    QHash<QString, int> sidecarOfName;
    for (std::size_t i = 0; i < m_missingOriginals.media.size(); ++i)
        if (m_missingOriginals.sidecarOf[i] >= 0)
            sidecarOfName.insert(m_missingOriginals.media[i].key, m_missingOriginals.sidecarOf[i]);
    for (int i : m_real.order) { // the first in order wins a case clash
        const std::size_t k = std::size_t(i);
        if (m_real.sidecarOf[k] >= 0 && m_real.ruleOf[k] != MatchRule::LivePhotoCompanion &&
            m_real.ruleOf[k] != MatchRule::Edited && waiting.contains(m_real.media[k].key) &&
            !sidecarOfName.contains(m_real.media[k].key))
            sidecarOfName.insert(m_real.media[k].key, m_real.sidecarOf[k]);
    }
    QStringList names = waiting.keys();
    std::sort(names.begin(), names.end());
    Claimants unnumbered;
    for (const QString &name : std::as_const(names)) {
        const int known = sidecarOfName.value(name, -1);
        if (known >= 0) {
            for (int copy : waiting.value(name)) {
                m_real.sidecarOf[std::size_t(copy)] = known;
                m_real.ruleOf[std::size_t(copy)] = MatchRule::ForgottenDuplicate;
            }
        } else {
            unnumbered.media.push_back(MediaNameParts::parse(name));
        }
    }
    unnumbered.prepare();
    runRounds(unnumbered);
    for (std::size_t v = 0; v < unnumbered.media.size(); ++v) {
        const int sidecar = unnumbered.sidecarOf[v];
        if (sidecar < 0)
            continue;
        for (int copy : waiting.value(unnumbered.media[v].name)) {
            m_real.sidecarOf[std::size_t(copy)] = sidecar;
            m_real.ruleOf[std::size_t(copy)] = MatchRule::ForgottenDuplicate;
        }
    }
}

FolderMatch FolderMatcher::run()
{
    runRounds(m_real);
    matchLivePhotoPartners();
    matchEditedCopies();
    matchForgottenDuplicates();

    FolderMatch result;
    for (std::size_t i = 0; i < m_real.media.size(); ++i) {
        const MediaNameParts &m = m_real.media[i];
        const int s = m_real.sidecarOf[i];
        if (s < 0)
            result.mediaWithoutSidecar << m.name;
        else
            result.matches.append({m.name, m_sidecars[std::size_t(s)].name, m_real.ruleOf[i], m_originalOf[i]});
    }
    for (std::size_t s = 0; s < m_sidecars.size(); ++s)
        if (!m_claimed[s])
            result.sidecarsWithoutMedia << m_sidecars[s].name;
    std::sort(result.matches.begin(), result.matches.end(), [](const SidecarMatch &a, const SidecarMatch &b) {
        return std::tie(a.media, a.sidecar) < std::tie(b.media, b.sidecar);
    });
    result.mediaWithoutSidecar.sort();
    result.sidecarsWithoutMedia.sort();
    return result;
}

} // namespace

FolderMatch matchFolder(const QStringList &mediaNames, const QList<SidecarFile> &sidecars)
{
    return FolderMatcher(mediaNames, sidecars).run();
}

} // namespace tintype
