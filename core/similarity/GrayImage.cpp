#include "similarity/GrayImage.h"

#include <opencv2/imgproc.hpp>

namespace tintype::grayimage {

cv::Mat reduce(const QImage &image, int width, int height)
{
    if (image.isNull() || width <= 0 || height <= 0)
        return {};
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    // QImage rows are 32-bit aligned: wrap with its stride, then copy by resizing.
    const cv::Mat view(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
                       std::size_t(gray.bytesPerLine()));
    cv::Mat reduced;
    cv::resize(view, reduced, cv::Size(width, height), 0, 0, cv::INTER_AREA);
    return reduced;
}

} // namespace tintype::grayimage
