// The start-up check of the QML modules: the list it checks is every module
// the views import, each is found on this machine, a missing one is named with
// its Debian package, and packaging/install-deps.sh installs each package.
#include "QmlImports.h"

#include <QDirIterator>
#include <QFile>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace tintype;

class TestQmlImports : public QObject {
    Q_OBJECT

private slots:
    void listIsWhatTheViewsImport()
    {
        QSet<QString> imported;
        const QRegularExpression importLine(QStringLiteral("^import\\s+([A-Za-z0-9_.]+)"),
                                            QRegularExpression::MultilineOption);
        QDirIterator it(QStringLiteral(TINTYPE_SOURCE_DIR "/ui"), {QStringLiteral("*.qml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            for (auto m = importLine.globalMatch(QString::fromUtf8(f.readAll())); m.hasNext();)
                imported.insert(m.next().captured(1));
        }
        QVERIFY(files > 30);
        imported.remove(QStringLiteral("Tintype"));
        const QStringList required = qmlimports::required();
        QCOMPARE(QSet<QString>(required.begin(), required.end()), imported);
    }

    void everyModuleResolvesHereAndAMissingOneIsNamed()
    {
        QQmlEngine engine;
        QCOMPARE(qmlimports::missing(engine), QStringList());
        QCOMPARE(qmlimports::missing(engine, {QStringLiteral("QtQuick"), QStringLiteral("Qt.labs.nosuchmodule")}),
                 QStringList{QStringLiteral("Qt.labs.nosuchmodule")});
    }

    void packagesAreInstalledBySetUp()
    {
        QCOMPARE(qmlimports::debianPackage(QStringLiteral("QtQuick.Controls.Material")),
                 QStringLiteral("qml6-module-qtquick-controls"));
        QCOMPARE(qmlimports::debianPackage(QStringLiteral("QtMultimedia")), QStringLiteral("qml6-module-qtmultimedia"));
        QFile deps(QStringLiteral(TINTYPE_SOURCE_DIR "/packaging/install-deps.sh"));
        QVERIFY(deps.open(QIODevice::ReadOnly));
        const QString script = QString::fromUtf8(deps.readAll());
        for (const QString &module : qmlimports::required()) {
            const QString package = qmlimports::debianPackage(module);
            QVERIFY2(script.contains(
                         QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(package)))),
                     qPrintable(package));
        }
    }
};

QTEST_MAIN(TestQmlImports)
#include "tst_qmlimports.moc"
