#include "Commands.h"
#include "Output.h"
#include "TerminalProgress.h"

#include "common/NativePath.h"
#include "takeout/TakeoutImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace tintype::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("takeout", text); }

const char *const kUsage = "Usage: tintype-cli takeout import PARTS... --to DIR [--pattern P] [--sidecar] "
                           "[--dry-run] [--include-trashed] [--report FILE] [--json]\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}
} // namespace

int runTakeout(Catalog &catalog, const QStringList &args)
{
    if (args.value(0) != QLatin1String("import")) {
        err() << tr(kUsage);
        return UsageError;
    }
    TakeoutImportOptions options;
    QString reportPath;
    bool json = false;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](QString &into) {
            if (i + 1 >= args.size())
                return false;
            into = args[++i];
            return true;
        };
        QString text;
        if (a == QLatin1String("--to") && value(text)) {
            options.destination = nativepath::fromUser(text);
        } else if (a == QLatin1String("--pattern") && value(text)) {
            options.pattern = text;
        } else if (a == QLatin1String("--report") && value(text)) {
            reportPath = text;
        } else if (a == QLatin1String("--sidecar")) {
            options.sidecars = true;
        } else if (a == QLatin1String("--dry-run")) {
            options.dryRun = true;
        } else if (a == QLatin1String("--include-trashed")) {
            options.includeTrashed = true;
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            err() << tr(kUsage);
            return UsageError;
        } else {
            options.inputs << a;
        }
    }
    if (options.inputs.isEmpty() || options.destination.empty()) {
        err() << tr(kUsage);
        return UsageError;
    }

    TakeoutImporter importer(catalog, options);
    TerminalProgress bar(QStringLiteral("MB"));
    const TakeoutReport report = importer.run([&](const TakeoutProgress &p) {
        if (interrupted())
            importer.cancel();
        switch (p.phase) {
        case TakeoutProgress::Phase::Reading:
            bar.update(tr("Reading names and JSON"), p.done >> 20, p.total >> 20);
            break;
        case TakeoutProgress::Phase::Copying:
            bar.update(options.dryRun ? tr("Checking photos") : tr("Copying photos"), p.done >> 20, p.total >> 20);
            break;
        case TakeoutProgress::Phase::Cataloguing: bar.update(tr("Adding to the library"), p.done, p.total); break;
        }
    });
    bar.finish();

    if (!reportPath.isEmpty()) {
        const bool asJson = reportPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
        const QString textPath = asJson ? reportPath.chopped(5) + QStringLiteral(".txt") : reportPath;
        const QString jsonPath = asJson ? reportPath : reportPath + QStringLiteral(".json");
        if (!writeFile(jsonPath, report.toJson()) || !writeFile(textPath, report.toText().toUtf8()))
            err() << tr("Cannot write the report to %1\n").arg(reportPath);
        else
            err() << tr("Report: %1 and %2\n").arg(textPath, jsonPath);
    }
    if (json) {
        out() << QString::fromUtf8(report.toJson());
    } else {
        // The summary: the text report without the per-file list.
        const QString text = report.toText();
        const qsizetype every = text.indexOf(QLatin1String("\n") + tr("Every file:"));
        out() << (every >= 0 ? text.left(every + 1) : text);
        out() << tr("%1 read, %2 written in %3 s\n")
                     .arg(QLocale::c().formattedDataSize(report.bytesRead),
                          QLocale::c().formattedDataSize(report.bytesWritten))
                     .arg(report.seconds, 0, 'f', 1);
    }
    if (report.cancelled) {
        out() << tr("Stopped. Run the same command again to go on where it stopped.\n");
        return Interrupted;
    }
    if (!report.error.isEmpty()) {
        err() << report.error << "\n";
        return CatalogError;
    }
    return report.count(Decision::Failed) > 0 ? SomeFilesFailed : Ok;
}

} // namespace tintype::cli
