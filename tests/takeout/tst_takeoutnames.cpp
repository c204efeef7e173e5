#include "takeout/TakeoutNames.h"

#include <QTest>

using namespace tintype;

namespace {
QString nfd(const char *utf8) { return QString::fromUtf8(utf8).normalized(QString::NormalizationForm_D); }
} // namespace

class TestTakeoutNames : public QObject {
    Q_OBJECT

private slots:
    void mediaFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("media");
        QTest::addColumn<bool>("video");
        QTest::newRow("jpg") << "IMG_1.JPG" << true << false;
        QTest::newRow("jpeg") << "a.jpeg" << true << false;
        QTest::newRow("heic") << "IMG_1763.HEIC" << true << false;
        QTest::newRow("png") << "Screenshot.png" << true << false;
        QTest::newRow("gif") << "anim.gif" << true << false;
        QTest::newRow("webp") << "x.webp" << true << false;
        QTest::newRow("raw") << "DSC_1.NEF" << true << false;
        QTest::newRow("dng") << "PXL_1.dng" << true << false;
        QTest::newRow("cr3") << "IMG_1.CR3" << true << false;
        QTest::newRow("motion still") << "PXL_20230813_045311490.MP.jpg" << true << false;
        QTest::newRow("motion clip") << "PXL_20230813_045311490.MP" << true << true;
        QTest::newRow("mp4") << "PXL_20230813_065801190.LS.mp4" << true << true;
        QTest::newRow("mov") << "IMG_1.MOV" << true << true;
        QTest::newRow("m4v") << "Bebop2_20180723180057+0200.m4v" << true << true;
        QTest::newRow("3gp") << "VID.3gp" << true << true;
        QTest::newRow("json") << "IMG_1.JPG.json" << false << false;
        QTest::newRow("html") << "archive_browser.html" << false << false;
        QTest::newRow("csv") << "Photo Details.csv" << false << false;
        QTest::newRow("xmp") << "IMG_1.xmp" << false << false;
        QTest::newRow("no extension") << "IMG_1" << false << false;
        QTest::newRow("trailing dot") << "IMG_1." << false << false;
        QTest::newRow("empty") << "" << false << false;
    }
    void mediaFileNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, media);
        QFETCH(bool, video);
        QCOMPARE(isMediaFileName(name), media);
        QCOMPARE(isVideoFileName(name), video);
    }

    void albumMetadataFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("album");
        for (const char *n :
             {"metadata.json", "METADATA.JSON", "métadonnées.json", "Metadaten.json", "metadati.json", "metadatos.json",
              "metadados.json", "metadades.json", "metadane.json", "метаданные.json", "メタデータ.json", "元数据.json",
              "메타데이터.json", "metadata(1).json", "métadonnées(12).json"})
            QTest::newRow(n) << QString::fromUtf8(n) << true;
        QTest::newRow("NFD métadonnées") << nfd("métadonnées.json") << true;
        for (const char *n : {"metadata.jpg.json", "IMG_1.json", "metadata", "metadata.txt", "mymetadata.json",
                              "metadata(x).json", "metadata().json", ".json", ""})
            QTest::newRow(n[0] ? n : "empty") << QString::fromUtf8(n) << false;
    }
    void albumMetadataFileNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, album);
        QCOMPARE(isAlbumMetadataFileName(name), album);
    }

    void otherJsonFileNames()
    {
        QVERIFY(isOtherTakeoutJsonFileName(QStringLiteral("print-subscriptions.json")));
        QVERIFY(isOtherTakeoutJsonFileName(QStringLiteral("shared_album_comments.json")));
        QVERIFY(isOtherTakeoutJsonFileName(QStringLiteral("user-generated-memory-titles(1).json")));
        QVERIFY(!isOtherTakeoutJsonFileName(QStringLiteral("metadata.json")));
        QVERIFY(!isOtherTakeoutJsonFileName(QStringLiteral("print-subscriptions.jpg.json")));
    }

    void yearFolders_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("year"); // 0 = not a year folder
        const QList<QPair<const char *, int>> rows = {
            {"Photos from 2023", 2023},
            {"photos FROM 1999", 1999},
            {"Photos de 2023", 2023},
            {"Fotos von 2011", 2011},
            {"Foto dal 2020", 2020},
            {"Fotos de 2018", 2018},
            {"Fotos del 2018", 2018},
            {"Foto's uit 2016", 2016},
            {"Foto’s uit 2016", 2016},
            {"Zdjęcia z 2015", 2015},
            {"Foton från 2014", 2014},
            {"Billeder fra 2013", 2013},
            {"Bilder fra 2013", 2013},
            {"Kuvat vuodelta 2012", 2012},
            {"Fotky z roku 2010", 2010},
            {"Фото за 2009 г.", 2009},
            {"2008 年の写真", 2008},
            {"2008年の写真", 2008},
            {"2007 年的照片", 2007},
            {"2006년 사진", 2006},
            {"Photos  from\t2005", 2005},
            {"Photos from 1900", 1900},
            // Not year folders:
            {"Photos from 20233", 0},
            {"Photos from 1700", 0},
            {"Photos from 2023 and 2024", 0},
            {"Trip 2023", 0},
            {"2023", 0},
            {"Photos from", 0},
            {"Photos from two thousand", 0},
            {"Photos from ٢٠٢٣", 0},
            {"", 0},
        };
        for (const auto &[name, year] : rows)
            QTest::newRow(name[0] ? name : "empty") << QString::fromUtf8(name) << year;
        QTest::newRow("NFD Zdjęcia") << nfd("Zdjęcia z 2015") << 2015;
        QTest::newRow("no-break space (small.lst has \"Google\\u00a0Photos\")")
            << QStringLiteral("Photos\u00a0from 2021") << 2021;
    }
    void yearFolders()
    {
        QFETCH(QString, name);
        QFETCH(int, year);
        const std::optional<int> found = yearFolder(name);
        QCOMPARE(found.value_or(0), year);
    }

    void untitledAlbums_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("untitled");
        for (const char *n :
             {"Untitled", "Untitled(2)", "Untitled (2)", "Sans titre(9)", "Unbenannt", "Unbenannt(3)", "Senza titolo",
              "Sin título", "Sem título", "Zonder titel", "Bez tytułu", "無題", "제목 없음", "untitled"})
            QTest::newRow(n) << QString::fromUtf8(n) << true;
        QTest::newRow("NFD Sin título") << nfd("Sin título") << true;
        for (const char *n : {"Untitled trip", "My album", "Untitled(x)", "Sans titre 2", "Photos from 2023", ""})
            QTest::newRow(n[0] ? n : "empty") << QString::fromUtf8(n) << false;
    }
    void untitledAlbums()
    {
        QFETCH(QString, name);
        QFETCH(bool, untitled);
        QCOMPARE(isUntitledAlbum(name), untitled);
    }

    void namesCompareNormalised()
    {
        QCOMPARE(nameKey(nfd("Modifié.JPG")), nameKey(QString::fromUtf8("modifié.jpg")));
        QVERIFY(editedSuffixKeys().contains(nameKey(QString::fromUtf8("編集済み"))));
        QVERIFY(editedSuffixKeys().indexOf(QStringLiteral("ha editado")) <
                editedSuffixKeys().indexOf(QStringLiteral("editado")));
    }
};

QTEST_GUILESS_MAIN(TestTakeoutNames)
#include "tst_takeoutnames.moc"
