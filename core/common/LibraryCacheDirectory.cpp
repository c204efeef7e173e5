#include "common/LibraryCacheDirectory.h"

#include "common/NativePath.h"

#include <QCryptographicHash>
#include <QStandardPaths>

namespace fs = std::filesystem;

namespace tintype {

fs::path libraryCacheDirectory(const QString &catalogPath, std::string_view kind)
{
    const QString absolute = nativepath::display(fs::absolute(nativepath::fromUser(catalogPath)));
    const QByteArray id = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return nativepath::fromUser(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)) / kind /
           id.toStdString();
}

} // namespace tintype
