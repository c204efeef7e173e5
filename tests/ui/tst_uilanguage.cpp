#include "UiLanguage.h"
#include "imaging/ImageDecoder.h"
#include "thumbs/ThumbnailCache.h"
#include "thumbs/WorkerThumbnailer.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <memory>

Q_IMPORT_QML_PLUGIN(TintypePlugin)

using namespace tintype;

// Settings > Language applies at once: the translation is installed and the
// open window's qsTr() texts change, without a restart.
class TestUiLanguage : public QObject {
    Q_OBJECT

    static QString settingsLabel(QObject *rail)
    {
        const QVariantList entries = rail->property("footerEntries").toList();
        for (const QVariant &e : entries)
            if (e.toMap().value(QStringLiteral("name")) == QLatin1String("settings"))
                return e.toMap().value(QStringLiteral("label")).toString();
        return {};
    }

private slots:
    void switchesTheOpenWindowsTexts()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&engine);
        component.setData("import Tintype\nNavigationRail {}", QUrl());
        std::unique_ptr<QObject> rail(component.create());
        QVERIFY2(rail, qPrintable(component.errorString()));
        QCOMPARE(settingsLabel(rail.get()), QStringLiteral("Settings"));

        UiLanguage language;
        QVERIFY(language.apply(QStringLiteral("fr"), &engine));
        QCOMPARE(settingsLabel(rail.get()), QStringLiteral("Paramètres"));
        QCOMPARE(QLocale().language(), QLocale::French); // dates and numbers follow

        QVERIFY(language.apply(QStringLiteral("en"), &engine)); // the source text, with English plural forms
        QCOMPARE(settingsLabel(rail.get()), QStringLiteral("Settings"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void unknownLanguageStaysInEnglish()
    {
        UiLanguage language;
        QVERIFY(language.apply(QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("NavigationRail", "Settings"), QStringLiteral("Paramètres"));
        QVERIFY(!language.apply(QStringLiteral("xx_YY")));
        QCOMPARE(QCoreApplication::translate("NavigationRail", "Settings"), QStringLiteral("Settings"));
    }

    void coreReasonsComeInTheLanguage()
    {
        // Core code outside a Q_OBJECT class translates in the context lupdate
        // files its strings under (a local tr() helper hid them from it), also
        // in the worker process that reads the files.
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        UiLanguage language;
        QVERIFY(language.apply(QStringLiteral("fr")));
        const auto decoded = ImageDecoder::decode({.path = folder / "absent.jpg"});
        QCOMPARE(decoded.error(), QStringLiteral("fichier introuvable"));
        ThumbnailCache cache(folder);
        QCOMPARE(cache.put(ThumbnailKey{}, QByteArray("x")).error(),
                 QStringLiteral("aucune empreinte pour identifier la vignette"));
        // Files are read in a worker process: it is told the language.
        WorkerThumbnailer worker({QStringLiteral(TINTYPE_WORKER_PATH), 10000});
        const auto made = worker.make(folder / "absent.jpg", ThumbnailSize::Grid);
        QCOMPARE(made.error(), QStringLiteral("fichier introuvable"));
    }

    void englishCountsAreSingularOrPlural()
    {
        // "%n photo(s)" is the source; English needs tintype_en's plural forms,
        // also when the language asked for has no translation.
        UiLanguage language;
        for (const QString &asked : {QStringLiteral("en"), QStringLiteral("xx_YY")}) {
            language.apply(asked);
            QCOMPARE(QCoreApplication::translate("PeoplePage", "%n photo(s)", nullptr, 1), QStringLiteral("1 photo"));
            QCOMPARE(QCoreApplication::translate("PeoplePage", "%n photo(s)", nullptr, 5), QStringLiteral("5 photos"));
        }
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
