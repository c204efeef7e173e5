// Real Takeouts ($TINTYPE_SAMPLES): the three mini Takeouts and the e2e set of
// immich-go, the listing of a real three-part Takeout (small.lst), and the Google
// sidecars in photoprism's test data. Every sidecar must parse or say why; the
// known matches are asserted exactly and the match rates are printed.
#include "support/MatchRuleName.h"
#include "takeout/TakeoutNames.h"
#include "takeout/TakeoutSidecar.h"
#include "takeout/TakeoutSidecarMatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace tintype;

namespace {

// One folder's files as the importer would hand them over.
struct Folder {
    QStringList media;
    QList<SidecarFile> sidecars;
    QStringList albumFiles;
};

// Matches of a whole set, by folder, with the figures the lead wants.
struct SetResult {
    QMap<QString, FolderMatch> folders;
    int media = 0, matchedMedia = 0, sidecars = 0, usedSidecars = 0;

    void add(const QString &folder, const Folder &f)
    {
        const FolderMatch m = matchFolder(f.media, f.sidecars);
        folders.insert(folder, m);
        media += int(f.media.size());
        matchedMedia += int(m.matches.size());
        sidecars += int(f.sidecars.size());
        usedSidecars += int(f.sidecars.size() - m.sidecarsWithoutMedia.size());
    }
    QString rates(const QString &name) const
    {
        return QStringLiteral("%1: media matched %2/%3 (%4%), sidecars used %5/%6 (%7%)")
            .arg(name)
            .arg(matchedMedia)
            .arg(media)
            .arg(media ? 100.0 * matchedMedia / media : 100.0, 0, 'f', 1)
            .arg(usedSidecars)
            .arg(sidecars)
            .arg(sidecars ? 100.0 * usedSidecars / sidecars : 100.0, 0, 'f', 1);
    }
    QString rules() const
    {
        QMap<QString, int> counts;
        for (const FolderMatch &f : folders)
            for (const SidecarMatch &m : f.matches)
                ++counts[matchRuleName(m.rule)];
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        return parts.join(QStringLiteral(", "));
    }
    QString unmatched() const
    {
        QStringList lines;
        for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
            for (const QString &m : it->mediaWithoutSidecar)
                lines << QStringLiteral("  media without sidecar: %1/%2").arg(it.key(), m);
            for (const QString &s : it->sidecarsWithoutMedia)
                lines << QStringLiteral("  sidecar without media: %1/%2").arg(it.key(), s);
        }
        return lines.join(QLatin1Char('\n'));
    }
    // "media > sidecar Rule" of one folder, sorted.
    QStringList matches(const QString &folder) const
    {
        QStringList out;
        for (const SidecarMatch &m : folders.value(folder).matches)
            out << m.media + QStringLiteral(" > ") + m.sidecar + QLatin1Char(' ') + matchRuleName(m.rule);
        return out;
    }
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestTakeoutSamples : public QObject {
    Q_OBJECT

    QString m_samples;
    QStringList m_report;

    // Every folder below `root`: media, sidecars (title read from the JSON) and
    // album files; every JSON classified and parsed, failures collected.
    SetResult matchTree(const QString &root, QStringList *parseErrors)
    {
        QMap<QString, Folder> folders;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString folder = QDir(root).relativeFilePath(it.fileInfo().path());
            const QString name = it.fileName();
            Folder &f = folders[folder];
            if (isMediaFileName(name)) {
                f.media << name;
                continue;
            }
            if (!name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
                continue;
            const QByteArray json = readFile(path);
            switch (classifyJson(name, json)) {
            case JsonRole::MediaSidecar: {
                const auto sidecar = parseMediaSidecar(json);
                if (!sidecar.ok())
                    *parseErrors << path + QStringLiteral(": ") + sidecar.error();
                f.sidecars.append({name, sidecar.ok() ? sidecar->title : QString()});
                break;
            }
            case JsonRole::AlbumMetadata: {
                const auto album = parseAlbumMetadata(json);
                if (!album.ok())
                    *parseErrors << path + QStringLiteral(": ") + album.error();
                f.albumFiles << name;
                break;
            }
            case JsonRole::Other: break;
            }
        }
        SetResult result;
        for (auto f = folders.cbegin(); f != folders.cend(); ++f)
            result.add(f.key(), f.value());
        return result;
    }

    void report(const SetResult &r, const QString &name)
    {
        m_report << r.rates(name) + QStringLiteral(" [") + r.rules() + QLatin1Char(']');
        qInfo("%s", qPrintable(m_report.last()));
        if (!r.unmatched().isEmpty())
            qInfo("%s", qPrintable(r.unmatched()));
    }

private slots:
    void initTestCase()
    {
        m_samples = qEnvironmentVariable("TINTYPE_SAMPLES");
        if (m_samples.isEmpty())
            QSKIP("TINTYPE_SAMPLES is not set: the real-world Takeout suite needs the shared sample folder");
        QVERIFY2(QDir(m_samples + "/takeout-immich-go").exists(), "TINTYPE_SAMPLES has no takeout-immich-go folder");
        QVERIFY2(QDir(m_samples + "/photoprism-testdata").exists(),
                 "TINTYPE_SAMPLES has no photoprism-testdata folder");
    }

    void cleanupTestCase()
    {
        if (!m_report.isEmpty())
            qInfo("Match rates:\n  %s", qPrintable(m_report.join(QStringLiteral("\n  "))));
    }

    void takeout1AlbumWithLocalizedMetadata()
    {
        const QString root = m_samples + "/takeout-immich-go/app/upload/TEST_DATA/Takeout1";
        QStringList errors;
        const SetResult r = matchTree(root, &errors);
        report(r, QStringLiteral("immich-go Takeout1"));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        const QString album = QStringLiteral("Google Photos/Album test 6-10-23");
        QCOMPARE(r.matches(album),
                 (QStringList{"PXL_20231006_063000139.jpg > PXL_20231006_063000139.jpg.json Exact",
                              "PXL_20231006_063029647.jpg > PXL_20231006_063029647.jpg.json Exact",
                              "PXL_20231006_063108407.jpg > PXL_20231006_063108407.jpg.json Exact",
                              "PXL_20231006_063121958.jpg > PXL_20231006_063121958.jpg.json Exact",
                              "PXL_20231006_063357420.jpg > PXL_20231006_063357420.jpg.json Exact",
                              "PXL_20231006_063536303.jpg > PXL_20231006_063536303.jpg.json Exact",
                              "PXL_20231006_063851485.jpg > PXL_20231006_063851485.jpg.json Exact",
                              "PXL_20231006_063909898.LS.mp4 > PXL_20231006_063909898.LS.mp4.json Exact"}));
        QCOMPARE(r.matchedMedia, r.media);
        QCOMPARE(r.usedSidecars, r.sidecars);

        const QByteArray albumJson = readFile(root + "/" + album + QString::fromUtf8("/métadonnées.json"));
        QCOMPARE(classifyJson(QString::fromUtf8("métadonnées.json"), albumJson), JsonRole::AlbumMetadata);
        const auto parsed = parseAlbumMetadata(albumJson);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->title, QStringLiteral("Album test 6/10/23"));
        QCOMPARE(parsed->dateUtc, std::optional<qint64>(1697872351));

        const auto sidecar = parseMediaSidecar(readFile(root + "/" + album + "/PXL_20231006_063851485.jpg.json"));
        QVERIFY(sidecar.ok());
        QCOMPARE(sidecar->photoTakenUtc, std::optional<qint64>(1696574331));
        QCOMPARE(sidecar->description, QStringLiteral("Description from goggle photos"));
        QVERIFY(sidecar->favorite);
        QVERIFY(sidecar->position);
        QCOMPARE(sidecar->position->latitude, 48.8583736);
    }

