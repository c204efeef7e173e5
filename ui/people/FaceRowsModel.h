#pragma once

#include "ServicesClient.h"

#include "common/Result.h"

#include <QAbstractListModel>
#include <QVariantMap>

#include <functional>

namespace tintype {

class Catalog;

// What the people view-models share: rows as maps whose keys are the QML roles
// (small lists: people, one person's faces, one photo's faces), loaded on the
// catalog worker and reloaded when AppServices says people changed; actions
// run there too and end in AppServices::peopleChanged, or `failed`.
class FaceRowsModel : public ServicesListModel {
    Q_OBJECT
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int count READ count NOTIFY rowsChanged)

public:
    FaceRowsModel(QStringList roles, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_loading; }
    int count() const { return int(m_rows.size()); }
    Q_INVOKABLE QVariantMap row(int index) const;
    const QList<QVariantMap> &rows() const { return m_rows; }

    Q_INVOKABLE void reload();
    // "Not a face" (a pumpkin, a dog): the faces leave their people and the
    // catalog (the photos are not touched) and no later face pass finds them again.
    Q_INVOKABLE void notAFace(const QVariantList &faceIds);

signals:
    void loadingChanged();
    void rowsChanged();
    void loaded();
    void failed(const QString &message); // an action could not be done
    void actionDone(qint64 personId);    // an action finished; the person it ended in (0: none)

protected:
    struct Loaded {
        QList<QVariantMap> rows;
        QVariantMap extra; // what the model shows beside its rows
    };
    using Loader = std::function<Loaded(Catalog &)>;
    // Made on the GUI thread (capturing what it needs by value), run on the
    // catalog worker (no transaction around it: core classes such as People
    // open their own); empty: nothing to load.
    virtual Loader loader() const = 0;
    // Keeps `Loaded::extra` before the rows are shown.
    virtual void loadedExtra(const QVariantMap &) {}
    // Runs `work` on the catalog worker (it opens its own transactions).
    void act(std::function<Result<qint64>(Catalog &)> work);

private:
    void connectServices(AppServices &services) override;
    void servicesReplaced() override;
    QStringList m_roles;
    QList<QVariantMap> m_rows;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace tintype
