#include "Commands.h"
#include "Output.h"

#include "common/NativePath.h"
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
        if (json)
            array.append(metadataToJson(path, metadata.value()));
        else
            out() << metadataToText(path, metadata.value()) << "\n";
    }
    if (json)
        out() << QJsonDocument(array).toJson();
    return code;
}

} // namespace tintype::cli
