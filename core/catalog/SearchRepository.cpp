#include "catalog/SearchRepository.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogRecords.h"
#include "catalog/SqlStatement.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>
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
        parts.emplace_back("a.favorite = 1");
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

// Local days since 1970 as ms (floored), and back: for the months of every year.
std::int64_t msOf(QDate day) { return (day.toJulianDay() - 2440588) * 86400000; }
QDate dayOf(std::int64_t ms)
{
    return QDate::fromJulianDay(2440588 + (ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000)));
}

// A month in every year ("june", "summer") as the local ranges of those months
// in each year the library spans ([first, last] capture times in UTC), months
// in a row one range (December into January too). A range on the capture-time
// index per year reads the photos of those months only; the month of every
// photo's local time (strftime over the whole table) cost 40-50 ms at 100,000.
std::vector<SearchCondition::LocalRange> monthRanges(const std::vector<int> &months, std::int64_t first,
                                                     std::int64_t last)
{
    std::vector<SearchCondition::LocalRange> out;
    bool wanted[13] = {};
    for (const int m : months)
        if (m >= 1 && m <= 12)
            wanted[m] = true;
    const int from = dayOf(first - kMaxOffsetMs).year(), to = dayOf(last + kMaxOffsetMs).year();
    for (int year = from; year <= to; ++year)
        for (int m = 1; m <= 12; ++m) {
            if (!wanted[m])
                continue;
            const std::int64_t start = msOf(QDate(year, m, 1)), end = msOf(QDate(year, m, 1).addMonths(1));
            if (!out.empty() && out.back().toMs == start)
                out.back().toMs = end;
            else
                out.push_back({start, end});
        }
    return out;
}

// The library's first and last capture times (UTC, ms), by the capture-time index; none: no dated photo.
std::optional<std::pair<std::int64_t, std::int64_t>> captureSpan(sqlite3 *db)
{
    SqlStatement q(db, "SELECT (SELECT min(captured_utc) FROM asset), (SELECT max(captured_utc) FROM asset)");
    if (!q.next() || q.isNull(0) || q.isNull(1))
        return std::nullopt;
    return std::make_pair(q.int64(0), q.int64(1));
}

// Whether every value of `c` is a list of assets an index finds (a person's
// faces, a place, an album, a date range, words): such a condition leads the
// query, and a month of every year is then only checked on its photos.
bool leads(const SearchCondition &c)
{
    return !c.isEmpty() && c.months.empty() && c.makes.isEmpty() && c.models.isEmpty() && c.lenses.isEmpty() &&
           c.media == 0;
}

// One condition as an SQL expression over `asset a`: any of its values.
// `span`: the library's capture times, when a month of every year is to be
// read by the capture-time index (no other condition leads).
std::string conditionSql(const SearchCondition &c, Sql &sql,
                         const std::optional<std::pair<std::int64_t, std::int64_t>> &span)
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
    constexpr std::int64_t kManyYearsMs = 400LL * 365 * 86400000; // a clock set to year 1: not a range a year
    if (!c.months.empty() && (!span || span->second - span->first > kManyYearsMs)) {
        std::vector<std::int64_t> months(c.months.begin(), c.months.end());
        any.push_back(std::string("(a.captured_utc IS NOT NULL AND CAST(strftime('%m', ") + kLocalMs +
                      " / 1000.0, 'unixepoch') AS INTEGER) IN (" + idList(months) + "))");
    } else if (!c.months.empty()) {
        // The ranges as rows (from - 14 h, to + 14 h, from, to), each a search of the capture-time index.
        std::string rows;
        for (const SearchCondition::LocalRange &r : monthRanges(c.months, span->first, span->second))
            rows += (rows.empty() ? "(" : ", (") + std::to_string(r.fromMs - kMaxOffsetMs) + ", " +
                    std::to_string(r.toMs + kMaxOffsetMs) + ", " + std::to_string(r.fromMs) + ", " +
                    std::to_string(r.toMs) + ")";
        any.push_back("a.id IN (SELECT x.id FROM (VALUES " + rows +
                      ") r JOIN asset x ON x.captured_utc BETWEEN r.column1 AND r.column2 WHERE "
                      "x.captured_utc + coalesce(x.captured_offset, 0) * 60000 >= r.column3 AND "
                      "x.captured_utc + coalesce(x.captured_offset, 0) * 60000 < r.column4)");
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

QString SearchRepository::foldLetters(const QString &text)
{
    // As the view asset_text_source (CatalogSchema, kSearchTextFolded; tests/search/tst_searchfolding checks each
    // letter).
    static const std::pair<char16_t, const char *> kSpelled[] = {
        {u'ß', "ss"}, {u'ẞ', "SS"}, {u'æ', "ae"}, {u'Æ', "AE"}, {u'œ', "oe"}, {u'Œ', "OE"}, {u'ø', "o"},
        {u'Ø', "O"},  {u'ł', "l"},  {u'Ł', "L"},  {u'đ', "d"},  {u'Đ', "D"},  {u'ð', "d"},  {u'Ð', "D"},
        {u'þ', "th"}, {u'Þ', "TH"}, {u'ı', "i"},  {u'ħ', "h"},  {u'Ħ', "H"},  {u'ŧ', "t"},  {u'Ŧ', "T"},
    };
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const auto *spelled = std::find_if(std::begin(kSpelled), std::end(kSpelled),
                                           [c](const auto &pair) { return pair.first == c.unicode(); });
        if (spelled == std::end(kSpelled))
            out += c;
        else
            out += QLatin1String(spelled->second);
    }
    return out;
}