    void takeout2YearAndUntitledFolders()
    {
        const QString root = m_samples + "/takeout-immich-go/app/upload/TEST_DATA/Takeout2/Google Photos";
        QStringList errors;
        const SetResult r = matchTree(root, &errors);
        report(r, QStringLiteral("immich-go Takeout2"));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        QCOMPARE(r.matches("Photos from 2023"),
                 (QStringList{"PXL_20231006_063000139.jpg > PXL_20231006_063000139.jpg.json Exact",
                              "PXL_20231006_063528961.jpg > PXL_20231006_063528961.jpg.json Exact"}));
        QCOMPARE(r.matches("Sans titre(9)"),
                 QStringList{"PXL_20231006_063108407.jpg > PXL_20231006_063108407.jpg.json Exact"});
        QCOMPARE(yearFolder(QStringLiteral("Photos from 2023")), std::optional<int>(2023));
        QVERIFY(isUntitledAlbum(QStringLiteral("Sans titre(9)")));
        const auto album = parseAlbumMetadata(readFile(root + QString::fromUtf8("/Sans titre(9)/métadonnées.json")));
        QVERIFY(album.ok());
        QVERIFY(album->title.isEmpty());
        QCOMPARE(r.matchedMedia, r.media);
    }

    void takeout3NumberedDuplicates()
    {
        const QString root = m_samples + "/takeout-immich-go/app/upload/TEST_DATA/Takeout3";
        QStringList errors;
        const SetResult r = matchTree(root, &errors);
        report(r, QStringLiteral("immich-go Takeout3"));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        QCOMPARE(r.matches("Photos from 2023"),
                 (QStringList{"DSC_0238(1).JPG > DSC_0238.JPG(1).json Numbered",
                              "DSC_0238.JPG > DSC_0238.JPG.json Exact", "DSC_0238_1.JPG > DSC_0238_1.JPG.json Exact"}));
        QCOMPARE(r.matchedMedia, r.media);
        QCOMPARE(r.usedSidecars, r.sidecars);
    }

