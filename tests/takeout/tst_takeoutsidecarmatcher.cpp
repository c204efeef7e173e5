#include "support/MatchRuleName.h"
#include "takeout/TakeoutSidecarMatcher.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace tintype;

namespace {

// "media > sidecar Rule [original]" per match, then what is left on each side.
QString describe(const FolderMatch &r)
{
    QStringList parts;
    for (const SidecarMatch &m : r.matches) {
        QString line = m.media + QStringLiteral(" > ") + m.sidecar + QLatin1Char(' ') + matchRuleName(m.rule);
        if (!m.originalMedia.isEmpty())
            line += QStringLiteral(" [") + m.originalMedia + QLatin1Char(']');
        parts << line;
    }
    if (!r.mediaWithoutSidecar.isEmpty())
        parts << QStringLiteral("no json: ") + r.mediaWithoutSidecar.join(QStringLiteral(", "));
    if (!r.sidecarsWithoutMedia.isEmpty())
        parts << QStringLiteral("no media: ") + r.sidecarsWithoutMedia.join(QStringLiteral(", "));
    return parts.join(QStringLiteral(" | "));
}

// Sidecars written "name" or "name|title".
QList<SidecarFile> sidecarsOf(const QStringList &specs)
{
    QList<SidecarFile> out;
    for (const QString &spec : specs) {
        const qsizetype bar = spec.indexOf(QLatin1Char('|'));
        out.append(bar < 0 ? SidecarFile{spec, {}} : SidecarFile{spec.left(bar), spec.mid(bar + 1)});
    }
    return out;
}

QString match(const QStringList &media, const QStringList &sidecars)
{
    return describe(matchFolder(media, sidecarsOf(sidecars)));
}

// The sidecar name Takeout gives a media file: original name (+ supplemental
// suffix) cut to 46 UTF-16 units (never half a surrogate pair), then "(N)", ".json".
QString takeoutSidecarName(const QString &original, bool supplemental, int number = 0)
{
    QString base = original + (supplemental ? QStringLiteral(".supplemental-metadata") : QString());
    if (base.size() > 46)
        base.truncate(base.at(45).isHighSurrogate() ? 45 : 46);
    if (number > 0)
        base += QStringLiteral("(%1)").arg(number);
    return base + QStringLiteral(".json");
}

// The same, should an export count code points instead of UTF-16 units.
QString takeoutSidecarNameByCodePoints(const QString &original, bool supplemental, int number = 0)
{
    const QString full = original + (supplemental ? QStringLiteral(".supplemental-metadata") : QString());
    const QList<uint> codePoints = full.toUcs4();
    QString base = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()),
                                     std::min<qsizetype>(codePoints.size(), 46));
    if (number > 0)
        base += QStringLiteral("(%1)").arg(number);
    return base + QStringLiteral(".json");
}

QString nfd(const QString &s) { return s.normalized(QString::NormalizationForm_D); }

} // namespace

