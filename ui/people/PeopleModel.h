#pragma once

#include "FaceRowsModel.h"

#include <QQmlEngine>

namespace tintype {

// The People view: named people (by name), then unnamed clusters (by size),
// with their cover face, photo count and hidden flag; hidden people only when
// `showHidden`. Naming, merging and hiding go through core/faces People.
class PeopleModel : public FaceRowsModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool showHidden READ showHidden WRITE setShowHidden NOTIFY showHiddenChanged)
    Q_PROPERTY(int hiddenCount READ hiddenCount NOTIFY rowsChanged)
    Q_PROPERTY(bool namedOnly READ namedOnly WRITE setNamedOnly NOTIFY showHiddenChanged)

public:
    explicit PeopleModel(QObject *parent = nullptr);

    bool showHidden() const { return m_showHidden; }
    void setShowHidden(bool show);
    bool namedOnly() const { return m_namedOnly; }
    void setNamedOnly(bool named);
    int hiddenCount() const { return m_hiddenCount; }

    // From the rows in memory: the person (another than `exceptId`) called `name`, else 0.
    Q_INVOKABLE qint64 personNamed(const QString &name, qint64 exceptId = 0) const;
    Q_INVOKABLE QVariantMap person(qint64 personId) const;

    // A name another person has merges this one into them (ask the user first: personNamed).
    Q_INVOKABLE void rename(qint64 personId, const QString &name);
    Q_INVOKABLE void merge(const QVariantList &personIds); // into the first
    Q_INVOKABLE void setHidden(qint64 personId, bool hidden);

signals:
    void showHiddenChanged();

protected:
    Loader loader() const override;
    void loadedExtra(const QVariantMap &extra) override;

private:
    bool m_showHidden = false;
    bool m_namedOnly = false;
    int m_hiddenCount = 0;
};

} // namespace tintype
