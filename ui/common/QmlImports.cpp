#include "QmlImports.h"

#include <QQmlComponent>
#include <QQmlEngine>

namespace tintype::qmlimports {

QStringList required()
{
    return {QStringLiteral("QtQuick"), QStringLiteral("QtQuick.Controls"), QStringLiteral("QtQuick.Controls.Material"),
            QStringLiteral("QtQuick.Layouts"), QStringLiteral("QtMultimedia")};
}

QStringList missing(QQmlEngine &engine, const QStringList &modules)
{
    QStringList absent;
    for (const QString &module : modules) {
        QQmlComponent probe(&engine);
        probe.setData(QStringLiteral("import %1\nimport QtQml\nQtObject {}\n").arg(module).toUtf8(),
                      QUrl(QStringLiteral("qrc:/tintype-import-check.qml")));
        if (probe.isError())
            absent << module;
    }
    return absent;
}

QString debianPackage(const QString &module)
{
    // Styles ship with the controls; the rest follow Debian's naming.
    QString base = module;
    if (base.startsWith(QLatin1String("QtQuick.Controls.")))
        base = QStringLiteral("QtQuick.Controls");
    return QStringLiteral("qml6-module-") + base.toLower().replace(QLatin1Char('.'), QLatin1Char('-'));
}

} // namespace tintype::qmlimports
