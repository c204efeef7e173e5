#include "Commands.h"
#include "Output.h"

#include "common/NativePath.h"
#include "geo/ReverseGeocoder.h"
#include "metadata/MetadataReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace tintype::cli {

int runInfo(const QStringList &args)
{
    const bool json = args.contains(QLatin1String("--json"));
    QStringList files = args;
    files.removeAll(QStringLiteral("--json"));
    if (files.isEmpty()) {
        err() << QCoreApplication::translate("info", "Usage: tintype-cli info [--json] FILE...\n");
        return UsageError;
    }
    int code = Ok;
    QJsonArray array;
    for (const QString &file : std::as_const(files)) {
        const auto path = nativepath::fromUser(file);
        auto metadata = MetadataReader::read(path);
        if (!metadata) {
            code = SomeFilesFailed;
            err() << file << ": " << metadata.error() << "\n";
            if (json) {
                QJsonObject failed{{QStringLiteral("path"), file}, {QStringLiteral("error"), metadata.error()}};
                array.append(failed);
            }
            continue;
        }
        if (json) {
            QJsonObject o = metadataToJson(path, metadata.value());
            // The place at the file's position, from the place index (no catalog).
            const MediaMetadata &m = metadata.value();
            const ReverseGeocoder *geocoder = ReverseGeocoder::shared();
            if (geocoder && m.latitude && m.longitude) {
                const Place place = geocoder->placeAt(*m.latitude, *m.longitude);
                o[QStringLiteral("place")] = placeToJson(place.countryCode, place.region, place.city);
            } else {
                o[QStringLiteral("place")] = QJsonValue();
            }
            array.append(o);
        } else
            out() << metadataToText(path, metadata.value()) << "\n";
    }
    if (json)
        out() << QJsonDocument(array).toJson();
    return code;
}

} // namespace tintype::cli
