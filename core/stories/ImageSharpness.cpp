#include "stories/ImageSharpness.h"

#include <vector>

namespace tintype {

double ImageSharpness::of(const QImage &image)
{
    if (image.isNull())
        return 0;
    constexpr int kEdge = 256;
    const QImage gray = (image.width() > kEdge || image.height() > kEdge
                             ? image.scaled(kEdge, kEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             : image)
                            .convertToFormat(QImage::Format_Grayscale8);
    const int w = gray.width(), h = gray.height();
    if (w < 3 || h < 3)
        return 0;
    double sum = 0, sumSquares = 0;
    for (int y = 1; y + 1 < h; ++y) {
        const uchar *above = gray.constScanLine(y - 1), *row = gray.constScanLine(y),
                    *below = gray.constScanLine(y + 1);
        for (int x = 1; x + 1 < w; ++x) {
            const double laplacian = double(above[x]) + below[x] + row[x - 1] + row[x + 1] - 4.0 * row[x];
            sum += laplacian;
            sumSquares += laplacian * laplacian;
        }
    }
    const double n = double(w - 2) * (h - 2);
    const double mean = sum / n;
    return sumSquares / n - mean * mean;
}

} // namespace tintype
