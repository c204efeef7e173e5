#include "library/AssetGrouper.h"

#include <QTest>

using namespace tintype;

namespace {
using Member = AssetGrouper::Member;
// "name:role name:role | name:role" — the groups, members sorted as given.
QString describe(const std::vector<Member> &members)
{
    QStringList groups;
    for (const auto &g : AssetGrouper::group(members)) {
        QStringList parts;
        for (const auto &p : g)
            parts << QStringLiteral("%1:%2").arg(QString::fromUtf8(members[p.member].name)).arg(int(p.role));
        groups << parts.join(QLatin1Char(' '));
    }
    return groups.join(QStringLiteral(" | "));
}
} // namespace

Q_DECLARE_METATYPE(std::vector<Member>)

class TestAssetGrouper : public QObject {
    Q_OBJECT

private slots:
    void stemKeys_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("stem");
        QTest::newRow("jpg") << QByteArray("IMG_1.JPG") << QByteArray("img_1");
        QTest::newRow("raw") << QByteArray("IMG_1.CR2") << QByteArray("img_1");
        QTest::newRow("xmp") << QByteArray("IMG_1.xmp") << QByteArray("img_1");
        QTest::newRow("ext.xmp") << QByteArray("IMG_1.CR2.xmp") << QByteArray("img_1");
        QTest::newRow("motion") << QByteArray("PXL_2021.MP.jpg") << QByteArray("pxl_2021.mp");
        QTest::newRow("dots") << QByteArray("a.b.c.xmp") << QByteArray("a.b.c");
        QTest::newRow("dots ext.xmp") << QByteArray("a.b.jpg.xmp") << QByteArray("a.b");
    }
    void stemKeys()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, stem);
        QCOMPARE(AssetGrouper::stemKey(name), stem);
    }

    void groups_data()
    {
        QTest::addColumn<std::vector<Member>>("members");
        QTest::addColumn<QString>("expected");
        const auto P = MediaKind::Photo, R = MediaKind::Raw, V = MediaKind::Video, S = MediaKind::Sidecar;
        QTest::newRow("raw+jpeg") << std::vector<Member>{{"IMG_1.CR2", R, {}}, {"IMG_1.JPG", P, {}}}
                                  << QStringLiteral("IMG_1.JPG:0 IMG_1.CR2:1");
        QTest::newRow("live photo") << std::vector<Member>{{"IMG_2.MOV", V, 2.5}, {"IMG_2.HEIC", P, {}}}
                                    << QStringLiteral("IMG_2.HEIC:0 IMG_2.MOV:2");
        QTest::newRow("long video stays apart") << std::vector<Member>{{"trip.mp4", V, 600.0}, {"trip.jpg", P, {}}}
                                                << QStringLiteral("trip.jpg:0 | trip.mp4:0");
        QTest::newRow("two stills stay apart")
            << std::vector<Member>{{"a.jpg", P, {}}, {"a.png", P, {}}} << QStringLiteral("a.jpg:0 | a.png:0");
        QTest::newRow("sidecars") << std::vector<Member>{{"IMG_3.xmp", S, {}},
                                                         {"IMG_3.CR2", R, {}},
                                                         {"IMG_3.CR2.xmp", S, {}}}
                                  << QStringLiteral("IMG_3.CR2:0 IMG_3.CR2.xmp:3 IMG_3.xmp:3");
        QTest::newRow("lone sidecar") << std::vector<Member>{{"x.xmp", S, {}}} << QStringLiteral("x.xmp:3");
        // Found by fuzz_asset_grouper: a sidecar joined another lone sidecar.
        QTest::newRow("two lone sidecars")
            << std::vector<Member>{{"x.xmp", S, {}}, {"x.jpg.xmp", S, {}}} << QStringLiteral("x.jpg.xmp:3 | x.xmp:3");
        QTest::newRow("unknown left out") << std::vector<Member>{{"a.jpg", MediaKind::Unknown, {}}} << QString();
    }
    void groups()
    {
        QFETCH(std::vector<Member>, members);
        QFETCH(QString, expected);
        QCOMPARE(describe(members), expected);
    }
};

QTEST_GUILESS_MAIN(TestAssetGrouper)
#include "tst_assetgrouper.moc"
