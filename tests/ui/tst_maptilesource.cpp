// Street-level tiles from an OSM-style server, against a tiny tile server
// this test runs on localhost: off by default (no request at all), the tile
// asked for by {z}/{x}/{y} with an identifying User-Agent, kept in the cache
// folder given (never the photo tree) and read from there next time; a 404
// or bytes that are no picture give no tile and no crash.
#include "MapTileSource.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

namespace {
// Answers GET /z/x/y.png with a 256×256 PNG, /junk/... with text, anything else 404.
class TinyTileServer : public QObject {
public:
    TinyTileServer()
    {
        QImage tile(256, 256, QImage::Format_RGB32);
        tile.fill(QColor(10, 200, 30));
        QBuffer buffer(&m_png);
        buffer.open(QIODevice::WriteOnly);
        tile.save(&buffer, "PNG");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    QStringList paths;
    QStringList userAgents;

private:
    void answer(QTcpSocket *socket)
    {
        m_pending[socket] += socket->readAll();
        const QByteArray request = m_pending[socket];
        if (!request.contains("\r\n\r\n"))
            return;
        m_pending.remove(socket);
        const QByteArray path = request.split(' ').value(1);
        paths << QString::fromLatin1(path);
        for (const QByteArray &line : request.split('\n'))
            if (line.toLower().startsWith("user-agent:"))
                userAgents << QString::fromLatin1(line.mid(11).trimmed());
        QByteArray body = "not found", status = "404 Not Found", type = "text/plain";
        if (path.startsWith("/junk/")) {
            body = "this is not a picture";
            status = "200 OK";
        } else if (path.endsWith(".png") && !path.startsWith("/9/")) {
            body = m_png;
            status = "200 OK";
            type = "image/png";
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }
    QTcpServer m_server;
    QByteArray m_png;
    QHash<QTcpSocket *, QByteArray> m_pending;
};
} // namespace

class TestMapTileSource : public QObject {
    Q_OBJECT

private slots:
    void offByDefault()
    {
        MapTileSource source;
        QVERIFY(!source.enabled());
        source.request(3, 4, 2);
        QCOMPARE(source.requestCount(), 0);
        QVERIFY(!source.tile(3, 4, 2));
        QVERIFY(source.cacheDirectory().contains(QStringLiteral("map-tiles")));
    }

    void fetchesCachesAndReusesTiles()
    {
        TinyTileServer server;
        QVERIFY(server.port() != 0);
        QTemporaryDir cache;
        const QString url = QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(server.port());
        {
            MapTileSource source;
            source.setUrlTemplate(url);
            source.setCacheDirectory(cache.path());
            QVERIFY(source.enabled());
            QSignalSpy ready(&source, &MapTileSource::tileReady);
            source.request(3, 4, 2);
            QTRY_VERIFY(source.tile(3, 4, 2));
            QCOMPARE(source.tile(3, 4, 2)->size(), QSize(256, 256));
            QCOMPARE(server.paths, QStringList{QStringLiteral("/3/4/2.png")});
            QVERIFY2(server.userAgents.value(0).contains(QStringLiteral("Tintype")),
                     qPrintable(server.userAgents.join(',')));
            source.request(3, 4, 2); // in memory: no second request
            QCOMPARE(source.requestCount(), 1);
            // Kept on disk in the cache folder.
            QTRY_VERIFY(QFile::exists(cache.filePath(QStringLiteral("3/4/2.tile"))));
        }
        MapTileSource again;
        again.setUrlTemplate(url);
        again.setCacheDirectory(cache.path());
        again.request(3, 4, 2);
        QTRY_VERIFY(again.tile(3, 4, 2));
        QCOMPARE(again.requestCount(), 0); // read from the cache, the server not asked
        QCOMPARE(server.paths.size(), 1);
    }

    void badAnswersGiveNoTile()
    {
        TinyTileServer server;
        QTemporaryDir cache;
        MapTileSource source;
        source.setCacheDirectory(cache.path());
        source.setUrlTemplate(QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(server.port()));
        source.request(9, 1, 1); // 404
        QTRY_COMPARE(server.paths.size(), 1);
        QTest::qWait(100);
        QVERIFY(!source.tile(9, 1, 1));
        source.setUrlTemplate(QStringLiteral("http://127.0.0.1:%1/junk/{z}/{x}/{y}").arg(server.port()));
        source.request(2, 1, 1);
        QTRY_COMPARE(server.paths.size(), 2);
        QTest::qWait(100);
        QVERIFY(!source.tile(2, 1, 1));
        QDirIterator files(cache.path(), QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(!files.hasNext()); // nothing cached
    }
};

QTEST_MAIN(TestMapTileSource)
#include "tst_maptilesource.moc"
