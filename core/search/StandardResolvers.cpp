#include "search/StandardResolvers.h"

#include "geo/ReverseGeocoder.h"
#include "search/DateResolver.h"
#include "search/NameResolver.h"
#include "search/SearchText.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace tintype {

namespace {
std::unique_ptr<TermResolver> peopleResolver(const SearchVocabulary &v)
{
    std::vector<NameResolver::Entry> entries;
    for (const auto &p : v.people) {
        NameResolver::Entry e;
        e.label = e.completion = p.name;
        const QString full = searchtext::normalized(p.name);
        e.keys << full;
        for (const QString &word : full.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (word.size() >= 2 && word != full)
                e.keys << word; // "anna" finds Anna Schmidt
        e.count = p.count;
        e.condition.personIds = p.personIds;
        if (p.hinted)
            e.condition.personHints << p.name;
        entries.push_back(std::move(e));
    }
    return std::make_unique<NameResolver>(TermKind::Person, std::move(entries));
}

// A country's names: English, the UI language and its own languages ("germany", "allemagne", "deutschland").
struct CountryNames {
    QString label;
    QStringList names;
};

CountryNames countryNames(const QString &code, const QString &language)
{
    CountryNames out;
    const ReverseGeocoder *geocoder = ReverseGeocoder::shared();
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (geocoder) {
        out.label = geocoder->countryName(code, language);
        out.names << geocoder->countryName(code, QStringLiteral("en")) << out.label;
    }
    if (territory != QLocale::AnyTerritory) {
        const QString english = QLocale::territoryToString(territory);
        if (out.label.isEmpty() || out.label == code)
            out.label = english;
        out.names << english;
        const QList<QLocale> locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory);
        for (const QLocale &locale : locales) {
            out.names << locale.nativeTerritoryName();
            if (geocoder)
                out.names << geocoder->countryName(code, locale.name().section(QLatin1Char('_'), 0, 0));
        }
    }
    if (out.label.isEmpty())
        out.label = code; // not a key: "it", "at", "to" are words
    return out;
}

std::unique_ptr<TermResolver> placeResolver(const SearchVocabulary &v, const QString &language)
{
    struct Sum {
        QString label, completion;
        SearchCondition::PlaceKey key;
        std::int64_t count = 0;
    };
    QHash<QString, CountryNames> countries;
    QHash<QString, Sum> cities, regions, countryCounts; // by "CC|name"
    for (const auto &p : v.places) {
        if (!countries.contains(p.countryCode))
            countries.insert(p.countryCode, countryNames(p.countryCode, language));
        const QString country = countries[p.countryCode].label;
        Sum &c = countryCounts[p.countryCode];
        c.label = c.completion = country;
        c.key = {p.countryCode, std::nullopt, std::nullopt};
        c.count += p.count;
        if (!p.region.isEmpty()) {
            Sum &r = regions[p.countryCode + QLatin1Char('|') + p.region];
            r.label = p.region + QStringLiteral(", ") + country;
            r.completion = p.region;
            r.key = {p.countryCode, p.region, std::nullopt};
            r.count += p.count;
        }
        if (!p.city.isEmpty()) {
            Sum &t = cities[p.countryCode + QLatin1Char('|') + p.city];
            t.label = p.city + QStringLiteral(", ") + country;
            t.completion = p.city;
            t.key = {p.countryCode, std::nullopt, p.city};
            t.count += p.count;
        }
    }
    std::vector<NameResolver::Entry> entries;
    auto add = [&](const Sum &s, const QStringList &names) {
        NameResolver::Entry e;
        e.label = s.label;
        e.completion = s.completion;
        for (const QString &name : names)
            if (const QString key = searchtext::normalized(name); !key.isEmpty() && !e.keys.contains(key))
                e.keys << key;
        e.count = s.count;
        e.condition.places.push_back(s.key);
        entries.push_back(std::move(e));
    };
    for (const Sum &s : std::as_const(cities))
        add(s, {s.completion});
    for (const Sum &s : std::as_const(regions))
        add(s, {s.completion});
    for (auto it = countryCounts.constBegin(); it != countryCounts.constEnd(); ++it)
        add(it.value(), countries[it.key()].names);
    return std::make_unique<NameResolver>(TermKind::Place, std::move(entries));
}

std::unique_ptr<TermResolver> albumResolver(const SearchVocabulary &v)
{
    std::vector<NameResolver::Entry> entries;
    for (const auto &a : v.albums) {
        NameResolver::Entry e;
        e.label = e.completion = a.name;
        e.keys << searchtext::normalized(a.name);
        e.count = a.count;
        e.condition.albumIds.push_back(a.id);
        entries.push_back(std::move(e));
    }
    return std::make_unique<NameResolver>(TermKind::Album, std::move(entries));
}

// A camera by its whole make, model or lens ("x-t3" = "X-T3"), the first word
// of a make or model ("nikon", "iphone") and a model's code words ("5d").
std::unique_ptr<TermResolver> cameraResolver(const SearchVocabulary &v)
{
    using Field = SearchVocabulary::Camera::Field;
    std::vector<NameResolver::Entry> entries;
    for (const auto &c : v.cameras) {
        NameResolver::Entry e;
        e.label = e.completion = c.value.simplified();
        const QString full = searchtext::normalized(c.value);
        e.keys << full;
        if (c.field != Field::Lens) {
            const QStringList words = full.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (!words.isEmpty() && words.first().size() >= 3 && !words.first().front().isDigit())
                e.keys << words.first();
            for (const QString &w : words) {
                const bool letters = std::any_of(w.begin(), w.end(), [](QChar ch) { return ch.isLetter(); });
                const bool digits = std::any_of(w.begin(), w.end(), [](QChar ch) { return ch.isDigit(); });
                if (letters && digits && w.size() >= 2)
                    e.keys << w;
            }
        }
        e.count = c.count;
        (c.field == Field::Make    ? e.condition.makes
         : c.field == Field::Model ? e.condition.models
                                   : e.condition.lenses)
            << c.value;
        entries.push_back(std::move(e));
    }
    return std::make_unique<NameResolver>(TermKind::Camera, std::move(entries), true);
}

std::unique_ptr<TermResolver> mediaResolver(const SearchVocabulary &v)
{
    using C = SearchCondition;
    struct Kind {
        unsigned flag;
        QString label;
        QStringList words;
        std::int64_t count;
    };
    const Kind kinds[] = {
        {C::Videos,
         QCoreApplication::translate("Search", "Videos"),
         {QStringLiteral("video"), QStringLiteral("videos"), QStringLiteral("movie"), QStringLiteral("movies"),
          QCoreApplication::translate("Search", "videos")},
         v.videos},
        {C::Raws,
         QCoreApplication::translate("Search", "RAW photos"),
         {QStringLiteral("raw"), QStringLiteral("raws"), QCoreApplication::translate("Search", "raw")},
         v.raws},
        {C::Favorites,
         QCoreApplication::translate("Search", "Favourites"),
         {QStringLiteral("favourite"), QStringLiteral("favourites"), QStringLiteral("favorite"),
          QStringLiteral("favorites"), QStringLiteral("starred"), QCoreApplication::translate("Search", "favourites")},
         v.favorites},
        {C::Screenshots,
         QCoreApplication::translate("Search", "Screenshots"),
         {QStringLiteral("screenshot"), QStringLiteral("screenshots"),
          QCoreApplication::translate("Search", "screenshots")},
         v.screenshots},
        {C::Panoramas,
         QCoreApplication::translate("Search", "Panoramas"),
         {QStringLiteral("panorama"), QStringLiteral("panoramas"), QStringLiteral("pano"),
          QCoreApplication::translate("Search", "panoramas")},
         v.panoramas},
    };
    std::vector<NameResolver::Entry> entries;
    for (const Kind &k : kinds) {
        NameResolver::Entry e;
        e.label = e.completion = k.label;
        for (const QString &w : k.words)
            e.keys << searchtext::normalized(w);
        e.count = k.count;
        e.condition.media = k.flag;
        // Favourites narrow a kind ("favourite videos"); kinds widen each other ("videos screenshots").
        e.group = k.flag == C::Favorites ? QStringLiteral("favorites") : QStringLiteral("media");
        entries.push_back(std::move(e));
    }
    return std::make_unique<NameResolver>(TermKind::Media, std::move(entries));
}
} // namespace

std::vector<std::unique_ptr<TermResolver>> standardResolvers(const SearchVocabulary &vocabulary,
                                                             const SearchOptions &options)
{
    std::vector<std::unique_ptr<TermResolver>> out;
    out.push_back(peopleResolver(vocabulary));
    out.push_back(placeResolver(vocabulary, options.language));
    out.push_back(albumResolver(vocabulary));
    out.push_back(std::make_unique<DateResolver>(options.today, options.language, vocabulary.months));
    out.push_back(cameraResolver(vocabulary));
    out.push_back(mediaResolver(vocabulary));
    return out;
}

} // namespace tintype
