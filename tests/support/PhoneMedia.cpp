#include "support/PhoneMedia.h"

#include "support/TestMedia.h"

#include <exiv2/exiv2.hpp>
#include <libheif/heif.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

namespace tintype::test {

namespace {
struct HeifDeleter {
    void operator()(heif_context *c) const { heif_context_free(c); }
    void operator()(heif_image *i) const { heif_image_release(i); }
    void operator()(heif_encoder *e) const { heif_encoder_release(e); }
    void operator()(heif_image_handle *h) const { heif_image_handle_release(h); }
};
template <typename T>
using HeifPtr = std::unique_ptr<T, HeifDeleter>;
} // namespace

QByteArray exifTiff(const MetadataValues &values)
{
    Exiv2::ExifData exif;
    for (const auto &[key, value] : values)
        exif[key.toStdString()] = value.toStdString();
    Exiv2::Blob blob;
    Exiv2::ExifParser::encode(blob, Exiv2::littleEndian, exif);
    return QByteArray(reinterpret_cast<const char *>(blob.data()), qsizetype(blob.size()));
}

QByteArray samsungLikeIccProfile()
{
    QByteArray icc(200, '\0');
    const quint32 declared = quint32(icc.size()) + 2; // off by two, like the phones'
    for (int i = 0; i < 4; ++i)
        icc[i] = char((declared >> (24 - 8 * i)) & 0xff);
    std::memcpy(icc.data() + 4, "appl", 4);
    std::memcpy(icc.data() + 12, "mntrRGB XYZ ", 12);
    std::memcpy(icc.data() + 36, "acsp", 4);
    return icc;
}

bool writeHeic(const std::filesystem::path &file, const QImage &source, const HeicParts &parts)
{
    if (!heif_have_encoder_for_format(heif_compression_HEVC))
        return false;
    const QImage rgb = source.convertToFormat(QImage::Format_RGB888);
    heif_image *rawImage = nullptr;
    if (heif_image_create(rgb.width(), rgb.height(), heif_colorspace_RGB, heif_chroma_interleaved_RGB, &rawImage)
            .code != heif_error_Ok)
        return false;
    HeifPtr<heif_image> image(rawImage);
    heif_image_add_plane(image.get(), heif_channel_interleaved, rgb.width(), rgb.height(), 8);
    int stride = 0;
    uint8_t *plane = heif_image_get_plane(image.get(), heif_channel_interleaved, &stride);
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(plane + qsizetype(y) * stride, rgb.constScanLine(y), size_t(rgb.width()) * 3);
    if (!parts.icc.isEmpty())
        heif_image_set_raw_color_profile(image.get(), "prof", parts.icc.constData(), size_t(parts.icc.size()));

    HeifPtr<heif_context> context(heif_context_alloc());
    heif_encoder *rawEncoder = nullptr;
    if (heif_context_get_encoder_for_format(context.get(), heif_compression_HEVC, &rawEncoder).code != heif_error_Ok)
        return false;
    HeifPtr<heif_encoder> encoder(rawEncoder);
    heif_encoder_set_lossy_quality(encoder.get(), 80);
    heif_encoding_options *options = heif_encoding_options_alloc();
    options->image_orientation = heif_orientation(parts.transform);
    heif_image_handle *rawHandle = nullptr;
    const heif_error encoded =
        heif_context_encode_image(context.get(), image.get(), encoder.get(), options, &rawHandle);
    heif_encoding_options_free(options);
    if (encoded.code != heif_error_Ok)
        return false;
    HeifPtr<heif_image_handle> handle(rawHandle);
    if (!parts.exifItem.isEmpty() &&
        heif_context_add_exif_metadata(context.get(), handle.get(), parts.exifItem.constData(),
                                       int(parts.exifItem.size()))
                .code != heif_error_Ok)
        return false;
    if (!parts.xmp.isEmpty() &&
        heif_context_add_XMP_metadata(context.get(), handle.get(), parts.xmp.constData(), int(parts.xmp.size())).code !=
            heif_error_Ok)
        return false;
    QByteArray bytes;
    heif_writer writer{};
    writer.writer_api_version = 1;
    writer.write = [](heif_context *, const void *data, size_t size, void *userdata) {
        static_cast<QByteArray *>(userdata)->append(static_cast<const char *>(data), qsizetype(size));
        return heif_error{heif_error_Ok, heif_suberror_Unspecified, "ok"};
    };
    if (heif_context_write(context.get(), &writer, &bytes).code != heif_error_Ok)
        return false;
    if (parts.transform >= 5) {
        // libheif 1.15 writes the turned size into ispe; phones and the spec
        // write the stored one (an iPhone's portrait: ispe 4032×3024, irot).
        for (qsizetype at = bytes.indexOf("ispe"); at > 0 && at + 16 <= bytes.size();
             at = bytes.indexOf("ispe", at + 4)) {
            const QByteArray width = bytes.mid(at + 8, 4), height = bytes.mid(at + 12, 4);
            bytes.replace(at + 8, 4, height);
            bytes.replace(at + 12, 4, width);
        }
    }
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    return writeBytes(file, bytes);
}

} // namespace tintype::test

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/opt.h>
}

