#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

#include <vector>

namespace tintype {

class AppServices;
class FileManagerReveal;

// What the user does to photos: favourite, rating, rotation (all stored in
// the catalog, never in the file), delete to the system trash (with undo),
// show in the file manager, copy to a folder. Catalog and file work runs on
// the catalog worker; the outcome comes back as `message` (and signals on
// AppServices so the views update).
class AssetActions : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("reached through AppServices.actions")
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY canUndoChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    AssetActions(AppServices *services, QObject *parent = nullptr);

    QString message() const { return m_message; }
    bool canUndo() const { return !m_trashed.empty(); }
    bool busy() const { return m_busy > 0; }

    Q_INVOKABLE void setFavorite(const QList<qint64> &assetIds, bool favorite);
    Q_INVOKABLE void setRating(const QList<qint64> &assetIds, int rating); // 0..5
    Q_INVOKABLE void rotate(const QList<qint64> &assetIds, int quarterTurns);
    Q_INVOKABLE void moveToTrash(const QList<qint64> &assetIds);
    Q_INVOKABLE void undoTrash();
    Q_INVOKABLE void showInFileManager(const QString &path);
    Q_INVOKABLE void copyTo(const QList<qint64> &assetIds, const QUrl &folder);
    Q_INVOKABLE void clearMessage();
    // Shows another action's outcome in the same place (the toast): AlbumActions.
    void announce(const QString &message) { say(message); }

    struct TrashedFile {
        std::int64_t fileId = 0;
        QString original, inTrash;
    };

signals:
    void messageChanged();
    void canUndoChanged();
    void busyChanged();
    void finished(); // tests: one action's result arrived

private:
    void say(const QString &message);
    void begin();
    void end();
    AppServices *m_services;
    FileManagerReveal *m_reveal;
    QString m_message;
    int m_busy = 0;
    std::vector<TrashedFile> m_trashed; // the last deletion, for undo
};

} // namespace tintype
