// tintype-cli search: every match in the `ls --json` form, newest first;
// --explain says how each word was understood (did you mean included); a
// missing query is a usage error. Over the generated search library
// (support/SearchLibrary), written into the CLI's catalog.

#include "catalog/Catalog.h"
#include "support/CliRun.h"
#include "support/SearchLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
using namespace tintype::test;

class TestSearchCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    CliRun cli(const QStringList &args) { return runCli(QStringLiteral(TINTYPE_CLI_PATH), m_home.path(), args); }

    static QStringList fileNames(const QJsonArray &assets)
    {
        QStringList out;
        for (const QJsonValue &v : assets)
            out << v[QStringLiteral("path")].toString().section(QLatin1Char('/'), -1);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("TINTYPE_PLACES_INDEX", m_home.filePath(QStringLiteral("none.bin")).toLocal8Bit());
        auto catalog = Catalog::open(m_home.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(catalog, qPrintable(catalog.error()));
        writeSearchLibrary(*catalog.value());
    }

    void printsMatchesInTheListForm()
    {
        const CliRun run = cli({QStringLiteral("search"), QStringLiteral("anna"), QStringLiteral("paris"),
                                QStringLiteral("2019"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonArray assets = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(fileNames(assets), (QStringList{QStringLiteral("IMG_0002.JPG"), QStringLiteral("IMG_0001.JPG")}));
        // The same object ls --json prints for that asset.
        const QJsonArray listed =
            QJsonDocument::fromJson(cli({QStringLiteral("ls"), QStringLiteral("--json")}).out.toUtf8()).array();
        bool same = false;
        for (const QJsonValue &v : listed)
            same = same || v.toObject() == assets.first().toObject();
        QVERIFY(same);
        QCOMPARE(assets.first()[QStringLiteral("place")][QStringLiteral("city")].toString(), QStringLiteral("Paris"));
    }

    void explainsEachTerm()
    {
        const CliRun text = cli({QStringLiteral("search"), QStringLiteral("--explain"), QStringLiteral("tom 2018")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("tom → person: Tom Weber")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("2018 → date: 2018")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("/photos/2018/Roma/DSCF1001.JPG")), qPrintable(text.out));

        const CliRun json = cli({QStringLiteral("search"), QStringLiteral("pariss"), QStringLiteral("--json"),
                                 QStringLiteral("--explain")});
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonObject term = o[QStringLiteral("terms")].toArray().first().toObject();
        QCOMPARE(term[QStringLiteral("kind")].toString(), QStringLiteral("place"));
        QCOMPARE(term[QStringLiteral("didYouMean")].toBool(), true);
        QCOMPARE(o[QStringLiteral("assets")].toArray().size(), 2);
    }

    void nothingFoundIsNotAnError()
    {
        const CliRun run = cli({QStringLiteral("search"), QStringLiteral("zebra"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
    }

    void aQueryIsNeeded()
    {
        QCOMPARE(cli({QStringLiteral("search")}).code, 2);
        QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("--frobnicate"), QStringLiteral("x")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_searchcli.moc"