namespace tintype::test {

QByteArray writeClip(const std::filesystem::path &file, int frames, QSize size, const MetadataValues &metadata,
                     int rotationDegrees)
{
    const std::string name = file.string();
    AVFormatContext *format = nullptr;
    if (avformat_alloc_output_context2(&format, nullptr, nullptr, name.c_str()) < 0 || !format)
        return {};
    const std::unique_ptr<AVFormatContext, void (*)(AVFormatContext *)> formatGuard(
        format, [](AVFormatContext *f) { avformat_free_context(f); });
    const AVCodec *codec = avcodec_find_encoder(AV_CODEC_ID_MPEG4);
    AVCodecContext *encoder = codec ? avcodec_alloc_context3(codec) : nullptr;
    if (!encoder)
        return {};
    const std::unique_ptr<AVCodecContext, void (*)(AVCodecContext *)> encoderGuard(
        encoder, [](AVCodecContext *c) { avcodec_free_context(&c); });
    encoder->width = size.width();
    encoder->height = size.height();
    encoder->pix_fmt = AV_PIX_FMT_YUV420P;
    encoder->time_base = AVRational{1, 10};
    encoder->framerate = AVRational{10, 1};
    encoder->gop_size = 5;
    if (format->oformat->flags & AVFMT_GLOBALHEADER)
        encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (avcodec_open2(encoder, codec, nullptr) < 0)
        return {};
    AVStream *stream = avformat_new_stream(format, nullptr);
    avcodec_parameters_from_context(stream->codecpar, encoder);
    stream->time_base = encoder->time_base;
    if (rotationDegrees != 0) {
        auto *matrix = reinterpret_cast<int32_t *>(
            av_stream_new_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, sizeof(int32_t) * 9));
        if (matrix)
            av_display_rotation_set(matrix, rotationDegrees); // read back as this (exiftool: Rotation)
    }
    for (const auto &[key, value] : metadata)
        av_dict_set(&format->metadata, key.toUtf8().constData(), value.toUtf8().constData(), 0);
    AVDictionary *options = nullptr;
    if (!metadata.isEmpty())
        av_dict_set(&options, "movflags", "use_metadata_tags", 0);
    if (avio_open(&format->pb, name.c_str(), AVIO_FLAG_WRITE) < 0)
        return {};
    const bool headerWritten = avformat_write_header(format, &options) >= 0;
    av_dict_free(&options);

