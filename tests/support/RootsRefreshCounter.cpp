#include "support/RootsRefreshCounter.h"

#include <QLoggingCategory>

#include <atomic>
#include <cstring>

namespace tintype::test {

namespace {
std::atomic<int> refreshes{0};
QtMessageHandler previousHandler = nullptr;

void countRefreshes(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && std::strcmp(context.category, "tintype.library.roots") == 0) {
        ++refreshes;
        return;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

RootsRefreshCounter::RootsRefreshCounter()
{
    QLoggingCategory::setFilterRules(QStringLiteral("tintype.library.roots.debug=true"));
    refreshes = 0;
    m_previous = qInstallMessageHandler(countRefreshes);
    previousHandler = m_previous;
}

RootsRefreshCounter::~RootsRefreshCounter()
{
    qInstallMessageHandler(m_previous);
    QLoggingCategory::setFilterRules(QString());
}

int RootsRefreshCounter::count() const { return refreshes.load(); }

void RootsRefreshCounter::reset() { refreshes = 0; }

} // namespace tintype::test
