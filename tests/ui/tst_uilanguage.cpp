#include "UiLanguage.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTest>

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

        QVERIFY(!language.apply(QStringLiteral("en"), &engine)); // English is the source: no file needed
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
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