    void supplementalMetadataSet()
    {
        const QString root = m_samples + "/takeout-immich-go/internal/e2e/client/DATA/fromGooglePhotos/gophers";
        QStringList errors;
        const SetResult r = matchTree(root, &errors);
        report(r, QStringLiteral("immich-go e2e (supplemental-metadata)"));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        for (const QString &folder :
             {QStringLiteral("Google Photos/Photos from 2025"), QStringLiteral("Google Photos/gophers")}) {
            const QStringList matches = r.matches(folder);
            QCOMPARE(matches.size(), 5);
            for (const QString &m : matches)
                QVERIFY2(m.endsWith(" Supplemental"), qPrintable(m));
        }
        QVERIFY(r.matches("Google Photos/gophers")
                    .contains("PinClipart.com_gopher-clipart_4000243.jpg > "
                              "PinClipart.com_gopher-clipart_4000243.jpg.supplemental-metadata.json Supplemental"));
        QCOMPARE(r.matchedMedia, r.media);
        QCOMPARE(r.usedSidecars, r.sidecars);
    }

    // A real three-part Takeout, as `unzip -l` listed it: the parts are merged into
    // one tree (a folder's sidecars and media sit in different parts), grouped by
    // folder, JSON roles told by name (the listing has no content).
    void realMultiPartListing()
    {
        QFile listing(m_samples + "/takeout-immich-go/internal/fakefs/TESTDATA/small.lst");
        QVERIFY(listing.open(QIODevice::ReadOnly));
        static const QRegularExpression line(
            QStringLiteral(R"(^\s*(\d+)\s+\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}\s+(\S.*)$)"));
        QMap<QString, Folder> folders;
        int entries = 0, other = 0;
        while (!listing.atEnd()) {
            const QString text = QString::fromUtf8(listing.readLine()).chopped(1);
            const QRegularExpressionMatch m = line.match(text);
            if (!m.hasMatch())
                continue;
            ++entries;
            const QString path = m.captured(2);
            const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
            const QString folder = path.left(slash);
            const QString name = path.mid(slash + 1);
            if (isMediaFileName(name))
                folders[folder].media << name;
            else if (isAlbumMetadataFileName(name))
                folders[folder].albumFiles << name;
            else if (name.endsWith(QLatin1String(".json")))
                folders[folder].sidecars.append({name, {}});
            else
                ++other;
        }
        QCOMPARE(entries, 968); // 807 + 158 + 3 entries in the three parts
        SetResult r;
        for (auto f = folders.cbegin(); f != folders.cend(); ++f)
            r.add(f.key(), f.value());
        report(r, QStringLiteral("real multi-zip Takeout (small.lst)"));
        QCOMPARE(other, 1); // archive_browser.html

        // Folder names as Google wrote them: "Google\u00a0Photos" (a no-break space), emoji.
        const auto folderWith = [&folders](const char *part) {
            for (auto it = folders.cbegin(); it != folders.cend(); ++it)
                if (it.key().contains(QLatin1String(part)))
                    return it.key();
            return QString();
        };
        const QString garros = folderWith("Garros 19 Juillet 2018");
        const QString guillaumes = folderWith("Guillaumes 2018");
        const QString lisbon = folderWith("Lisbonne");
        QCOMPARE(folders.size(), 3);
        QVERIFY(garros.contains(QChar(0xa0)));
        QCOMPARE(folders[lisbon].albumFiles, QStringList{QString::fromUtf8("métadonnées.json")});
        QVERIFY(r.matches(guillaumes).contains(QString::fromUtf8("IMG_8416-modifié.JPG > IMG_8416.JPG.json Edited")));
        QVERIFY(r.matches(garros).contains(
            QString::fromUtf8("Bebop2_20180719211742+0200-modifié.jpg > Bebop2_20180719211742+0200.jpg.json Edited")));
        QVERIFY(r.matches(lisbon).contains(
            "PXL_20230814_201154491.LONG_EXPOSURE-01.COVER.jpg > PXL_20230814_201154491.LONG_EXPOSURE-01.COVER..json "
            "Truncated"));
        QVERIFY(r.matches(lisbon).contains(QString::fromUtf8(
            "😀😃😄😁😆😅😂🤣🥲☺️😊😇🙂🙃😉😌😍🥰😘😗😙😚😋😛.jpg > "
            "😀😃😄😁😆😅😂🤣🥲☺️😊😇🙂🙃😉😌😍🥰😘😗😙😚😋.json "
            "Truncated")));
        // The m4v's sidecar is in part 1, the video in part 2.
        QVERIFY(r.matches(guillaumes)
                    .contains("Bebop2_20180723180057+0200.m4v > Bebop2_20180723180057+0200.m4v.json Exact"));
        QCOMPARE(r.matchedMedia, r.media);
        QCOMPARE(r.usedSidecars, r.sidecars);
    }

