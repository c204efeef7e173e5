// Real files from $TINTYPE_SAMPLES (see ../shared/data/README.md): every
// EXIF orientation upright, Sony HIF orientations, the NEF's real preview,
// HEIC/AVIF, and every sample file through the thumbnailer without a crash or
// hang. Skips with a message when TINTYPE_SAMPLES is unset.
#include "imaging/ImageDecoder.h"
#include "metadata/MetadataReader.h"
#include "thumbs/Thumbnailer.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>
#include <QTransform>
#include <QtConcurrent>

using namespace tintype;
namespace fs = std::filesystem;

namespace {
// Mean absolute difference per channel (0-255) after scaling `b` to `a`'s size.
double difference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y =
        b.scaled(a.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            sum += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col])) +
                   std::abs(qBlue(p[col]) - qBlue(q[col]));
    }
    return sum / (3.0 * x.width() * x.height());
}

QImage centreSquare(const QImage &image, int side = 64)
{
    const int s = std::min(image.width(), image.height());
    return image.copy((image.width() - s) / 2, (image.height() - s) / 2, s, s)
        .scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

// Of the four right-angle turns of `image`, the one most like `reference` (0 = as it is).
int bestTurn(const QImage &reference, const QImage &image)
{
    const QImage r = centreSquare(reference), c = centreSquare(image);
    int best = 0;
    double bestDiff = 1e9;
    for (int turn = 0; turn < 4; ++turn) {
        const double d = difference(r, c.transformed(QTransform().rotate(90 * turn)));
        if (d < bestDiff) {
            bestDiff = d;
            best = turn;
        }
    }
    return best;
}
} // namespace

class TestThumbnailCorpus : public QObject {
    Q_OBJECT

    QString m_samples;
    fs::path sample(const QString &relative) const { return fs::path((m_samples + '/' + relative).toStdString()); }
    QImage decode(const QString &relative, int edge = 400)
    {
        auto d = ImageDecoder::decode({sample(relative), edge});
        if (!d)
            qWarning("%s: %s", qPrintable(relative), qPrintable(d.error()));
        return d ? d->image : QImage();
    }

private slots:
    void initTestCase()
    {
        m_samples = qEnvironmentVariable("TINTYPE_SAMPLES");
        if (m_samples.isEmpty())
            QSKIP("TINTYPE_SAMPLES is not set: the real-world thumbnail suite needs the shared sample folder");
        QVERIFY2(QDir(m_samples).exists(QStringLiteral("exif-orientation-recurser")),
                 qPrintable(m_samples + QStringLiteral(" has no exif-orientation-recurser folder")));
        MetadataReader::initialize();
    }

