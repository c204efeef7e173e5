#include "AppServices.h"
#include "LibrarySettings.h"
#include "SystemTheme.h"
#include "UiFixture.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

// The "System" theme: dark or light from the platform palette (Qt 6.4 has no
// colorScheme), following the desktop when its palette changes.
class TestSystemTheme : public QObject {
    Q_OBJECT

    static QPalette palette(const QColor &window, const QColor &text)
    {
        QPalette p;
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        return p;
    }
    static QPalette light() { return palette(QColor(0xf5, 0xf5, 0xf5), QColor(0x20, 0x20, 0x20)); }
    static QPalette dark() { return palette(QColor(0x2a, 0x2a, 0x2e), QColor(0xee, 0xee, 0xee)); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // QSettings away from the user's
    void cleanup() { QGuiApplication::setPalette(light()); }

    void decidesFromWindowAgainstText()
    {
        QVERIFY(!SystemTheme::isDark(light()));
        QVERIFY(SystemTheme::isDark(dark()));
        // A mid-grey window is dark only when its text is lighter.
        QVERIFY(SystemTheme::isDark(palette(QColor(0x80, 0x80, 0x80), Qt::white)));
        QVERIFY(!SystemTheme::isDark(palette(QColor(0x80, 0x80, 0x80), Qt::black)));
    }

    void followsThePaletteWhenTheDesktopSwitches()
    {
        QGuiApplication::setPalette(light());
        SystemTheme theme;
        QVERIFY(!theme.dark());
        QSignalSpy changed(&theme, &SystemTheme::darkChanged);
        QGuiApplication::setPalette(dark());
        QCOMPARE(changed.count(), 1);
        QVERIFY(theme.dark());
        QGuiApplication::setPalette(dark()); // no change, no signal
        QCOMPARE(changed.count(), 1);
        QGuiApplication::setPalette(light());
        QCOMPARE(changed.count(), 2);
        QVERIFY(!theme.dark());
    }

    void settingsThemeInEffect()
    {
        test::UiCatalog c;
        QTemporaryDir cache;
        QGuiApplication::setPalette(light());
        AppServices services(c.path(), cache.path().toStdString());
        LibrarySettings *settings = services.settings();
        settings->setTheme(QStringLiteral("system"));
        QVERIFY(!settings->darkTheme());
        QSignalSpy changed(settings, &LibrarySettings::darkThemeChanged);
        QGuiApplication::setPalette(dark());
        QVERIFY(settings->darkTheme());
        QCOMPARE(changed.count(), 1);
        settings->setTheme(QStringLiteral("light")); // the user's choice wins over the desktop
        QVERIFY(!settings->darkTheme());
        QCOMPARE(changed.count(), 2);
        settings->setTheme(QStringLiteral("dark"));
        QGuiApplication::setPalette(light());
        QVERIFY(settings->darkTheme());
        QCOMPARE(changed.count(), 3);
        settings->setTheme(QStringLiteral("system"));
        QVERIFY(!settings->darkTheme());
    }
};

QTEST_MAIN(TestSystemTheme)
#include "tst_systemtheme.moc"
