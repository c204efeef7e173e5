#include "TimelineLayout.h"
#include "UiFixture.h"

#include "catalog/TimelineQueries.h"

#include <QTest>
#include <QTimeZone>

using namespace tintype;
using Kind = TimelineLayout::Row::Kind;

// Day grouping on the photo's own clock (its UTC offset, floating times as
// they are, never the machine's zone), headers per density, undated last.
class TestTimelineLayout : public QObject {
    Q_OBJECT

    std::vector<TimelineEntry> entries(test::UiCatalog &c, TimelineQueries::Scope scope = {})
    {
        std::vector<TimelineEntry> out;
        c.catalog().read([&] { out = TimelineQueries(c.catalog()).entries(scope); });
        return out;
    }
    static QDateTime at(int y, int mo, int d, int h, int mi) { return {QDate(y, mo, d), QTime(h, mi)}; }
    static std::vector<QDate> headers(const std::vector<TimelineLayout::Row> &rows, Kind kind)
    {
        std::vector<QDate> out;
        for (const auto &r : rows)
            if (r.kind == kind)
                out.push_back(r.date);
        return out;
    }

private slots:
    void initTestCase()
    {
        // A machine zone far from every photo: grouping must not depend on it.
        qputenv("TZ", "Pacific/Kiritimati");
    }

    void groupsByTheDayOnThePhotosOwnClock()
    {
        test::UiCatalog c;
        const auto root = c.addRoot(QStringLiteral("/photos"));
        // 01:00 in Tokyo on the 13th is still the 12th in UTC: shown on the 13th.
        c.addPhoto(root, "tokyo.jpg", at(2019, 6, 13, 1, 0), 9 * 60);
        // 22:00 in New York on the 12th is the 13th in UTC: shown on the 12th.
        c.addPhoto(root, "newyork.jpg", at(2019, 6, 12, 22, 0), -5 * 60);
        // Floating camera time: the wall clock as it is.
        c.addPhoto(root, "floating.jpg", at(2019, 6, 12, 23, 59), std::nullopt);
        c.addPhoto(root, "undated.jpg", QDateTime(), std::nullopt);

        const auto e = entries(c);
        QCOMPARE(e.size(), size_t(4));
        QCOMPARE(TimelineLayout::localDate(e[0]), QDate(2019, 6, 13));
        QCOMPARE(TimelineLayout::localDate(e[1]), QDate(2019, 6, 12)); // floating 23:59
        QCOMPARE(TimelineLayout::localDate(e[2]), QDate(2019, 6, 12)); // New York 22:00
        QVERIFY(!e[3].dated);                                          // undated last

        TimelineLayout::Options options;
        options.width = 1000;
        const auto rows = TimelineLayout::build(e, options).rows;
        const auto days = headers(rows, Kind::MinorHeader);
        QCOMPARE(days, (std::vector<QDate>{QDate(2019, 6, 13), QDate(2019, 6, 12)}));
        const auto months = headers(rows, Kind::MajorHeader);
        QCOMPARE(months.size(), size_t(2)); // June 2019, then "date unknown"
        QCOMPARE(months[0], QDate(2019, 6, 1));
        QVERIFY(!months[1].isValid());
        // The 12th holds its two photos in one row; the undated photo is alone at the end.
        const auto &last = rows.back();
        QCOMPARE(last.kind, Kind::Photos);
        QCOMPARE(last.first, 3);
        QCOMPARE(last.count, 1);
    }

    void rowsAreStackedWithoutGaps()
    {
        test::UiCatalog c;
        const auto root = c.addRoot(QStringLiteral("/photos"));
        for (int i = 0; i < 40; ++i)
            c.addPhoto(root, QByteArray("p") + QByteArray::number(i) + ".jpg", at(2020, 1 + i % 3, 1 + i % 5, 12, i),
                       60, i % 2 ? 3000 : 4000, i % 2 ? 4000 : 3000);
        TimelineLayout::Options options;
        options.width = 900;
        const auto rows = TimelineLayout::build(entries(c), options).rows;
        double y = 0;
        int photos = 0;
        for (const auto &r : rows) {
            QCOMPARE(r.y, y);
            y += r.height;
            if (r.kind == Kind::Photos)
                photos += r.count;
        }
        QCOMPARE(photos, 40);
    }

    void densitySwitchChangesGroupsAndTiles()
    {
        test::UiCatalog c;
        const auto root = c.addRoot(QStringLiteral("/photos"));
        for (int i = 0; i < 30; ++i)
            c.addPhoto(root, QByteArray("p") + QByteArray::number(i) + ".jpg",
                       at(2018 + i % 3, 1 + i % 12, 1 + i % 28, 9, 0), 0);
        const auto e = entries(c);
        TimelineLayout::Options options;
        options.width = 1200;

        options.density = TimelineDensity::Day;
        const auto day = TimelineLayout::build(e, options).rows;
        options.density = TimelineDensity::Month;
        const auto month = TimelineLayout::build(e, options).rows;
        options.density = TimelineDensity::Year;
        const auto yearLayout = TimelineLayout::build(e, options);
        const auto &year = yearLayout.rows;

        QVERIFY(!headers(day, Kind::MinorHeader).empty());
        QVERIFY(headers(month, Kind::MinorHeader).empty());
        for (const QDate &d : headers(month, Kind::MajorHeader))
            QCOMPARE(d.day(), 1);
        QCOMPARE(headers(year, Kind::MajorHeader),
                 (std::vector<QDate>{QDate(2020, 1, 1), QDate(2019, 1, 1), QDate(2018, 1, 1)}));
        // Denser = smaller tiles; the year view shows squares.
        auto firstPhotoRow = [](const std::vector<TimelineLayout::Row> &rows) {
            for (const auto &r : rows)
                if (r.kind == Kind::Photos)
                    return r;
            return TimelineLayout::Row{};
        };
        QVERIFY(firstPhotoRow(month).height < firstPhotoRow(day).height);
        QVERIFY(firstPhotoRow(year).height < firstPhotoRow(month).height);
        const auto squares = firstPhotoRow(year);
        QVERIFY(std::abs(yearLayout.width[size_t(squares.first)] - (squares.height - options.spacing)) < 1.5);
    }

    void userRotationSwapsTheAspect()
    {
        TimelineEntry e;
        e.width = 4000;
        e.height = 3000;
        QCOMPARE(TimelineLayout::shownAspect(e), 4000.0 / 3000.0);
        e.userRotation = 1;
        QCOMPARE(TimelineLayout::shownAspect(e), 3000.0 / 4000.0);
        e.userRotation = 2;
        QCOMPARE(TimelineLayout::shownAspect(e), 4000.0 / 3000.0);
        e.width = 0; // unknown size: a square
        QCOMPARE(TimelineLayout::shownAspect(e), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
