// MediaMetadata crosses from a tintype-worker process to the scanner as
// metadatastream bytes: every field must arrive as it left, and bytes that are
// not such a message (a worker that died mid-write) must be refused.
#include "metadata/MetadataStream.h"

#include <QTest>

using namespace tintype;

class TestMetadataStream : public QObject {
    Q_OBJECT

private slots:
    void everyFieldArrives()
    {
        MediaMetadata m;
        m.format = QStringLiteral("heif");
        m.kind = MediaKind::Photo;
        m.captureTime.utc = QDateTime(QDate(2019, 6, 12), QTime(13, 30, 12, 120), Qt::UTC);
        m.captureTime.offsetMinutes = 120;
        m.captureTime.source = CaptureTimeSource::ExifOriginal;
        m.latitude = 38.7223;
        m.longitude = -9.1393;
        m.altitude = -4.5;
        m.orientation = 6;
        m.width = 3024;
        m.height = 4032;
        m.make = QStringLiteral("samsung");
        m.model = QStringLiteral("Galaxy S23");
        m.lens = QStringLiteral("wide");
        m.iso = 50;
        m.fNumber = 1.8;
        m.exposureTime = 1.0 / 120;
        m.focalLength = 6.3;
        m.rating = -1;
        m.keywords = {QStringLiteral("família"), QStringLiteral("praia")};
        m.title = QStringLiteral("Łódź");
        m.description = QStringLiteral("a\nb");
        m.durationSeconds = 2.5;
        m.rotationDegrees = 270;
        m.motionClip = EmbeddedClip{123456, 7890};
        m.contentIdentifier = QStringLiteral("ABCD-1234");
        m.burstId = QStringLiteral("burst-1");
        m.warnings = {QStringLiteral("odd EXIF")};
        m.damage = QStringLiteral("Premature end of JPEG file");

        const auto r = metadatastream::read(metadatastream::write(m));
        QVERIFY(r);
        QCOMPARE(r->format, m.format);
        QCOMPARE(r->kind, m.kind);
        QCOMPARE(r->captureTime.utc, m.captureTime.utc);
        QCOMPARE(r->captureTime.utc.timeSpec(), Qt::UTC);
        QCOMPARE(r->captureTime.offsetMinutes, m.captureTime.offsetMinutes);
        QCOMPARE(r->captureTime.source, m.captureTime.source);
        QCOMPARE(r->latitude, m.latitude);
        QCOMPARE(r->longitude, m.longitude);
        QCOMPARE(r->altitude, m.altitude);
        QCOMPARE(r->orientation, m.orientation);
        QCOMPARE(r->width, m.width);
        QCOMPARE(r->height, m.height);
        QCOMPARE(r->make, m.make);
        QCOMPARE(r->model, m.model);
        QCOMPARE(r->lens, m.lens);
        QCOMPARE(r->iso, m.iso);
        QCOMPARE(r->fNumber, m.fNumber);
        QCOMPARE(r->exposureTime, m.exposureTime);
        QCOMPARE(r->focalLength, m.focalLength);
        QCOMPARE(r->rating, m.rating);
        QCOMPARE(r->keywords, m.keywords);
        QCOMPARE(r->title, m.title);
        QCOMPARE(r->description, m.description);
        QCOMPARE(r->durationSeconds, m.durationSeconds);
        QCOMPARE(r->rotationDegrees, m.rotationDegrees);
        QCOMPARE(r->motionClip, m.motionClip);
        QCOMPARE(r->contentIdentifier, m.contentIdentifier);
        QCOMPARE(r->burstId, m.burstId);
        QCOMPARE(r->warnings, m.warnings);
        QCOMPARE(r->damage, m.damage);
    }

    void emptyStaysEmpty()
    {
        const auto r = metadatastream::read(metadatastream::write(MediaMetadata{}));
        QVERIFY(r);
        QVERIFY(!r->captureTime.isValid());
        QVERIFY(!r->latitude && !r->iso && !r->motionClip && !r->rotationDegrees);
        QCOMPARE(r->orientation, 1);
    }

    void refusesWhatIsNotOne()
    {
        QVERIFY(!metadatastream::read(QByteArray()));
        QVERIFY(!metadatastream::read("OK 12\nnot metadata"));
        MediaMetadata m;
        m.title = QStringLiteral("cut short");
        const QByteArray whole = metadatastream::write(m);
        QVERIFY(!metadatastream::read(whole.left(whole.size() - 3)));
    }
};

QTEST_GUILESS_MAIN(TestMetadataStream)
#include "tst_metadatastream.moc"
