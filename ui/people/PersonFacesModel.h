#pragma once

#include "FaceRowsModel.h"

#include <QQmlEngine>

namespace tintype {

// One person's page: their faces (for split and "not this person") or, with
// `suggestions`, the faces that may be them ("Is this X?"), each with the
// photo it is on. Also the person's name, hidden flag and photo count.
class PersonFacesModel : public FaceRowsModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 personId READ personId WRITE setPersonId NOTIFY personChanged)
    Q_PROPERTY(bool suggestions READ suggestions WRITE setSuggestions NOTIFY personChanged)
    Q_PROPERTY(QString name READ name NOTIFY rowsChanged)
    Q_PROPERTY(bool hidden READ hidden NOTIFY rowsChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY rowsChanged)

public:
    explicit PersonFacesModel(QObject *parent = nullptr);

    qint64 personId() const { return m_personId; }
    void setPersonId(qint64 id);
    bool suggestions() const { return m_suggestions; }
    void setSuggestions(bool suggestions);
    QString name() const { return m_name; }
    bool hidden() const { return m_hidden; }
    bool exists() const { return m_exists; }

    // The faces become a new person (named when `name` is not empty; an existing
    // name puts them in that person). actionDone carries the new person.
    Q_INVOKABLE void moveToNewPerson(const QVariantList &faceIds, const QString &name = {});
    // "Not this person": the faces leave this person for good.
    Q_INVOKABLE void notThisPerson(const QVariantList &faceIds);
    // A suggestion answered: yes puts the face in this person (confirmed); no keeps it out for good.
    Q_INVOKABLE void confirm(qint64 faceId);
    Q_INVOKABLE void reject(qint64 faceId);

signals:
    void personChanged();

protected:
    Loader loader() const override;
    void loadedExtra(const QVariantMap &extra) override;

private:
    qint64 m_personId = 0;
    bool m_suggestions = false;
    QString m_name;
    bool m_hidden = false;
    bool m_exists = false;
};

} // namespace tintype
