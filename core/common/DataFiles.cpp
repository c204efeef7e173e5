#include "common/DataFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace tintype::datafiles {

QString locate(const QString &relative, const std::function<bool(const QString &path)> &complete)
{
    const QString inside = QStringLiteral("/tintype/") + relative;
    QStringList folders = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    if (QCoreApplication::instance())
        folders << QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share"));
    for (const QString &folder : folders)
        if (complete(folder + inside))
            return folder + inside;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + inside;
}

QString locateFile(const QString &relative)
{
    return locate(relative, [](const QString &path) {
        const QFileInfo info(path);
        return info.isFile() && info.size() > 0;
    });
}

} // namespace tintype::datafiles
