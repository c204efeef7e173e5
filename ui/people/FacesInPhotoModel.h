#pragma once

#include "FaceRowsModel.h"

#include <QQmlEngine>

namespace tintype {

// The faces in one photo, for the viewer's info panel and the face outlines
// over the photo: face id, person id and name (empty: nobody yet), and the box
// relative to the photo as shown (after the user's rotation), boxX/boxY/boxW/boxH in 0..1.
class FacesInPhotoModel : public FaceRowsModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 assetId READ assetId WRITE setAssetId NOTIFY assetIdChanged)

public:
    explicit FacesInPhotoModel(QObject *parent = nullptr);

    qint64 assetId() const { return m_assetId; }
    void setAssetId(qint64 id);
    // A box relative to an image, turned `quarterTurns` clockwise with it.
    static QRectF turned(QRectF box, int quarterTurns);

signals:
    void assetIdChanged();

protected:
    Loader loader() const override;

private:
    qint64 m_assetId = 0;
};

} // namespace tintype
