#include "AppStart.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QTextStream>

namespace tintype::appstart {

void prepare()
{
    // Videos through Qt Multimedia's FFmpeg backend: FFmpeg is already a
    // dependency, GStreamer's plugins may not be installed.
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
}

void describe()
{
    QGuiApplication::setApplicationName(QStringLiteral("tintype"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tintype"));
    QGuiApplication::setApplicationVersion(QStringLiteral(TINTYPE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("tintype"));
    QQuickStyle::setStyle(QStringLiteral("Material"));
}

std::optional<int> parseArguments(QStringList args, AppSession::Options &options, const ExtraOption &extra,
                                  const QString &extraHelp)
{
    options.catalogPath = Catalog::defaultPath();
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--catalog") && !args.isEmpty()) {
            options.catalogPath = args.takeFirst();
        } else if (a == QLatin1String("--no-scan")) {
            options.scanOnStart = false;
        } else if (a == QLatin1String("--demo")) {
            options.demo = true;
        } else if (a == QLatin1String("--help")) {
            QTextStream(stdout) << QCoreApplication::translate(
                                       "main", "Usage: tintype [--catalog PATH] [--no-scan] [--demo] [FOLDER]\n"
                                               "Opens Tintype on the library (adding FOLDER to it first).\n")
                                << extraHelp;
            return 0;
        } else if (a == QLatin1String("--version")) {
            QTextStream(stdout) << "tintype " << QCoreApplication::applicationVersion() << "\n";
            return 0;
        } else if (extra && extra(a, args)) {
            continue;
        } else if (a.startsWith(QLatin1String("--"))) {
            QTextStream(stderr)
                << QCoreApplication::translate("main", "Unknown option %1; see tintype --help\n").arg(a);
            return 2;
        } else {
            options.folder = a;
        }
    }
    return std::nullopt;
}

} // namespace tintype::appstart
