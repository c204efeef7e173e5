#include "FileManagerReveal.h"

#include <QDesktopServices>
#include <QFileInfo>

namespace tintype {

FileManagerReveal::FileManagerReveal(QObject *parent)
    : QObject(parent),
      m_openFolder([](const QUrl &folder) { return QDesktopServices::openUrl(folder); })
{}

QString FileManagerReveal::showItemsUri(const QString &path)
{
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
}

QString FileManagerReveal::explorerSelectArguments(const QString &path)
{
    // Explorer wants the quotes around the path only, not around "/select,...",
    // so the command line is written here rather than quoted by QProcess.
    QString native = path;
    native.replace(QLatin1Char('/'), QLatin1Char('\\'));
    return QStringLiteral("/select,\"%1\"").arg(native);
}

QStringList FileManagerReveal::openRevealArguments(const QString &path) { return {QStringLiteral("-R"), path}; }

QUrl FileManagerReveal::folderUrl(const QString &path) { return QUrl::fromLocalFile(QFileInfo(path).absolutePath()); }

void FileManagerReveal::openFolderOf(const QString &path)
{
    m_openFolder(folderUrl(path));
    emit revealed(path, false);
}

void FileManagerReveal::reveal(const QString &path)
{
    if (!path.isEmpty())
        selectInFileManager(path);
}

} // namespace tintype
