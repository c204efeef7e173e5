#pragma once

#include "ServicesClient.h"

#include <QVariantList>

#include <atomic>
#include <memory>

namespace tintype {

// The search field on top of Photos: suggestions while typing (grouped by
// kind, with photo counts), the photos a submitted query finds (newest first,
// or best matches first) and each understood term as a removable chip. Runs
// core/search on the catalog worker; the library's names are read again after
// a scan and changes to people, albums and places.
class SearchModel : public ServicesClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // [{group, kind, label, count, query}], in the order the groups come (People, Places, Albums, Dates, ...);
    // with nothing typed, the recent searches (kind "history") when the user keeps them (SearchHistory).
    Q_PROPERTY(QVariantList suggestions READ suggestions NOTIFY suggestionsChanged)
    // [{label, kind, didYouMean}]: how the submitted query was understood.
    Q_PROPERTY(QVariantList chips READ chips NOTIFY resultsChanged)
    Q_PROPERTY(QVariantList assetIds READ assetIds NOTIFY resultsChanged)
    Q_PROPERTY(QString query READ query NOTIFY resultsChanged) // submitted; empty: no search
    Q_PROPERTY(bool active READ active NOTIFY resultsChanged)
    Q_PROPERTY(bool bestFirst READ bestFirst WRITE setBestFirst NOTIFY bestFirstChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit SearchModel(QObject *parent = nullptr);
    ~SearchModel() override;

    QString text() const { return m_text; }
    void setText(const QString &text);
    QVariantList suggestions() const { return m_suggestions; }
    QVariantList chips() const { return m_chips; }
    QVariantList assetIds() const { return m_assetIds; }
    QString query() const { return m_query; }
    bool active() const { return !m_query.isEmpty(); }
    bool bestFirst() const { return m_bestFirst; }
    void setBestFirst(bool best);
    bool busy() const { return m_busy; }

    Q_INVOKABLE void submit(const QString &query); // a suggestion picked: that query as it is
    // Enter on what was typed: when its last word is only the start of a name,
    // the top suggestion (Search::entered: "tok" → "Tokyo"), else as typed.
    Q_INVOKABLE void submitTyped(const QString &text);
    Q_INVOKABLE void removeChip(int index); // the query without that term
    Q_INVOKABLE void clear();               // Esc: back to all photos

signals:
    void textChanged();
    void suggestionsChanged();
    void resultsChanged();
    void bestFirstChanged();
    void busyChanged();

private:
    struct Engine; // the Search object, used on the catalog worker only
    void connectServices(AppServices &services) override;
    void servicesReplaced() override;
    enum class Run { Again, Submitted, Typed }; // Typed: complete the last word; not Again: into the history
    void start(const QString &query, Run how);
    void run(Run how = Run::Again);
    void markStale();
    void showHistory(); // nothing typed: the recent searches as suggestions
    static QString groupName(int kind);

    std::shared_ptr<Engine> m_engine;
    QMetaObject::Connection m_historyConnection;
    QString m_text, m_query;
    QStringList m_typedTerms; // each chip's words as typed
    QVariantList m_suggestions, m_chips, m_assetIds;
    bool m_bestFirst = false, m_busy = false;
    int m_suggestGeneration = 0, m_runGeneration = 0;
};

} // namespace tintype
