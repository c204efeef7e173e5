#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QString>

class QNetworkAccessManager;

namespace tintype {

// Street-level raster tiles from an OSM-style server ("https://tile.example.org/{z}/{x}/{y}.png"),
// off while the template is empty (the default: turning it on sends the
// server a request for every tile shown). Tiles are kept in memory and on
// disk in the cache folder (QStandardPaths::CacheLocation/map-tiles/<server>),
// never in the photo tree; the disk is read and written on the thread pool.
class MapTileSource : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString urlTemplate READ urlTemplate WRITE setUrlTemplate NOTIFY enabledChanged)
    Q_PROPERTY(bool enabled READ enabled NOTIFY enabledChanged)
    Q_PROPERTY(QString attribution READ attribution WRITE setAttribution NOTIFY attributionChanged)
    Q_PROPERTY(QString cacheDirectory READ cacheDirectory WRITE setCacheDirectory NOTIFY enabledChanged)
    Q_PROPERTY(int maximumLevel READ maximumLevel WRITE setMaximumLevel NOTIFY enabledChanged)
    Q_PROPERTY(int requestCount READ requestCount NOTIFY tileReady) // sent to the server (tests)

public:
    explicit MapTileSource(QObject *parent = nullptr);
    ~MapTileSource() override;

    QString urlTemplate() const { return m_template; }
    void setUrlTemplate(const QString &url);
    bool enabled() const { return !m_template.isEmpty(); }
    QString attribution() const { return m_attribution; }
    void setAttribution(const QString &attribution);
    QString cacheDirectory() const;
    void setCacheDirectory(const QString &directory);
    int maximumLevel() const { return m_maximumLevel; }
    void setMaximumLevel(int level);
    int requestCount() const { return m_requests; }

    // The tile when in memory; else null (request() fetches it).
    const QImage *tile(int z, int x, int y) const;
    void request(int z, int x, int y);
    QString urlOf(int z, int x, int y) const;
    // The server and its attribution kept in the app's settings (QSettings "map/...").
    Q_INVOKABLE void loadSettings();
    Q_INVOKABLE void saveSettings();

signals:
    void enabledChanged();
    void attributionChanged();
    void tileReady();

private:
    void fetch(quint64 key, int z, int x, int y);
    void accept(quint64 key, const QByteArray &bytes, bool store, int z, int x, int y);
    QString pathOf(int z, int x, int y) const;

    QString m_template, m_attribution, m_cacheDirectory;
    int m_maximumLevel = 19;
    int m_requests = 0;
    QCache<quint64, QImage> m_tiles;
    QSet<quint64> m_pending;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace tintype
