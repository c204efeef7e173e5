#include "DuplicateCopies.h"

#include "TimelineModel.h"

#include "catalog/TimelineQueries.h"
#include "common/NativePath.h"

#include <QLocale>

#include <algorithm>

namespace tintype {

namespace {
struct Fact {
    QString label, value;
};

// The facts a card lists, in the order it lists them.
std::vector<Fact> factsOf(const DuplicateMember &m, const DuplicateJobs::CopyDetails &d)
{
    const auto &f = m.facts;
    const QLocale locale;
    const QString none = QStringLiteral("—");
    QString camera = f.model.startsWith(f.make, Qt::CaseInsensitive) ? f.model : (f.make + QLatin1Char(' ') + f.model);
    camera = camera.trimmed();
    return {
        {DuplicateCopies::tr("Resolution"), f.width > 0 ? QStringLiteral("%1 × %2").arg(f.width).arg(f.height) : none},
        {DuplicateCopies::tr("Size"), locale.formattedDataSize(f.bytes, 1, QLocale::DataSizeTraditionalFormat)},
        {DuplicateCopies::tr("Format"), f.format.isEmpty() ? none : f.format.toUpper()},
        {DuplicateCopies::tr("Taken"),
         d.captured.isValid() ? locale.toString(d.captured, QLocale::ShortFormat) : DuplicateCopies::tr("unknown")},
        {DuplicateCopies::tr("GPS"), f.hasGps ? DuplicateCopies::tr("yes") : DuplicateCopies::tr("no")},
        {DuplicateCopies::tr("Camera"), camera.isEmpty() ? none : camera},
        {DuplicateCopies::tr("Folder"), nativepath::display(f.path.parent_path())},
        {DuplicateCopies::tr("Albums"), f.albums.isEmpty() ? none : f.albums.join(QStringLiteral(", "))},
    };
}
} // namespace

int DuplicateCopies::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_copies.size()); }

QHash<int, QByteArray> DuplicateCopies::roleNames() const
{
    return {{NumberRole, "number"},     {AssetIdRole, "assetId"},   {SourceRole, "source"},
            {KeepRole, "keep"},         {ProposedRole, "proposed"}, {AvailableRole, "available"},
            {FileNameRole, "fileName"}, {FactsRole, "facts"},       {DifferencesRole, "differences"},
            {BadgesRole, "badges"}};
}

QVariant DuplicateCopies::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_copies.size()))
        return {};
    const Copy &c = m_copies[std::size_t(index.row())];
    const auto &f = c.member.facts;
    switch (role) {
    case NumberRole: return index.row() + 1;
    case AssetIdRole: return qint64(f.assetId);
    case SourceRole: {
        TimelineEntry entry;
        entry.fileId = f.fileId;
        entry.fingerprint = f.fingerprint;
        entry.userRotation = c.details.userRotation;
        return TimelineModel::thumbnailSource(entry, "grid");
    }
    case KeepRole: return c.keep;
    case ProposedRole: return c.proposed;
    case AvailableRole: return f.available;
    case FileNameRole: return nativepath::display(f.path.filename());
    case FactsRole: return c.facts;
    case DifferencesRole: return c.member.differences;
    case BadgesRole: {
        QStringList badges;
        if (f.hasRaw)
            badges << tr("RAW + JPEG");
        if (c.member.original)
            badges << tr("Original");
        if (c.member.screenshot)
            badges << tr("Screenshot");
        if (c.member.messenger)
            badges << tr("Messenger copy");
        if (!f.available)
            badges << tr("Offline");
        return badges;
    }
    default: return {};
    }
}

void DuplicateCopies::show(const DuplicateGroup &group, const std::vector<qint64> &order, qint64 proposed,
                           const QHash<qint64, DuplicateJobs::CopyDetails> &details)
{
    beginResetModel();
    m_copies.clear();
    const qint64 kept = group.members.empty() ? 0 : group.members[std::size_t(group.keep)].facts.assetId;
    std::vector<Fact> keptFacts;
    for (const DuplicateMember &m : group.members)
        if (m.facts.assetId == kept)
            keptFacts = factsOf(m, details.value(kept));
    for (const qint64 assetId : order) {
        const auto it = std::find_if(group.members.begin(), group.members.end(),
                                     [&](const DuplicateMember &m) { return m.facts.assetId == assetId; });
        if (it == group.members.end())
            continue;
        Copy c{*it, details.value(assetId), assetId == kept, assetId == proposed, {}};
        const std::vector<Fact> facts = factsOf(*it, c.details);
        for (std::size_t i = 0; i < facts.size(); ++i)
            c.facts.append(QVariantMap{
                {QStringLiteral("label"), facts[i].label},
                {QStringLiteral("value"), facts[i].value},
                {QStringLiteral("differs"), !c.keep && i < keptFacts.size() && facts[i].value != keptFacts[i].value}});
        m_copies.push_back(std::move(c));
    }
    endResetModel();
}

void DuplicateCopies::clear()
{
    beginResetModel();
    m_copies.clear();
    endResetModel();
}

} // namespace tintype