class TestTakeoutSidecarMatcher : public QObject {
    Q_OBJECT

private slots:
    void quirks_data()
    {
        QTest::addColumn<QStringList>("media");
        QTest::addColumn<QStringList>("sidecars");
        QTest::addColumn<QString>("expected");
        const QString longCut = QStringLiteral("PXL_20230814_201154491.LONG_EXPOSURE-01.COVER");

        // name.ext.json
        QTest::newRow("exact") << QStringList{"IMG_1.JPG"} << QStringList{"IMG_1.JPG.json"}
                               << "IMG_1.JPG > IMG_1.JPG.json Exact";
        QTest::newRow("exact, other case")
            << QStringList{"IMG_1.jpg"} << QStringList{"IMG_1.JPG.json"} << "IMG_1.jpg > IMG_1.JPG.json Exact";
        QTest::newRow("no: another file's json") << QStringList{"IMG_1.JPG"} << QStringList{"IMG_2.JPG.json"}
                                                 << "no json: IMG_1.JPG | no media: IMG_2.JPG.json";
        QTest::newRow("no: prefix of a longer name") << QStringList{"IMG_1.JPG"} << QStringList{"IMG_10.JPG.json"}
                                                     << "no json: IMG_1.JPG | no media: IMG_10.JPG.json";

        // name.ext.supplemental-metadata.json
        QTest::newRow("supplemental") << QStringList{"x.jpg"} << QStringList{"x.jpg.supplemental-metadata.json"}
                                      << "x.jpg > x.jpg.supplemental-metadata.json Supplemental";
        QTest::newRow("no: supplemental of another")
            << QStringList{"x.jpg"} << QStringList{"y.jpg.supplemental-metadata.json"}
            << "no json: x.jpg | no media: y.jpg.supplemental-metadata.json";
        QTest::newRow("exact beats supplemental")
            << QStringList{"x.jpg"} << QStringList{"x.jpg.supplemental-metadata.json", "x.jpg.json"}
            << "x.jpg > x.jpg.json Exact | no media: x.jpg.supplemental-metadata.json";

        // Cut at 51 characters with ".json".
        QTest::newRow("cut before the extension (real: small.lst)")
            << QStringList{longCut + ".jpg"} << QStringList{longCut + "..json"}
            << longCut + ".jpg > " + longCut + "..json Truncated";
        const QString emoji = QString::fromUtf8(
            "😀😃😄😁😆😅😂🤣🥲☺️😊😇🙂🙃😉😌😍🥰😘😗😙😚😋");
        QTest::newRow("cut counted in UTF-16 units (real: small.lst)")
            << QStringList{emoji + QString::fromUtf8("😛.jpg")} << QStringList{emoji + ".json"}
            << emoji + QString::fromUtf8("😛.jpg > ") + emoji + ".json Truncated";
        const auto cutRow = [](const char *tag, const QString &media, const QString &sidecar) {
            QTest::newRow(tag) << QStringList{media} << QStringList{sidecar} << media + " > " + sidecar + " Truncated";
        };
        cutRow("supplemental cut: .supplemental-me", "Screenshot_20240101-120000.jpg",
               "Screenshot_20240101-120000.jpg.supplemental-me.json");
        cutRow("supplemental cut: .suppl", "Screenshot_20240101-120000_Maps_abcd.jpg",
               "Screenshot_20240101-120000_Maps_abcd.jpg.suppl.json");
        cutRow("supplemental cut: ..json", "Screenshot_20240101-120000_Maps_abcdefghi.jpg",
               "Screenshot_20240101-120000_Maps_abcdefghi.jpg..json");
        cutRow("extension cut: .j.json", "IMG_20240101_123456789_abcdefghijklmnopqrstu.jpg",
               "IMG_20240101_123456789_abcdefghijklmnopqrstu.j.json");
        QTest::newRow("no: cut json of a file with another title")
            << QStringList{longCut + ".jpg"} << QStringList{longCut + "..json|" + longCut + "-02.jpg"}
            << "no json: " + longCut + ".jpg | no media: " + longCut + "..json";
        QTest::newRow("title picks among files sharing the cut name")
            << QStringList{longCut + "A.jpg", longCut + "B.jpg"} << QStringList{longCut + ".json|" + longCut + "B.jpg"}
            << longCut + "B.jpg > " + longCut + ".json Truncated | no json: " + longCut + "A.jpg";
        QTest::newRow("no: short names are not cut") << QStringList{"IMG_1.jpg"} << QStringList{"IMG_1.jp.json"}
                                                     << "no json: IMG_1.jpg | no media: IMG_1.jp.json";

        // The media name itself cut (47 before the extension), its json cut at 46.
        const QString uuid = QStringLiteral("original_1d4caa6f-16c6-4c3d-901b-9387de10e528_");
        QTest::newRow("media name cut") << QStringList{uuid + "P.jpg"}
                                        << QStringList{uuid + ".json|" + uuid + "PXL_20210101_1200.jpg"}
                                        << uuid + "P.jpg > " + uuid + ".json Truncated";
        QTest::newRow("media name cut, numbered")
            << QStringList{uuid + "P.jpg", uuid + "P(1).jpg"}
            << QStringList{uuid + ".json|" + uuid + "PXL.jpg", uuid + "(1).json|" + uuid + "PXL.jpg"}
            << uuid + "P(1).jpg > " + uuid + "(1).json Truncated | " + uuid + "P.jpg > " + uuid + ".json Truncated";

        // Numbering moved behind the extension.
        QTest::newRow("numbered") << QStringList{"IMG_1(1).JPG"} << QStringList{"IMG_1.JPG(1).json"}
                                  << "IMG_1(1).JPG > IMG_1.JPG(1).json Numbered";
        QTest::newRow("numbered supplemental")
            << QStringList{"x(2).jpg"} << QStringList{"x.jpg.supplemental-metadata(2).json"}
            << "x(2).jpg > x.jpg.supplemental-metadata(2).json Numbered";
        QTest::newRow("no: IMG_1.JPG.json is not IMG_1(1).JPG's")
            << QStringList{"IMG_1(1).JPG"} << QStringList{"IMG_1.JPG.json"}
            << "no json: IMG_1(1).JPG | no media: IMG_1.JPG.json";
        QTest::newRow("no: nor through its title")
            << QStringList{"IMG_1(1).JPG"} << QStringList{"IMG_1.JPG.json|IMG_1.JPG"}
            << "no json: IMG_1(1).JPG | no media: IMG_1.JPG.json";
        QTest::newRow("no: (1) json is not the (2) file's")
            << QStringList{"IMG_1(2).JPG"} << QStringList{"IMG_1.JPG(1).json"}
            << "no json: IMG_1(2).JPG | no media: IMG_1.JPG(1).json";
        QTest::newRow("Takeout3 (real)")
            << QStringList{"DSC_0238(1).JPG", "DSC_0238.JPG", "DSC_0238_1.JPG"}
            << QStringList{"DSC_0238.JPG(1).json|DSC_0238.JPG", "DSC_0238.JPG.json|DSC_0238.JPG",
                           "DSC_0238_1.JPG.json|DSC_0238_1.JPG"}
            << "DSC_0238(1).JPG > DSC_0238.JPG(1).json Numbered | DSC_0238.JPG > DSC_0238.JPG.json Exact | "
               "DSC_0238_1.JPG > DSC_0238_1.JPG.json Exact";
        QTest::newRow("a name that really ends in (1)")
            << QStringList{"photo(1).jpg"} << QStringList{"photo(1).jpg.json"}
            << "photo(1).jpg > photo(1).jpg.json Exact";

        // Edited copies take the original's json.
        QTest::newRow("edited")
            << QStringList{"IMG_1.JPG", "IMG_1-edited.JPG"} << QStringList{"IMG_1.JPG.json"}
            << "IMG_1-edited.JPG > IMG_1.JPG.json Edited [IMG_1.JPG] | IMG_1.JPG > IMG_1.JPG.json Exact";
        QTest::newRow("edited, numbered")
            << QStringList{"IMG_1(1).JPG", "IMG_1-edited(1).JPG"} << QStringList{"IMG_1.JPG(1).json"}
            << "IMG_1(1).JPG > IMG_1.JPG(1).json Numbered | IMG_1-edited(1).JPG > IMG_1.JPG(1).json Edited "
               "[IMG_1(1).JPG]";
        QTest::newRow("edited HEIC saved as JPEG")
            << QStringList{"IMG_1.HEIC", "IMG_1-edited.jpg"} << QStringList{"IMG_1.HEIC.json"}
            << "IMG_1-edited.jpg > IMG_1.HEIC.json Edited [IMG_1.HEIC] | IMG_1.HEIC > IMG_1.HEIC.json Exact";
        QTest::newRow("edited without its original") << QStringList{"IMG_1-edited.JPG"} << QStringList{"IMG_1.JPG.json"}
                                                     << "IMG_1-edited.JPG > IMG_1.JPG.json Edited";
        const QString shot = QStringLiteral("Screenshot_20240101-120000_Google_Maps_xxxxxx");
        QTest::newRow("edited, name cut") << QStringList{shot + ".jpg", shot + "-e.jpg"} << QStringList{shot + "..json"}
                                          << shot + "-e.jpg > " + shot + "..json Edited [" + shot + ".jpg] | " + shot +
                                                 ".jpg > " + shot + "..json Truncated";
        QTest::newRow("edited with its own json")
            << QStringList{"IMG_1.JPG", "IMG_1-edited.JPG"} << QStringList{"IMG_1.JPG.json", "IMG_1-edited.JPG.json"}
            << "IMG_1-edited.JPG > IMG_1-edited.JPG.json Exact | IMG_1.JPG > IMG_1.JPG.json Exact";
        QTest::newRow("no: original without json")
            << QStringList{"IMG_1.JPG", "IMG_1-edited.JPG"} << QStringList{} << "no json: IMG_1-edited.JPG, IMG_1.JPG";
        QTest::newRow("no: -edited inside the name")
            << QStringList{"IMG_1.JPG", "IMG_1-edited-by-me.JPG"} << QStringList{"IMG_1.JPG.json"}
            << "IMG_1.JPG > IMG_1.JPG.json Exact | no json: IMG_1-edited-by-me.JPG";
        QTest::newRow("no: a short name ending in a dash")
            << QStringList{"IMG_1.JPG", "IMG_1-.JPG"} << QStringList{"IMG_1.JPG.json"}
            << "IMG_1.JPG > IMG_1.JPG.json Exact | no json: IMG_1-.JPG";

        // The extension differs.
        QTest::newRow("json without extension")
            << QStringList{"IMG_1.jpg"} << QStringList{"IMG_1.json"} << "IMG_1.jpg > IMG_1.json ExtensionAdded";
        QTest::newRow("media with an added extension")
            << QStringList{"IMG_1.HEIC.jpg"} << QStringList{"IMG_1.HEIC.json"}
            << "IMG_1.HEIC.jpg > IMG_1.HEIC.json ExtensionAdded";
        QTest::newRow("jpeg for jpg") << QStringList{"IMG_1.jpg"} << QStringList{"IMG_1.jpeg.json"}
                                      << "IMG_1.jpg > IMG_1.jpeg.json ExtensionAdded";
        QTest::newRow("no: another format's json") << QStringList{"IMG_1.jpg"} << QStringList{"IMG_1.png.json"}
                                                   << "no json: IMG_1.jpg | no media: IMG_1.png.json";
        QTest::newRow("no: another stem")
            << QStringList{"IMG_10.jpg"} << QStringList{"IMG_1.json"} << "no json: IMG_10.jpg | no media: IMG_1.json";

        // Titles with '/' made '_'.
        QTest::newRow("title with slash") << QStringList{"2019_05_18.jpg"} << QStringList{"2019.json|2019/05/18.jpg"}
                                          << "2019_05_18.jpg > 2019.json Title";
        QTest::newRow("no: two jsons with that title")
            << QStringList{"2019_05_18.jpg"} << QStringList{"a.json|2019/05/18.jpg", "b.json|2019/05/18.jpg"}
            << "no json: 2019_05_18.jpg | no media: a.json, b.json";

        // NFC vs NFD.
        QTest::newRow("NFD media, NFC json")
            << QStringList{nfd(QString::fromUtf8("Café-modifié.jpg")), nfd(QString::fromUtf8("Café.jpg"))}
            << QStringList{QString::fromUtf8("Café.jpg.json")}
            << nfd(QString::fromUtf8("Café-modifié.jpg > ")) + QString::fromUtf8("Café.jpg.json Edited [") +
                   nfd(QString::fromUtf8("Café.jpg]")) + " | " + nfd(QString::fromUtf8("Café.jpg > ")) +
                   QString::fromUtf8("Café.jpg.json Exact");

        // Live / Motion photos share one json.
        QTest::newRow("live photo")
            << QStringList{"IMG_1.MOV", "IMG_1.HEIC"} << QStringList{"IMG_1.HEIC.json"}
            << "IMG_1.HEIC > IMG_1.HEIC.json Exact | IMG_1.MOV > IMG_1.HEIC.json LivePhotoCompanion";
        QTest::newRow("pixel motion photo")
            << QStringList{"PXL_20230101_1.MP", "PXL_20230101_1.MP.jpg"} << QStringList{"PXL_20230101_1.MP.jpg.json"}
            << "PXL_20230101_1.MP > PXL_20230101_1.MP.jpg.json LivePhotoCompanion | PXL_20230101_1.MP.jpg > "
               "PXL_20230101_1.MP.jpg.json Exact";
        QTest::newRow("pixel motion photo, mp4 clip")
            << QStringList{"PXL_20230101_1.MP.jpg", "PXL_20230101_1.mp4"} << QStringList{"PXL_20230101_1.MP.jpg.json"}
            << "PXL_20230101_1.MP.jpg > PXL_20230101_1.MP.jpg.json Exact | PXL_20230101_1.mp4 > "
               "PXL_20230101_1.MP.jpg.json LivePhotoCompanion";
        QTest::newRow("MVIMG") << QStringList{"MVIMG_2019.jpg", "MVIMG_2019.mp4"} << QStringList{"MVIMG_2019.jpg.json"}
                               << "MVIMG_2019.jpg > MVIMG_2019.jpg.json Exact | MVIMG_2019.mp4 > MVIMG_2019.jpg.json "
                                  "LivePhotoCompanion";
        QTest::newRow("still takes its clip's json")
            << QStringList{"IMG_1.HEIC", "IMG_1.MOV"} << QStringList{"IMG_1.MOV.json"}
            << "IMG_1.HEIC > IMG_1.MOV.json LivePhotoCompanion | IMG_1.MOV > IMG_1.MOV.json Exact";
        QTest::newRow("json without extension goes to the still")
            << QStringList{"IMG_1.MOV", "IMG_1.HEIC"} << QStringList{"IMG_1.json"}
            << "IMG_1.HEIC > IMG_1.json ExtensionAdded | IMG_1.MOV > IMG_1.json LivePhotoCompanion";
        QTest::newRow("clip with its own json")
            << QStringList{"PXL_1.jpg", "PXL_1.LS.mp4"} << QStringList{"PXL_1.jpg.json", "PXL_1.LS.mp4.json"}
            << "PXL_1.LS.mp4 > PXL_1.LS.mp4.json Exact | PXL_1.jpg > PXL_1.jpg.json Exact";
        QTest::newRow("no: two stills are no live photo")
            << QStringList{"IMG_1.jpg", "IMG_1.png"} << QStringList{"IMG_1.jpg.json"}
            << "IMG_1.jpg > IMG_1.jpg.json Exact | no json: IMG_1.png";
        QTest::newRow("no: numbered clip is another shot")
            << QStringList{"IMG_1.HEIC", "IMG_1(1).MOV"} << QStringList{"IMG_1.HEIC.json"}
            << "IMG_1.HEIC > IMG_1.HEIC.json Exact | no json: IMG_1(1).MOV";

        // Input oddities.
        QTest::newRow("names given twice count once")
            << QStringList{"a.jpg", "a.jpg"} << QStringList{"a.jpg.json", "a.jpg.json|a.jpg"}
            << "a.jpg > a.jpg.json Exact";
        QTest::newRow("empty folder") << QStringList{} << QStringList{} << "";
        QTest::newRow("odd names") << QStringList{"",
                                                  ".",
                                                  ".jpg",
                                                  "(1).jpg",
                                                  "-edited.jpg",
                                                  "a(99999999999).jpg",
                                                  QString(QChar(0xD800)) + ".jpg"}
                                   << QStringList{"", ".json", "(1).json", "..json", QString(QChar(0xDC00)) + ".json"}
                                   << " > .json Exact | (1).jpg > (1).json ExtensionAdded | . > ..json Exact | "
                                      "no json: -edited.jpg, .jpg, a(99999999999).jpg, " +
                                          QString(QChar(0xD800)) + ".jpg | no media: , " + QChar(0xDC00) + ".json";
    }
    void quirks()
    {
        QFETCH(QStringList, media);
        QFETCH(QStringList, sidecars);
        QFETCH(QString, expected);
        QCOMPARE(match(media, sidecars), expected);
    }

