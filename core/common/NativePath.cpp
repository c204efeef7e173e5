#include "common/NativePath.h"

#include <QFile>

namespace tintype::nativepath {

namespace fs = std::filesystem;

QByteArray toBytes(const fs::path &path)
{
#ifdef _WIN32
    const auto u8 = path.generic_u8string();
    return QByteArray(reinterpret_cast<const char *>(u8.data()), qsizetype(u8.size()));
#else
    const std::string &s = path.native();
    return QByteArray(s.data(), qsizetype(s.size()));
#endif
}

fs::path fromBytes(const QByteArray &bytes)
{
#ifdef _WIN32
    return fs::path(std::u8string(reinterpret_cast<const char8_t *>(bytes.constData()), size_t(bytes.size())));
#else
    return fs::path(std::string(bytes.constData(), size_t(bytes.size())));
#endif
}

QString display(const fs::path &path)
{
#ifdef _WIN32
    return QString::fromStdWString(path.native());
#else
    return QString::fromUtf8(path.native().data(), qsizetype(path.native().size()));
#endif
}

fs::path fromUser(const QString &path)
{
#ifdef _WIN32
    return fs::path(path.toStdWString());
#else
    const QByteArray bytes = QFile::encodeName(path);
    return fs::path(std::string(bytes.constData(), size_t(bytes.size())));
#endif
}

} // namespace tintype::nativepath
