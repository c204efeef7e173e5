#include "common/PluginLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace tintype {

namespace {

// The folder of the running executable, also without a QCoreApplication.
QString executableFolder()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
#ifdef Q_OS_LINUX
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(QLatin1Char('/'), 0, -2);
#else
    return {};
#endif
}

struct Loaded {
    std::unique_ptr<QLibrary> library; // never unloaded: its code may be on a stack
    QString error;
};

} // namespace

QStringList pluginSearchFolders(const QString &executableFolder)
{
    QStringList folders;
    if (const QByteArray fromEnvironment = qgetenv("TINTYPE_PLUGIN_DIR"); !fromEnvironment.isEmpty())
        folders << QFile::decodeName(fromEnvironment);
    if (!executableFolder.isEmpty()) {
        folders << executableFolder + QStringLiteral("/../lib/tintype") << executableFolder;
#ifdef Q_OS_MACOS
        // Tintype.app/Contents/PlugIns: where a signed bundle keeps its plug-ins.
        folders << executableFolder + QStringLiteral("/../PlugIns/tintype");
#endif
    }
#ifdef TINTYPE_BUILD_PLUGIN_DIR
    folders << QStringLiteral(TINTYPE_BUILD_PLUGIN_DIR);
#endif
    return folders;
}

void *resolvePluginSymbol(const char *plugin, const char *symbol, QString *error)
{
    static std::mutex mutex;
    static std::map<std::string, Loaded> loaded;
    const std::lock_guard lock(mutex);
    auto [it, inserted] = loaded.try_emplace(plugin);
    Loaded &entry = it->second;
    if (inserted) {
        QStringList tried;
        for (const QString &folder : pluginSearchFolders(executableFolder())) {
            auto library = std::make_unique<QLibrary>(QDir(folder).filePath(QLatin1String(plugin)));
            if (library->load()) {
                entry.library = std::move(library);
                break;
            }
            tried << library->errorString();
        }
        if (!entry.library)
            entry.error = QCoreApplication::translate("PluginLibrary", "the %1 plugin is not installed (%2)")
                              .arg(QLatin1String(plugin), tried.join(QStringLiteral("; ")));
    }
    if (!entry.library) {
        if (error)
            *error = entry.error;
        return nullptr;
    }
    void *address = reinterpret_cast<void *>(entry.library->resolve(symbol));
    if (!address && error)
        *error = QCoreApplication::translate("PluginLibrary", "the %1 plugin has no %2")
                     .arg(QLatin1String(plugin), QLatin1String(symbol));
    return address;
}

} // namespace tintype
