#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <mutex>

namespace tintype {

class Catalog;

// The UI's own catalog connection, used on one worker thread, so no catalog
// (disk) work ever runs on the GUI thread. Work runs in order; its result is
// handed to `done` on the thread of `context` (skipped when context is gone).
class CatalogWorker : public QObject {
    Q_OBJECT

public:
    explicit CatalogWorker(QString catalogPath, QObject *parent = nullptr);
    ~CatalogWorker() override;

    const QString &catalogPath() const { return m_path; }

    template <typename T>
    void read(std::function<T(Catalog &)> work, QObject *context, std::function<void(Result<T>)> done)
    {
        post(Mode::Read, std::move(work), context, std::move(done));
    }
    template <typename T>
    void write(std::function<T(Catalog &)> work, QObject *context, std::function<void(Result<T>)> done)
    {
        post(Mode::Write, std::move(work), context, std::move(done));
    }
    // Work that opens its own transactions (core classes such as People).
    template <typename T>
    void run(std::function<T(Catalog &)> work, QObject *context, std::function<void(Result<T>)> done)
    {
        post(Mode::Own, std::move(work), context, std::move(done));
    }
    // Blocks until every posted job ran (tests, shutdown).
    void waitForIdle() { m_pool.waitForDone(); }

private:
    enum class Mode { Read, Write, Own };
    template <typename T>
    void post(Mode mode, std::function<T(Catalog &)> work, QObject *context, std::function<void(Result<T>)> done)
    {
        QPointer<QObject> guard(context);
        m_pool.start([this, mode, work = std::move(work), guard, done = std::move(done)]() {
            std::optional<T> value;
            const Status status = execute(mode, [&](Catalog &catalog) { value = work(catalog); });
            Result<T> result = status ? Result<T>(std::move(*value)) : Result<T>::failure(status.error());
            if (!guard || !done)
                return;
            QMetaObject::invokeMethod(
                guard.data(), [done, result = std::move(result)]() mutable { done(std::move(result)); },
                Qt::QueuedConnection);
        });
    }
    Status execute(Mode mode, const std::function<void(Catalog &)> &work);

    QString m_path;
    QThreadPool m_pool;
    std::unique_ptr<Catalog> m_catalog; // opened on first use, on the worker thread
};

} // namespace tintype
