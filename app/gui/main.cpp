// tintype: the desktop app. Builds the shared objects, registers the image
// provider and loads the QML module (Qt 6.4: by its qrc path).
#include "AppSession.h"
#include "ScriptedRun.h"

#include "catalog/Catalog.h"

#include <QApplication>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTextStream>

Q_IMPORT_QML_PLUGIN(TintypePlugin)

using namespace tintype;

int main(int argc, char *argv[])
{
    // Videos through Qt Multimedia's FFmpeg backend: FFmpeg is already a
    // dependency, GStreamer's plugins may not be installed.
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv); // widgets for the file dialogs (FilePicker)
    QGuiApplication::setApplicationName(QStringLiteral("tintype"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tintype"));
    QGuiApplication::setApplicationVersion(QStringLiteral(TINTYPE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("tintype"));

    AppSession::Options options;
    options.catalogPath = Catalog::defaultPath();
    QStringList args = app.arguments().mid(1);
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--catalog") && !args.isEmpty()) {
            options.catalogPath = args.takeFirst();
        } else if (a == QLatin1String("--screenshots") && !args.isEmpty()) {
            options.script = ScriptedRun::Mode::Screenshots;
            options.scriptDir = args.takeFirst();
        } else if (a == QLatin1String("--benchmark")) {
            options.script = ScriptedRun::Mode::Benchmark;
        } else if (a == QLatin1String("--no-scan")) {
            options.scanOnStart = false;
        } else if (a == QLatin1String("--help")) {
            QTextStream(stdout) << QCoreApplication::translate(
                "main", "Usage: tintype [--catalog PATH] [--no-scan] [FOLDER]\n"
                        "Opens Tintype on the library (adding FOLDER to it first).\n"
                        "  --screenshots DIR  save a tour of the views as PNG files and quit (tests)\n"
                        "  --benchmark        measure first paint, scrolling and the date scrubber, print, quit\n");
            return 0;
        } else if (a == QLatin1String("--version")) {
            QTextStream(stdout) << "tintype " << QCoreApplication::applicationVersion() << "\n";
            return 0;
        } else if (a.startsWith(QLatin1String("--"))) {
            QTextStream(stderr)
                << QCoreApplication::translate("main", "Unknown option %1; see tintype --help\n").arg(a);
            return 2;
        } else {
            options.folder = a;
        }
    }

    QQuickStyle::setStyle(QStringLiteral("Material"));
    AppSession session(options);
    if (!session.start())
        return 1;
    return QGuiApplication::exec();
}
