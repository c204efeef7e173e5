#include "catalog/SearchRepository.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogRecords.h"
#include "catalog/SqlStatement.h"

#include <QHash>

#include <algorithm>
#include <string>
#include <unordered_map>

namespace tintype {

namespace {
// The photo's own clock (CaptureTime: captured_utc + offset; floating times have none).
constexpr const char *kLocalMs = "(a.captured_utc + coalesce(a.captured_offset, 0) * 60000)";
// A day on the photo's clock is within 14 hours of the same day in UTC: the
// capture-time index narrows, the local time decides.
// What the timeline shows: not archived, primary file present.
constexpr const char *kShown = "a.archived = 0 AND EXISTS (SELECT 1 FROM file f WHERE f.asset_id = a.id AND "
                               "f.status = 0 AND f.role != 3)";
constexpr std::int64_t kMaxOffsetMs = 14LL * 3600 * 1000;

// Screenshots: named so by phones and desktops, or a PNG no camera made.
constexpr const char *kScreenshotText =
    "names : (screenshot* OR \"screen shot\"* OR bildschirmfoto* OR \"capture d ecran\"* OR \"schermafbeelding\"*)";
constexpr const char *kPanoramaText = "names : (pano*)";

std::string idList(const std::vector<std::int64_t> &ids)
{
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i)
        out += (i ? "," : "") + std::to_string(ids[i]);
    return out;
}

// SQL with `?` placeholders and their values, bound in order.
struct Sql {
    std::string text;
    QStringList values;

    std::string placeholders(const QStringList &list)
    {
        std::string out;
        for (int i = 0; i < list.size(); ++i) {
            out += i ? ",?" : "?";
            values << list[i];
        }
        return out;
    }
    std::string value(const QString &v)
    {
        values << v;
        return "?";
    }
};

std::string mediaSql(unsigned media)
{
    using C = SearchCondition;
    std::vector<std::string> parts;
    if (media & C::Videos)
        parts.push_back("a.kind = " + std::to_string(int(MediaKind::Video)));
    if (media & C::Raws)
        parts.push_back("a.kind = " + std::to_string(int(MediaKind::Raw)) +
                        " OR EXISTS (SELECT 1 FROM file r WHERE r.asset_id = a.id AND r.role = " +
                        std::to_string(int(FileRole::Raw)) + ")");
    if (media & C::Favorites)
        parts.push_back("a.favorite = 1");
    if (media & C::Screenshots)
        parts.push_back(std::string("a.id IN (SELECT rowid FROM asset_text WHERE asset_text MATCH '") +
                        kScreenshotText + "') OR (a.format = 'png' AND a.make IS NULL AND a.model IS NULL)");
    if (media & C::Panoramas)
        parts.push_back(std::string("(a.height > 0 AND a.width >= 2 * a.height AND a.kind IN (1, 2)) OR a.id IN "
                                    "(SELECT rowid FROM asset_text WHERE asset_text MATCH '") +
                        kPanoramaText + "')");
    std::string out;
    for (const std::string &p : parts)
        out += (out.empty() ? "" : " OR ") + p;
    return out;
}

// One condition as an SQL expression over `asset a`: any of its values.
std::string conditionSql(const SearchCondition &c, Sql &sql)
{
    std::vector<std::string> any;
    if (!c.personIds.empty())
        any.push_back("a.id IN (SELECT asset_id FROM face WHERE person_id IN (" + idList(c.personIds) + "))");
    if (!c.personHints.isEmpty())
        any.push_back("a.id IN (SELECT asset_id FROM person_hint WHERE name IN (" + sql.placeholders(c.personHints) +
                      "))");
    if (!c.places.empty()) {
        std::string places;
        for (const SearchCondition::PlaceKey &p : c.places) {
            std::string one = "(country_code = " + sql.value(p.countryCode);
            if (p.region)
                one += " AND coalesce(region, '') = " + sql.value(p.region->isNull() ? QStringLiteral("") : *p.region);
            if (p.city)
                one += " AND coalesce(city, '') = " + sql.value(p.city->isNull() ? QStringLiteral("") : *p.city);
            places += (places.empty() ? "" : " OR ") + one + ")";
        }
        any.push_back("a.id IN (SELECT asset_id FROM asset_place WHERE " + places + ")");
    }
    if (!c.albumIds.empty())
        any.push_back("a.id IN (SELECT asset_id FROM album_item WHERE album_id IN (" + idList(c.albumIds) + "))");
    for (const SearchCondition::LocalRange &r : c.localRanges)
        any.push_back("(a.captured_utc BETWEEN " + std::to_string(r.fromMs - kMaxOffsetMs) + " AND " +
                      std::to_string(r.toMs + kMaxOffsetMs) + " AND " + kLocalMs + " >= " + std::to_string(r.fromMs) +
                      " AND " + kLocalMs + " < " + std::to_string(r.toMs) + ")");
    if (!c.months.empty()) {
        std::vector<std::int64_t> months(c.months.begin(), c.months.end());
        any.push_back(std::string("(a.captured_utc IS NOT NULL AND CAST(strftime('%m', ") + kLocalMs +
                      " / 1000.0, 'unixepoch') AS INTEGER) IN (" + idList(months) + "))");
    }
    if (!c.makes.isEmpty())
        any.push_back("a.make IN (" + sql.placeholders(c.makes) + ")");
    if (!c.models.isEmpty())
        any.push_back("a.model IN (" + sql.placeholders(c.models) + ")");
    if (!c.lenses.isEmpty())
        any.push_back("a.lens IN (" + sql.placeholders(c.lenses) + ")");
    if (c.media)
        any.push_back(mediaSql(c.media));
    if (!c.text.isEmpty())
        any.push_back("a.id IN (SELECT rowid FROM asset_text WHERE asset_text MATCH " + sql.value(c.text) + ")");
    if (!c.assetIds.empty())
        any.push_back("a.id IN (" + idList(c.assetIds) + ")");
    std::string out;
    for (const std::string &p : any)
        out += (out.empty() ? "(" : " OR ") + p;
    return out.empty() ? "0" : out + ")";
}

std::int64_t countOf(Catalog &catalog, const std::string &where)
{
    SqlStatement q(catalog.handle(), "SELECT count(*) FROM asset a WHERE (" + where + ") AND " + kShown);
    return q.next() ? q.int64(0) : 0;
}
} // namespace

