// The timeline's day headers name where the day was: "Sat, 12 Jun · Paris,
// Versailles" (DayPlaces over asset_place), loaded after the photos.
#include "AppServices.h"
#include "DayPlaces.h"
#include "TimelineModel.h"
#include "UiFixture.h"

#include "catalog/PlaceRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

class TestDayPlaces : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;

    static std::vector<TimelineEntry> entries(std::initializer_list<std::int64_t> ids)
    {
        std::vector<TimelineEntry> out;
        for (std::int64_t id : ids) {
            TimelineEntry e;
            e.assetId = id;
            out.push_back(e);
        }
        return out;
    }

private slots:
    void mostFrequentFirstAtMostTwo()
    {
        const DayPlaces places({{1, QStringLiteral("Versailles")},
                                {2, QStringLiteral("Paris")},
                                {3, QStringLiteral("Paris")},
                                {4, QStringLiteral("Saint-Denis")},
                                {5, QString()}});
        const auto day = entries({1, 2, 3, 4, 5, 6});
        QCOMPARE(places.text(day, 0, 6), QStringLiteral("Paris, Versailles")); // ties: first seen
        QCOMPARE(places.text(day, 0, 6, 3), QStringLiteral("Paris, Versailles, Saint-Denis"));
        QCOMPARE(places.text(day, 3, 1), QStringLiteral("Saint-Denis"));
        QCOMPARE(places.text(day, 4, 2), QString()); // no place, unknown asset
        QCOMPARE(places.text(day, 9, 2), QString()); // out of range
        QCOMPARE(DayPlaces().text(day, 0, 6), QString());
    }

    void dayHeadersNamePlaces()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const QDate june12(2021, 6, 12), june13(2021, 6, 13);
        const auto paris1 = c.addPhoto(r, "1.jpg", {june12, QTime(9, 0)}, 120);
        const auto paris2 = c.addPhoto(r, "2.jpg", {june12, QTime(10, 0)}, 120);
        const auto versailles = c.addPhoto(r, "3.jpg", {june12, QTime(15, 0)}, 120);
        const auto atSeaOnly = c.addPhoto(r, "4.jpg", {june13, QTime(9, 0)}, 120);
        QVERIFY(c.catalog().write([&] {
            PlaceRepository places(c.catalog());
            places.set({paris1, 48.85, 2.35},
                       {QStringLiteral("FR"), QStringLiteral("Île-de-France"), QStringLiteral("Paris")}, 1);
            places.set({paris2, 48.85, 2.35},
                       {QStringLiteral("FR"), QStringLiteral("Île-de-France"), QStringLiteral("Paris")}, 1);
            places.set({versailles, 48.8, 2.13},
                       {QStringLiteral("FR"), QStringLiteral("Île-de-France"), QStringLiteral("Versailles")}, 1);
            places.set({atSeaOnly, 40, 0}, {}, 1);
        }));
        AppServices services(c.path(), m_cache.path().toStdString());
        TimelineModel timeline;
        timeline.setViewWidth(1000);
        QSignalSpy loaded(&timeline, &TimelineModel::loaded);
        timeline.setServices(&services);
        QVERIFY(loaded.wait());
        const auto dayHeaders = [&] {
            QStringList minor;
            for (int row = 0; row < timeline.rowCount(); ++row)
                if (timeline.data(timeline.index(row), TimelineModel::KindRole).toString() == QStringLiteral("minor"))
                    minor << timeline.data(timeline.index(row), TimelineModel::TitleRole).toString();
            return minor;
        };
        // The places come a moment after the photos.
        QTRY_VERIFY2(dayHeaders().value(1).contains(QStringLiteral("·")), qPrintable(dayHeaders().join('|')));
        const QStringList minor = dayHeaders();
        QCOMPARE(minor.size(), 2);
        QVERIFY2(minor[0].startsWith(QStringLiteral("Sun")) && !minor[0].contains(QStringLiteral("·")),
                 qPrintable(minor[0])); // 13 June: at sea, no name
        QVERIFY2(minor[1].startsWith(QStringLiteral("Sat")) &&
                     minor[1].endsWith(QStringLiteral(" · Paris, Versailles")),
                 qPrintable(minor[1]));
    }
};

QTEST_MAIN(TestDayPlaces)
#include "tst_dayplaces.moc"
