#include "SearchHistory.h"

#include <QSettings>

namespace tintype {

namespace {
const QString kEnabled = QStringLiteral("search/keepHistory");
const QString kEntries = QStringLiteral("search/history");
} // namespace

SearchHistory::SearchHistory(QObject *parent) : QObject(parent)
{
    const QSettings settings;
    m_enabled = settings.value(kEnabled, false).toBool();
    if (m_enabled)
        m_entries = settings.value(kEntries).toStringList().mid(0, kMaxEntries);
}

void SearchHistory::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (!enabled)
        m_entries.clear(); // not kept any more: forgotten
    save();
    emit changed();
}

void SearchHistory::add(const QString &query)
{
    const QString q = query.simplified();
    if (!m_enabled || q.isEmpty())
        return;
    if (!m_entries.isEmpty() && m_entries.first() == q)
        return;
    m_entries.removeIf([&q](const QString &e) { return e.compare(q, Qt::CaseInsensitive) == 0; });
    m_entries.prepend(q);
    while (m_entries.size() > kMaxEntries)
        m_entries.removeLast();
    save();
    emit changed();
}

void SearchHistory::clear()
{
    if (m_entries.isEmpty())
        return;
    m_entries.clear();
    save();
    emit changed();
}

void SearchHistory::save() const
{
    QSettings settings;
    settings.setValue(kEnabled, m_enabled);
    if (m_entries.isEmpty())
        settings.remove(kEntries);
    else
        settings.setValue(kEntries, m_entries);
}

} // namespace tintype