bool SearchCondition::isEmpty() const
{
    return personIds.empty() && personHints.isEmpty() && places.empty() && albumIds.empty() && localRanges.empty() &&
           months.empty() && makes.isEmpty() && models.isEmpty() && lenses.isEmpty() && media == 0 && text.isEmpty() &&
           assetIds.empty();
}

void SearchCondition::mergeFrom(const SearchCondition &o)
{
    personIds.insert(personIds.end(), o.personIds.begin(), o.personIds.end());
    personHints << o.personHints;
    places.insert(places.end(), o.places.begin(), o.places.end());
    albumIds.insert(albumIds.end(), o.albumIds.begin(), o.albumIds.end());
    localRanges.insert(localRanges.end(), o.localRanges.begin(), o.localRanges.end());
    months.insert(months.end(), o.months.begin(), o.months.end());
    makes << o.makes;
    models << o.models;
    lenses << o.lenses;
    media |= o.media;
    if (!o.text.isEmpty())
        text = text.isEmpty() ? o.text : QStringLiteral("(%1) OR (%2)").arg(text, o.text);
    assetIds.insert(assetIds.end(), o.assetIds.begin(), o.assetIds.end());
}

QString SearchRepository::prefixExpression(const QStringList &words)
{
    QStringList parts;
    for (QString w : words) {
        w.remove(QLatin1Char('"'));
        if (!w.trimmed().isEmpty())
            parts << QLatin1Char('"') + w + QStringLiteral("\"*");
    }
    return parts.join(QStringLiteral(" AND "));
}

bool SearchRepository::textHasWord(const QString &word)
{
    const QString expression = prefixExpression({word});
    if (expression.isEmpty())
        return false;
    SqlStatement q(m_catalog.handle(), "SELECT 1 FROM asset_text WHERE asset_text MATCH ? LIMIT 1");
    q.bind(1, expression);
    return q.next();
}

std::int64_t SearchRepository::indexBytes()
{
    SqlStatement q(m_catalog.handle(), "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'asset_text%'");
    return q.next() ? q.int64(0) : 0;
}

std::vector<SearchRepository::Match> SearchRepository::matches(const std::vector<SearchCondition> &conditions)
{
    if (conditions.empty())
        return {};
    Sql sql;
    sql.text = std::string("SELECT a.id, ") + kLocalMs +
               ", a.captured_utc IS NOT NULL, a.favorite FROM asset a WHERE " + kShown;
    QStringList texts;
    for (const SearchCondition &c : conditions) {
        sql.text += " AND " + conditionSql(c, sql);
        if (!c.text.isEmpty())
            texts << c.text;
    }
    SqlStatement q(m_catalog.handle(), sql.text);
    for (int i = 0; i < sql.values.size(); ++i)
        q.bind(i + 1, sql.values[i]);
    std::vector<Match> out;
    while (q.next())
        out.push_back({q.int64(0), q.int64(1), q.int64(2) != 0, q.int64(3) != 0, 0});
    if (!texts.isEmpty() && !out.empty()) { // bm25 of the words typed, for "best matches first"
        SqlStatement rank(m_catalog.handle(), "SELECT rowid, rank FROM asset_text WHERE asset_text MATCH ?");
        rank.bind(1, QStringLiteral("(%1)").arg(texts.join(QStringLiteral(") AND ("))));
        std::unordered_map<std::int64_t, double> ranks;
        while (rank.next())
            ranks[rank.int64(0)] = rank.real(1);
        for (Match &m : out)
            if (auto it = ranks.find(m.assetId); it != ranks.end())
                m.rank = it->second;
    }
    return out;
}

