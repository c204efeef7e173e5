#include "similarity/BestCopyChooser.h"

#include "common/NativePath.h"
#include "metadata/MediaMetadata.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace tintype {

namespace {
const QRegularExpression &screenshotPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"((^|[/_ -])(screenshot|screen shot|screen_shot|scr_\d|bildschirmfoto|capture d.écran)|/screenshots?/)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &messengerPattern()
{
    // IMG-20190612-WA0001.jpg (WhatsApp), signal-2019-..., photo_..@..(Telegram
    // export folders), received_... (Facebook Messenger), and their folders.
    static const QRegularExpression pattern(
        QStringLiteral(R"(-WA\d{4}|whatsapp|telegram|(^|/)signal-\d{4}|(^|/)received_\d|messenger|viber)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString pixels(const DuplicateQueries::MemberFacts &f)
{
    if (f.width <= 0 || f.height <= 0)
        return BestCopyChooser::tr("unknown size");
    return QStringLiteral("%1×%2").arg(f.width).arg(f.height);
}

// Lexicographic: greater is better.
auto rank(const DuplicateMember &m)
{
    const auto &f = m.facts;
    return std::make_tuple(f.available, m.original, !m.screenshot && !m.messenger, std::int64_t(f.width) * f.height,
                           f.bytes, int(m.cameraTime) + int(f.hasGps), -f.assetId);
}

QString folderOf(const DuplicateQueries::MemberFacts &f)
{
    const QString relative = nativepath::display(nativepath::fromBytes(f.relPath));
    QString folder = QFileInfo(relative).path();
    if (folder == QLatin1String(".") || folder.isEmpty())
        return nativepath::display(f.path.parent_path().filename());
    return folder;
}

QString formatName(const DuplicateMember &m)
{
    return m.facts.hasRaw ? BestCopyChooser::tr("RAW+%1").arg(m.facts.format.toUpper()) : m.facts.format.toUpper();
}

QString keptDescription(const DuplicateMember &m)
{
    QString text = pixels(m.facts);
    if (m.facts.hasRaw || (m.facts.format != QLatin1String("jpeg") && !m.facts.format.isEmpty()))
        text += QLatin1Char(' ') + formatName(m);
    if (m.cameraTime && m.facts.hasGps)
        text += BestCopyChooser::tr(" with capture time and GPS");
    else if (m.facts.hasGps)
        text += BestCopyChooser::tr(" with GPS");
    else if (m.cameraTime)
        text += BestCopyChooser::tr(" with capture time");
    return text;
}

QString removedDescription(const DuplicateMember &m, const DuplicateMember &kept)
{
    QString text = pixels(m.facts);
    if (m.facts.format != kept.facts.format && !m.facts.format.isEmpty())
        text += QLatin1Char(' ') + formatName(m);
    if (m.screenshot)
        text += BestCopyChooser::tr(" screenshot");
    else if (m.messenger)
        text += BestCopyChooser::tr(" messenger copy");
    else
        text += BestCopyChooser::tr(" copy");
    if (!m.cameraTime && !m.facts.hasGps && m.facts.make.isEmpty() && m.facts.model.isEmpty())
        text += BestCopyChooser::tr(" without metadata");
    else if (!m.facts.hasGps && kept.facts.hasGps)
        text += BestCopyChooser::tr(" without GPS");
    else if (!m.cameraTime && kept.cameraTime)
        text += BestCopyChooser::tr(" without capture time");
    if (!m.facts.available)
        text += BestCopyChooser::tr(" (offline, left in place)");
    return text + BestCopyChooser::tr(" in %1").arg(folderOf(m.facts));
}

QStringList differencesFrom(const DuplicateMember &m, const DuplicateMember &kept)
{
    QStringList d;
    const std::int64_t area = std::int64_t(m.facts.width) * m.facts.height;
    const std::int64_t keptArea = std::int64_t(kept.facts.width) * kept.facts.height;
    if (area < keptArea)
        d << BestCopyChooser::tr("smaller: %1").arg(pixels(m.facts));
    else if (area > keptArea)
        d << BestCopyChooser::tr("larger: %1").arg(pixels(m.facts));
    else if (m.facts.bytes < kept.facts.bytes)
        d << BestCopyChooser::tr("fewer bytes: %1").arg(m.facts.bytes);
    if (m.facts.format != kept.facts.format)
        d << BestCopyChooser::tr("format: %1").arg(formatName(m));
    if (!m.original && kept.original)
        d << BestCopyChooser::tr("re-encoded (no camera metadata)");
    if (m.screenshot)
        d << BestCopyChooser::tr("screenshot");
    if (m.messenger)
        d << BestCopyChooser::tr("messenger copy");
    if (!m.cameraTime && kept.cameraTime)
        d << BestCopyChooser::tr("no capture time");
    if (!m.facts.hasGps && kept.facts.hasGps)
        d << BestCopyChooser::tr("no GPS");
    if (m.facts.hasGps && !kept.facts.hasGps)
        d << BestCopyChooser::tr("has GPS (moves to the kept copy)");
    if (!m.facts.albums.isEmpty())
        d << BestCopyChooser::tr("in albums: %1 (moved to the kept copy)")
                 .arg(m.facts.albums.join(QStringLiteral(", ")));
    if (m.facts.favorite && !kept.facts.favorite)
        d << BestCopyChooser::tr("favourite (moves to the kept copy)");
    if (m.facts.rating && (!kept.facts.rating || *kept.facts.rating < *m.facts.rating))
        d << BestCopyChooser::tr("rated %1 (moves to the kept copy)").arg(*m.facts.rating);
    if (!m.facts.available)
        d << BestCopyChooser::tr("offline");
    return d;
}
} // namespace

void BestCopyChooser::describe(DuplicateMember &member)
{
    const auto &f = member.facts;
    const QString where = nativepath::display(nativepath::fromBytes(f.relPath));
    member.screenshot = screenshotPattern().match(where).hasMatch();
    member.messenger = messengerPattern().match(where).hasMatch();
    member.cameraTime = isCameraTime(CaptureTimeSource(f.captureSource));
    member.original =
        f.hasRaw || (!member.screenshot && !member.messenger && (!f.make.isEmpty() || !f.model.isEmpty()));
}

void BestCopyChooser::propose(DuplicateGroup &group)
{
    if (group.members.empty())
        return;
    for (DuplicateMember &m : group.members)
        describe(m);
    const auto best =
        std::max_element(group.members.begin(), group.members.end(),
                         [](const DuplicateMember &a, const DuplicateMember &b) { return rank(a) < rank(b); });
    keepInstead(group, int(best - group.members.begin()));
}

void BestCopyChooser::keepInstead(DuplicateGroup &group, int index)
{
    if (index < 0 || index >= int(group.members.size()))
        return;
    // Kept first, the others best first.
    std::swap(group.members[0], group.members[std::size_t(index)]);
    std::stable_sort(group.members.begin() + 1, group.members.end(),
                     [](const DuplicateMember &a, const DuplicateMember &b) { return rank(a) > rank(b); });
    group.keep = 0;
    const DuplicateMember &kept = group.members.front();
    QStringList removed;
    std::vector<std::pair<QString, int>> kinds; // alike copies counted, in order
    for (std::size_t i = 1; i < group.members.size(); ++i) {
        group.members[i].differences = differencesFrom(group.members[i], kept);
        const QString description = removedDescription(group.members[i], kept);
        removed << tr("removes %1").arg(description);
        const auto same =
            std::find_if(kinds.begin(), kinds.end(), [&](const auto &k) { return k.first == description; });
        if (same != kinds.end())
            ++same->second;
        else
            kinds.emplace_back(description, 1);
    }
    group.members.front().differences.clear();
    group.explanation = tr("keeps %1; %2").arg(keptDescription(kept), removed.join(QStringLiteral("; ")));
    group.explanationLines = {tr("Keeps %1").arg(keptDescription(kept))};
    for (const auto &[description, count] : kinds)
        group.explanationLines << (count == 1 ? tr("Trashes %1").arg(description)
                                              : tr("Trashes %n alike copies: %1", nullptr, count).arg(description));
}

} // namespace tintype