    AVFrame *frame = av_frame_alloc();
    AVPacket *packet = av_packet_alloc();
    frame->format = encoder->pix_fmt;
    frame->width = encoder->width;
    frame->height = encoder->height;
    av_frame_get_buffer(frame, 0);
    auto drain = [&] {
        while (avcodec_receive_packet(encoder, packet) == 0) {
            av_packet_rescale_ts(packet, encoder->time_base, stream->time_base);
            packet->stream_index = stream->index;
            av_interleaved_write_frame(format, packet);
        }
    };
    for (int i = 0; headerWritten && i < frames; ++i) {
        av_frame_make_writable(frame);
        for (int y = 0; y < frame->height; ++y)
            for (int x = 0; x < frame->width; ++x)
                frame->data[0][y * frame->linesize[0] + x] = uint8_t((x * 4 + y + i * 12) & 0xff);
        for (int y = 0; y < frame->height / 2; ++y)
            for (int x = 0; x < frame->width / 2; ++x) {
                frame->data[1][y * frame->linesize[1] + x] = uint8_t(128 + i * 5);
                frame->data[2][y * frame->linesize[2] + x] = uint8_t(128 - i * 5);
            }
        frame->pts = i;
        avcodec_send_frame(encoder, frame);
        drain();
    }
    avcodec_send_frame(encoder, nullptr);
    drain();
    if (headerWritten)
        av_write_trailer(format);
    av_packet_free(&packet);
    av_frame_free(&frame);
    avio_closep(&format->pb);
    return headerWritten ? readBytes(file) : QByteArray();
}

namespace {
QByteArray pixelXmp(qint64 clipLength, bool microVideo)
{
    const QByteArray length = QByteArray::number(clipLength);
    if (microVideo)
        return R"(<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:GCamera="http://ns.google.com/photos/1.0/camera/"
 GCamera:MicroVideo="1" GCamera:MicroVideoVersion="1" GCamera:MicroVideoOffset=")" +
               length + R"(" GCamera:MicroVideoPresentationTimestampUs="266571"/></rdf:RDF></x:xmpmeta>)";
    return R"(<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:GCamera="http://ns.google.com/photos/1.0/camera/"
 xmlns:Container="http://ns.google.com/photos/1.0/container/"
 xmlns:Item="http://ns.google.com/photos/1.0/container/item/"
 GCamera:MotionPhoto="1" GCamera:MotionPhotoVersion="1" GCamera:MotionPhotoPresentationTimestampUs="1019083">
<Container:Directory><rdf:Seq>
<rdf:li rdf:parseType="Resource"><Container:Item Item:Mime="image/jpeg" Item:Semantic="Primary" Item:Length="0" Item:Padding="0"/></rdf:li>
<rdf:li rdf:parseType="Resource"><Container:Item Item:Mime="video/mp4" Item:Semantic="MotionPhoto" Item:Length=")" +
           length + R"(" Item:Padding="0"/></rdf:li>
</rdf:Seq></Container:Directory></rdf:Description></rdf:RDF></x:xmpmeta>)";
}

void appendLe32(QByteArray &bytes, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        bytes.append(char((v >> (8 * i)) & 0xff));
}
} // namespace

bool writePixelMotionPhoto(const std::filesystem::path &file, const QByteArray &jpeg, const QByteArray &clip,
                           bool microVideo)
{
    if (!writeBytes(file, jpeg))
        return false;
    try {
        auto image = Exiv2::ImageFactory::open(file.string());
        image->readMetadata();
        image->setXmpPacket(pixelXmp(clip.size(), microVideo).toStdString());
        image->writeXmpFromPacket(true);
        image->writeMetadata();
    } catch (...) {
        return false;
    }
    return writeBytes(file, readBytes(file) + clip);
}

bool writeSamsungMotionPhoto(const std::filesystem::path &file, const QByteArray &jpeg, const QByteArray &clip)
{
    const QByteArray name = "MotionPhoto_Data";
    QByteArray record;
    record.append("\x00\x00\x30\x0a", 4); // record type, as the phones write it
    appendLe32(record, quint32(name.size()));
    record += name + clip;
    QByteArray sef = jpeg;
    const qint64 recordPos = sef.size();
    sef += record;
    const qint64 dirPos = sef.size();
    QByteArray dir("SEFH");
    appendLe32(dir, 106); // version
    appendLe32(dir, 1);   // one record
    dir.append("\x00\x00\x30\x0a", 4);
    appendLe32(dir, quint32(dirPos - recordPos)); // back from the directory
    appendLe32(dir, quint32(record.size()));
    sef += dir;
    appendLe32(sef, quint32(dir.size()));
    sef += "SEFT";
    return writeBytes(file, sef);
}

