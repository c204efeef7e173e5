#include "FaceScanSettings.h"

#include "faces/FaceModels.h"

#include <QPointer>
#include <QSettings>
#include <QThreadPool>

#include <algorithm>

namespace tintype {

namespace {
const QString kMinFaceSize = QStringLiteral("faces/minFaceSize");
const QString kMinScore = QStringLiteral("faces/minScore");
} // namespace

FaceScanSettings::FaceScanSettings(QObject *parent) : QObject(parent)
{
    const QSettings settings;
    m_detection.minFaceSize = std::clamp(settings.value(kMinFaceSize, m_detection.minFaceSize).toInt(),
                                         kMinFaceSizeLowest, kMinFaceSizeHighest);
    m_detection.minScore = std::clamp(settings.value(kMinScore, double(m_detection.minScore)).toFloat(), 0.1F, 0.99F);
    refreshModels();
}

void FaceScanSettings::setMinFaceSize(int pixels)
{
    pixels = std::clamp(pixels, kMinFaceSizeLowest, kMinFaceSizeHighest);
    if (pixels == m_detection.minFaceSize)
        return;
    m_detection.minFaceSize = pixels;
    QSettings().setValue(kMinFaceSize, pixels);
    emit changed();
}

void FaceScanSettings::setMinScore(double score)
{
    const float value = std::clamp(float(score), 0.1F, 0.99F);
    if (qFuzzyCompare(value, m_detection.minScore))
        return;
    m_detection.minScore = value;
    QSettings().setValue(kMinScore, double(value));
    emit changed();
}

QString FaceScanSettings::installHint() const
{
    return m_modelsPresent ? QString() : FaceModels::installHint(m_modelDirectory);
}

void FaceScanSettings::refreshModels()
{
    // stat() of the model files, off the GUI thread.
    QPointer<FaceScanSettings> guard(this);
    QThreadPool::globalInstance()->start([guard] {
        const QString directory = FaceModels::directory();
        const bool present = FaceModels::present(directory);
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, directory, present] {
                if (!guard)
                    return;
                guard->m_modelDirectory = directory;
                guard->m_modelsPresent = present;
                guard->m_modelsChecked = true;
                emit guard->modelsChanged();
            },
            Qt::QueuedConnection);
    });
}

} // namespace tintype
