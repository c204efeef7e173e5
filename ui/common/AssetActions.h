#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

#include <functional>

namespace tintype {

class AppServices;
class FileManagerReveal;

// What the user does to photos: favourite, rating, rotation (all stored in
// the catalog, never in the file), archive (off the Photos timeline), delete
// to the system trash (with undo; the Trash page restores or deletes for
// good), show in the file manager, copy to a folder. Catalog and file work runs on
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
    bool canUndo() const { return bool(m_undo); }
    bool busy() const { return m_busy > 0; }

    Q_INVOKABLE void setFavorite(const QList<qint64> &assetIds, bool favorite);
    // The phone inbox's "New" marks of these photos go (they were opened), or of every photo (ids empty).
    Q_INVOKABLE void markSeen(const QList<qint64> &assetIds);
    Q_INVOKABLE void setRating(const QList<qint64> &assetIds, int rating); // 0..5
    Q_INVOKABLE void rotate(const QList<qint64> &assetIds, int quarterTurns);
    Q_INVOKABLE void setArchived(const QList<qint64> &assetIds, bool archived);
    Q_INVOKABLE void moveToTrash(const QList<qint64> &assetIds);
    // Trash page: these photos' trashed files back where they were / gone for good.
    Q_INVOKABLE void restoreFromTrash(const QList<qint64> &assetIds);
    Q_INVOKABLE void deleteForever(const QList<qint64> &assetIds);
    // Undoes the action the toast last told about (its Undo button, Ctrl+Z).
    Q_INVOKABLE void undo();
    Q_INVOKABLE void showInFileManager(const QString &path);
    Q_INVOKABLE void copyTo(const QList<qint64> &assetIds, const QUrl &folder);
    // A motion photo's clip (inside its file) as an MP4 in `folder`; never over a file.
    Q_INVOKABLE void saveMotionClip(qint64 assetId, const QUrl &folder);
    Q_INVOKABLE void clearMessage();
    // Shows another action's outcome in the same place (the toast), with
    // what its Undo does, if anything: AlbumActions.
    void announce(const QString &message, std::function<void()> undo = {}) { say(message, std::move(undo)); }

signals:
    void messageChanged();
    void canUndoChanged();
    void busyChanged();
    void finished(); // tests: one action's result arrived

private:
    // A new message replaces the last one and its undo.
    void say(const QString &message, std::function<void()> undo = {});
    void begin();
    void end();
    AppServices *m_services;
    FileManagerReveal *m_reveal;
    QString m_message;
    int m_busy = 0;
    std::function<void()> m_undo; // of the action the message tells about
};

} // namespace tintype
