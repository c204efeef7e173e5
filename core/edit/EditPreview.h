#pragma once

#include "edit/EditStack.h"

#include <QImage>

#include <memory>

namespace tintype {

// The interactive preview of the viewer's edit mode: holds the screen-size
// photo (e.g. the 2048 px preview, upright) and renders stacks on it with the
// same pipeline as EditRenderer. What does not change while a light or colour
// slider moves — the decoded pixels after geometry and noise reduction — is
// kept, so each update is one pass over the pixels (plus sharpening when set).
// Use from one thread at a time (the viewer's render thread).
class EditPreview {
public:
    explicit EditPreview(const QImage &upright);
    ~EditPreview();
    EditPreview(const EditPreview &) = delete;
    EditPreview &operator=(const EditPreview &) = delete;

    // Format_RGB888, sRGB; equal to EditRenderer::render(upright, stack).
    QImage render(const EditStack &stack);
    QSize sourceSize() const;

private:
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

} // namespace tintype
