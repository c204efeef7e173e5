// image://face serves round avatars even from crops that were stored square
// (caches written before FaceCropCache kept its crops inside the photo).
#include "FaceCropProvider.h"
#include "faces/FaceCropCache.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

class TestFaceCropProvider : public QObject {
    Q_OBJECT

private slots:
    void aSquareCropIsServedRound()
    {
        QTemporaryDir cache;
        const FaceCropCache crops(cache.path().toStdString());
        const QString path = QString::fromStdString(crops.pathFor(7).string());
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QImage square(128, 128, QImage::Format_ARGB32);
        square.fill(Qt::red);
        QVERIFY(square.save(path));

        FaceCropProvider provider(cache.path().toStdString());
        QSize size;
        const QImage avatar = provider.requestImage(QStringLiteral("7"), &size, QSize(48, 48));
        QCOMPARE(avatar.size(), QSize(48, 48));
        QCOMPARE(size, QSize(48, 48));
        QCOMPARE(qAlpha(avatar.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(avatar.pixel(47, 47)), 0);
        QCOMPARE(qAlpha(avatar.pixel(24, 24)), 255);
        QVERIFY(provider.requestImage(QStringLiteral("8"), &size, QSize(48, 48)).isNull());
    }
};

QTEST_MAIN(TestFaceCropProvider)
#include "tst_facecropprovider.moc"
