// Golden images: every tests/golden/NNNN-name/stack.json rendered through
// `tintype-cli render` from the fixed scene (EditScene.h) and compared with
// its expected.png: max ΔE*ab ≤ 0.5 (the renders match to the bit on the machine
// that wrote them; 0.5 leaves room for another CPU's rounding, far below the
// ΔE 1 people notice). The expected images are written by this code
// (TINTYPE_UPDATE_GOLDEN=1 — check them by eye before committing), so they only
// catch a change; tst_editoperations checks each operation against its formula.
#include "EditScene.h"

#include "edit/ColourDifference.h"

#include <QColorSpace>
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
    int m_renders = 0;

    // The scene rendered by `tintype-cli render --stack <stack>`: the PNG it wrote,
    // empty on failure.
    QString renderFile(const QString &stack)
    {
        const QString out = m_dir.filePath(QStringLiteral("render-%1.png").arg(++m_renders));
        QProcess cli;
        cli.start(QStringLiteral(TINTYPE_CLI_PATH), {QStringLiteral("render"), QStringLiteral("--stack"), stack,
                                                     QStringLiteral("--in"), m_scene, QStringLiteral("--out"), out});
        if (!cli.waitForFinished(60000) || cli.exitCode() != 0) {
            qWarning("%s", cli.readAllStandardError().constData());
            return {};
        }
        return out;
    }
    QImage render(const QString &stack)
    {
        const QString file = renderFile(stack);
        return file.isEmpty() ? QImage() : QImage(file);
    }

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
        const QString out = renderFile(folder + QStringLiteral("/stack.json"));
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
        QVERIFY2(d.max <= 0.5, qPrintable(QStringLiteral("ΔE mean %1, max %2").arg(d.mean).arg(d.max)));
    }

    // Both rendered here, through the CLI: v1 slider values (−100..100) mean
    // what the v2 amounts (−1..1) mean.
    void olderParameterVersionRendersLikeTheCurrentOne()
    {
        const QImage v2 = render(QStringLiteral(TINTYPE_SOURCE_DIR "/tests/golden/0003-tone/stack.json"));
        const QImage v1 = render(QStringLiteral(TINTYPE_SOURCE_DIR "/tests/golden/0012-v1-sliders/stack.json"));
        QVERIFY(!v1.isNull() && !v2.isNull());
        QVERIFY(v1.convertToFormat(QImage::Format_RGB32) != test::editScene()); // the sliders did something
        QCOMPARE(v1.convertToFormat(QImage::Format_RGB32), v2.convertToFormat(QImage::Format_RGB32));
    }

    void identityStackGivesTheInputBack()
    {
        const QImage identity = render(QStringLiteral(TINTYPE_SOURCE_DIR "/tests/golden/0001-identity/stack.json"));
        QImage pixels = identity.convertToFormat(QImage::Format_RGB32);
        pixels.setColorSpace(QColorSpace()); // pixels only: the render says sRGB, the scene says nothing
        QCOMPARE(pixels, test::editScene());
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
