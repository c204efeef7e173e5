#pragma once

#include "CatalogWorker.h"
#include "DuplicateCopies.h"
#include "DuplicateJobs.h"
#include "ServicesClient.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <memory>

namespace tintype {

class AppServices;

// The duplicate review page's model. find() hashes the photos that have no
// perceptual hash yet (progress, cancel), then groups exact and, when asked,
// near copies — all on its own worker thread and catalog connection. The
// user walks the groups (next/previous), picks the copy to keep, accepts a
// group (the other copies go to the trash, their metadata to the kept one),
// skips it, says "not duplicates", or applies every proposal at once; the
// last apply can be undone. The views reload through AppServices' signals.
class DuplicateReview : public ServicesClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool includeNear READ includeNear WRITE setIncludeNear NOTIFY includeNearChanged)
    Q_PROPERTY(bool writeXmp MEMBER m_writeXmp NOTIFY writeXmpChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged) // 0..1, -1 while unknown
    Q_PROPERTY(int groupCount READ groupCount NOTIFY groupsChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY groupsChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentChanged)
    Q_PROPERTY(tintype::DuplicateCopies *copies READ copies CONSTANT)
    Q_PROPERTY(GroupState currentState READ currentState NOTIFY currentChanged)
    Q_PROPERTY(bool currentExact READ currentExact NOTIFY currentChanged)
    Q_PROPERTY(double currentSimilarity READ currentSimilarity NOTIFY currentChanged)
    Q_PROPERTY(QString explanation READ explanation NOTIFY currentChanged)
    Q_PROPERTY(QStringList explanationLines READ explanationLines NOTIFY currentChanged)
    Q_PROPERTY(QStringList plan READ plan NOTIFY currentChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString note READ note NOTIFY groupsChanged)
    Q_PROPERTY(bool stale READ stale NOTIFY staleChanged)

public:
    enum class State { Idle, Hashing, Grouping, Ready, Applying, Failed };
    Q_ENUM(State)
    enum class GroupState { Pending, Applied, Skipped, Dismissed };
    Q_ENUM(GroupState)

    explicit DuplicateReview(QObject *parent = nullptr);
    ~DuplicateReview() override;

    bool includeNear() const { return m_includeNear; }
    void setIncludeNear(bool near);
    State state() const { return m_state; }
    QString progressText() const;
    double progress() const;
    int groupCount() const { return int(m_groups.size()); }
    int pendingCount() const;
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    DuplicateCopies *copies() { return &m_copies; }
    GroupState currentState() const;
    bool currentExact() const;
    double currentSimilarity() const;
    QString explanation() const;
    QStringList explanationLines() const;
    QStringList plan() const;
    bool canUndo() const { return !m_lastApply.empty() && m_state == State::Ready; }
    QString message() const { return m_message; }
    QString note() const { return m_note; }
    bool stale() const { return m_stale; }

    Q_INVOKABLE void find(); // hashes, then groups; forgets the groups shown
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void keep(int number); // 1-based, as on the cards
    Q_INVOKABLE void accept();         // the current group
    Q_INVOKABLE void skip();
    Q_INVOKABLE void dismiss();  // not duplicates: never grouped again
    Q_INVOKABLE void applyAll(); // every pending group (not the skipped ones)
    Q_INVOKABLE void undo();     // the last accept or apply-all

    // Tests: where removed files go (default: the system trash).
    void setTrash(DuplicateResolver::Trash trash) { m_trash = std::move(trash); }

signals:
    void includeNearChanged();
    void writeXmpChanged();
    void stateChanged();
    void progressChanged();
    void groupsChanged();
    void currentChanged();
    void undoChanged();
    void messageChanged();
    void staleChanged();
    void finished(); // a job's result arrived (tests)

private:
    void connectServices(AppServices &services) override;
    void servicesReplaced() override;
    struct Group {
        DuplicateGroup group;
        std::vector<qint64> order; // display order: the proposal's
        qint64 proposed = 0;
        GroupState state = GroupState::Pending;
        std::int64_t resolution = 0;
    };
    void setState(State state);
    void say(const QString &message);
    void found(Result<DuplicateJobs::Found> result);
    void applyGroups(const std::vector<int> &indexes);
    void applied(Result<std::vector<DuplicateJobs::Applied>> result);
    void moveToNextPending();
    void showCurrent();
    Group *current();
    const Group *current() const;

    std::unique_ptr<CatalogWorker> m_jobs; // own connection and thread
    DuplicateResolver::Trash m_trash;
    bool m_includeNear = true, m_writeXmp = false, m_stale = false, m_reloading = false;
    State m_state = State::Idle;
    std::shared_ptr<DuplicateJobs::Control> m_control;
    std::shared_ptr<std::atomic<qint64>> m_applyDone;
    qint64 m_applyTotal = 0;
    std::vector<Group> m_groups;
    QHash<qint64, DuplicateJobs::CopyDetails> m_details;
    int m_current = -1;
    DuplicateCopies m_copies;
    // The last apply: group index (-1 once the groups were found again) and resolution.
    std::vector<std::pair<int, std::int64_t>> m_lastApply;
    QString m_message, m_note;
    QTimer m_poll;
};

} // namespace tintype
