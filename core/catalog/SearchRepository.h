#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace tintype {

class Catalog;

// What a library holds that a search term can name, with photo counts: the
// search planner (core/search) resolves words against it. Counts are of the
// photos a search shows (not archived, file present).
struct SearchVocabulary {
    struct Person {
        QString name;
        std::vector<std::int64_t> personIds; // named people of that name (not hidden)
        bool hinted = false;                 // also a name that came with photos (person_hint)
        std::int64_t count = 0;
    };
    struct Place {
        QString countryCode, region, city; // region/city empty: counted at a coarser level
        std::int64_t count = 0;
    };
    struct Album {
        std::int64_t id = 0;
        QString name;
        std::int64_t count = 0;
    };
    struct Camera {
        enum class Field { Make, Model, Lens };
        Field field = Field::Model;
        QString value;
        std::int64_t count = 0;
    };
    struct Month {
        int year = 0, month = 0; // of the photos' own clocks
        std::int64_t count = 0;
    };
    std::vector<Person> people;
    std::vector<Place> places; // one per (country, region, city)
    std::vector<Album> albums;
    std::vector<Camera> cameras;
    std::vector<Month> months;
    std::int64_t videos = 0, raws = 0, favorites = 0, screenshots = 0, panoramas = 0;
};

// One condition on assets: an asset meets it when it meets any one of the
// values set (several values of one kind widen: "paris rome"). A search is a
// list of these that every result meets (different kinds narrow).
struct SearchCondition {
    struct PlaceKey {
        QString countryCode;
        std::optional<QString> region; // none: any
        std::optional<QString> city;   // none: any
    };
    struct LocalRange {
        std::int64_t fromMs = 0, toMs = 0; // [from, to) on the photo's own clock, ms since the epoch read as UTC
    };
    enum MediaFlag : unsigned {
        Videos = 1,
        Raws = 2,
        Favorites = 4,
        Screenshots = 8,
        Panoramas = 16,
    };
    std::vector<std::int64_t> personIds;
    QStringList personHints; // person_hint names
    std::vector<PlaceKey> places;
    std::vector<std::int64_t> albumIds;
    std::vector<LocalRange> localRanges;
    std::vector<int> months; // 1..12, in any year
    QStringList makes, models, lenses;
    unsigned media = 0;
    QString text;                       // an FTS5 expression over asset_text
    std::vector<std::int64_t> assetIds; // given outright (a resolver with its own tables, e.g. things)

    bool isEmpty() const;
    void mergeFrom(const SearchCondition &other); // widen by the other's values
};

// The search tables: asset_text (FTS5 over file and folder names, titles,
// descriptions, keywords; kept up to date by triggers, see CatalogSchema) and
// the vocabulary. Methods throw SqlError; call them inside Catalog::read.
class SearchRepository {
public:
    explicit SearchRepository(Catalog &catalog) : m_catalog(catalog) {}

    SearchVocabulary vocabulary();
    struct Match {
        std::int64_t assetId = 0;
        std::int64_t localMs = 0; // capture time on the photo's own clock (TimelineEntry::localMs)
        bool dated = false;
        bool favorite = false;
        double rank = 0; // lower is better (FTS5 bm25); 0 without text
    };
    // Assets meeting every condition whose primary file is present, archived
    // ones left out (as the timeline). No condition: nothing.
    std::vector<Match> matches(const std::vector<SearchCondition> &conditions);
    // SQLite's plan for matches(conditions), a line a step (EXPLAIN QUERY PLAN): for tests.
    QStringList queryPlan(const std::vector<SearchCondition> &conditions);
    // Whether any asset's text has a word starting with `word` (did-you-mean
    // guard); `whole`: a word that is `word` itself (not only its start).
    bool textHasWord(const QString &word, bool whole = false);
    // Bytes the index takes in the catalog file (its pages).
    std::int64_t indexBytes();
    // An FTS5 expression matching the words as prefixes, all of them ("anna"
    // "beach" → "anna"* AND "beach"*), their letters folded as the index's (foldLetters).
    static QString prefixExpression(const QStringList &words);
    // The letters the index spells out before its tokenizer folds case and
    // accents (the view asset_text_source, CatalogSchema): "Malmø" → "Malmo",
    // "Straße" → "Strasse", "Łódź" → "Lódź", "Þórr" → "THórr".
    static QString foldLetters(const QString &text);

private:
    Catalog &m_catalog;
};

} // namespace tintype
