// Runner of the Qt Quick Tests in tests/ui/qml: the "Tintype" QML module is
// linked in statically, so the tests import it like the app does.
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(TintypePlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Material")); }
    // The module's QML files and qmldir are resources at qrc:/Tintype.
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(tintype_qml, Setup)
#include "quicktest_main.moc"