    void everyEditedSuffix_data()
    {
        QTest::addColumn<QString>("suffix");
        for (const char *s : {"-edited", "-effects", "-bearbeitet", "-modifié", "-editado", "-ha editado", "-bewerkt",
                              "-modificato", "-編集済み", "-redigeret", "-muokattu", "-redigerad", "-EDITED"})
            QTest::newRow(s) << QString::fromUtf8(s);
    }
    void everyEditedSuffix()
    {
        QFETCH(QString, suffix);
        for (const QString &s : {suffix, nfd(suffix)}) {
            const QString copy = "IMG_2" + s + ".jpg";
            QCOMPARE(match({"IMG_2.jpg", copy}, {"IMG_2.jpg.json"}),
                     copy + " > IMG_2.jpg.json Edited [IMG_2.jpg] | IMG_2.jpg > IMG_2.jpg.json Exact");
        }
    }

    // Every length of name, plain and supplemental, numbered or not, with ASCII,
    // accented and non-BMP characters: the sidecar Takeout would write matches.
    void everyCutPoint()
    {
        const QStringList alphabets = {QStringLiteral("abcdefghij"), QString::fromUtf8("éàüøßçñ"),
                                       QString::fromUtf8("😀🙂🇵🇹x")};
        int checked = 0;
        for (const QString &alphabet : alphabets) {
            for (int length = 1; length <= 70; ++length) {
                QString stem;
                for (int i = 0; stem.size() < length; ++i)
                    stem += alphabet.at(i % alphabet.size());
                if (stem.at(stem.size() - 1).isHighSurrogate())
                    stem.chop(1);
                for (const QString &ext : {QStringLiteral(".jpg"), QStringLiteral(".HEIC")}) {
                    for (bool supplemental : {false, true}) {
                        for (int number : {0, 1, 12}) {
                            const QString media = number ? stem + QStringLiteral("(%1)").arg(number) + ext : stem + ext;
                            for (const QString &sidecar :
                                 {takeoutSidecarName(stem + ext, supplemental, number),
                                  takeoutSidecarNameByCodePoints(stem + ext, supplemental, number)}) {
                                const FolderMatch r = matchFolder({media}, {{sidecar, stem + ext}});
                                QVERIFY2(r.matches.size() == 1, qPrintable(media + " / " + sidecar));
                                ++checked;
                            }
                        }
                    }
                }
            }
        }
        qInfo("%d name/sidecar pairs matched", checked);
    }