    // photoprism's test data: Google sidecars (old and new album format, "(1)"
    // numbering) among many exiftool JSON dumps, which must be told apart.
    void photoprismSidecars()
    {
        const QString root = m_samples + "/photoprism-testdata";
        QStringList errors;
        const SetResult r = matchTree(root, &errors);
        m_report << r.rates(QStringLiteral("photoprism testdata (mostly not Takeout: rates not meaningful)"));
        // Two exiftool dumps are broken JSON: named like a sidecar, they are
        // reported as unreadable sidecars, with the reason.
        QCOMPARE(errors.size(), 2);
        for (const QString &e : std::as_const(errors))
            QVERIFY2(e.contains("blue-go-video.json: not valid JSON (") ||
                         e.contains("quicktimeutc_on.json: not valid JSON ("),
                     qPrintable(e));
        const QString testdata = QStringLiteral("internal/photoprism/testdata");
        QCOMPARE(r.matches(testdata), (QStringList{"2015-02-04(1).jpg > 2015-02-04.jpg(1).json Numbered",
                                                   "2015-02-04.jpg > 2015-02-04.jpg.json Exact"}));
        QCOMPARE(r.sidecars, 6 + 2); // gphotos-1..4, the two 2015-02-04 ones, the two broken dumps
        for (auto it = r.folders.cbegin(); it != r.folders.cend(); ++it)
            for (const QString &m : r.matches(it.key()))
                qInfo("photoprism %s: %s", qPrintable(it.key()), qPrintable(m));

        const QString meta = root + "/internal/meta/testdata/";
        const auto g2 = parseMediaSidecar(readFile(meta + "gphotos-2.json"));
        QVERIFY(g2.ok());
        QCOMPARE(g2->title, QStringLiteral("2019-05-18.jpg"));
        QCOMPARE(g2->photoTakenUtc, std::optional<qint64>(1558181205));
        QVERIFY(g2->position);
        QCOMPARE(g2->position->latitude, 52.510758333333335); // geoDataExif, not geoData
        const auto g3 = parseMediaSidecar(readFile(meta + "gphotos-3.json"));
        QVERIFY(g3.ok());
        QCOMPARE(g3->title, QString::fromUtf8("Bei den Landungsbrücken.png"));
        QVERIFY(!g3->position); // 0/0
        QCOMPARE(classifyJson("gphotos-album.json", readFile(meta + "gphotos-album.json")), JsonRole::AlbumMetadata);
        const auto album = parseAlbumMetadata(readFile(meta + "gphotos-album.json"));
        QVERIFY(album.ok());
        QCOMPARE(album->title, QStringLiteral("iPhone"));
        QCOMPARE(album->dateUtc, std::optional<qint64>(1320701674));
        QCOMPARE(classifyJson("digikam.json", readFile(meta + "digikam.json")), JsonRole::Other);
        // Broken JSON keeps the role its name suggests, so its error reaches the report.
        QCOMPARE(classifyJson("quicktimeutc_on.json", readFile(meta + "quicktimeutc_on.json")), JsonRole::MediaSidecar);
        QCOMPARE(classifyJson("P9150300.json", readFile(meta + "P9150300.json")), JsonRole::Other);
    }

