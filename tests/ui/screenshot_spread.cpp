// tintype-screenshot-spread PNG...: for each image, the standard deviation of its
// luminance (0..255) and the share of pixels that differ from its most common
// colour; "blank" when either is below what any real view shows (a window of
// one colour, or one colour with a stray line). Exit 1 when any image is blank
// or unreadable. Used by screenshot_smoke.sh: a blank check by pixels, not by
// the PNG's byte count.
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QTextStream>

#include <cmath>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);   // QImage reads PNG without a display
    constexpr double kMinSpread = 4.0;  // luminance standard deviation
    constexpr double kMinOther = 0.005; // share of pixels not of the most common colour
    QTextStream out(stdout);
    int status = 0;
    for (const QString &path : app.arguments().mid(1)) {
        const QImage image = QImage(path).convertToFormat(QImage::Format_RGB32);
        if (image.isNull()) {
            out << path << ": unreadable\n";
            status = 1;
            continue;
        }
        double sum = 0, sumSquares = 0;
        QHash<QRgb, qint64> counts;
        for (int y = 0; y < image.height(); ++y) {
            const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const double luma = 0.2126 * qRed(row[x]) + 0.7152 * qGreen(row[x]) + 0.0722 * qBlue(row[x]);
                sum += luma;
                sumSquares += luma * luma;
                ++counts[row[x] & 0xffffffU];
            }
        }
        const double n = double(image.width()) * image.height();
        const double spread = std::sqrt(std::max(0.0, sumSquares / n - (sum / n) * (sum / n)));
        qint64 dominant = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            dominant = std::max(dominant, it.value());
        const double other = 1.0 - double(dominant) / n;
        const bool blank = spread < kMinSpread || other < kMinOther;
        out << path << ": luminance spread " << QString::number(spread, 'f', 1) << ", "
            << QString::number(100.0 * other, 'f', 1) << " % not the main colour" << (blank ? " — BLANK" : "") << "\n";
        if (blank)
            status = 1;
    }
    return status;
}
