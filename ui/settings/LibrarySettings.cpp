#include "LibrarySettings.h"

#include "AppServices.h"
#include "BackgroundWork.h"
#include "CatalogWorker.h"
#include "SystemTheme.h"

#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/RootRepository.h"
#include "common/NativePath.h"
#include "library/Library.h"
#include "thumbs/ThumbnailCache.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent>

namespace tintype {

LibrarySettings::LibrarySettings(AppServices *services, QObject *parent)
    : QObject(parent),
      m_services(services),
      m_systemTheme(new SystemTheme(this))
{
    const QSettings settings;
    m_theme = settings.value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString();
    m_language = settings.value(QStringLiteral("ui/language")).toString();
    m_darkTheme = darkTheme();
    connect(m_systemTheme, &SystemTheme::darkChanged, this, &LibrarySettings::updateDarkTheme);
    if (services) // a decoder found damage the scan had not: the list shows it
        connect(services, &AppServices::damageNoted, this, &LibrarySettings::refreshDamagedFiles);
    refreshRoots();
}

void LibrarySettings::say(const QString &message)
{
    m_message = message;
    emit messageChanged();
}

QString LibrarySettings::suggestedFolder() const
{
    const QString home = QDir::homePath();
    return firstExistingFolder({QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                home + QStringLiteral("/Pictures"), home + QStringLiteral("/Photos"),
                                home + QStringLiteral("/Sync/Camera"), home + QStringLiteral("/DCIM")});
}

QString LibrarySettings::firstExistingFolder(const QStringList &candidates)
{
    for (const QString &folder : candidates) {
        const QFileInfo info(folder);
        if (!folder.isEmpty() && info.isDir() && info.isReadable() && QDir(folder) != QDir::home())
            return QDir::toNativeSeparators(info.absoluteFilePath());
    }
    return {};
}

void LibrarySettings::addSuggestedFolder()
{
    if (const QString folder = suggestedFolder(); !folder.isEmpty())
        addFolder(QUrl::fromLocalFile(folder));
}

QString LibrarySettings::cacheLocation() const { return nativepath::display(m_services->cache().directory()); }

void LibrarySettings::setTheme(const QString &theme)
{
    if (m_theme == theme)
        return;
    m_theme = theme;
    QSettings().setValue(QStringLiteral("ui/theme"), theme);
    emit themeChanged();
    updateDarkTheme();
}

bool LibrarySettings::darkTheme() const
{
    if (m_theme == QLatin1String("dark"))
        return true;
    if (m_theme == QLatin1String("light"))
        return false;
    return m_systemTheme->dark(); // "system" (and anything unknown)
}

void LibrarySettings::updateDarkTheme()
{
    if (darkTheme() == m_darkTheme)
        return;
    m_darkTheme = !m_darkTheme;
    emit darkThemeChanged();
}

void LibrarySettings::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    QSettings().setValue(QStringLiteral("ui/language"), language);
    emit languageChanged(); // the app installs its translation (AppSession)
}

void LibrarySettings::refreshRoots()
{
    m_services->catalog().read<std::vector<RootRecord>>(
        [](Catalog &c) { return RootRepository(c).all(); }, this,
        [this](Result<std::vector<RootRecord>> result) {
            m_roots.clear();
            if (result)
                for (const RootRecord &r : result.value())
                    m_roots.append(QVariantMap{{QStringLiteral("id"), qint64(r.id)},
                                               {QStringLiteral("path"), nativepath::display(r.path)},
                                               {QStringLiteral("online"), r.online},
                                               {QStringLiteral("inbox"), r.inbox}});
            m_rootsLoaded = true;
            emit rootsChanged();
        });
}