    void exifOrientations_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("orientation");
        for (const char *shape : {"Landscape", "Portrait"})
            for (int o = 0; o <= 8; ++o)
                QTest::addRow("%s_%d", shape, o) << QString::fromLatin1(shape) << o;
    }
    void exifOrientations()
    {
        QFETCH(QString, shape);
        QFETCH(int, orientation);
        const QString folder = QStringLiteral("exif-orientation-recurser/");
        const QImage reference = decode(folder + shape + QStringLiteral("_1.jpg"));
        const QImage image = decode(folder + shape + QStringLiteral("_%1.jpg").arg(orientation));
        QVERIFY(!reference.isNull() && !image.isNull());
        QCOMPARE(image.size(), reference.size());
        const double diff = difference(reference, image);
        QVERIFY2(diff < 12, qPrintable(QStringLiteral("mean difference %1").arg(diff)));
    }

    // Four different shots of one scene, taken with the camera turned: each
    // must come out upright (the same way up as the orientation-1 shot, and
    // portrait for 6 and 8).
    void sonyHifOrientations_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("portrait");
        QTest::newRow("3") << QStringLiteral("issue_9292_sony_3_bottom_right.HIF") << false;
        QTest::newRow("6") << QStringLiteral("issue_9292_sony_6_right_top.HIF") << true;
        QTest::newRow("8") << QStringLiteral("issue_9292_sony_8_left-bottom.HIF") << true;
    }
    void sonyHifOrientations()
    {
        QFETCH(QString, file);
        QFETCH(bool, portrait);
        const QImage reference = decode(QStringLiteral("exiv2-samples/issue_9292_sony_1_top_left.HIF"));
        const QImage image = decode(QStringLiteral("exiv2-samples/") + file);
        QVERIFY(!reference.isNull() && !image.isNull());
        QVERIFY(reference.width() > reference.height());
        QCOMPARE(image.height() > image.width(), portrait);
        QCOMPARE(bestTurn(reference, image), 0);
    }

    void exifThumbnailPlaceholder()
    {
        auto thumb = ImageDecoder::exifThumbnail(sample(QStringLiteral("exif-samples-ianare/jpg/Canon_40D.jpg")));
        QVERIFY2(thumb.ok(), qPrintable(thumb.error()));
        QCOMPARE(thumb->size(), QSize(68, 46)); // this camera stores a tiny one
    }

    void nefGivesRealPreview()
    {
        auto d = ImageDecoder::decode({sample(QStringLiteral("raw-xentraxx/test/raw_samples/RAW_NIKON_D1.NEF")), 2048});
        QVERIFY2(d.ok(), qPrintable(d.error()));
        qInfo("NEF: %dx%d from %s (stored %dx%d)", d->image.width(), d->image.height(), qPrintable(d->source),
              d->sourceSize.width(), d->sourceSize.height());
        QVERIFY2(std::max(d->image.width(), d->image.height()) >= 1000, "the preview is a tiny thumbnail");
    }

    void heicAndAvifDecode_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"exiv2-samples/IMG_3578.heic", "exiv2-samples/Stonehenge.heic", "exiv2-samples/2021-02-13-1929.heic",
              "exiv2-samples/avif.avif", "exiv2-samples/avif_exif_xmp.avif",
              "photoprism-testdata/assets/examples/iphone_15_pro.heic",
              "photoprism-testdata/assets/examples/fox.profile0.8bpc.yuv420.avif",
              "exif-samples-ianare/heic/mobile/iphone_13_pro_max.HEIC"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void heicAndAvifDecode()
    {
        QFETCH(QString, file);
        const QImage image = decode(file);
        QVERIFY(!image.isNull());
        QVERIFY(std::max(image.width(), image.height()) >= 64);
        // Not a flat frame: a decoded photo has some variance.
        QVERIFY(difference(image, QImage(image.size(), QImage::Format_RGB32)) > 1);
    }

    // exiv2's pruned HIFs (the boxes whole, the HEVC data not a picture): libde265
    // reports nothing and leaves the picture black. Before issue 25 that black
    // picture became the thumbnail; now the file gives its reason instead.
    void prunedHeifGivesAReasonNotABlackPicture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("Sony") << QStringLiteral("exiv2-samples/Sony.HIF");
        QTest::newRow("Canon") << QStringLiteral("exiv2-samples/Canon.HIF");
    }
    void prunedHeifGivesAReasonNotABlackPicture()
    {
        QFETCH(QString, file);
        auto decoded = ImageDecoder::decode({fs::path((m_samples + QLatin1Char('/') + file).toStdString()), 400});
        QVERIFY2(!decoded, "a black picture was given as the photo");
        QVERIFY2(decoded.error().contains(QLatin1String("could not be decoded")), qPrintable(decoded.error()));
    }

    void everySampleWithoutCrashOrHang()
    {
        QStringList files;
        for (QDirIterator it(m_samples, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
            files << it.next();
        QVERIFY(files.size() > 100);
        struct Outcome {
            QString file, error;
            qint64 ms;
        };
        const QList<Outcome> outcomes = QtConcurrent::blockingMapped(files, [](const QString &file) {
            QElapsedTimer t;
            t.start();
            auto jpeg = Thumbnailer::make(fs::path(file.toStdString()), ThumbnailSize::Grid);
            return Outcome{file, jpeg ? QString() : jpeg.error(), t.elapsed()};
        });
        int ok = 0;
        qint64 slowest = 0;
        for (const Outcome &o : outcomes) {
            ok += o.error.isEmpty() ? 1 : 0;
            slowest = std::max(slowest, o.ms);
            QVERIFY2(o.ms < 60000, qPrintable(o.file + QStringLiteral(" took %1 ms").arg(o.ms)));
        }
        qInfo("%d of %d sample files gave a thumbnail; slowest %lld ms", ok, int(files.size()), slowest);
        QVERIFY(ok > files.size() / 4);
    }
};

QTEST_GUILESS_MAIN(TestThumbnailCorpus)
#include "tst_thumbnailcorpus.moc"
