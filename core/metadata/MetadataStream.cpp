#include "metadata/MetadataStream.h"

#include <QDataStream>
#include <QIODevice>

namespace tintype {

namespace {
constexpr quint32 kMagic = 0x54544d31; // "TTM1"

template <typename T>
QDataStream &operator<<(QDataStream &out, const std::optional<T> &value)
{
    out << value.has_value();
    if (value)
        out << *value;
    return out;
}

template <typename T>
QDataStream &operator>>(QDataStream &in, std::optional<T> &value)
{
    bool has = false;
    in >> has;
    value.reset();
    if (has) {
        T read{};
        in >> read;
        value = read;
    }
    return in;
}

// Every field, in one order for both directions.
template <typename Stream, typename Metadata, typename Int>
void fields(Stream &&stream, Metadata &m, Int &kind, Int &source)
{
    stream(m.format, kind, m.captureTime.utc, m.captureTime.offsetMinutes, source, m.latitude, m.longitude, m.altitude,
           m.orientation, m.width, m.height, m.make, m.model, m.lens, m.iso, m.fNumber, m.exposureTime, m.focalLength,
           m.rating, m.keywords, m.title, m.description, m.durationSeconds, m.rotationDegrees, m.contentIdentifier,
           m.burstId, m.warnings, m.damage);
}
} // namespace

QByteArray metadatastream::write(const MediaMetadata &metadata)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic;
    int kind = int(metadata.kind), source = int(metadata.captureTime.source);
    fields([&out](const auto &...value) { (out << ... << value); }, metadata, kind, source);
    out << metadata.motionClip.has_value();
    if (metadata.motionClip)
        out << qint64(metadata.motionClip->offset) << qint64(metadata.motionClip->length);
    return bytes;
}

std::optional<MediaMetadata> metadatastream::read(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    in >> magic;
    if (magic != kMagic)
        return std::nullopt;
    MediaMetadata metadata;
    int kind = 0, source = 0;
    fields([&in](auto &...value) { (in >> ... >> value); }, metadata, kind, source);
    bool hasClip = false;
    in >> hasClip;
    if (hasClip) {
        qint64 offset = 0, length = 0;
        in >> offset >> length;
        metadata.motionClip = EmbeddedClip{offset, length};
    }
    if (in.status() != QDataStream::Ok || kind < 0 || kind > int(MediaKind::Sidecar) || source < 0 ||
        source > int(CaptureTimeSource::User))
        return std::nullopt;
    metadata.kind = MediaKind(kind);
    metadata.captureTime.source = CaptureTimeSource(source);
    return metadata;
}

} // namespace tintype
