#include "SelectionModel.h"

#include "TimelineModel.h"

#include <algorithm>

namespace tintype {

SelectionModel::SelectionModel(QObject *parent) : QObject(parent) {}

void SelectionModel::setTimeline(TimelineModel *timeline)
{
    if (m_timeline == timeline)
        return;
    m_timeline = timeline;
    m_selected.clear();
    m_anchor = 0;
    emit timelineChanged();
    bump();
}

void SelectionModel::bump()
{
    ++m_revision;
    emit changed();
}

void SelectionModel::click(int index, int modifiers)
{
    if (!m_timeline)
        return;
    const qint64 id = m_timeline->assetIdAt(index);
    if (id == 0)
        return;
    const bool ctrl = modifiers & Qt::ControlModifier;
    const bool shift = modifiers & Qt::ShiftModifier;
    const int anchorIndex = m_anchor ? m_timeline->indexOfAsset(m_anchor) : -1;
    if (shift && anchorIndex >= 0) {
        if (!ctrl)
            m_selected.clear();
        const auto [from, to] = std::minmax(anchorIndex, index);
        for (int i = from; i <= to; ++i)
            m_selected.insert(m_timeline->assetIdAt(i));
        // The anchor stays where the range started, as in file managers.
    } else if (ctrl) {
        if (!m_selected.remove(id))
            m_selected.insert(id);
        m_anchor = id;
    } else {
        m_selected = {id};
        m_anchor = id;
    }
    bump();
}

void SelectionModel::toggle(int index) { click(index, Qt::ControlModifier); }

void SelectionModel::selectAll()
{
    if (!m_timeline)
        return;
    for (const TimelineEntry &e : m_timeline->entries())
        m_selected.insert(e.assetId);
    bump();
}

void SelectionModel::clear()
{
    if (m_selected.isEmpty())
        return;
    m_selected.clear();
    m_anchor = 0;
    bump();
}

QList<qint64> SelectionModel::selectedIds() const
{
    QList<qint64> ids(m_selected.begin(), m_selected.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace tintype
