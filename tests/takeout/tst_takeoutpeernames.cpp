// The media ↔ sidecar name pairs that other Takeout tools publish in their own
// matcher tests (immich-go's adapters/googlePhotos matcher and sample tests,
// GooglePhotosTakeoutHelper's test/gpth_test.dart), written out literally:
// every pair they match we match, every pair they refuse we refuse.
#include "support/MatchRuleName.h"
#include "takeout/TakeoutSidecarMatcher.h"

#include <QTest>

using namespace tintype;

namespace {

// "media > sidecar" per match (sorted by media), then "no json: ..." and "no media: ...".
QString describe(const QStringList &media, const QStringList &sidecarSpecs)
{
    QList<SidecarFile> sidecars;
    for (const QString &spec : sidecarSpecs) {
        const qsizetype bar = spec.indexOf(QLatin1Char('|'));
        sidecars.append(bar < 0 ? SidecarFile{spec, {}} : SidecarFile{spec.left(bar), spec.mid(bar + 1)});
    }
    const FolderMatch r = matchFolder(media, sidecars);
    QStringList parts;
    for (const SidecarMatch &m : r.matches)
        parts << m.media + QStringLiteral(" > ") + m.sidecar;
    if (!r.mediaWithoutSidecar.isEmpty())
        parts << QStringLiteral("no json: ") + r.mediaWithoutSidecar.join(QStringLiteral(", "));
    if (!r.sidecarsWithoutMedia.isEmpty())
        parts << QStringLiteral("no media: ") + r.sidecarsWithoutMedia.join(QStringLiteral(", "));
    return parts.join(QStringLiteral(" | "));
}

QString u(const char *utf8) { return QString::fromUtf8(utf8); }

} // namespace