    // The same names in any order give the same result.
    void orderDoesNotMatter()
    {
        const QStringList media = {"IMG_1.JPG", "IMG_1(1).JPG", "IMG_1-edited.JPG", "IMG_2.HEIC",
                                   "IMG_2.MOV", "PXL_1.MP.jpg", "PXL_1.MP",         "a_b.jpg",
                                   "IMG_3.jpg", "IMG_3.JPG",    "IMG_4.jpg",        "IMG_5-edited.jpg"};
        const QStringList sidecars = {"IMG_1.JPG.json",    "IMG_1.JPG(1).json", "IMG_2.HEIC.json",
                                      "PXL_1.MP.jpg.json", "x.json|a/b.jpg",    "IMG_3.jpg.json",
                                      "IMG_3.JPG.json",    "IMG_4.json",        "IMG_5.jpg.supplemental-metadata.json",
                                      "stray.json"};
        const QString expected = match(media, sidecars);
        QVERIFY(expected.contains("IMG_3.JPG > IMG_3.JPG.json Exact"));
        QVERIFY(expected.contains("IMG_3.jpg > IMG_3.jpg.json Exact"));
        QVERIFY(expected.contains("IMG_5-edited.jpg > IMG_5.jpg.supplemental-metadata.json Edited"));
        auto *rng = QRandomGenerator::global();
        for (int round = 0; round < 200; ++round) {
            QStringList m = media;
            QStringList s = sidecars;
            std::shuffle(m.begin(), m.end(), *rng);
            std::shuffle(s.begin(), s.end(), *rng);
            QCOMPARE(match(m, s), expected);
        }
    }

