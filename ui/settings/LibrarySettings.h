#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

namespace tintype {

class AppServices;
class SystemTheme;

// The Settings page and the first-run welcome: the library's folders (add,
// remove, online or offline), the thumbnail cache (where, how big, clear),
// theme and language (kept in QSettings), and the files whose data is damaged. `darkTheme` is the theme in effect:
// "system" follows the desktop's colour scheme while the app runs.
class LibrarySettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("reached through AppServices.settings")
    Q_PROPERTY(QVariantList roots READ roots NOTIFY rootsChanged)
    Q_PROPERTY(bool rootsLoaded READ rootsLoaded NOTIFY rootsChanged)
    Q_PROPERTY(QString suggestedFolder READ suggestedFolder CONSTANT)
    Q_PROPERTY(QString cacheLocation READ cacheLocation CONSTANT)
    Q_PROPERTY(QString cacheSize READ cacheSize NOTIFY cacheSizeChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme NOTIFY darkThemeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // Files with damaged image data or none that could be read: {path, folder, name, reason, shown, assetId}.
    Q_PROPERTY(QVariantList damagedFiles READ damagedFiles NOTIFY damagedFilesChanged)

public:
    LibrarySettings(AppServices *services, QObject *parent = nullptr);

    QVariantList roots() const { return m_roots; }
    bool rootsLoaded() const { return m_rootsLoaded; }
    // The first of the usual photo folders that exists (Pictures, Photos, a
    // phone's synced DCIM); empty when none does — nothing is suggested then.
    QString suggestedFolder() const;
    static QString firstExistingFolder(const QStringList &candidates);
    Q_INVOKABLE void addSuggestedFolder();
    QString cacheLocation() const;
    QString cacheSize() const { return m_cacheSize; }
    QString theme() const { return m_theme; } // "system", "light", "dark"
    void setTheme(const QString &theme);
    bool darkTheme() const;
    QString language() const { return m_language; } // "" = system, else a locale name ("fr")
    void setLanguage(const QString &language);
    QString message() const { return m_message; }

    Q_INVOKABLE void refreshRoots();
    Q_INVOKABLE void addFolder(const QUrl &folder);
    Q_INVOKABLE void removeRoot(qint64 rootId);
    // The phone inbox (RootRecord::inbox): its new arrivals get a "New" badge until opened.
    Q_INVOKABLE void setInbox(qint64 rootId, bool inbox);
    Q_INVOKABLE void refreshCacheSize();
    Q_INVOKABLE void clearCache();
    QVariantList damagedFiles() const { return m_damagedFiles; }
    Q_INVOKABLE void refreshDamagedFiles();

signals:
    void rootsChanged();
    void cacheSizeChanged();
    void themeChanged();
    void darkThemeChanged();
    void languageChanged();
    void messageChanged();
    void damagedFilesChanged();

private:
    void say(const QString &message);
    void updateDarkTheme();
    AppServices *m_services;
    QVariantList m_roots;
    bool m_rootsLoaded = false;
    QString m_cacheSize;
    QString m_theme;
    SystemTheme *m_systemTheme;
    bool m_darkTheme = false;
    QString m_language;
    QString m_message;
    QVariantList m_damagedFiles;
};

} // namespace tintype
