#pragma once

#include "ServicesClient.h"

#include <QObject>
#include <QQmlEngine>

#include <utility>
#include <vector>

namespace tintype {

// What the user does to albums: make one from the selected photos, add
// photos to one, rename it, delete it (its photos stay in the library and on
// disk), take photos out of it (with undo in the toast and Ctrl+Z). Catalog work runs on the catalog worker; the
// outcome shows in the toast (AssetActions) and AppServices::albumsChanged
// makes the views reload.
class AlbumActions : public ServicesClient {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit AlbumActions(QObject *parent = nullptr);

    // The name as stored: spaces trimmed and runs of white space made one;
    // empty when there is nothing left (refused with a message).
    static QString cleanName(const QString &name);

    Q_INVOKABLE void createAlbum(const QString &name, const QList<qint64> &assetIds);
    Q_INVOKABLE void addToAlbum(qint64 albumId, const QList<qint64> &assetIds);
    Q_INVOKABLE void renameAlbum(qint64 albumId, const QString &name);
    Q_INVOKABLE void deleteAlbum(qint64 albumId);
    Q_INVOKABLE void removeFromAlbum(qint64 albumId, const QList<qint64> &assetIds);

signals:
    void albumCreated(qint64 albumId, const QString &name);
    void finished(bool ok); // one action's result arrived (tests)

private:
    void announce(const QString &message);
    // Undo of removeFromAlbum: (asset, position) pairs.
    void putBack(qint64 albumId, const std::vector<std::pair<std::int64_t, std::int64_t>> &items);
};

} // namespace tintype