    // Random folders of look-alike names: a sidecar never serves two media files
    // unless one is an edited copy or a Live/Motion partner, and every name is
    // accounted for exactly once.
    void sidecarsAreNotShared()
    {
        QRandomGenerator rng(5);
        const QStringList stems = {"IMG_1", "IMG_1(1)", "IMG_1-edited", "IMG_10", "PXL_2.MP", "PXL_2", "a"};
        const QStringList exts = {".jpg", ".JPG", ".HEIC", ".MOV", ".mp4", ".MP", ""};
        const QStringList tails = {".json", "(1).json", ".supplemental-metadata.json", ".supplemental-me.json"};
        for (int round = 0; round < 500; ++round) {
            QStringList media;
            QList<SidecarFile> sidecars;
            for (int i = 0; i < 6; ++i) {
                media << stems[rng.bounded(stems.size())] + exts[rng.bounded(exts.size())];
                sidecars.append({stems[rng.bounded(stems.size())] + exts[rng.bounded(exts.size())] +
                                     tails[rng.bounded(tails.size())],
                                 {}});
            }
            media.removeDuplicates();
            const FolderMatch r = matchFolder(media, sidecars);
            QHash<QString, int> owners;
            QSet<QString> seen;
            for (const SidecarMatch &m : r.matches) {
                QVERIFY(!seen.contains(m.media));
                seen.insert(m.media);
                if (m.rule != MatchRule::Edited && m.rule != MatchRule::LivePhotoCompanion &&
                    m.rule != MatchRule::ForgottenDuplicate)
                    ++owners[m.sidecar];
            }
            for (auto it = owners.cbegin(); it != owners.cend(); ++it)
                QVERIFY2(it.value() == 1, qPrintable(it.key() + " shared: " + describe(r)));
            QCOMPARE(r.matches.size() + r.mediaWithoutSidecar.size(), media.size());
            for (const QString &unused : r.sidecarsWithoutMedia)
                QVERIFY(!owners.contains(unused));
        }
    }

