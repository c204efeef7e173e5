#include "HomeSettings.h"

#include "AppServices.h"
#include "CatalogWorker.h"

#include "catalog/Catalog.h"
#include "stories/LocalDay.h"
#include "stories/Stories.h"

#include <QLocale>

namespace tintype {

namespace {
QString datesOf(const HomeTimeline::Period &p, bool first, bool last)
{
    const QLocale locale;
    const QString from = locale.toString(localday::toDate(p.firstDay), QStringLiteral("MMMM yyyy"));
    const QString to = locale.toString(localday::toDate(p.lastDay), QStringLiteral("MMMM yyyy"));
    if (first && last)
        return HomeSettings::tr("All along");
    if (last)
        return HomeSettings::tr("Since %1").arg(from);
    if (first)
        return HomeSettings::tr("Until %1").arg(to);
    return QStringLiteral("%1 – %2").arg(from, to);
}
} // namespace

void HomeSettings::connectServices(AppServices &services)
{
    connect(&services, &AppServices::libraryChanged, this, &HomeSettings::reload);
    connect(&services, &AppServices::placesChanged, this, &HomeSettings::reload);
}

void HomeSettings::servicesReplaced() { reload(); }

void HomeSettings::reload() { change({}); }

void HomeSettings::choosePlace(qint64 firstDay, int placeIndex)
{
    change([firstDay, placeIndex](Stories &stories) {
        const auto places = stories.homes().nightPlaces();
        if (placeIndex < 0 || placeIndex >= int(places.size()))
            return Status::failure(tr("There is no such place."));
        const auto &place = places[std::size_t(placeIndex)];
        return stories.setHome(firstDay, place.position, place.name);
    });
}

void HomeSettings::chooseNoHome(qint64 firstDay)
{
    change([firstDay](Stories &stories) { return stories.setHome(firstDay, std::nullopt, QString()); });
}

void HomeSettings::reset(qint64 firstDay)
{
    change([firstDay](Stories &stories) { return stories.resetHome(firstDay); });
}

void HomeSettings::change(std::function<Status(Stories &)> work)
{
    if (!services())
        return;
    const int generation = ++m_generation;
    m_loading = true;
    emit loadingChanged();
    struct Outcome {
        QVariantList periods, places;
        QString error;
    };
    const bool changing = bool(work);
    services()->catalog().run<Outcome>(
        [work](Catalog &catalog) {
            Stories stories(catalog);
            Outcome outcome;
            if (const Status loaded = stories.load(); !loaded) {
                outcome.error = loaded.error();
                return outcome;
            }
            if (work)
                if (const Status done = work(stories); !done)
                    outcome.error = done.error();
            const auto periods = stories.homes().periods();
            for (std::size_t i = 0; i < periods.size(); ++i) {
                const HomeTimeline::Period &p = periods[i];
                outcome.periods << QVariantMap{{QStringLiteral("firstDay"), qint64(p.firstDay)},
                                               {QStringLiteral("dates"), datesOf(p, i == 0, i + 1 == periods.size())},
                                               {QStringLiteral("place"), p.place},
                                               {QStringLiteral("corrected"), p.corrected},
                                               {QStringLiteral("noHome"), p.noHome}};
            }
            for (const HomeTimeline::NightPlace &place : stories.homes().nightPlaces())
                outcome.places << QVariantMap{{QStringLiteral("name"), place.name},
                                              {QStringLiteral("nights"), place.nights}};
            return outcome;
        },
        this,
        [this, generation, changing](Result<Outcome> result) {
            const QString error = result ? result.value().error : result.error();
            if (!error.isEmpty())
                emit failed(error);
            if (changing && result && error.isEmpty() && services())
                emit services()->homesChanged();
            if (generation != m_generation)
                return;
            m_loading = false;
            emit loadingChanged();
            if (result) {
                m_periods = result.value().periods;
                m_places = result.value().places;
            }
            emit loaded();
        });
}

} // namespace tintype
