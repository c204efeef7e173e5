// The motion-photo hints of an XMP packet (MotionPhoto.h): Google's camera and
// container namespaces, matched by namespace URI, whatever prefix a phone used.
#include "metadata/Exiv2Fields.h"
#include "metadata/TextDecoding.h"

#include <QRegularExpression>

namespace tintype::detail {

namespace {
const char *const kCameraNs = "http://ns.google.com/photos/1.0/camera/";

std::optional<std::int64_t> integer(const Exiv2::Xmpdatum &d)
{
    bool ok = false;
    const qlonglong v = textdecoding::decode(d.toString()).trimmed().toLongLong(&ok);
    return ok && v >= 0 ? std::optional<std::int64_t>(v) : std::nullopt;
}

bool inNamespace(const Exiv2::Xmpdatum &d, const char *ns)
{
    try {
        return Exiv2::XmpProperties::ns(d.groupName()) == ns;
    } catch (...) {
        return false;
    }
}
} // namespace

void extractMotionPhotoHints(const Exiv2::XmpData &xmp, MotionPhotoHints &hints)
{
    // "Xmp.Container.Directory[2]/Container:Item/Item:Length"
    static const QRegularExpression item(
        QStringLiteral(R"(^Xmp\.\w+\.Directory\[(\d+)\]/\w+:Item/\w+:(Mime|Semantic|Length|Padding)$)"));
    for (const Exiv2::Xmpdatum &d : xmp) {
        const QString key = QString::fromStdString(d.key());
        const QString tag = QString::fromStdString(d.tagName());
        if (tag == QLatin1String("MotionPhoto") || tag == QLatin1String("MicroVideo")) {
            if (inNamespace(d, kCameraNs) && integer(d).value_or(0) == 1)
                hints.flagged = true;
        } else if (tag == QLatin1String("MicroVideoOffset")) {
            if (inNamespace(d, kCameraNs))
                hints.microVideoOffset = integer(d);
        } else if (const auto match = item.match(key); match.hasMatch()) {
            const int index = match.captured(1).toInt();
            if (index < 1 || index > 64)
                continue;
            if (hints.directory.size() < std::size_t(index))
                hints.directory.resize(std::size_t(index));
            MotionPhotoHints::Item &it = hints.directory[std::size_t(index) - 1];
            const QString field = match.captured(2);
            if (field == QLatin1String("Mime"))
                it.mime = textdecoding::decode(d.toString());
            else if (field == QLatin1String("Semantic"))
                it.semantic = textdecoding::decode(d.toString());
            else if (field == QLatin1String("Length"))
                it.length = integer(d).value_or(0);
            else
                it.padding = integer(d).value_or(0);
        }
    }
}

} // namespace tintype::detail
