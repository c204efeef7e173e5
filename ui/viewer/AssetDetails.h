#pragma once

#include "ServicesClient.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>

#include <optional>

namespace tintype {

struct AssetDetail;

// The viewer's info panel for one asset, read on the catalog worker: date
// with its UTC offset, camera, lens, exposure, size, path, GPS, keywords and
// the user's description (editable, stored in the catalog).
class AssetDetails : public ServicesClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 assetId READ assetId WRITE setAssetId NOTIFY assetIdChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(QString dateText READ dateText NOTIFY changed)
    Q_PROPERTY(QString offsetText READ offsetText NOTIFY changed)
    // The date shown is the file's (no capture time in the photo) or one the user set: "Set date…" is offered.
    Q_PROPERTY(bool dateSettable READ dateSettable NOTIFY changed)
    Q_PROPERTY(QString camera READ camera NOTIFY changed)
    Q_PROPERTY(QString lens READ lens NOTIFY changed)
    Q_PROPERTY(QString exposure READ exposure NOTIFY changed)
    Q_PROPERTY(QString sizeText READ sizeText NOTIFY changed)
    Q_PROPERTY(QString fileName READ fileName NOTIFY changed)
    Q_PROPERTY(QString path READ path NOTIFY changed)
    Q_PROPERTY(QUrl fileUrl READ fileUrl NOTIFY changed)
    Q_PROPERTY(QString gps READ gps NOTIFY changed)
    // "Location set in Tintype" for a position the user set; empty for the camera's.
    Q_PROPERTY(QString locationSource READ locationSource NOTIFY changed)
    Q_PROPERTY(bool hasPosition READ hasPosition NOTIFY changed) // the info panel's small map
    Q_PROPERTY(double latitude READ latitude NOTIFY changed)
    Q_PROPERTY(double longitude READ longitude NOTIFY changed)
    // "Rome, Lazio, Italy" (asset_place, country in the UI language); empty without one.
    Q_PROPERTY(QString place READ place NOTIFY changed)
    Q_PROPERTY(QString keywords READ keywords NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(int rating READ rating NOTIFY changed)
    Q_PROPERTY(bool favorite READ favorite NOTIFY changed)
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool video READ video NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    // A motion photo's clip inside the file (Google, Samsung): its bytes; length 0 when none.
    Q_PROPERTY(qint64 motionClipOffset READ motionClipOffset NOTIFY changed)
    Q_PROPERTY(qint64 motionClipLength READ motionClipLength NOTIFY changed)
    // A Live Photo's clip in a file of its own (IMG_1.HEIC + IMG_1.MOV); empty when none.
    Q_PROPERTY(QUrl motionClipFileUrl READ motionClipFileUrl NOTIFY changed)
    Q_PROPERTY(QString damage READ damage NOTIFY changed)             // the note on a damaged file, empty when whole
    Q_PROPERTY(QString damageDetail READ damageDetail NOTIFY changed) // what is damaged (cut short, ...)
    Q_PROPERTY(int pixelWidth READ pixelWidth NOTIFY changed)         // as shown (user rotation and the edit applied)
    Q_PROPERTY(int pixelHeight READ pixelHeight NOTIFY changed)

public:
    explicit AssetDetails(QObject *parent = nullptr);
    ~AssetDetails() override;

    qint64 assetId() const { return m_assetId; }
    void setAssetId(qint64 id);

    bool ready() const { return m_ready; }
    QString dateText() const { return m_text.value(QStringLiteral("date")); }
    QString offsetText() const { return m_text.value(QStringLiteral("offset")); }
    bool dateSettable() const { return m_text.contains(QStringLiteral("dateSource")); }
    QString camera() const { return m_text.value(QStringLiteral("camera")); }
    QString lens() const { return m_text.value(QStringLiteral("lens")); }
    QString exposure() const { return m_text.value(QStringLiteral("exposure")); }
    QString sizeText() const { return m_text.value(QStringLiteral("size")); }
    QString fileName() const { return m_text.value(QStringLiteral("fileName")); }
    QString path() const { return m_text.value(QStringLiteral("path")); }
    QUrl fileUrl() const { return m_fileUrl; }
    QString gps() const { return m_text.value(QStringLiteral("gps")); }
    QString place() const { return m_text.value(QStringLiteral("place")); }
    QString locationSource() const { return m_text.value(QStringLiteral("locationSource")); }
    bool hasPosition() const { return m_position.has_value(); }
    double latitude() const { return m_position ? m_position->first : 0; }
    double longitude() const { return m_position ? m_position->second : 0; }
    QString keywords() const { return m_text.value(QStringLiteral("keywords")); }
    QString description() const { return m_text.value(QStringLiteral("description")); }
    int rating() const { return m_rating; }
    bool favorite() const { return m_favorite; }
    bool available() const { return m_available; }
    bool video() const { return m_video; }
    QString error() const { return m_error; }
    qint64 motionClipOffset() const { return m_motionClip.first; }
    qint64 motionClipLength() const { return m_motionClip.second; }
    QUrl motionClipFileUrl() const { return m_motionClipFileUrl; }
    QString damage() const { return m_text.value(QStringLiteral("damage")); }
    QString damageDetail() const { return m_text.value(QStringLiteral("damageDetail")); }
    int pixelWidth() const { return m_pixelWidth; }
    int pixelHeight() const { return m_pixelHeight; }

    Q_INVOKABLE void setDescription(const QString &text);
    // Sets the photo's date in the catalog from "yyyy-MM-dd[ HH:mm[:ss]]" (the
    // photo's own clock); returns an error text for a date it cannot read.
    Q_INVOKABLE QString setDate(const QString &text);
    static QDateTime parseDate(const QString &text);
    Q_INVOKABLE void refresh();

    // The texts shown for a detail (tests read these).
    static QHash<QString, QString> describe(const AssetDetail &detail);

signals:
    void assetIdChanged();
    void changed();

private:
    void connectServices(AppServices &services) override;
    void servicesReplaced() override;
    qint64 m_assetId = 0;
    int m_generation = 0;
    bool m_ready = false;
    QHash<QString, QString> m_text;
    QUrl m_fileUrl;
    int m_rating = 0;
    bool m_favorite = false;
    bool m_available = false;
    bool m_video = false;
    int m_pixelWidth = 0, m_pixelHeight = 0;
    std::pair<qint64, qint64> m_motionClip{0, 0};
    std::optional<std::pair<double, double>> m_position;
    QUrl m_motionClipFileUrl;
    QString m_error;
};

} // namespace tintype
