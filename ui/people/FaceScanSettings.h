#pragma once

#include "faces/FaceAnalysis.h"

#include <QObject>
#include <QQmlEngine>

namespace tintype {

// The face settings the user sees (minimum face size and detector score, kept
// in QSettings) and whether the face models are installed, with the hint that
// says how to install them (core/faces FaceModels).
class FaceScanSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("reached through AppServices.faceSettings")
    Q_PROPERTY(int minFaceSize READ minFaceSize WRITE setMinFaceSize NOTIFY changed)
    Q_PROPERTY(double minScore READ minScore WRITE setMinScore NOTIFY changed)
    Q_PROPERTY(bool modelsChecked READ modelsChecked NOTIFY modelsChanged)
    Q_PROPERTY(bool modelsPresent READ modelsPresent NOTIFY modelsChanged)
    Q_PROPERTY(QString installHint READ installHint NOTIFY modelsChanged)
    Q_PROPERTY(QString modelDirectory READ modelDirectory NOTIFY modelsChanged)

public:
    static constexpr int kMinFaceSizeLowest = 12, kMinFaceSizeHighest = 200;

    explicit FaceScanSettings(QObject *parent = nullptr);

    int minFaceSize() const { return m_detection.minFaceSize; }
    void setMinFaceSize(int pixels);
    double minScore() const { return m_detection.minScore; }
    void setMinScore(double score);
    const FaceDetectionSettings &detection() const { return m_detection; }

    bool modelsChecked() const { return m_modelsChecked; } // the first look at the disk is done
    bool modelsPresent() const { return m_modelsPresent; }
    QString installHint() const;
    QString modelDirectory() const { return m_modelDirectory; }
    // Looks for the model files (off the GUI thread; again after the user installed them).
    Q_INVOKABLE void refreshModels();

signals:
    void changed();
    void modelsChanged();

private:
    FaceDetectionSettings m_detection;
    QString m_modelDirectory;
    bool m_modelsPresent = false;
    bool m_modelsChecked = false;
};

} // namespace tintype
