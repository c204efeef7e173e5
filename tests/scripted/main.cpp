// tintype-scripted: the desktop app (the same AppSession as `tintype`) driven
// without a user, for the screenshot smoke test (ui/screenshots) and the app
// benchmark (tests/bench/app_benchmark.sh). Not installed.
#include "AppSession.h"
#include "AppStart.h"
#include "ScriptedRun.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QQmlExtensionPlugin>
#include <QTextStream>

Q_IMPORT_QML_PLUGIN(TintypePlugin)

using namespace tintype;

int main(int argc, char *argv[])
{
    appstart::prepare();
    QApplication app(argc, argv); // widgets for the file dialogs (FilePicker)
    appstart::describe();
    AppSession::Options options;
    ScriptedRun::Mode mode = ScriptedRun::Mode::None;
    QString directory;
    const auto scripted = [&](const QString &option, QStringList &rest) {
        if (option == QLatin1String("--screenshots") && !rest.isEmpty()) {
            mode = ScriptedRun::Mode::Screenshots;
            directory = rest.takeFirst();
            return true;
        }
        if (option == QLatin1String("--benchmark")) {
            mode = ScriptedRun::Mode::Benchmark;
            return true;
        }
        return false;
    };
    const QString help =
        QStringLiteral("  --screenshots DIR  save a tour of the views as PNG files and quit (tests)\n"
                       "  --benchmark        measure first paint, scrolling and the date scrubber, print, quit\n");
    if (const auto exitCode = appstart::parseArguments(app.arguments().mid(1), options, scripted, help))
        return *exitCode;
    if (mode == ScriptedRun::Mode::None) {
        QTextStream(stderr) << "tintype-scripted needs --screenshots DIR or --benchmark\n";
        return 2;
    }
    QElapsedTimer launch;
    launch.start();
    AppSession session(options);
    if (!session.start() || !session.window())
        return 1;
    ScriptedRun run(mode, directory, session.window(), launch);
    run.start();
    return QApplication::exec();
}
