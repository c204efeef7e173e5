// tintype-cli dupes end to end: lists groups as JSON, a dry run removes
// nothing, --apply sends the copy to the trash, undo brings it back.
#include "support/CliRun.h"
#include "support/TestMedia.h"

#include "SyntheticScene.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

namespace {
using Run = tintype::test::CliRun;

bool save(const fs::path &file, const QImage &image, int quality)
{
    fs::create_directories(file.parent_path());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return image.save(&buffer, "JPEG", quality) && test::writeBytes(file, bytes);
}
} // namespace

class DupesCliTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_photos, m_home;
    fs::path photos() const { return fs::path(m_photos.path().toStdString()); }

    Run cli(const QStringList &args) { return test::runCli(QStringLiteral(TINTYPE_CLI_PATH), m_home.path(), args); }

private slots:
    void listDryRunApplyUndo()
    {
        const QImage scene = test::syntheticScene(QSize(1200, 900), 11);
        QVERIFY(save(photos() / "IMG_0011.JPG", scene, 95));
        QVERIFY(test::setMetadata(photos() / "IMG_0011.JPG", {{"Exif.Image.Make", "Canon"},
                                                              {"Exif.Photo.DateTimeOriginal", "2020:01:02 03:04:05"}}));
        QVERIFY(save(photos() / "WhatsApp" / "IMG-20200102-WA0001.jpg", scene.scaled(800, 600), 60));
        QVERIFY(save(photos() / "other.jpg", test::syntheticScene(QSize(1200, 900), 12), 90));
        QVERIFY(test::writeBytes(photos() / "broken.jpg", QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(500, 'x')));
        QCOMPARE(cli({"roots", "add", m_photos.path()}).code, 0);
        QCOMPARE(cli({"scan"}).code, 0);
        const QStringList before = test::snapshotTree(photos());

        const Run exact = cli({"dupes"});
        QCOMPARE(exact.code, 0);
        QVERIFY2(exact.out.contains(QStringLiteral("0 groups")), qPrintable(exact.out));

        const Run listed = cli({"dupes", "--near", "--json"});
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.err.contains(QStringLiteral("broken.jpg")), qPrintable(listed.err)); // reported, not fatal
        const QJsonArray groups = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(groups.size(), 1);
        const QJsonObject group = groups.first().toObject();
        QCOMPARE(group.value("kind").toString(), QStringLiteral("near"));
        const QJsonArray members = group.value("members").toArray();
        QCOMPARE(members.size(), 2);
        QVERIFY(members.at(0).toObject().value("keep").toBool());
        QVERIFY(members.at(0).toObject().value("path").toString().endsWith(QStringLiteral("IMG_0011.JPG")));
        QVERIFY(members.at(1).toObject().value("messenger").toBool());
        QVERIFY2(group.value("explanation").toString().contains(QStringLiteral("messenger copy")),
                 qPrintable(group.value("explanation").toString()));

        const Run dry = cli({"dupes", "resolve", "--near"});
        QCOMPARE(dry.code, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("dry run")), qPrintable(dry.out));
        QCOMPARE(test::snapshotTree(photos()), before);

        const Run applied = cli({"dupes", "resolve", "--near", "--apply"});
        QVERIFY2(applied.code == 0, qPrintable(applied.err + applied.out));
        QVERIFY(!fs::exists(photos() / "WhatsApp" / "IMG-20200102-WA0001.jpg"));
        QVERIFY(fs::exists(photos() / "IMG_0011.JPG"));
        QVERIFY(cli({"dupes", "--near"}).out.contains(QStringLiteral("0 groups")));

        const Run undone = cli({"dupes", "undo"});
        QVERIFY2(undone.code == 0, qPrintable(undone.err));
        QCOMPARE(test::snapshotTree(photos()), before);
        QCOMPARE(cli({"dupes", "undo"}).code, 1); // nothing left to undo
        QCOMPARE(cli({"dupes", "--bogus"}).code, 2);
    }
};

QTEST_GUILESS_MAIN(DupesCliTest)
#include "tst_dupescli.moc"