    // Not a timed assertion: prints how long a big folder takes (DESIGN.md).
    void benchmarkLargeFolder()
    {
        QStringList media;
        QList<SidecarFile> sidecars;
        for (int i = 0; i < 5000; ++i) {
            const QString n = QStringLiteral("IMG_%1").arg(20000 + i);
            media << n + ".jpg" << n + "(1).jpg" << n + "-edited.jpg";
            sidecars.append({n + ".jpg.json", {}});
            sidecars.append({n + ".jpg(1).json", {}});
            const QString longName = QStringLiteral("Screenshot_2024%1-120000_com.google.android.apps.maps").arg(i);
            media << longName + ".jpg";
            sidecars.append({takeoutSidecarName(longName + ".jpg", true), longName + ".jpg"});
        }
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const FolderMatch r = matchFolder(media, sidecars);
        const qint64 ms = timer.elapsed();
        const double cpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        QCOMPARE(r.matches.size(), media.size());
        QVERIFY(r.sidecarsWithoutMedia.isEmpty());
        qInfo("matched a folder of %lld media files and %lld sidecars in %lld ms (%.0f ms CPU)",
              qlonglong(media.size()), qlonglong(sidecars.size()), qlonglong(ms), cpuMs);
    }
};

QTEST_GUILESS_MAIN(TestTakeoutSidecarMatcher)
#include "tst_takeoutsidecarmatcher.moc"
