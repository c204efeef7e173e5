#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace tintype {

// The searches the user ran, kept only when asked for (Settings > Search, off
// by default: the "search history on request only"): the most recent
// first, each once, at most kMaxEntries. Kept in the app's settings
// (QSettings "search/..."), never in the catalog or the photo folders; turning
// it off forgets what it held. The search field offers them when it is focused
// with nothing typed (SearchModel).
class SearchHistory : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("reached through AppServices.searchHistory")
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY changed)
    Q_PROPERTY(QStringList entries READ entries NOTIFY changed)

public:
    static constexpr int kMaxEntries = 8;

    explicit SearchHistory(QObject *parent = nullptr);

    bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    QStringList entries() const { return m_entries; }
    // A search was run: first in the list (once, whatever its case); nothing when off.
    Q_INVOKABLE void add(const QString &query);
    Q_INVOKABLE void clear();

signals:
    void changed();

private:
    void save() const;
    bool m_enabled = false;
    QStringList m_entries;
};

} // namespace tintype
