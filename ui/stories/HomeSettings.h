#pragma once

#include "ServicesClient.h"

#include "common/Result.h"

#include <QQmlEngine>
#include <QVariantList>

#include <functional>

namespace tintype {

class Stories;

// Settings' "Home": where home was found to be (core/stories HomeTimeline),
// period by period, with its town's name; the user picks another town of the
// library's nights, says they have no fixed home, or goes back to the one
// found. Kept in the catalog; trips and memories are found again
// (AppServices::homesChanged).
class HomeSettings : public ServicesClient {
    Q_OBJECT
    QML_ELEMENT
    // Each {firstDay, dates, place, corrected, noHome}, oldest first.
    Q_PROPERTY(QVariantList periods READ periods NOTIFY loaded)
    // The towns of the library's nights, most first: each {name, nights}.
    Q_PROPERTY(QVariantList places READ places NOTIFY loaded)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)

public:
    using ServicesClient::ServicesClient;

    QVariantList periods() const { return m_periods; }
    QVariantList places() const { return m_places; }
    bool loading() const { return m_loading; }

    Q_INVOKABLE void reload();
    // Home in the period starting on `firstDay` was places[placeIndex].
    Q_INVOKABLE void choosePlace(qint64 firstDay, int placeIndex);
    Q_INVOKABLE void chooseNoHome(qint64 firstDay);
    Q_INVOKABLE void reset(qint64 firstDay);

signals:
    void loaded();
    void loadingChanged();
    void failed(const QString &message);

private:
    void connectServices(AppServices &services) override;
    void servicesReplaced() override;
    void change(std::function<Status(Stories &)> work);
    QVariantList m_periods, m_places;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace tintype
