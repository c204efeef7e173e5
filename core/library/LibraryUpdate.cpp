#include "library/LibraryUpdate.h"

#include "library/Library.h"

#include <QElapsedTimer>

namespace tintype {

LibraryUpdate::LibraryUpdate(Catalog &catalog) : LibraryUpdate(catalog, Options{}) {}
LibraryUpdate::LibraryUpdate(Catalog &catalog, Options options) : m_catalog(catalog), m_options(std::move(options)) {}

void LibraryUpdate::cancel()
{
    m_cancel = true;
    std::lock_guard lock(m_mutex);
    if (m_scanner)
        m_scanner->cancel();
    if (m_hasher)
        m_hasher->cancel();
}

void LibraryUpdate::pause()
{
    m_paused = true;
    cancel();
}

LibraryUpdate::Report LibraryUpdate::run(const Observer &observer)
{
    QElapsedTimer timer;
    timer.start();
    Report report;
    Progress state;
    auto tell = [&] {
        if (observer.progress)
            observer.progress(state);
    };
    auto finished = [&](Step step) {
        if (observer.stepFinished)
            observer.stepFinished(step, report);
    };
    auto finish = [&]() -> Report {
        report.cancelled = stopped();
        report.paused = report.cancelled && m_paused.load();
        report.seconds = double(timer.nsecsElapsed()) / 1e9;
        return report;
    };

    // 1. Which roots are online: once per run, the scan takes them as they are.
    tell();
    if (stopped())
        return finish();
    auto roots = Library(m_catalog).refreshRoots();
    if (!roots) {
        report.error = roots.error();
        return finish();
    }
    report.roots = std::move(roots).value();
    finished(Step::Roots); // the app watches them from here: nothing changed during the scan is missed

    // 2. The scan: new and changed files, moves, what went missing.
    state.step = Step::Scan;
    tell();
    {
        Scanner scanner(m_catalog, m_options.scan);
        {
            std::lock_guard lock(m_mutex);
            m_scanner = &scanner;
        }
        if (stopped())
            scanner.cancel();
        report.scan = scanner.run(report.roots, [&](const ScanProgress &p) {
            state.scan = p;
            tell();
        });
        std::lock_guard lock(m_mutex);
        m_scanner = nullptr;
    }
    finished(Step::Scan);
    if (!report.scan.error.isEmpty()) {
        report.error = report.scan.error;
        return finish();
    }
    if (stopped())
        return finish();

    // 3. The stages, each on what it has not done yet.
    state.step = Step::Stage;
    for (std::size_t i = 0; i < m_stages.size() && !stopped(); ++i) {
        LibraryStage &stage = *m_stages[i];
        state.stage = i;
        state.stageName = stage.name();
        state.done = state.total = 0;
        tell();
        LibraryStage::Context context{m_catalog, m_cancel, [&](std::int64_t done, std::int64_t total) {
                                          state.done = done;
                                          state.total = total;
                                          tell();
                                      }};
        report.stages.push_back({state.stageName, stage.run(context)});
        finished(Step::Stage);
    }
    if (stopped() || !m_options.hashContents)
        return finish();

    // 4. Full-content hashes last: every byte of every file, at idle I/O priority.
    state.step = Step::Hashes;
    state.stageName.clear();
    tell();
    {
        ContentHasher hasher(m_catalog, m_options.hashes);
        {
            std::lock_guard lock(m_mutex);
            m_hasher = &hasher;
        }
        if (stopped())
            hasher.cancel();
        report.hashes = hasher.run([&](const ContentHasher::Progress &p) {
            state.hashes = p;
            tell();
        });
        std::lock_guard lock(m_mutex);
        m_hasher = nullptr;
    }
    finished(Step::Hashes);
    if (!report.hashes->error.isEmpty())
        report.error = report.hashes->error;
    return finish();
}

} // namespace tintype
