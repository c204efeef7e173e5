#pragma once

#include "TimelineModel.h"

#include <QObject>
#include <QQmlEngine>
#include <QSet>

namespace tintype {

// The photos the user picked in one timeline: click, Ctrl-toggle,
// Shift-range (from the last clicked photo), Ctrl+A. Kept by asset id, so a
// reload of the timeline keeps the selection.
class SelectionModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tintype::TimelineModel *timeline READ timeline WRITE setTimeline NOTIFY timelineChanged)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int revision READ revision NOTIFY changed) // bind to it to re-read isSelected()

public:
    explicit SelectionModel(QObject *parent = nullptr);

    TimelineModel *timeline() const { return m_timeline; }
    void setTimeline(TimelineModel *timeline);
    int count() const { return int(m_selected.size()); }
    int revision() const { return m_revision; }

    // A click on the photo at `index` of the timeline with keyboard modifiers
    // (Qt::KeyboardModifiers as int): none selects only it, Ctrl toggles it,
    // Shift selects the range from the anchor (Ctrl+Shift adds the range).
    Q_INVOKABLE void click(int index, int modifiers);
    Q_INVOKABLE void toggle(int index);
    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void clear();
    Q_INVOKABLE bool isSelected(qint64 assetId) const { return m_selected.contains(assetId); }
    Q_INVOKABLE QList<qint64> selectedIds() const;

signals:
    void timelineChanged();
    void changed();

private:
    void bump();
    TimelineModel *m_timeline = nullptr;
    QSet<qint64> m_selected;
    qint64 m_anchor = 0;
    int m_revision = 0;
};

} // namespace tintype
