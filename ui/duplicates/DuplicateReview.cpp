#include "DuplicateReview.h"

#include "AppServices.h"

#include "similarity/BestCopyChooser.h"

#include <algorithm>

namespace tintype {

DuplicateReview::DuplicateReview(QObject *parent) : ServicesClient(parent)
{
    QQmlEngine::setObjectOwnership(&m_copies, QQmlEngine::CppOwnership);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_state == State::Hashing && m_control && m_control->stage == int(DuplicateJobs::Control::Stage::Grouping))
            setState(State::Grouping);
        emit progressChanged();
    });
}

DuplicateReview::~DuplicateReview()
{
    if (m_control)
        m_control->cancel();
    m_jobs.reset(); // waits for the job running
}

void DuplicateReview::connectServices(AppServices &services)
{
    // Photos came or went elsewhere (a scan, the timeline's trash): the groups may be out of date.
    const auto outdated = [this] {
        if (m_reloading || m_state != State::Ready || m_stale)
            return;
        m_stale = true;
        emit staleChanged();
    };
    connect(&services, &AppServices::libraryChanged, this, outdated);
    connect(&services, &AppServices::assetsRemoved, this, outdated);
}

void DuplicateReview::servicesReplaced()
{
    m_jobs = services() ? std::make_unique<CatalogWorker>(services()->catalog().catalogPath()) : nullptr;
}

void DuplicateReview::setIncludeNear(bool near)
{
    if (m_includeNear == near)
        return;
    m_includeNear = near;
    emit includeNearChanged();
}

void DuplicateReview::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
    emit undoChanged();
    emit progressChanged();
}

void DuplicateReview::say(const QString &message)
{
    m_message = message;
    emit messageChanged();
}

QString DuplicateReview::progressText() const
{
    switch (m_state) {
    case State::Hashing:
        return m_control && m_control->total > 0 ? tr("Preparing photos for comparison: %1 of %2")
                                                       .arg(m_control->done.load())
                                                       .arg(m_control->total.load())
                                                 : tr("Preparing photos for comparison…");
    case State::Grouping: return tr("Looking for copies…");
    case State::Applying:
        return m_applyTotal > 0 ? tr("Removing copies: %1 of %2 groups").arg(m_applyDone->load()).arg(m_applyTotal)
                                : tr("Putting the copies back…");
    default: return {};
    }
}

double DuplicateReview::progress() const
{
    if (m_state == State::Hashing && m_control && m_control->total > 0)
        return double(m_control->done) / double(m_control->total);
    if (m_state == State::Applying && m_applyTotal > 0)
        return double(m_applyDone->load()) / double(m_applyTotal);
    return -1;
}

int DuplicateReview::pendingCount() const
{
    return int(
        std::count_if(m_groups.begin(), m_groups.end(), [](const Group &g) { return g.state == GroupState::Pending; }));
}

DuplicateReview::Group *DuplicateReview::current()
{
    return m_current >= 0 && m_current < int(m_groups.size()) ? &m_groups[std::size_t(m_current)] : nullptr;
}

const DuplicateReview::Group *DuplicateReview::current() const
{
    return const_cast<DuplicateReview *>(this)->current();
}

DuplicateReview::GroupState DuplicateReview::currentState() const
{
    return current() ? current()->state : GroupState::Pending;
}

bool DuplicateReview::currentExact() const { return current() && current()->group.kind == DuplicateGroup::Kind::Exact; }

double DuplicateReview::currentSimilarity() const { return current() ? current()->group.similarity : 0.0; }

QString DuplicateReview::explanation() const { return current() ? current()->group.explanation : QString(); }
QStringList DuplicateReview::explanationLines() const
{
    return current() ? current()->group.explanationLines : QStringList();
}

QStringList DuplicateReview::plan() const
{
    return current() ? DuplicateResolver::plan(current()->group) : QStringList();
}

void DuplicateReview::setCurrentIndex(int index)
{
    if (m_groups.empty())
        index = -1;
    else
        index = std::clamp(index, 0, int(m_groups.size()) - 1);
    if (index == m_current)
        return;
    m_current = index;
    showCurrent();
}

void DuplicateReview::showCurrent()
{
    if (const Group *g = current())
        m_copies.show(g->group, g->order, g->proposed, m_details);
    else
        m_copies.clear();
    emit currentChanged();
}

