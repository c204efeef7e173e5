// Phone clips: the display matrix's rotation is reported as a rotation (the CLI
// prints `rotation`, not an EXIF orientation code), and a Live Photo clip's
// com.apple.quicktime.content.identifier is read.
#include "metadata/MetadataReader.h"
#include "support/CliRun.h"
#include "support/PhoneMedia.h"
#include "support/TestMedia.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

class PhoneVideoTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    fs::path path(const QString &name) const { return fs::path(QFile::encodeName(m_dir.filePath(name)).toStdString()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        MetadataReader::initialize();
    }

    void rotationFromDisplayMatrix()
    {
        const fs::path file = path(QStringLiteral("portrait.mp4"));
        QVERIFY(!test::writeClip(file, 10, QSize(64, 48), {}, 90).isEmpty());
        const auto read = test::readAlone(file);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->kind, MediaKind::Video);
        QCOMPARE(read->rotationDegrees, std::optional<int>(90));
        QCOMPARE(read->orientation, 6); // the same turn, as the EXIF code the thumbnails use

        const auto run = test::runCli(
            QStringLiteral(TINTYPE_CLI_PATH), m_dir.filePath(QStringLiteral("home")),
            {QStringLiteral("info"), QStringLiteral("--json"), m_dir.filePath(QStringLiteral("portrait.mp4"))});
        QCOMPARE(run.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(o.value(QStringLiteral("rotation")).toInt(), 90);
        QVERIFY2(!o.contains(QStringLiteral("orientation")), qPrintable(run.out));
        const auto text = test::runCli(QStringLiteral(TINTYPE_CLI_PATH), m_dir.filePath(QStringLiteral("home")),
                                       {QStringLiteral("info"), m_dir.filePath(QStringLiteral("portrait.mp4"))});
        QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral("rotation\\s*: 90"))), qPrintable(text.out));
    }

    void liveClipIdentifier()
    {
        const fs::path file = path(QStringLiteral("IMG_0001.MOV"));
        QVERIFY(!test::writeClip(file, 10, QSize(64, 48),
                                 {{QStringLiteral("com.apple.quicktime.content.identifier"),
                                   QStringLiteral("A1B2C3D4-0000-4000-8000-123456789ABC")}})
                     .isEmpty());
        const auto read = test::readAlone(file);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->contentIdentifier, QStringLiteral("A1B2C3D4-0000-4000-8000-123456789ABC"));
    }
};

QTEST_GUILESS_MAIN(PhoneVideoTest)
#include "tst_phonevideo.moc"
