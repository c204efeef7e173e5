#include "faces/FacePlausibility.h"

#include <algorithm>
#include <cmath>

namespace tintype {

namespace {
QPointF centre(const std::array<QPointF, 68> &points, std::size_t first, std::size_t last)
{
    QPointF sum(0, 0);
    for (std::size_t i = first; i < last; ++i)
        sum += points[i];
    return sum / double(last - first);
}
} // namespace

FacePlausibility::Verdict FacePlausibility::checkLandmarks(const QRectF &box, const std::array<QPointF, 68> &landmarks)
{
    if (box.width() <= 0 || box.height() <= 0)
        return Verdict::LandmarksShrunk;
    const auto [left, right] = std::minmax_element(landmarks.begin(), landmarks.end(),
                                                   [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    if (!(right->x() - left->x() >= kMinLandmarkSpan * box.width()))
        return Verdict::LandmarksShrunk;
    const QPointF leftEye = centre(landmarks, 36, 42), rightEye = centre(landmarks, 42, 48);
    const QPointF mouth = centre(landmarks, 48, 68);
    const QPointF eyeLine = rightEye - leftEye;
    const double eyeDistance = std::hypot(eyeLine.x(), eyeLine.y());
    if (!(eyeDistance >= kMinEyeDistance * box.width()))
        return Verdict::EyesTooClose;
    // The mouth's distance below the eye line, perpendicular to it (the face may be tilted).
    const QPointF toMouth = mouth - leftEye;
    const double drop = (eyeLine.x() * toMouth.y() - eyeLine.y() * toMouth.x()) / eyeDistance;
    if (!(drop >= kMinMouthDrop * eyeDistance))
        return Verdict::MouthNotBelowEyes;
    return Verdict::Face;
}

FacePlausibility::Verdict FacePlausibility::checkEmbedding(const FaceEmbedding &embedding)
{
    double sum = 0;
    for (float v : embedding) {
        if (!std::isfinite(v))
            return Verdict::DegenerateEmbedding;
        sum += double(v) * double(v);
    }
    const double norm = std::sqrt(sum);
    return norm >= kMinEmbeddingNorm && norm <= kMaxEmbeddingNorm ? Verdict::Face : Verdict::DegenerateEmbedding;
}

} // namespace tintype
