#include "LiveFolderWatch.h"

#include "common/NativePath.h"
#include "library/LiveFolders.h"

#include <QThread>
#include <QVariantMap>

namespace tintype {

LiveFolderWatch::LiveFolderWatch(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const ScanScope>>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("live folders"));
    m_thread->start(QThread::LowPriority);
    // Made on its thread: the watcher's socket notifier belongs there.
    auto *context = new QObject;
    context->moveToThread(m_thread);
    QMetaObject::invokeMethod(
        context,
        [this] {
            m_live = new LiveFolders(LiveFolders::Options{});
            connect(m_live, &LiveFolders::batchReady, this, &LiveFolderWatch::batchReady, Qt::QueuedConnection);
            connect(m_live, &LiveFolders::rootsChanged, m_live, [this] { publishStates(); });
        },
        Qt::BlockingQueuedConnection);
    context->deleteLater(); // on its thread
}

LiveFolderWatch::~LiveFolderWatch()
{
    if (m_live) {
        QMetaObject::invokeMethod(
            m_live, [live = m_live] { delete live; }, Qt::BlockingQueuedConnection);
        m_live = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
}

void LiveFolderWatch::setRoots(const std::vector<RootRecord> &roots)
{
    if (!m_live)
        return;
    QMetaObject::invokeMethod(m_live, [this, roots] {
        m_live->setRoots(roots);
        publishStates(); // also when nothing changed: the first call
    });
}

void LiveFolderWatch::publishStates()
{
    // On the watcher's thread: read its state there, show it on the GUI thread.
    QVariantList states;
    for (const LiveFolders::RootState &root : m_live->roots())
        states.append(QVariantMap{{QStringLiteral("rootId"), qint64(root.rootId)},
                                  {QStringLiteral("path"), nativepath::display(root.path)},
                                  {QStringLiteral("polled"), root.polled},
                                  {QStringLiteral("reason"), root.reason}});
    QMetaObject::invokeMethod(this, [this, states] {
        m_states = states;
        emit statesChanged();
    });
}

} // namespace tintype