QString SearchRepository::prefixExpression(const QStringList &words)
{
    QStringList parts;
    for (QString w : words) {
        w = foldLetters(w);
        w.remove(QLatin1Char('"'));
        if (!w.trimmed().isEmpty())
            parts << QLatin1Char('"') + w + QStringLiteral("\"*");
    }
    return parts.join(QStringLiteral(" AND "));
}

bool SearchRepository::textHasWord(const QString &word, bool whole)
{
    QString expression = prefixExpression({word});
    if (expression.isEmpty())
        return false;
    if (whole)
        expression.chop(1); // the "*"
    SqlStatement q(m_catalog.handle(), "SELECT 1 FROM asset_text WHERE asset_text MATCH ? LIMIT 1");
    q.bind(1, expression);
    return q.next();
}

std::int64_t SearchRepository::indexBytes()
{
    SqlStatement q(m_catalog.handle(), "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'asset_text%'");
    return q.next() ? q.int64(0) : 0;
}

namespace {
// The SQL of SearchRepository::matches, its values bound in order.
Sql matchSql(sqlite3 *db, const std::vector<SearchCondition> &conditions)
{
    Sql sql;
    sql.text = std::string("SELECT a.id, ") + kLocalMs +
               ", a.captured_utc IS NOT NULL, a.favorite FROM asset a WHERE " + kShown;
    // A month of every year read by the capture-time index, a range a year
    // (their photos listed first: 25,000 of 100,000 for "summer"), unless
    // another condition leads ("tom summer": Tom's photos, each checked).
    std::optional<std::pair<std::int64_t, std::int64_t>> span;
    if (std::any_of(conditions.begin(), conditions.end(), [](const SearchCondition &c) { return !c.months.empty(); }) &&
        std::none_of(conditions.begin(), conditions.end(), leads))
        span = captureSpan(db);
    for (const SearchCondition &c : conditions)
        sql.text += " AND " + conditionSql(c, sql, span);
    return sql;
}
} // namespace

QStringList SearchRepository::queryPlan(const std::vector<SearchCondition> &conditions)
{
    const Sql sql = matchSql(m_catalog.handle(), conditions);
    SqlStatement q(m_catalog.handle(), "EXPLAIN QUERY PLAN " + sql.text);
    for (int i = 0; i < sql.values.size(); ++i)
        q.bind(i + 1, sql.values[i]);
    QStringList steps;
    while (q.next())
        steps << q.text(3);
    return steps;
}

