// Videos FFmpeg cannot fully read (header-only, truncated): the duration, size
// and date their container headers declare still come through; and the capture
// time of a phone clip that gives only a UTC instant and a position. Fixtures
// are built byte by byte.
#include "metadata/MetadataReader.h"
#include "support/TestMedia.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstring>
#include <filesystem>

using namespace tintype;
namespace fs = std::filesystem;

namespace {

// --- Matroska (EBML): ID bytes, a size, the body.
QByteArray ebml(quint32 id, const QByteArray &body)
{
    QByteArray out;
    for (int shift = 24; shift >= 0; shift -= 8)
        if ((id >> shift) || shift == 0)
            out += char((id >> shift) & 0xFF);
    QByteArray size(8, '\0'); // 8-byte size: 0x01 marker then 7 bytes
    quint64 n = quint64(body.size());
    for (int i = 7; i >= 1; --i, n >>= 8)
        size[i] = char(n & 0xFF);
    size[0] = 0x01;
    return out + size + body;
}

QByteArray uintBytes(quint64 v, int bytes)
{
    QByteArray out(bytes, '\0');
    for (int i = bytes - 1; i >= 0; --i, v >>= 8)
        out[i] = char(v & 0xFF);
    return out;
}

QByteArray floatBytes(float f)
{
    quint32 bits = 0;
    std::memcpy(&bits, &f, 4);
    return uintBytes(bits, 4);
}

// Header only (no clusters), pixel size 704x576 shown as 768x576, 148.608 s,
// DateUTC 2010-02-03T21:17:48Z.
QByteArray matroskaHeader()
{
    const QByteArray header = ebml(0x1A45DFA3, ebml(0x4286, uintBytes(1, 1)) + ebml(0x4282, "matroska"));
    const qint64 secondsSince2001 = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC)
                                        .secsTo(QDateTime(QDate(2010, 2, 3), QTime(21, 17, 48), Qt::UTC));
    const QByteArray info =
        ebml(0x1549A966, ebml(0x2AD7B1, uintBytes(1000000, 3)) + ebml(0x4489, floatBytes(148608.f)) +
                             ebml(0x4461, uintBytes(quint64(secondsSince2001) * 1000000000ull, 8)));
    const QByteArray video = ebml(0xE0, ebml(0xB0, uintBytes(704, 2)) + ebml(0xBA, uintBytes(576, 2)) +
                                            ebml(0x54B0, uintBytes(768, 2)) + ebml(0x54BA, uintBytes(576, 2)));
    const QByteArray audio = ebml(0xAE, ebml(0xD7, uintBytes(2, 1)) + ebml(0x83, uintBytes(2, 1)));
    const QByteArray track =
        ebml(0xAE, ebml(0xD7, uintBytes(1, 1)) + ebml(0x83, uintBytes(1, 1)) + ebml(0x86, "V_MPEG4/ISO/AVC") + video);
    return header + ebml(0x18538067, info + ebml(0x1654AE6B, audio + track));
}

// --- AVI (RIFF): little-endian chunks.
QByteArray le32(quint32 v)
{
    QByteArray out(4, '\0');
    qToLittleEndian(v, out.data());
    return out;
}

QByteArray chunk(const char *fourcc, const QByteArray &body)
{
    return QByteArray(fourcc, 4) + le32(quint32(body.size())) + body +
           (body.size() % 2 ? QByteArray(1, '\0') : QByteArray());
}

QByteArray list(const char *type, const QByteArray &body) { return chunk("LIST", QByteArray(type, 4) + body); }

// Headers only (no 'movi' data): 250 frames of 40 ms = 10 s, 640x480 MJPEG.
QByteArray aviHeader()
{
    QByteArray avih = le32(40000) + le32(0) + le32(0) + le32(0x10) + le32(250) + le32(0) + le32(1) + le32(0) +
                      le32(640) + le32(480) + QByteArray(16, '\0');
    QByteArray strh = QByteArray("vidsMJPG", 8) + le32(0) + le32(0) + le32(0) + le32(1) + le32(25) + le32(0) +
                      le32(250) + le32(0) + le32(0xFFFFFFFF) + le32(0) + QByteArray(8, '\0');
    QByteArray strf = le32(40) + le32(640) + le32(480) + QByteArray("\x01\0\x18\0", 4) + QByteArray("MJPG", 4) +
                      le32(640 * 480 * 3) + QByteArray(16, '\0');
    const QByteArray hdrl = list("hdrl", chunk("avih", avih) + list("strl", chunk("strh", strh) + chunk("strf", strf)));
    const QByteArray body = QByteArray("AVI ", 4) + hdrl;
    return QByteArray("RIFF", 4) + le32(quint32(body.size())) + body;
}

// --- MP4 (ISO BMFF): big-endian boxes.
QByteArray box(const char *type, const QByteArray &body)
{
    return uintBytes(quint64(body.size()) + 8, 4) + QByteArray(type, 4) + body;
}

// What an Android phone writes: the movie header's creation time (UTC, no
// offset) and, when location is on, an ISO 6709 position in udta/©xyz.
QByteArray phoneMp4(const QDateTime &createdUtc, const QByteArray &iso6709)
{
    const qint64 since1904 = QDateTime(QDate(1904, 1, 1), QTime(0, 0), Qt::UTC).secsTo(createdUtc);
    QByteArray matrix = uintBytes(0x10000, 4) + QByteArray(12, '\0') + uintBytes(0x10000, 4) + QByteArray(12, '\0') +
                        uintBytes(0x40000000, 4);
    const QByteArray mvhd =
        box("mvhd", uintBytes(0, 4) + uintBytes(quint64(since1904), 4) + uintBytes(quint64(since1904), 4) +
                        uintBytes(1000, 4) + uintBytes(3000, 4) + uintBytes(0x10000, 4) + uintBytes(0x100, 2) +
                        QByteArray(10, '\0') + matrix + QByteArray(24, '\0') + uintBytes(2, 4));
    QByteArray moov = mvhd;
    if (!iso6709.isEmpty())
        moov += box("udta", box("\xA9xyz", uintBytes(quint64(iso6709.size()), 2) + uintBytes(0x15C7, 2) + iso6709));
    return box("ftyp", QByteArray("isom", 4) + uintBytes(0x200, 4) + QByteArray("isommp41", 8)) + box("moov", moov);
}

} // namespace

class VideoFallbackTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    fs::path write(const QString &name, const QByteArray &bytes)
    {
        const fs::path file(QFile::encodeName(m_dir.filePath(name)).toStdString());
        if (!test::writeBytes(file, bytes))
            qFatal("could not write %s", qPrintable(name));
        return file;
    }

    static Result<MediaMetadata> readAlone(const fs::path &file) { return test::readAlone(file); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        MetadataReader::initialize();
    }

    void headerOnlyMatroska()
    {
        const auto r = readAlone(write(QStringLiteral("clip.mkv"), matroskaHeader()));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->format, QStringLiteral("mkv"));
        QCOMPARE(r->kind, MediaKind::Video);
        // The pixel size, not the display size.
        QCOMPARE(r->width, 704);
        QCOMPARE(r->height, 576);
        QVERIFY(r->durationSeconds);
        QCOMPARE(qRound(*r->durationSeconds * 1000), 148608);
        QCOMPARE(r->captureTime.source, CaptureTimeSource::QuickTime);
        QCOMPARE(r->captureTime.utc, QDateTime(QDate(2010, 2, 3), QTime(21, 17, 48), Qt::UTC));
    }

    void headerOnlyAvi()
    {
        const auto r = readAlone(write(QStringLiteral("clip.avi"), aviHeader()));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->format, QStringLiteral("avi"));
        QCOMPARE(r->width, 640);
        QCOMPARE(r->height, 480);
        QVERIFY2(r->durationSeconds, qPrintable(r->warnings.join(QLatin1Char('\n'))));
        QVERIFY(qAbs(*r->durationSeconds - 10.0) < 0.01);
    }

    void damagedHeadersNeverHang()
    {
        // Every 4-byte window of each header set to 0xFF.. and to 0: sizes that
        // point past the end or loop back must end the walk, not the process.
        const QList<QPair<QString, QByteArray>> fixtures = {{QStringLiteral("mkv"), matroskaHeader()},
                                                            {QStringLiteral("avi"), aviHeader()}};
        for (const auto &[ext, bytes] : fixtures) {
            for (qsizetype at = 0; at + 4 <= bytes.size(); at += 3) {
                for (const char fill : {'\xFF', '\0'}) {
                    QByteArray broken = bytes;
                    broken.replace(at, 4, QByteArray(4, fill));
                    const auto r = readAlone(write(QStringLiteral("broken.%1").arg(ext), broken));
                    QVERIFY(r || !r.error().isEmpty());
                }
            }
        }
    }

    void phoneClipGetsTheOffsetOfWhereItWasShot()
    {
        // 03:00 UTC in Tokyo (UTC+9, no daylight saving): 12:00 on the clip's
        // own clock, whatever this machine's zone is.
        const QDateTime utc(QDate(2024, 5, 1), QTime(3, 0), Qt::UTC);
        const auto r = readAlone(write(QStringLiteral("tokyo.mp4"), phoneMp4(utc, "+35.6895+139.6917/")));
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(r->latitude && qAbs(*r->latitude - 35.6895) < 1e-6);
        QCOMPARE(r->captureTime.source, CaptureTimeSource::QuickTime);
        QCOMPARE(r->captureTime.utc, utc);
        QCOMPARE(r->captureTime.offsetMinutes, std::optional<int>(9 * 60));
        QCOMPARE(r->captureTime.wallClock().time(), QTime(12, 0));

        // Daylight saving at that place and instant: Paris in July is UTC+2.
        const QDateTime summer(QDate(2023, 7, 14), QTime(20, 30), Qt::UTC);
        const auto paris = readAlone(write(QStringLiteral("paris.mp4"), phoneMp4(summer, "+48.8584+002.2945/")));
        QVERIFY2(paris, qPrintable(paris.error()));
        QCOMPARE(paris->captureTime.offsetMinutes, std::optional<int>(120));
    }

    void clipWithoutPositionKeepsThisMachinesOffset()
    {
        const QDateTime utc(QDate(2024, 5, 1), QTime(3, 0), Qt::UTC);
        const auto r = readAlone(write(QStringLiteral("nowhere.mp4"), phoneMp4(utc, {})));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->captureTime.utc, utc);
        QCOMPARE(r->captureTime.offsetMinutes, std::optional<int>(utc.toLocalTime().offsetFromUtc() / 60));
    }

    void unreadableByBoth()
    {
        // Matroska magic and nothing else: a video, indexed without video metadata.
        const auto r = readAlone(write(QStringLiteral("stub.mkv"), QByteArray("\x1A\x45\xDF\xA3", 4)));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->kind, MediaKind::Video);
        QVERIFY(!r->durationSeconds);
        QVERIFY2(!r->warnings.isEmpty() && r->warnings.first().startsWith(QStringLiteral("ffmpeg: ")) &&
                     r->warnings.first().endsWith(QStringLiteral("indexed without video metadata")),
                 qPrintable(r->warnings.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(VideoFallbackTest)
#include "tst_videofallback.moc"
