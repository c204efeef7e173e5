// tintype-cli albums end to end: make an album from photos of the library,
// add, rename, delete it (its photos stay), and clear messages for bad ids.
#include "support/CliRun.h"
#include "support/TestMedia.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

class TestAlbumsCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_photos, m_home;
    fs::path photos() const { return fs::path(m_photos.path().toStdString()); }
    test::CliRun cli(const QStringList &args)
    {
        return test::runCli(QStringLiteral(TINTYPE_CLI_PATH), m_home.path(), args);
    }
    QJsonArray json(const QStringList &args) { return QJsonDocument::fromJson(cli(args).out.toUtf8()).array(); }

private slots:
    void makeAddRenameDelete()
    {
        QVERIFY(test::writeJpeg(photos() / "a.jpg", QSize(64, 48), 1));
        QVERIFY(test::writeJpeg(photos() / "b.jpg", QSize(64, 48), 2));
        QCOMPARE(cli({QStringLiteral("roots"), QStringLiteral("add"), m_photos.path()}).code, 0);
        QCOMPARE(cli({QStringLiteral("scan"), QStringLiteral("--no-hash")}).code, 0);
        const QJsonArray assets = json({QStringLiteral("ls"), QStringLiteral("--json")});
        QCOMPARE(assets.size(), 2);
        const QString a = QString::number(assets[0].toObject()[QStringLiteral("id")].toInteger());
        const QString b = QString::number(assets[1].toObject()[QStringLiteral("id")].toInteger());

        QCOMPARE(cli({QStringLiteral("albums")}).out.trimmed(), QStringLiteral("No albums yet."));
        auto made = cli({QStringLiteral("albums"), QStringLiteral("create"), QStringLiteral(" Summer  trip "), a});
        QCOMPARE(made.code, 0);
        QJsonArray albums = json({QStringLiteral("albums"), QStringLiteral("--json")});
        QCOMPARE(albums.size(), 1);
        const QJsonObject album = albums[0].toObject();
        QCOMPARE(album[QStringLiteral("name")].toString(), QStringLiteral("Summer trip"));
        QCOMPARE(album[QStringLiteral("items")].toInt(), 1);
        QCOMPARE(album[QStringLiteral("origin")].toString(), QStringLiteral("user"));
        const QString id = QString::number(album[QStringLiteral("id")].toInteger());

        QCOMPARE(cli({QStringLiteral("albums"), QStringLiteral("add"), id, a, b}).code, 0); // a stays once
        QCOMPARE(
            json({QStringLiteral("albums"), QStringLiteral("--json")})[0].toObject()[QStringLiteral("items")].toInt(),
            2);
        QCOMPARE(cli({QStringLiteral("albums"), QStringLiteral("rename"), id, QStringLiteral("Beach")}).code, 0);
        QCOMPARE(
            json({QStringLiteral("albums"), QStringLiteral("--json")})[0].toObject()[QStringLiteral("name")].toString(),
            QStringLiteral("Beach"));
        QCOMPARE(cli({QStringLiteral("albums"), QStringLiteral("delete"), id}).code, 0);
        QVERIFY(json({QStringLiteral("albums"), QStringLiteral("--json")}).isEmpty());
        QCOMPARE(json({QStringLiteral("ls"), QStringLiteral("--json")}).size(), 2); // the photos stay
    }

    void badInputGivesAMessage()
    {
        auto r = cli({QStringLiteral("albums"), QStringLiteral("create"), QStringLiteral("X"), QStringLiteral("999")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("No asset with id 999")), qPrintable(r.err));
        QVERIFY(json({QStringLiteral("albums"), QStringLiteral("--json")}).isEmpty()); // nothing half made
        r = cli({QStringLiteral("albums"), QStringLiteral("delete"), QStringLiteral("42")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("No album with id 42")));
        r = cli({QStringLiteral("albums"), QStringLiteral("add"), QStringLiteral("x1"), QStringLiteral("2")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Not an id: x1")));
        QCOMPARE(cli({QStringLiteral("albums"), QStringLiteral("create"), QStringLiteral("  ")}).code, 2);
        QCOMPARE(cli({QStringLiteral("albums"), QStringLiteral("frobnicate")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestAlbumsCli)
#include "tst_albumscli.moc"