void DuplicateReview::next() { setCurrentIndex(m_current + 1); }
void DuplicateReview::previous() { setCurrentIndex(m_current - 1); }

void DuplicateReview::moveToNextPending()
{
    const int n = int(m_groups.size());
    for (int step = 1; step <= n; ++step) {
        const int i = (m_current + step) % n;
        if (m_groups[std::size_t(i)].state == GroupState::Pending) {
            m_current = i;
            break;
        }
    }
    showCurrent();
    emit groupsChanged();
}

void DuplicateReview::find()
{
    if (!m_jobs || m_state == State::Hashing || m_state == State::Grouping || m_state == State::Applying)
        return;
    m_control = std::make_shared<DuplicateJobs::Control>();
    for (auto &applied : m_lastApply)
        applied.first = -1; // still undoable, no longer on screen
    m_groups.clear();
    m_current = -1;
    m_note.clear();
    m_stale = false;
    emit staleChanged();
    say(QString());
    showCurrent();
    emit groupsChanged();
    setState(m_includeNear ? State::Hashing : State::Grouping);
    auto control = m_control;
    ThumbnailCache *cache = &services()->cache();
    const bool near = m_includeNear;
    m_jobs->run<DuplicateJobs::Found>(
        [control, cache, near](Catalog &catalog) { return DuplicateJobs::find(catalog, *cache, near, *control); }, this,
        [this](Result<DuplicateJobs::Found> result) { found(std::move(result)); });
    m_poll.start();
}

void DuplicateReview::cancel()
{
    if (m_control && (m_state == State::Hashing || m_state == State::Grouping))
        m_control->cancel();
}

void DuplicateReview::found(Result<DuplicateJobs::Found> result)
{
    m_poll.stop();
    if (!result || !result->error.isEmpty()) {
        say(tr("Could not look for duplicates: %1").arg(result ? result->error : result.error()));
        setState(State::Failed);
    } else if (result->cancelled) {
        say(tr("Stopped. What was prepared is kept: looking again goes on from there."));
        setState(State::Idle);
    } else {
        m_details = std::move(result->details);
        for (DuplicateGroup &g : result->groups) {
            Group group;
            for (const DuplicateMember &m : g.members)
                group.order.push_back(m.facts.assetId);
            group.proposed = g.members[std::size_t(g.keep)].facts.assetId;
            group.group = std::move(g);
            m_groups.push_back(std::move(group));
        }
        QStringList notes;
        if (result->withoutContentHash > 0)
            notes << tr("%n file(s) are not fully read yet: their exact copies show up after the scan.", nullptr,
                        int(result->withoutContentHash));
        if (result->hashFailures > 0)
            notes << tr("%n photo(s) could not be read for comparison.", nullptr, int(result->hashFailures));
        m_note = notes.join(QLatin1Char(' '));
        m_current = m_groups.empty() ? -1 : 0;
        showCurrent();
        emit groupsChanged();
        setState(State::Ready);
    }
    emit finished();
}

void DuplicateReview::keep(int number)
{
    Group *g = current();
    if (!g || m_state != State::Ready || g->state == GroupState::Applied || g->state == GroupState::Dismissed ||
        number < 1 || number > int(g->order.size()))
        return;
    const qint64 assetId = g->order[std::size_t(number - 1)];
    for (std::size_t i = 0; i < g->group.members.size(); ++i)
        if (g->group.members[i].facts.assetId == assetId)
            BestCopyChooser::keepInstead(g->group, int(i));
    showCurrent();
}

void DuplicateReview::accept()
{
    const Group *g = current();
    if (g && m_state == State::Ready && (g->state == GroupState::Pending || g->state == GroupState::Skipped))
        applyGroups({m_current});
}

void DuplicateReview::skip()
{
    Group *g = current();
    if (!g || m_state != State::Ready)
        return;
    if (g->state == GroupState::Pending)
        g->state = GroupState::Skipped;
    moveToNextPending();
}

void DuplicateReview::applyAll()
{
    std::vector<int> pending;
    for (std::size_t i = 0; i < m_groups.size(); ++i)
        if (m_groups[i].state == GroupState::Pending)
            pending.push_back(int(i));
    if (m_state == State::Ready && !pending.empty())
        applyGroups(pending);
}