std::vector<SearchRepository::Match> SearchRepository::matches(const std::vector<SearchCondition> &conditions)
{
    if (conditions.empty())
        return {};
    const Sql sql = matchSql(m_catalog.handle(), conditions);
    QStringList texts;
    for (const SearchCondition &c : conditions)
        if (!c.text.isEmpty())
            texts << c.text;
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

// One pass finds the shown photos; the counts come from plain per-photo rows
// filtered here (an EXISTS per photo in every count cost ~1 s at 100,000).
SearchVocabulary SearchRepository::vocabulary()
{
    SearchVocabulary v;
    Catalog &c = m_catalog;
    std::vector<bool> shown;
    {
        SqlStatement q(c.handle(), std::string("SELECT a.id FROM asset a WHERE ") + kShown);
        while (q.next()) {
            const auto id = std::size_t(q.int64(0));
            if (id >= shown.size())
                shown.resize(std::max(id + 1, shown.size() * 2), false);
            shown[id] = true;
        }
    }
    auto isShown = [&](std::int64_t id) { return id >= 0 && std::size_t(id) < shown.size() && shown[std::size_t(id)]; };
    {
        // Named people by name (two people may share one), with the names photos came with.
        QHash<QString, std::size_t> byName;
        auto entry = [&](const QString &name) -> SearchVocabulary::Person & {
            auto it = byName.find(name);
            if (it == byName.end()) {
                it = byName.insert(name, v.people.size());
                v.people.push_back({name, {}, false, 0});
            }
            return v.people[*it];
        };
        QHash<std::int64_t, QString> named;
        SqlStatement people(c.handle(),
                            "SELECT id, name FROM person WHERE name IS NOT NULL AND name != '' AND hidden = 0");
        while (people.next()) {
            named.insert(people.int64(0), people.text(1));
            entry(people.text(1)).personIds.push_back(people.int64(0));
        }
        QHash<QString, QSet<std::int64_t>> assetsOf;
        SqlStatement faces(c.handle(), "SELECT DISTINCT person_id, asset_id FROM face WHERE person_id IS NOT NULL");
        while (faces.next())
            if (const auto it = named.constFind(faces.int64(0)); it != named.constEnd() && isShown(faces.int64(1)))
                assetsOf[*it].insert(faces.int64(1));
        SqlStatement hints(c.handle(), "SELECT name, asset_id FROM person_hint");
        while (hints.next()) {
            SearchVocabulary::Person &p = entry(hints.text(0));
            p.hinted = true;
            if (isShown(hints.int64(1)))
                assetsOf[p.name].insert(hints.int64(1));
        }
        for (SearchVocabulary::Person &p : v.people)
            p.count = assetsOf.value(p.name).size();
    }
    {
        QHash<QString, std::size_t> byPlace;
        SqlStatement q(c.handle(), "SELECT asset_id, country_code, coalesce(region, ''), coalesce(city, '') FROM "
                                   "asset_place WHERE country_code IS NOT NULL");
        while (q.next()) {
            if (!isShown(q.int64(0)))
                continue;
            const QString key = q.text(1) + QLatin1Char('|') + q.text(2) + QLatin1Char('|') + q.text(3);
            auto it = byPlace.find(key);
            if (it == byPlace.end()) {
                it = byPlace.insert(key, v.places.size());
                v.places.push_back({q.text(1), q.text(2), q.text(3), 0});
            }
            ++v.places[*it].count;
        }
    }
    {
        QHash<std::int64_t, std::int64_t> counts;
        SqlStatement items(c.handle(), "SELECT album_id, asset_id FROM album_item");
        while (items.next())
            if (isShown(items.int64(1)))
                ++counts[items.int64(0)];
        SqlStatement q(c.handle(), "SELECT id, name FROM album ORDER BY name");
        while (q.next())
            v.albums.push_back({q.int64(0), q.text(1), counts.value(q.int64(0))});
    }
    {
        using F = SearchVocabulary::Camera::Field;
        QHash<QString, std::int64_t> counts[3];
        std::map<std::pair<int, int>, std::int64_t> months;
        SqlStatement q(c.handle(), std::string("SELECT a.id, a.make, a.model, a.lens, a.captured_utc IS NOT NULL, ") +
                                       kLocalMs + " FROM asset a");
        while (q.next()) {
            if (!isShown(q.int64(0)))
                continue;
            for (int f = 0; f < 3; ++f)
                if (!q.isNull(1 + f))
                    ++counts[f][q.text(1 + f)];
            if (q.int64(4) != 0) {
                // The photo's own day: days since 1970 (floored) as a Julian day.
                const std::int64_t ms = q.int64(5);
                const std::int64_t day = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
                const QDate date = QDate::fromJulianDay(2440588 + day);
                ++months[{date.year(), date.month()}];
            }
        }
        for (int f = 0; f < 3; ++f)
            for (auto it = counts[f].constBegin(); it != counts[f].constEnd(); ++it)
                if (!it.key().trimmed().isEmpty())
                    v.cameras.push_back({F(f), it.key(), it.value()});
        for (const auto &[month, count] : months)
            v.months.push_back({month.first, month.second, count});
    }
    using C = SearchCondition;
    auto countOf = [&](unsigned media) {
        SqlStatement q(c.handle(), "SELECT a.id FROM asset a WHERE " + mediaSql(media));
        std::int64_t n = 0;
        while (q.next())
            n += isShown(q.int64(0)) ? 1 : 0;
        return n;
    };
    v.videos = countOf(C::Videos);
    v.raws = countOf(C::Raws);
    v.favorites = countOf(C::Favorites);
    v.screenshots = countOf(C::Screenshots);
    v.panoramas = countOf(C::Panoramas);
    return v;
}

} // namespace tintype
