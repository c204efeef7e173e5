#include "metadata/MediaFormat.h"

#include <QTest>

using namespace tintype;

Q_DECLARE_METATYPE(tintype::MediaKind)

class MediaFormatTest : public QObject {
    Q_OBJECT

    static QByteArray padded(QByteArray head, int size = 512)
    {
        head.append(QByteArray(qMax(0, size - int(head.size())), '\0'));
        return head;
    }

private slots:
    void kindForExtension_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<MediaKind>("kind");
        for (const char *e : {"jpg", "JPEG", "jpe", "jfif", "png", "webp", "heic", "HEIF", "hif", "avif", "tif", "tiff",
                              "gif", "bmp", "jxl", "psd", "jp2", ".jpg"})
            QTest::newRow(e) << QString::fromLatin1(e) << MediaKind::Photo;
        for (const char *e : {"cr2", "CR3", "crw", "nef", "nrw", "arw", "srf", "sr2", "dng", "orf", "raf", "rw2",
                              "pef", "srw", "x3f", "3fr", "iiq", "erf", "mef", "mos", "mrw", "rwl", "kdc", "dcr"})
            QTest::newRow(e) << QString::fromLatin1(e) << MediaKind::Raw;
        for (const char *e :
             {"mp4", "m4v", "MOV", "3gp", "3g2", "avi", "mkv", "webm", "mts", "m2ts", "mpg", "mpeg", "wmv"})
            QTest::newRow(e) << QString::fromLatin1(e) << MediaKind::Video;
        QTest::newRow("xmp") << QStringLiteral("xmp") << MediaKind::Sidecar;
        for (const char *e : {"json", "txt", "", "jpgx", "DS_Store", "thm"})
            QTest::newRow(*e ? e : "empty") << QString::fromLatin1(e) << MediaKind::Unknown;
    }
    void kindForExtension()
    {
        QFETCH(QString, extension);
        QFETCH(MediaKind, kind);
        QCOMPARE(MediaFormat::kindForExtension(extension), kind);
    }

    void sniff_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("format");
        const auto ftyp = [](const char *major, const char *compatible) {
            QByteArray box("\0\0\0\x18"
                           "ftyp",
                           8);
            box += QByteArray(major, 4) + QByteArray("\0\0\0\0", 4) + QByteArray(compatible, 8);
            return box;
        };
        QTest::newRow("jpeg") << padded("\xFF\xD8\xFF\xE1") << "jpg"
                              << "jpeg";
        QTest::newRow("jpeg named heic") << padded("\xFF\xD8\xFF\xE0") << "heic"
                                         << "jpeg";
        QTest::newRow("png") << padded("\x89PNG\r\n\x1A\n") << "png"
                             << "png";
        QTest::newRow("gif") << padded("GIF89a") << "gif"
                             << "gif";
        QTest::newRow("tiff le") << padded(QByteArray("II*\0\x08\0\0\0", 8)) << "tif"
                                 << "tiff";
        QTest::newRow("tiff be") << padded(QByteArray("MM\0*\0\0\0\x08", 8)) << "tiff"
                                 << "tiff";
        QTest::newRow("nef by extension") << padded(QByteArray("MM\0*\0\0\0\x08", 8)) << "NEF"
                                          << "nef";
        QTest::newRow("dng by extension") << padded(QByteArray("II*\0\x08\0\0\0", 8)) << "dng"
                                          << "dng";
        QTest::newRow("tiff named jpg") << padded(QByteArray("II*\0\x08\0\0\0", 8)) << "jpg"
                                        << "tiff";
        QTest::newRow("cr2 by bytes") << padded(QByteArray("II*\0\x10\0\0\0CR\x02\0", 12)) << "tif"
                                      << "cr2";
        QTest::newRow("bigtiff") << padded(QByteArray("II+\0\x08\0\0\0", 8)) << "tif"
                                 << "tiff";
        QTest::newRow("orf") << padded("IIRO\x08\0\0\0") << "orf"
                             << "orf";
        QTest::newRow("rw2") << padded(QByteArray("IIU\0\x08\0\0\0", 8)) << "rw2"
                             << "rw2";
        QTest::newRow("crw") << padded(QByteArray("II\x1A\0\0\0HEAPCCDR", 14)) << "crw"
                             << "crw";
        QTest::newRow("raf") << padded("FUJIFILMCCD-RAW 0201") << "raf"
                             << "raf";
        QTest::newRow("mrw") << padded(QByteArray("\0MRM\0\0", 6)) << "mrw"
                             << "mrw";
        QTest::newRow("x3f") << padded("FOVb\0\0\x02\0") << "x3f"
                             << "x3f";
        QTest::newRow("webp") << padded(QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16)) << "webp"
                              << "webp";
        QTest::newRow("avi") << padded(QByteArray("RIFF\x10\0\0\0AVI LIST", 16)) << "avi"
                             << "avi";
        QTest::newRow("bmp") << padded(QByteArray("BM\x36\0\0\0\0\0\0\0\x36\0\0\0\x28\0\0\0", 18)) << "bmp"
                             << "bmp";
        QTest::newRow("psd") << padded("8BPS\0\x01") << "psd"
                             << "psd";
        QTest::newRow("jp2") << padded(QByteArray("\0\0\0\x0CjP  \r\n\x87\n", 12)) << "jp2"
                             << "jp2";
        QTest::newRow("jxl codestream") << padded("\xFF\x0A\xFA") << "jxl"
                                        << "jxl";
        QTest::newRow("jxl container") << padded(QByteArray("\0\0\0\x0CJXL \r\n\x87\n", 12)) << "jxl"
                                       << "jxl";
        QTest::newRow("heic") << padded(ftyp("heic", "mif1heic")) << "heic"
                              << "heif";
        QTest::newRow("heif mif1") << padded(ftyp("mif1", "mif1heic")) << "hif"
                                   << "heif";
        QTest::newRow("avif") << padded(ftyp("avif", "mif1avif")) << "avif"
                              << "avif";
        QTest::newRow("avif as mif1") << padded(ftyp("mif1", "mif1avif")) << "avif"
                                      << "avif";
        QTest::newRow("cr3") << padded(ftyp("crx ", "crx isom")) << "cr3"
                             << "cr3";
        QTest::newRow("mov") << padded(ftyp("qt  ", "qt  \0\0\0\0")) << "mov"
                             << "mov";
        QTest::newRow("mp4") << padded(ftyp("isom", "isomiso2")) << "mp4"
                             << "mp4";
        QTest::newRow("3gp") << padded(ftyp("3gp4", "isom3gp4")) << "3gp"
                             << "3gp";
        QTest::newRow("old quicktime") << padded(QByteArray("\0\0\0\x08wide\0\0\0\0mdat", 16)) << "mov"
                                       << "mov";
        QTest::newRow("mkv") << padded("\x1A\x45\xDF\xA3\x9F\x42\x82\x88matroska") << "mkv"
                             << "mkv";
        QTest::newRow("webm") << padded("\x1A\x45\xDF\xA3\x9F\x42\x82\x84webm") << "webm"
                              << "webm";
        QByteArray ts(600, '\xFF');
        ts[0] = ts[188] = ts[376] = 0x47;
        QTest::newRow("mpeg-ts") << ts << "mts"
                                 << "mts";
        QByteArray m2ts(600, '\xFF');
        m2ts[4] = m2ts[196] = m2ts[388] = 0x47;
        QTest::newRow("m2ts") << m2ts << "m2ts"
                              << "mts";
        QTest::newRow("mpeg-ps") << padded(QByteArray("\0\0\x01\xBA\x44", 5)) << "mpg"
                                 << "mpg";
        QTest::newRow("wmv") << padded(QByteArray("\x30\x26\xB2\x75\x8E\x66\xCF\x11", 8)) << "wmv"
                             << "wmv";
        QTest::newRow("xmp packet") << padded("<?xpacket begin=") << "xmp"
                                    << "xmp";
        QTest::newRow("text") << padded("hello world, this is not an image") << "jpg"
                              << "";
        QTest::newRow("zeros") << QByteArray(512, '\0') << "jpg"
                               << "";
        QTest::newRow("empty") << QByteArray() << "jpg"
                               << "";
        QTest::newRow("short jpeg start") << QByteArray("\xFF\xD8") << "jpg"
                                          << "";
    }
    void sniff()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, extension);
        QFETCH(QString, format);
        QCOMPARE(MediaFormat::sniff(head, extension), format);
    }

    void formatsHaveKinds()
    {
        QCOMPARE(MediaFormat::kindForFormat(QStringLiteral("jpeg")), MediaKind::Photo);
        QCOMPARE(MediaFormat::kindForFormat(QStringLiteral("nef")), MediaKind::Raw);
        QCOMPARE(MediaFormat::kindForFormat(QStringLiteral("mts")), MediaKind::Video);
        QCOMPARE(MediaFormat::kindForFormat(QString()), MediaKind::Unknown);
        QCOMPARE(MediaFormat::formatForExtension(u"JPG"), QStringLiteral("jpeg"));
        QCOMPARE(MediaFormat::formatForExtension(u"m2ts"), QStringLiteral("mts"));
        QVERIFY(MediaFormat::sameFamily(QStringLiteral("mp4"), QStringLiteral("mov")));
        QVERIFY(!MediaFormat::sameFamily(QStringLiteral("heif"), QStringLiteral("jpeg")));
    }
};

QTEST_GUILESS_MAIN(MediaFormatTest)
#include "tst_mediaformat.moc"