    // Every JSON file of both sample sets: classified, and a sidecar or album
    // file parses; nothing crashes on the rest.
    void everyJsonParsesOrSaysWhy()
    {
        int sidecars = 0, albums = 0, other = 0, broken = 0;
        for (const QString &set : {QStringLiteral("takeout-immich-go"), QStringLiteral("photoprism-testdata")}) {
            QDirIterator it(m_samples + "/" + set, {"*.json"}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QByteArray json = readFile(path);
                switch (classifyJson(it.fileName(), json)) {
                case JsonRole::MediaSidecar: {
                    const auto s = parseMediaSidecar(json);
                    if (!s.ok()) { // other tools' broken JSON, named like a sidecar
                        QVERIFY2(s.error().startsWith("not valid JSON ("), qPrintable(path + ": " + s.error()));
                        ++broken;
                        break;
                    }
                    QVERIFY2(!s->title.isEmpty(), qPrintable(path));
                    QVERIFY2(s->photoTakenUtc.has_value(), qPrintable(path));
                    ++sidecars;
                    break;
                }
                case JsonRole::AlbumMetadata: {
                    const auto a = parseAlbumMetadata(json);
                    QVERIFY2(a.ok(), qPrintable(path + ": " + a.error()));
                    ++albums;
                    break;
                }
                case JsonRole::Other:
                    (void)parseMediaSidecar(json);
                    ++other;
                    break;
                }
            }
        }
        qInfo("JSON files: %d media sidecars, %d album files, %d other, %d broken", sidecars, albums, other, broken);
        QCOMPARE(sidecars, 24 + 6); // immich-go: 8 + 3 + 3 + 10; photoprism: 6
        QCOMPARE(albums, 3 + 1);
        QCOMPARE(broken, 2);
    }
};

QTEST_GUILESS_MAIN(TestTakeoutSamples)
#include "tst_takeoutsamples.moc"
