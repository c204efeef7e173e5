#include "edit/RenderStages.h"

#include <QColorSpace>

#include <opencv2/imgproc.hpp>

namespace tintype::renderstages {

cv::Mat fromQImage(const QImage &image)
{
    const QImage::Format format = image.format();
    const bool deep = format == QImage::Format_RGBX64 || format == QImage::Format_RGBA64 ||
                      format == QImage::Format_RGBA64_Premultiplied || format == QImage::Format_Grayscale16;
    if (deep) {
        const QImage rgbx = image.convertToFormat(QImage::Format_RGBX64);
        const cv::Mat wrapped(rgbx.height(), rgbx.width(), CV_16UC4, const_cast<uchar *>(rgbx.constBits()),
                              std::size_t(rgbx.bytesPerLine()));
        cv::Mat rgb;
        cv::cvtColor(wrapped, rgb, cv::COLOR_RGBA2RGB);
        return rgb;
    }
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat wrapped(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()),
                          std::size_t(rgb.bytesPerLine()));
    return wrapped.clone();
}

QImage toQImage(const cv::Mat &rgb)
{
    QImage image;
    if (rgb.depth() == CV_16U) {
        image = QImage(rgb.cols, rgb.rows, QImage::Format_RGBX64);
        cv::Mat wrapped(rgb.rows, rgb.cols, CV_16UC4, image.bits(), std::size_t(image.bytesPerLine()));
        cv::cvtColor(rgb, wrapped, cv::COLOR_RGB2RGBA);
        // cvtColor fills alpha with the maximum for 16-bit: RGBX64 wants 0xffff.
    } else {
        image = QImage(rgb.cols, rgb.rows, QImage::Format_RGB888);
        cv::Mat wrapped(rgb.rows, rgb.cols, CV_8UC3, image.bits(), std::size_t(image.bytesPerLine()));
        rgb.copyTo(wrapped);
    }
    image.setColorSpace(QColorSpace(QColorSpace::SRgb));
    return image;
}

} // namespace tintype::renderstages