bool writeGalaxyS10MotionPhoto(const std::filesystem::path &file, const QByteArray &jpeg, const QByteArray &clip)
{
    struct Record {
        quint32 type;
        QByteArray name, data;
    };
    const QList<Record> records{
        {0x0a01, "Image_UTC_Data", "1587663221412"}, {0x0aa1, "MCC_Data", "262"}, {0x0a30, "MotionPhoto_Data", clip}};
    constexpr qint64 kAfterClip = 8 + 12 + 3 * 12; // footer, SEFH head, three entries
    const QByteArray xmp =
        R"(<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:GCamera="http://ns.google.com/photos/1.0/camera/"
 GCamera:MicroVideo="1" GCamera:MicroVideoVersion="1" GCamera:MicroVideoOffset=")" +
        QByteArray::number(clip.size() + kAfterClip) +
        R"(" GCamera:MicroVideoPresentationTimestampUs="-1"/></rdf:RDF></x:xmpmeta>)";
    if (!writeBytes(file, jpeg))
        return false;
    try {
        auto image = Exiv2::ImageFactory::open(file.string());
        image->readMetadata();
        image->setXmpPacket(xmp.toStdString());
        image->writeXmpFromPacket(true);
        image->writeMetadata();
    } catch (...) {
        return false;
    }
    QByteArray sef = readBytes(file);
    QList<qint64> starts;
    for (const Record &r : records) {
        starts << sef.size();
        QByteArray head;
        head.append('\0').append('\0').append(char(r.type & 0xff)).append(char(r.type >> 8));
        appendLe32(head, quint32(r.name.size()));
        sef += head + r.name + r.data;
    }
    const qint64 dirPos = sef.size();
    QByteArray dir("SEFH");
    appendLe32(dir, 106);
    appendLe32(dir, quint32(records.size()));
    for (qsizetype i = 0; i < records.size(); ++i) {
        const qint64 end = i + 1 < records.size() ? starts[i + 1] : dirPos;
        dir.append('\0').append('\0').append(char(records[i].type & 0xff)).append(char(records[i].type >> 8));
        appendLe32(dir, quint32(dirPos - starts[i])); // back from the directory
        appendLe32(dir, quint32(end - starts[i]));
    }
    sef += dir;
    appendLe32(sef, quint32(dir.size()));
    sef += "SEFT";
    return writeBytes(file, sef);
}

} // namespace tintype::test

namespace tintype::test {

QByteArray appleMakerNote(const QString &contentIdentifier, const QString &burstUuid)
{
    QList<QPair<quint16, QByteArray>> entries;
    if (!burstUuid.isEmpty())
        entries.append({0x000b, burstUuid.toLatin1() + '\0'});
    if (!contentIdentifier.isEmpty())
        entries.append({0x0011, contentIdentifier.toLatin1() + '\0'});
    auto be16 = [](QByteArray &b, quint32 v) { b.append(char((v >> 8) & 0xff)).append(char(v & 0xff)); };
    auto be32 = [&](QByteArray &b, quint32 v) {
        be16(b, v >> 16);
        be16(b, v & 0xffff);
    };
    QByteArray note("Apple iOS\0", 10);
    be16(note, 14); // version
    note += "MM";
    QByteArray values;
    const quint32 valuesAt = quint32(14 + 2 + entries.size() * 12 + 4);
    be16(note, quint32(entries.size()));
    for (const auto &[tag, value] : entries) {
        be16(note, tag);
        be16(note, 2); // ASCII
        be32(note, quint32(value.size()));
        be32(note, valuesAt + quint32(values.size()));
        values += value;
    }
    be32(note, 0); // no next IFD
    return note + values;
}

QString undefinedValue(const QByteArray &bytes)
{
    QStringList parts;
    for (const char c : bytes)
        parts << QString::number(uchar(c));
    return parts.join(u' ');
}

} // namespace tintype::test

