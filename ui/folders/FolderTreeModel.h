#pragma once

#include "FolderTree.h"
#include "ServicesClient.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QSet>

namespace tintype {

// The Folders view: the folder tree as a flat list of the visible nodes
// (roots open, folders opened by the user), with photo counts and the
// online/offline state of their root. Loads on the catalog worker.
class FolderTreeModel : public ServicesListModel {
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        DepthRole,
        DirectRole,
        TotalRole,
        OnlineRole,
        ExpandedRole,
        HasChildrenRole,
        RootIdRole,
        FolderKeyRole,
        IsRootRole
    };
    Q_ENUM(Role)
    explicit FolderTreeModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    Q_INVOKABLE void toggle(int row);
    // Opens the way to the first folder holding photos and gives its row (-1: none).
    Q_INVOKABLE int revealFirstFolderWithPhotos();

    void setTree(FolderTree tree); // tests

signals:
    void loaded();

private:
    void connectServices(AppServices &services) override;
    void servicesReplaced() override;
    void rebuildVisible();
    FolderTree m_tree;
    QSet<QString> m_expanded;   // "<rootId>/<folder hex>" of opened folders
    std::vector<int> m_visible; // node indexes
};

} // namespace tintype
