#include "AppStart.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
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
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tintype.Tintype")); // packaging's .desktop file
    QQuickStyle::setStyle(QStringLiteral("Material"));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // The app's icon: the installed one (hicolor theme, from packaging), else the
        // resources' when they hold one; none: the window system's default.
        const QString name = QGuiApplication::desktopFileName();
        const QString bundled = QStringLiteral(":/icons/%1.svg").arg(name);
        QIcon icon = QIcon::fromTheme(name);
        if (icon.isNull() && QFile::exists(bundled))
            icon = QIcon(bundled);
        if (!icon.isNull())
            QGuiApplication::setWindowIcon(icon);
    }
}

std::optional<int> answerWithoutWindow(int &argc, char **argv)
{
    bool asked = false;
    for (int i = 1; i < argc; ++i)
        asked = asked || qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "--help") == 0;
    if (!asked)
        return std::nullopt;
    const QCoreApplication app(argc, argv);
    describe();
    AppSession::Options options;
    return parseArguments(QCoreApplication::arguments().mid(1), options).value_or(0);
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
                                       "main",
                                       "Usage: tintype [--catalog PATH] [--no-scan] [--demo] [FOLDER | FILE...]\n"
                                       "Opens Tintype on the library (adding FOLDER to it first), or on FILE:\n"
                                       "in the library's viewer when FILE is in the library, else in a viewer\n"
                                       "on its folder (nothing is added to the library).\n")
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
        } else if (QFileInfo(a).isDir()) {
            options.folder = a;
        } else {
            options.openPaths << a; // a file, or a path that is not there (OpenedFiles says so)
        }
    }
    return std::nullopt;
}

} // namespace tintype::appstart