namespace tintype::test {

QByteArray writeHdrClip(const std::filesystem::path &file, double signal, bool hlg, QSize size)
{
    const std::string name = file.string();
    AVFormatContext *format = nullptr;
    if (avformat_alloc_output_context2(&format, nullptr, "matroska", name.c_str()) < 0 || !format)
        return {};
    const std::unique_ptr<AVFormatContext, void (*)(AVFormatContext *)> formatGuard(
        format, [](AVFormatContext *f) { avformat_free_context(f); });
    const AVCodec *codec = avcodec_find_encoder(AV_CODEC_ID_FFV1);
    AVCodecContext *encoder = codec ? avcodec_alloc_context3(codec) : nullptr;
    if (!encoder)
        return {};
    const std::unique_ptr<AVCodecContext, void (*)(AVCodecContext *)> encoderGuard(
        encoder, [](AVCodecContext *c) { avcodec_free_context(&c); });
    encoder->width = size.width();
    encoder->height = size.height();
    encoder->pix_fmt = AV_PIX_FMT_YUV420P10LE;
    encoder->time_base = AVRational{1, 10};
    encoder->color_primaries = AVCOL_PRI_BT2020;
    encoder->color_trc = hlg ? AVCOL_TRC_ARIB_STD_B67 : AVCOL_TRC_SMPTE2084;
    encoder->colorspace = AVCOL_SPC_BT2020_NCL;
    encoder->color_range = AVCOL_RANGE_MPEG;
    if (format->oformat->flags & AVFMT_GLOBALHEADER)
        encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (avcodec_open2(encoder, codec, nullptr) < 0)
        return {};
    AVStream *stream = avformat_new_stream(format, nullptr);
    avcodec_parameters_from_context(stream->codecpar, encoder);
    stream->time_base = encoder->time_base;
    if (avio_open(&format->pb, name.c_str(), AVIO_FLAG_WRITE) < 0)
        return {};
    if (avformat_write_header(format, nullptr) < 0) {
        avio_closep(&format->pb);
        return {};
    }
    AVFrame *frame = av_frame_alloc();
    AVPacket *packet = av_packet_alloc();
    frame->format = encoder->pix_fmt;
    frame->width = encoder->width;
    frame->height = encoder->height;
    av_frame_get_buffer(frame, 0);
    const auto luma = uint16_t(std::lround(64 + signal * 876)); // limited range, 10 bits
    auto drain = [&] {
        while (avcodec_receive_packet(encoder, packet) == 0) {
            av_packet_rescale_ts(packet, encoder->time_base, stream->time_base);
            packet->stream_index = stream->index;
            av_interleaved_write_frame(format, packet);
        }
    };
    for (int i = 0; i < 3; ++i) {
        av_frame_make_writable(frame);
        for (int plane = 0; plane < 3; ++plane) {
            const int h = plane == 0 ? frame->height : frame->height / 2;
            const int w = plane == 0 ? frame->width : frame->width / 2;
            for (int y = 0; y < h; ++y) {
                auto *line =
                    reinterpret_cast<uint16_t *>(frame->data[plane] + std::ptrdiff_t(y) * frame->linesize[plane]);
                std::fill(line, line + w, plane == 0 ? luma : uint16_t(512));
            }
        }
        frame->pts = i;
        avcodec_send_frame(encoder, frame);
        drain();
    }
    avcodec_send_frame(encoder, nullptr);
    drain();
    av_write_trailer(format);
    av_packet_free(&packet);
    av_frame_free(&frame);
    avio_closep(&format->pb);
    return readBytes(file);
}

} // namespace tintype::test