void DuplicateReview::applyGroups(const std::vector<int> &indexes)
{
    std::vector<std::pair<int, DuplicateGroup>> groups;
    for (int i : indexes)
        groups.emplace_back(i, m_groups[std::size_t(i)].group);
    m_applyDone = std::make_shared<std::atomic<qint64>>(0);
    m_applyTotal = qint64(groups.size());
    setState(State::Applying);
    auto done = m_applyDone;
    m_jobs->run<std::vector<DuplicateJobs::Applied>>(
        [groups = std::move(groups), trash = m_trash, xmp = m_writeXmp, done](Catalog &catalog) {
            return DuplicateJobs::apply(catalog, trash, groups, xmp, *done);
        },
        this, [this](Result<std::vector<DuplicateJobs::Applied>> result) { applied(std::move(result)); });
    m_poll.start();
}

void DuplicateReview::applied(Result<std::vector<DuplicateJobs::Applied>> result)
{
    m_poll.stop();
    QList<qint64> removed, kept;
    QStringList problems;
    if (!result)
        problems << result.error();
    else {
        m_lastApply.clear();
        for (const DuplicateJobs::Applied &a : result.value()) {
            if (!a.error.isEmpty()) {
                problems << a.error;
                continue;
            }
            Group &g = m_groups[std::size_t(a.group)];
            g.state = GroupState::Applied;
            g.resolution = a.resolution;
            m_lastApply.emplace_back(a.group, a.resolution);
            removed << a.removedAssetIds;
            kept << a.keptAssetId;
            if (!a.xmpError.isEmpty())
                problems << tr("XMP not written: %1").arg(a.xmpError);
        }
    }
    QString text = tr("%n copy(ies) moved to the trash; their albums, ratings and places moved to the kept photo.",
                      nullptr, int(removed.size()));
    if (!problems.isEmpty())
        text += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    say(text);
    m_reloading = true;
    if (!removed.isEmpty())
        emit services()->assetsRemoved(removed);
    if (!kept.isEmpty())
        emit services()->assetsChanged(kept);
    m_reloading = false;
    m_applyTotal = 0;
    setState(State::Ready);
    moveToNextPending();
    emit finished();
}

void DuplicateReview::dismiss()
{
    Group *g = current();
    if (!g || m_state != State::Ready || g->state == GroupState::Applied)
        return;
    const int index = m_current;
    m_jobs->run<Status>([group = g->group](Catalog &catalog) { return DuplicateResolver(catalog).dismiss(group); },
                        this,
                        [this, index](Result<Status> result) {
                            const QString error = !result ? result.error() : result->error();
                            if (error.isEmpty() && index < int(m_groups.size())) {
                                m_groups[std::size_t(index)].state = GroupState::Dismissed;
                                say(tr("These photos will not be shown as duplicates again."));
                                moveToNextPending();
                            } else {
                                say(error);
                            }
                            emit finished();
                        });
}

void DuplicateReview::undo()
{
    if (!canUndo())
        return;
    std::vector<std::int64_t> resolutions;
    std::vector<int> groups;
    for (const auto &[group, resolution] : std::exchange(m_lastApply, {})) {
        resolutions.push_back(resolution);
        if (group >= 0)
            groups.push_back(group);
    }
    m_applyTotal = 0;
    setState(State::Applying);
    m_jobs->run<QStringList>([resolutions](Catalog &catalog) { return DuplicateJobs::undo(catalog, resolutions); },
                             this,
                             [this, groups, found = resolutions.size() > groups.size()](Result<QStringList> problems) {
                                 for (int i : groups) {
                                     m_groups[std::size_t(i)].state = GroupState::Pending;
                                     m_groups[std::size_t(i)].resolution = 0;
                                 }
                                 if (!problems)
                                     say(problems.error());
                                 else
                                     say(problems->isEmpty() ? tr("Undone: the copies are back where they were.")
                                                             : problems->join(QLatin1Char('\n')));
                                 setState(State::Ready);
                                 m_reloading = !found; // groups found since then do not show these copies: stale
                                 emit services()->libraryChanged();
                                 m_reloading = false;
                                 if (!groups.empty())
                                     m_current = groups.front();
                                 showCurrent();
                                 emit groupsChanged();
                                 emit finished();
                             });
}

} // namespace tintype