void LibrarySettings::refreshDamagedFiles()
{
    using Files = std::vector<FileRepository::DamagedFile>;
    m_services->catalog().read<Files>(
        [](Catalog &c) { return FileRepository(c).damaged(); }, this,
        [this](Result<Files> result) {
            m_damagedFiles.clear();
            if (result)
                for (const FileRepository::DamagedFile &f : result.value())
                    m_damagedFiles.append(
                        QVariantMap{{QStringLiteral("path"), nativepath::display(f.path)},
                                    {QStringLiteral("name"), nativepath::display(f.path.filename())},
                                    {QStringLiteral("folder"), nativepath::display(f.path.parent_path())},
                                    {QStringLiteral("reason"), f.reason},
                                    {QStringLiteral("shown"), f.shown},
                                    {QStringLiteral("assetId"), qint64(f.assetId.value_or(0))}});
            emit damagedFilesChanged();
        });
}

void LibrarySettings::addFolder(const QUrl &folder)
{
    const QString path = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    if (path.isEmpty())
        return;
    // Library::addRoot works inside its own transactions, so it runs outside
    // the worker's read transaction on a fresh connection of its own.
    const QString catalogPath = m_services->catalog().catalogPath();
    auto future = QtConcurrent::run([catalogPath, path]() -> QString {
        auto catalog = Catalog::open(catalogPath);
        if (!catalog)
            return catalog.error();
        auto added = Library(*catalog.value()).addRoot(nativepath::fromUser(path));
        return added ? QString() : added.error();
    });
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        say(error.isEmpty() ? tr("Added %1; looking for photos…").arg(path) : error);
        refreshRoots();
        m_services->work()->start(); // also when the folder was there already: a rescan reads only what changed
    });
    watcher->setFuture(future);
}

void LibrarySettings::removeRoot(qint64 rootId)
{
    const QString catalogPath = m_services->catalog().catalogPath();
    auto future = QtConcurrent::run([catalogPath, rootId]() -> QString {
        auto catalog = Catalog::open(catalogPath);
        if (!catalog)
            return catalog.error();
        const Status removed = Library(*catalog.value()).removeRoot(rootId);
        return removed ? QString() : removed.error();
    });
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        say(error.isEmpty() ? tr("Folder removed from the library (no file was touched)") : error);
        refreshRoots();
        emit m_services->libraryChanged();
    });
    watcher->setFuture(future);
}

void LibrarySettings::setInbox(qint64 rootId, bool inbox)
{
    m_services->catalog().write<bool>(
        [rootId, inbox](Catalog &c) {
            RootRepository(c).setInbox(rootId, inbox);
            return true;
        },
        this,
        [this, inbox](const Result<bool> &r) {
            if (!r)
                say(r.error());
            else
                say(inbox ? tr("New photos in this folder will be marked New until you open them")
                          : tr("This folder is no longer the phone inbox"));
            refreshRoots();
        });
}

void LibrarySettings::refreshCacheSize()
{
    ThumbnailCache *cache = &m_services->cache();
    auto future = QtConcurrent::run([cache] { return cache->stats(); });
    auto *watcher = new QFutureWatcher<ThumbnailCache::Stats>(this);
    connect(watcher, &QFutureWatcher<ThumbnailCache::Stats>::finished, this, [this, watcher] {
        const ThumbnailCache::Stats s = watcher->result();
        watcher->deleteLater();
        m_cacheSize = tr("%1 on disk · %2 thumbnails, %3 previews")
                          .arg(QLocale().formattedDataSize(s.diskBytes))
                          .arg(s.gridEntries)
                          .arg(s.previewEntries);
        emit cacheSizeChanged();
    });
    watcher->setFuture(future);
}

void LibrarySettings::clearCache()
{
    ThumbnailCache *cache = &m_services->cache();
    auto future = QtConcurrent::run([cache] { return cache->clear(); });
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        const Status s = watcher->result();
        watcher->deleteLater();
        say(s ? tr("Thumbnail cache cleared; thumbnails are made again as you browse") : s.error());
        refreshCacheSize();
    });
    watcher->setFuture(future);
}

} // namespace tintype
