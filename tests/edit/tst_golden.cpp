// Golden images: every tests/golden/NNNN-name/stack.json rendered through
// `tintype-cli render` from the fixed scene (EditScene.h) and compared with
// its expected.png: mean ΔE*ab < 1, max < 5. TINTYPE_UPDATE_GOLDEN=1 writes
// the renders as the new expected images (check them by eye before committing).
#include "EditScene.h"

#include "edit/ColourDifference.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

class TestGolden : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_scene;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_scene = m_dir.filePath(QStringLiteral("scene.png"));
        QVERIFY(test::editScene().save(m_scene));
    }

    void rendersAsExpected_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir golden(QStringLiteral(TINTYPE_SOURCE_DIR "/tests/golden"));
        const QStringList cases = golden.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 10);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << golden.filePath(name);
    }

    void rendersAsExpected()
    {
        QFETCH(QString, folder);
        const QString out = m_dir.filePath(QDir(folder).dirName() + QStringLiteral(".png"));
        QProcess cli;
        cli.start(QStringLiteral(TINTYPE_CLI_PATH),
                  {QStringLiteral("render"), QStringLiteral("--stack"), folder + QStringLiteral("/stack.json"),
                   QStringLiteral("--in"), m_scene, QStringLiteral("--out"), out});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QImage rendered(out);
        QVERIFY(!rendered.isNull());
        const QString expectedPath = folder + QStringLiteral("/expected.png");
        if (qEnvironmentVariableIntValue("TINTYPE_UPDATE_GOLDEN") == 1) {
            QFile::remove(expectedPath);
            QVERIFY(QFile::copy(out, expectedPath));
        }
        const QImage expected(expectedPath);
        QVERIFY2(!expected.isNull(), qPrintable(expectedPath + QStringLiteral(" is missing")));
        const ColourDifference d = ColourDifference::compare(rendered, expected);
        QVERIFY2(d.sameSize, qPrintable(QStringLiteral("size %1×%2, expected %3×%4")
                                            .arg(rendered.width())
                                            .arg(rendered.height())
                                            .arg(expected.width())
                                            .arg(expected.height())));
        QVERIFY2(d.mean < 1.0 && d.max < 5.0, qPrintable(QStringLiteral("ΔE mean %1, max %2").arg(d.mean).arg(d.max)));
    }

    void olderParameterVersionRendersLikeTheCurrentOne()
    {
        const QImage v2(QStringLiteral(TINTYPE_SOURCE_DIR "/tests/golden/0003-tone/expected.png"));
        const QImage v1(QStringLiteral(TINTYPE_SOURCE_DIR "/tests/golden/0012-v1-sliders/expected.png"));
        QVERIFY(!v1.isNull() && !v2.isNull());
        QCOMPARE(v1.convertToFormat(QImage::Format_RGB32), v2.convertToFormat(QImage::Format_RGB32));
    }

    void identityStackGivesTheInputBack()
    {
        const QImage identity(QStringLiteral(TINTYPE_SOURCE_DIR "/tests/golden/0001-identity/expected.png"));
        QCOMPARE(identity.convertToFormat(QImage::Format_RGB32), test::editScene());
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
