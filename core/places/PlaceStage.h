#pragma once

#include "library/LibraryStage.h"

#include <QCoreApplication>

#include <atomic>

namespace tintype {

class ReverseGeocoder;

// The places stage of LibraryUpdate: names the place of every asset with a
// position whose place is missing, of an older data version, or computed
// from another position (PlaceRepository::toDo), in batches of one
// transaction each, so an interrupted run resumes. Offline and fast (about
// 100,000 positions a second). Without the place index it does nothing and
// says why (skipped).
class PlaceStage : public LibraryStage {
    Q_DECLARE_TR_FUNCTIONS(PlaceStage)

public:
    // `geocoder` null: ReverseGeocoder::shared() at run time.
    explicit PlaceStage(const ReverseGeocoder *geocoder = nullptr) : m_geocoder(geocoder) {}

    QString name() const override { return tr("Naming places"); }
    Outcome run(Context &context) override;

    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

private:
    const ReverseGeocoder *m_geocoder;
    std::atomic<qint64> m_done{0}, m_total{0};
};

} // namespace tintype
