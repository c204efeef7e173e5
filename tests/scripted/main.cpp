// tintype-scripted: the desktop app (the same AppSession as `tintype`) driven
// without a user, for the screenshot smoke test (ui/screenshots) and the app
// benchmark (tests/bench/app_benchmark.sh). Not installed.
#include "AppSession.h"
#include "AppStart.h"
#include "ScriptedRun.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QQmlExtensionPlugin>
#include <QSettings>
#include <QTextStream>

#ifdef Q_OS_LINUX
#include <QFile>

#include <ctime>
#include <unistd.h>
#endif

Q_IMPORT_QML_PLUGIN(TintypePlugin)

using namespace tintype;

namespace {
// Milliseconds from this process's start (exec) to now: what passed before main()
// (loading Qt and the app's libraries), which a timer started in main() misses.
// Linux: the start time in /proc/self/stat (clock ticks since boot, 10 ms steps)
// against CLOCK_BOOTTIME. Elsewhere 0.
double msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) in parentheses; starttime is field 22.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return 0;
    const double startMs = fields.at(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return std::max(0.0, double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6 - startMs);
#else
    return 0;
#endif
}
} // namespace

int main(int argc, char *argv[])
{
    // The launch clock runs from process start: before main() and QApplication too.
    QElapsedTimer launch;
    launch.start();
    const double beforeMainMs = msSinceProcessStart();
    appstart::prepare();
    QApplication app(argc, argv); // widgets for the file dialogs (FilePicker)
    appstart::describe();
    AppSession::Options options;
    ScriptedRun::Mode mode = ScriptedRun::Mode::None;
    QString directory;
    QString tour;
    QString language; // --language: the run's UI language, as Settings > Language sets it
    const auto scripted = [&](const QString &option, QStringList &rest) {
        if (option == QLatin1String("--screenshots") && !rest.isEmpty()) {
            mode = ScriptedRun::Mode::Screenshots;
            directory = rest.takeFirst();
            return true;
        }
        if (option == QLatin1String("--tour") && !rest.isEmpty()) {
            tour = rest.takeFirst();
            return true;
        }
        if (option == QLatin1String("--language") && !rest.isEmpty()) {
            language = rest.takeFirst();
            return true;
        }
        if (option == QLatin1String("--benchmark")) {
            mode = ScriptedRun::Mode::Benchmark;
            return true;
        }
        if (option == QLatin1String("--first-frame")) {
            mode = ScriptedRun::Mode::FirstFrame;
            return true;
        }
        return false;
    };
    const QString help =
        QStringLiteral("  --screenshots DIR  save a tour of the views as PNG files and quit (tests)\n"
                       "  --tour places      with --screenshots: only Places, the map and Set location\n"
                       "  --tour language    with --screenshots: only the timeline and Settings, saved as\n"
                       "                     timeline-LANG.png and settings-LANG.png\n"
                       "  --language LANG    the UI language for this run (\"en\", \"es\"...), set as Settings\n"
                       "                     sets it (so the window starts in it), then put back at exit\n"
                       "  --benchmark        measure first paint, scrolling and the date scrubber, print, quit\n"
                       "  --first-frame      print the time from process start to the first frame, quit\n");
    if (const auto exitCode = appstart::parseArguments(app.arguments().mid(1), options, scripted, help))
        return *exitCode;
    if (mode == ScriptedRun::Mode::None) {
        QTextStream(stderr) << "tintype-scripted needs --screenshots DIR, --benchmark or --first-frame\n";
        return 2;
    }
    // The language is read from the settings when the session starts: the whole
    // window (and the dates the models format) is in it from the first frame.
    const QString languageKey = QStringLiteral("ui/language");
    const QVariant languageBefore = QSettings().value(languageKey);
    if (!language.isEmpty())
        QSettings().setValue(languageKey, language);
    int code = 1;
    {
        AppSession session(options);
        if (session.start() && session.window()) {
            ScriptedRun run(mode, directory, session.window(), launch, beforeMainMs);
            run.setTour(tour, language);
            run.start();
            code = QApplication::exec();
        }
    }
    if (!language.isEmpty()) {
        if (languageBefore.isValid())
            QSettings().setValue(languageKey, languageBefore);
        else
            QSettings().remove(languageKey);
    }
    return code;
}
