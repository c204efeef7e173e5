#include "LooseImageProvider.h"

#include "common/NativePath.h"
#include "imaging/ImageDecoder.h"

#include <algorithm>

namespace tintype {

LooseImageProvider::LooseImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image, QQmlImageProviderBase::ForceAsynchronousImageLoading)
{}

QImage LooseImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    DecodeRequest request;
    request.path = nativepath::fromBytes(QByteArray::fromPercentEncoding(id.toLatin1()));
    request.targetLongEdge = requestedSize.isValid() && !requestedSize.isEmpty()
                                 ? std::clamp(std::max(requestedSize.width(), requestedSize.height()), 64, 8192)
                                 : 2048;
    auto decoded = ImageDecoder::decode(request);
    if (!decoded)
        return {}; // the viewer says the file could not be read
    if (size)
        *size = decoded->image.size();
    return decoded->image;
}

} // namespace tintype