class TestTakeoutPeerNames : public QObject {
    Q_OBJECT

private slots:
    // One media file and one sidecar alone in a folder: matched or not.
    void pairs_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("matches");
        const auto row = [](const char *json, const char *file, bool matches) {
            QTest::newRow((QByteArray(file) + " / " + json).constData()) << u(json) << u(file) << matches;
        };
        // immich-go, adapters/googlePhotos/matcher_test.go (Test_matchers)
        row("PXL_20211013_220651983.jpg.json", "PXL_20211013_220651983.jpg", true);
        row("PXL_20211013_220651983.jpg.json", "PXL_20211013_220651958.jpg", false);
        row("PXL_20220405_090123740.PORTRAIT.jpg.json", "PXL_20220405_090123740.PORTRAIT-modifié.jpg", true);
        row("PXL_20220405_090123740.PORTRAIT.jpg.json", "PXL_20220405_090123741.PORTRAIT-modifié.jpg", false);
        row("PXL_20220405_090123740.PORTRAIT.jpg.json", "PXL_20220405_100123740.PORTRAIT-modifié.jpg", false);
        row("DSC_0100.JPG.json", "DSC_0100.JPG", true);
        row("DSC_0238.JPG(1).json", "DSC_0238(1).JPG", true);
        row("DSC_0101.JPG(1).json", "DSC_0101(1).JPG", true);
        row("DSC_0102.JPG(2).json", "DSC_0102(1).JPG", false);
        row("DSC_0103.JPG(1).json", "DSC_0103.JPG", false);
        row("DSC_0104.JPG.json", "DSC_0104(1).JPG", false);
        row("IMG_2710.HEIC(1).json", "IMG_2710(1).HEIC", true);
        row("PXL_20231118_035751175.MP.jpg.json", "PXL_20231118_035751175.MP.jpg", true);
        row("PXL_20231118_035751175.MP.jpg.json", "PXL_20231118_035751175.MP", true);
        row("PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGIN.json",
            "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINA.jpg", true);
        row("05yqt21kruxwwlhhgrwrdyb6chhwszi9bqmzu16w0 2.jp.json", "05yqt21kruxwwlhhgrwrdyb6chhwszi9bqmzu16w0 2.jpg",
            true);
        row("😀😃😄😁😆😅😂🤣🥲☺️😊😇🙂🙃😉😌😍🥰😘😗😙😚😋.json",
            "😀😃😄😁😆😅😂🤣🥲☺️😊😇🙂🙃😉😌😍🥰😘😗😙😚😋😛.jpg",
            true);
        row("Backyard_ceremony_wedding_photography_xxxxxxx_(494).json",
            "Backyard_ceremony_wedding_photography_xxxxxxx_m(494).jpg", true);
        row("Backyard_ceremony_wedding_photography_xxxxxxx_(494).json",
            "Backyard_ceremony_wedding_photography_xxxxxxx_m(185).jpg", false);
        row("original_1d4caa6f-16c6-4c3d-901b-9387de10e528_.json",
            "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_P.jpg", true);
        row("original_1d4caa6f-16c6-4c3d-901b-9387de10e528_.json",
            "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_P(1).jpg", true);
        row("PXL_20210102_221126856.MP~2.jpg.json", "PXL_20210102_221126856.MP~2.jpg", true);
        row("13039_327707840323_537645323_9470255_27214_n.j(1).json",
            "13039_327707840323_537645323_9470255_27214_n(1).jpg", true);
        // GooglePhotosTakeoutHelper, test/gpth_test.dart
        row("image-edited.jpg.json", "image-edited.jpg", true);
        row("Urlaub in Knaufspesch in der Schneifel (38).JP.json", "Urlaub in Knaufspesch in der Schneifel (38).JPG",
            true);
        row("Screenshot_2022-10-28-09-31-43-118_com.snapcha.json",
            "Screenshot_2022-10-28-09-31-43-118_com.snapchat.jpg", true);
        row("simple_file_20200101.jpg.json", "simple_file_20200101-edited.jpg", true);
        row("simple_file_20200101.jpg.json", "simple_file_20200101-edited(1).jpg", true);
        // Known quirks: localized edited suffixes with a counter, supplemental-metadata cut anywhere.
        row("IMG-20150125-WA0003.jpg.json", "IMG-20150125-WA0003-modifié(1).jpg", true);
        row("IMG-20150125-WA0003.jpg.json", "IMG-20150125-WA0004-modifié(1).jpg", false);
        row("IMG_1234.JPG.supplemental-metadata.json", "IMG_1234.JPG", true);
        row("IMG_1234.JPG.supplemental-metad.json", "IMG_1234.JPG", true);
        row("IMG_1234.JPG.supplemen.json", "IMG_1234.JPG", true);
        row("IMG_1234.JPG.suppl.json", "IMG_1234.JPG", true);
        row("IMG_1234.JPG.s.json", "IMG_1234.JPG", true);
        row("IMG_1234.JPG.supplemental-metad(1).json", "IMG_1234(1).JPG", true);
        row("IMG_1234.JPG.suppl.json", "IMG_1235.JPG", false);
        row("IMG_1234.JPG.suppl(1).json", "IMG_1234.JPG", false);
        row("IMG_1234.JPG.suppl.json", "IMG_1234(1).JPG", false);
        row("IMG_1234.JPG.sx.json", "IMG_1234.JPG", false);
        row("IMG_1234.JPG.supplemental-metadata.json", "IMG_1234-تم التعديل.JPG", true);
        row("IMG_1234.JPG.supplemental-metadata.json", "IMG_1234-संपादित.JPG", true);
        row("IMG_1234.JPG.supplemental-metadata.json", "IMG_1234-แก้ไขแล้ว.JPG", true);
    }
    void pairs()
    {
        QFETCH(QString, json);
        QFETCH(QString, file);
        QFETCH(bool, matches);
        const QString expected = matches ? file + QStringLiteral(" > ") + json
                                         : QStringLiteral("no json: ") + file + QStringLiteral(" | no media: ") + json;
        QCOMPARE(describe({file}, {json}), expected);
    }

    // Whole folders of immich-go's sample Takeouts (testgp_samples_test.go),
    // sidecars written "name|title".
    void folders_data()
    {
        QTest::addColumn<QStringList>("media");
        QTest::addColumn<QStringList>("sidecars");
        QTest::addColumn<QString>("expected");
        QTest::newRow("namesIssue39")
            << QStringList{"Backyard_ceremony_wedding_photography_xxxxxxx_m.jpg",
                           "Backyard_ceremony_wedding_photography_xxxxxxx_m(1).jpg",
                           "Backyard_ceremony_wedding_photography_xxxxxxx_m(494).jpg"}
            << QStringList{"Backyard_ceremony_wedding_photography_xxxxxxx_.json|"
                           "Backyard_ceremony_wedding_photography_xxxxxxx_magnoliastudios-371.jpg",
                           "Backyard_ceremony_wedding_photography_xxxxxxx_(1).json|"
                           "Backyard_ceremony_wedding_photography_xxxxxxx_magnoliastudios-181.jpg",
                           "Backyard_ceremony_wedding_photography_xxxxxxx_(494).json|"
                           "Backyard_ceremony_wedding_photography_markham_magnoliastudios-19.jpg"}
            << "Backyard_ceremony_wedding_photography_xxxxxxx_m(1).jpg > "
               "Backyard_ceremony_wedding_photography_xxxxxxx_(1).json | "
               "Backyard_ceremony_wedding_photography_xxxxxxx_m(494).jpg > "
               "Backyard_ceremony_wedding_photography_xxxxxxx_(494).json | "
               "Backyard_ceremony_wedding_photography_xxxxxxx_m.jpg > "
               "Backyard_ceremony_wedding_photography_xxxxxxx_.json";
        QTest::newRow("issue68ForgottenDuplicates")
            << QStringList{"original_1d4caa6f-16c6-4c3d-901b-9387de10e528_P.jpg",
                           "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_P(1).jpg"}
            << QStringList{"original_1d4caa6f-16c6-4c3d-901b-9387de10e528_.json|"
                           "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_PXL_20220516_164814158.jpg"}
            << "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_P(1).jpg > "
               "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_.json | "
               "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_P.jpg > "
               "original_1d4caa6f-16c6-4c3d-901b-9387de10e528_.json";
        QTest::newRow("issue68LongExposure") << QStringList{"PXL_20230814_201154491.LONG_EXPOSURE-01.COVER.jpg",
                                                            "PXL_20230814_201154491.LONG_EXPOSURE-02.ORIGINA.jpg"}
                                             << QStringList{"PXL_20230814_201154491.LONG_EXPOSURE-01.COVER..json|"
                                                            "PXL_20230814_201154491.LONG_EXPOSURE-01.COVER.jpg",
                                                            "PXL_20230814_201154491.LONG_EXPOSURE-02.ORIGIN.json|"
                                                            "PXL_20230814_201154491.LONG_EXPOSURE-02.ORIGINAL.jpg"}
                                             << "PXL_20230814_201154491.LONG_EXPOSURE-01.COVER.jpg > "
                                                "PXL_20230814_201154491.LONG_EXPOSURE-01.COVER..json | "
                                                "PXL_20230814_201154491.LONG_EXPOSURE-02.ORIGINA.jpg > "
                                                "PXL_20230814_201154491.LONG_EXPOSURE-02.ORIGIN.json";
        // clang-format off
        const QString emojiFile = u("😀😃😄😁😆😅😂🤣🥲☺️😊😇🙂🙃😉😌😍🥰😘😗😙😚😋😛.jpg");
        const QString emojiJson = u("😀😃😄😁😆😅😂🤣🥲☺️😊😇🙂🙃😉😌😍🥰😘😗😙😚😋.json");
        const QString emojiTitle = u("😀😃😄😁😆😅😂🤣🥲☺️😊😇🙂🙃😉😌😍🥰😘😗😙😚😋😛😝😜🤪🤨🧐🤓😎🥸🤩🥳😏😒😞😔😟😕🙁☹️😣😖😫😩🥺😢😭😤😠😡🤬🤯😳🥵🥶.jpg");
        // clang-format on
        QTest::newRow("namesTruncated") << QStringList{emojiFile, "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINA.jpg",
                                                       "05yqt21kruxwwlhhgrwrdyb6chhwszi9bqmzu16w0 2.jpg"}
                                        << QStringList{emojiJson + "|" + emojiTitle,
                                                       "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGIN.json|"
                                                       "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINAL.jpg",
                                                       "05yqt21kruxwwlhhgrwrdyb6chhwszi9bqmzu16w0 2.jp.json|"
                                                       "05yqt21kruxwwlhhgrwrdyb6chhwszi9bqmzu16w0 2.jpg"}
                                        << "05yqt21kruxwwlhhgrwrdyb6chhwszi9bqmzu16w0 2.jpg > "
                                           "05yqt21kruxwwlhhgrwrdyb6chhwszi9bqmzu16w0 2.jp.json | "
                                           "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINA.jpg > "
                                           "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGIN.json | " +
                                               emojiFile + " > " + emojiJson;
        QTest::newRow("namesWithNumbers")
            << QStringList{"IMG_3479.JPG", "IMG_3479(1).JPG", "IMG_3479(2).JPG"}
            << QStringList{"IMG_3479.JPG.json|IMG_3479.JPG", "IMG_3479.JPG(1).json|IMG_3479.JPG",
                           "IMG_3479.JPG(2).json|IMG_3479.JPG"}
            << "IMG_3479(1).JPG > IMG_3479.JPG(1).json | IMG_3479(2).JPG > IMG_3479.JPG(2).json | "
               "IMG_3479.JPG > IMG_3479.JPG.json";
        QTest::newRow("imagesEditedJSON")
            << QStringList{"PXL_20220405_090123740.PORTRAIT.jpg", u("PXL_20220405_090123740.PORTRAIT-modifié.jpg"),
                           u("PXL_20220405_090200110.PORTRAIT-modifié.jpg")}
            << QStringList{"PXL_20220405_090123740.PORTRAIT.jpg.json|PXL_20220405_090123740.PORTRAIT.jpg"}
            << u("PXL_20220405_090123740.PORTRAIT-modifié.jpg > PXL_20220405_090123740.PORTRAIT.jpg.json | "
                 "PXL_20220405_090123740.PORTRAIT.jpg > PXL_20220405_090123740.PORTRAIT.jpg.json | "
                 "no json: PXL_20220405_090200110.PORTRAIT-modifié.jpg");
        QTest::newRow("titlesWithForbiddenChars")
            << QStringList{"27_06_12 - 1.mov", "27_06_12 - 2.jpg"}
            << QStringList{"27_06_12 - 1.mov.json|27/06/12 - 1", "27_06_12 - 2.json|27/06/12 - 2"}
            << "27_06_12 - 1.mov > 27_06_12 - 1.mov.json | 27_06_12 - 2.jpg > 27_06_12 - 2.json";
        QTest::newRow("issue68MPFiles")
            << QStringList{"PXL_20221228_185930354.MP", "PXL_20221228_185930354.MP.jpg"}
            << QStringList{"PXL_20221228_185930354.MP.jpg.json|PXL_20221228_185930354.MP.jpg"}
            << "PXL_20221228_185930354.MP > PXL_20221228_185930354.MP.jpg.json | PXL_20221228_185930354.MP.jpg > "
               "PXL_20221228_185930354.MP.jpg.json";
        QTest::newRow("issue390WrongCount")
            << QStringList{"image000000.gif", "image000000.jpg"}
            << QStringList{"image000000.jpg.json|image000000.jpg", "image000000.jpg(1).json|image000000.jpg",
                           "image000000.gif.json|image000000.gif.json"}
            << "image000000.gif > image000000.gif.json | image000000.jpg > image000000.jpg.json | "
               "no media: image000000.jpg(1).json";
        QTest::newRow("checkMPissue405") << QStringList{"PXL_20210102_221126856.MP", "PXL_20210102_221126856.MP~2.jpg",
                                                        "PXL_20210102_221126856.MP.jpg"}
                                         << QStringList{"PXL_20210102_221126856.MP~2.jpg.json",
                                                        "PXL_20210102_221126856.MP.jpg.json"}
                                         << "PXL_20210102_221126856.MP > PXL_20210102_221126856.MP.jpg.json | "
                                            "PXL_20210102_221126856.MP.jpg > PXL_20210102_221126856.MP.jpg.json | "
                                            "PXL_20210102_221126856.MP~2.jpg > PXL_20210102_221126856.MP~2.jpg.json";
        // GooglePhotosTakeoutHelper's cut names, with the title Google writes into the JSON.
        QTest::newRow("gpth cut names with titles")
            << QStringList{"Urlaub in Knaufspesch in der Schneifel (38).JPG",
                           "Screenshot_2022-10-28-09-31-43-118_com.snapchat.jpg"}
            << QStringList{"Urlaub in Knaufspesch in der Schneifel (38).JP.json|"
                           "Urlaub in Knaufspesch in der Schneifel (38).JPG",
                           "Screenshot_2022-10-28-09-31-43-118_com.snapcha.json|"
                           "Screenshot_2022-10-28-09-31-43-118_com.snapchat.jpg"}
            << "Screenshot_2022-10-28-09-31-43-118_com.snapchat.jpg > "
               "Screenshot_2022-10-28-09-31-43-118_com.snapcha.json | "
               "Urlaub in Knaufspesch in der Schneifel (38).JPG > Urlaub in Knaufspesch in der Schneifel (38).JP.json";
        // GooglePhotosTakeoutHelper: both edited copies take the original's sidecar.
        QTest::newRow("gpth simple_file")
            << QStringList{"simple_file_20200101-edited.jpg", "simple_file_20200101-edited(1).jpg"}
            << QStringList{"simple_file_20200101.jpg.json"}
            << "simple_file_20200101-edited(1).jpg > simple_file_20200101.jpg.json | "
               "simple_file_20200101-edited.jpg > simple_file_20200101.jpg.json";
    }
    void folders()
    {
        QFETCH(QStringList, media);
        QFETCH(QStringList, sidecars);
        QFETCH(QString, expected);
        QCOMPARE(describe(media, sidecars), expected);
    }

    // Which rule explains the forgotten duplicates (they share a sidecar).
    void forgottenDuplicateRule()
    {
        const FolderMatch r =
            matchFolder({"simple_file_20200101-edited(1).jpg"}, {{"simple_file_20200101.jpg.json", {}}});
        QCOMPARE(r.matches.size(), 1);
        QCOMPARE(matchRuleName(r.matches.front().rule), QStringLiteral("ForgottenDuplicate"));
        const FolderMatch plain = matchFolder({"IMG_1(1).jpg", "IMG_1.jpg"}, {{"IMG_1.jpg.json", {}}});
        QCOMPARE(plain.mediaWithoutSidecar, QStringList{"IMG_1(1).jpg"});
    }
};

QTEST_GUILESS_MAIN(TestTakeoutPeerNames)
#include "tst_takeoutpeernames.moc"
