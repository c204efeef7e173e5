#pragma once

#include <QQuickImageProvider>

#include <filesystem>

namespace tintype {

// image://face/<faceId>: the round face crop FaceScanJob left in the face crop
// cache (FaceCropCache). Loaded on Qt Quick's image reader thread
// (ForceAsynchronousImageLoading), never on the GUI thread; a missing crop is
// an error the view shows as an empty circle.
class FaceCropProvider : public QQuickImageProvider {
public:
    explicit FaceCropProvider(std::filesystem::path directory);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    std::filesystem::path m_directory;
};

} // namespace tintype