SearchVocabulary SearchRepository::vocabulary()
{
    SearchVocabulary v;
    Catalog &c = m_catalog;
    {
        // Named people by name (two people may share one), with the names photos came with.
        QHash<QString, std::size_t> byName;
        SqlStatement q(c.handle(), std::string("SELECT p.id, p.name, (SELECT count(DISTINCT x.asset_id) FROM face x "
                                               "JOIN asset a ON a.id = x.asset_id WHERE x.person_id = p.id AND ") +
                                       kShown +
                                       ") FROM person p WHERE p.name IS NOT NULL AND p.name != '' AND p.hidden = 0");
        while (q.next()) {
            const QString name = q.text(1);
            auto it = byName.find(name);
            if (it == byName.end())
                it = byName.insert(name, v.people.size()), v.people.push_back({name, {}, false, 0});
            v.people[*it].personIds.push_back(q.int64(0));
            v.people[*it].count += q.int64(2);
        }
        SqlStatement hints(c.handle(), std::string("SELECT h.name, count(*) FROM person_hint h JOIN asset a ON a.id = "
                                                   "h.asset_id WHERE ") +
                                           kShown + " GROUP BY h.name");
        while (hints.next()) {
            const QString name = hints.text(0);
            auto it = byName.find(name);
            if (it == byName.end())
                it = byName.insert(name, v.people.size()), v.people.push_back({name, {}, false, 0});
            v.people[*it].hinted = true;
            v.people[*it].count = std::max(v.people[*it].count, hints.int64(1));
        }
    }
    {
        SqlStatement q(c.handle(), std::string("SELECT p.country_code, coalesce(p.region, ''), coalesce(p.city, ''), "
                                               "count(*) FROM asset_place p JOIN asset a ON a.id = p.asset_id WHERE "
                                               "p.country_code IS NOT NULL AND ") +
                                       kShown + " GROUP BY 1, 2, 3");
        while (q.next())
            v.places.push_back({q.text(0), q.text(1), q.text(2), q.int64(3)});
    }
    {
        SqlStatement q(c.handle(), std::string("SELECT al.id, al.name, (SELECT count(*) FROM album_item i JOIN asset a "
                                               "ON a.id = i.asset_id WHERE i.album_id = al.id AND ") +
                                       kShown + ") FROM album al ORDER BY al.name");
        while (q.next())
            v.albums.push_back({q.int64(0), q.text(1), q.int64(2)});
    }
    {
        using F = SearchVocabulary::Camera::Field;
        const std::string shown = std::string(" AND ") + kShown;
        SqlStatement q(c.handle(), "SELECT 0, make, count(*) FROM asset a WHERE make IS NOT NULL" + shown +
                                       " GROUP BY make UNION ALL SELECT 1, model, count(*) FROM asset a WHERE model IS "
                                       "NOT NULL" +
                                       shown +
                                       " GROUP BY model UNION ALL SELECT 2, lens, count(*) FROM asset a WHERE "
                                       "lens IS NOT NULL" +
                                       shown + " GROUP BY lens");
        while (q.next())
            if (!q.text(1).trimmed().isEmpty())
                v.cameras.push_back({F(q.integer(0)), q.text(1), q.int64(2)});
    }
    {
        SqlStatement q(c.handle(), std::string("SELECT CAST(strftime('%Y', ms / 1000.0, 'unixepoch') AS INTEGER), "
                                               "CAST(strftime('%m', ms / 1000.0, 'unixepoch') AS INTEGER), count(*) "
                                               "FROM (SELECT ") +
                                       kLocalMs + " AS ms FROM asset a WHERE a.captured_utc IS NOT NULL AND " + kShown +
                                       ") GROUP BY 1, 2");
        while (q.next())
            v.months.push_back({q.integer(0), q.integer(1), q.int64(2)});
    }
    using C = SearchCondition;
    v.videos = countOf(c, mediaSql(C::Videos));
    v.raws = countOf(c, mediaSql(C::Raws));
    v.favorites = countOf(c, mediaSql(C::Favorites));
    v.screenshots = countOf(c, mediaSql(C::Screenshots));
    v.panoramas = countOf(c, mediaSql(C::Panoramas));
    return v;
}

} // namespace tintype
