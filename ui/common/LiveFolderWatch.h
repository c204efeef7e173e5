#pragma once

#include "catalog/CatalogRecords.h"
#include "library/ScanScope.h"

#include <QObject>
#include <QVariantList>

#include <memory>
#include <vector>

class QThread;

namespace tintype {

class LiveFolders;

// The app's live folders: core/library LiveFolders on a thread of its own
// (setting up the watches walks the folders: no disk work on the GUI thread),
// its batches handed to the GUI thread for BackgroundWork to scan, and each
// root's state (watched, or rescanned periodically and why) for Settings.
class LiveFolderWatch : public QObject {
    Q_OBJECT

public:
    explicit LiveFolderWatch(QObject *parent = nullptr);
    ~LiveFolderWatch() override;

    // The online roots are watched (or polled); called after each full scan.
    void setRoots(const std::vector<RootRecord> &roots);
    // For Settings: [{rootId, path, polled, reason}], one per watched root.
    QVariantList states() const { return m_states; }

signals:
    void batchReady(std::shared_ptr<const tintype::ScanScope> scope);
    void statesChanged();

private:
    void publishStates();

    QThread *m_thread = nullptr;
    LiveFolders *m_live = nullptr; // lives on m_thread
    QVariantList m_states;         // GUI thread
};

} // namespace tintype
