#pragma once

#include "ServicesClient.h"

#include <QQmlEngine>
#include <QVariantList>

namespace tintype {

class Catalog;

// "Set location…" on a selection of photos without GPS: the position goes
// into the catalog (UserDecisionRepository::setLocation: kept by rescans,
// the files untouched) and the place is named at once (ReverseGeocoder, as
// the place stage would). On the catalog worker; says the outcome in `done`.
class LocationActions : public ServicesClient {
    Q_OBJECT
    QML_ELEMENT

public:
    using ServicesClient::ServicesClient;

    Q_INVOKABLE void setLocation(const QVariantList &assetIds, double latitude, double longitude);
    // Runs on the catalog's thread; false for invalid coordinates.
    static bool apply(Catalog &catalog, const std::vector<std::int64_t> &assetIds, double latitude, double longitude);

signals:
    void done(bool ok, const QString &message);
};

} // namespace tintype
