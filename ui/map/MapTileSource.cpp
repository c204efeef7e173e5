#include "MapTileSource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace tintype {

namespace {
constexpr int kInFlight = 6;
quint64 keyOf(int z, int x, int y) { return (quint64(z) << 48) | (quint64(x) << 24) | quint64(y); }
} // namespace

MapTileSource::MapTileSource(QObject *parent) : QObject(parent), m_tiles(200) {}
MapTileSource::~MapTileSource() = default;

void MapTileSource::setUrlTemplate(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed == m_template)
        return;
    m_template = trimmed;
    m_tiles.clear();
    m_pending.clear();
    emit enabledChanged();
}

void MapTileSource::setAttribution(const QString &attribution)
{
    if (attribution == m_attribution)
        return;
    m_attribution = attribution;
    emit attributionChanged();
}

QString MapTileSource::cacheDirectory() const
{
    if (!m_cacheDirectory.isEmpty())
        return m_cacheDirectory;
    // One folder per server, so a changed template never shows another server's tiles.
    const QByteArray server = QCryptographicHash::hash(m_template.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/map-tiles/") +
           QString::fromLatin1(server);
}

void MapTileSource::setCacheDirectory(const QString &directory)
{
    if (directory == m_cacheDirectory)
        return;
    m_cacheDirectory = directory;
    m_tiles.clear();
    emit enabledChanged();
}

void MapTileSource::setMaximumLevel(int level)
{
    if (level == m_maximumLevel)
        return;
    m_maximumLevel = level;
    emit enabledChanged();
}

QString MapTileSource::urlOf(int z, int x, int y) const
{
    QString url = m_template;
    url.replace(QStringLiteral("{z}"), QString::number(z));
    url.replace(QStringLiteral("{x}"), QString::number(x));
    url.replace(QStringLiteral("{y}"), QString::number(y));
    return url;
}

void MapTileSource::loadSettings()
{
    const QSettings settings;
    setAttribution(settings.value(QStringLiteral("map/tileAttribution")).toString());
    setUrlTemplate(settings.value(QStringLiteral("map/tileUrl")).toString());
}

void MapTileSource::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("map/tileUrl"), m_template);
    settings.setValue(QStringLiteral("map/tileAttribution"), m_attribution);
}

QString MapTileSource::pathOf(int z, int x, int y) const
{
    return cacheDirectory() + QStringLiteral("/%1/%2/%3.tile").arg(z).arg(x).arg(y);
}

const QImage *MapTileSource::tile(int z, int x, int y) const
{
    if (!enabled() || z > m_maximumLevel)
        return nullptr;
    return m_tiles.object(keyOf(z, x, y));
}

void MapTileSource::request(int z, int x, int y)
{
    if (!enabled() || z > m_maximumLevel || z < 0)
        return;
    const quint64 key = keyOf(z, x, y);
    if (m_tiles.contains(key) || m_pending.contains(key) || m_pending.size() >= kInFlight)
        return;
    m_pending.insert(key);
    // The disk cache first, read on the pool.
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher, key, z, x, y] {
        watcher->deleteLater();
        const QByteArray bytes = watcher->result();
        if (!m_pending.contains(key))
            return; // the server changed meanwhile
        if (bytes.isEmpty())
            fetch(key, z, x, y);
        else
            accept(key, bytes, false, z, x, y);
    });
    watcher->setFuture(QtConcurrent::run([path = pathOf(z, x, y)] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }));
}

void MapTileSource::fetch(quint64 key, int z, int x, int y)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request{QUrl(urlOf(z, x, y))};
    // Tile servers' usage policies ask for an identifying User-Agent.
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Tintype photo manager (desktop)"));
    request.setTransferTimeout(20000);
    ++m_requests;
    QNetworkReply *reply = m_network->get(request);
    const QString source = m_template;
    connect(reply, &QNetworkReply::finished, this, [this, reply, key, z, x, y, source] {
        reply->deleteLater();
        if (source != m_template)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            m_pending.remove(key); // asked again on a later paint
            return;
        }
        accept(key, reply->readAll(), true, z, x, y);
    });
}

void MapTileSource::accept(quint64 key, const QByteArray &bytes, bool store, int z, int x, int y)
{
    m_pending.remove(key);
    QImage image;
    if (!image.loadFromData(bytes) || image.isNull())
        return; // not a picture: never cached
    m_tiles.insert(key, new QImage(std::move(image)));
    if (store) {
        (void)QtConcurrent::run([path = pathOf(z, x, y), bytes] {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QSaveFile file(path);
            if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
                file.commit();
        });
    }
    emit tileReady();
}

} // namespace tintype
