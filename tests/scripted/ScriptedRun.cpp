#include "ScriptedRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace tintype {

namespace {
constexpr double kScrollFrames = 1000;
// A fast flick: Qt's default maximum flick velocity is 2,500 px/s, ~40 px a
// frame at 60 Hz; slow enough that thumbnails arrive and are painted.
constexpr double kFlickStep = 40;
constexpr size_t kFlickFrames = 600;

// Each step of a tour: do something, wait until the window has settled, take a picture.
struct TourStep {
    const char *function;
    QVariant argument;
    QString shot;
};

// The "places" tour, run again at 150% (QT_SCALE_FACTOR=1.5; tests/ui/screenshot_smoke.sh):
// the Places page, the map and "Set location…", light and dark, on a 1280×800 screen.
std::vector<TourStep> placesTour()
{
    std::vector<TourStep> steps{{"setWindowSize", QStringLiteral("1280x800"), QString()}};
    for (const QString theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        const QString suffix = theme == QLatin1String("dark") ? QStringLiteral("-dark") : QString();
        steps.insert(steps.end(),
                     {{"setTheme", theme, QString()},
                      {"showPage", QStringLiteral("places"), QStringLiteral("scaled-places") + suffix},
                      {"openPlace", 0, QStringLiteral("scaled-places-country") + suffix},
                      {"placesBack", {}, QString()},
                      {"openMap", {}, QString()},
                      {"mapCenterOn", QStringLiteral("48.95,2.33,11"), QStringLiteral("scaled-map") + suffix},
                      {"mapCenterOn", QStringLiteral("45,60,2.6"), QStringLiteral("scaled-map-world") + suffix},
                      {"showSetLocation", QStringLiteral("Versail"), QStringLiteral("scaled-set-location") + suffix},
                      {"pickLocation", 0, QStringLiteral("scaled-set-location-picked") + suffix},
                      {"showSetLocation", QString(), QString()},
                      {"placesBack", {}, QString()}});
    }
    return steps;
}

// The "language" tour, once per shipped translation (tests/ui/screenshot_smoke.sh):
// the timeline and Settings in that language, to see that its words fit.
std::vector<TourStep> languageTour(const QString &language)
{
    const QString suffix = QLatin1Char('-') + (language.isEmpty() ? QStringLiteral("system") : language);
    return {{"showPage", QStringLiteral("photos"), QStringLiteral("timeline") + suffix},
            {"showPage", QStringLiteral("settings"), QStringLiteral("settings") + suffix}};
}

double threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

// CPU time of the whole process so far (every thread, user and system).
double processCpuMs()
{
#ifdef Q_OS_UNIX
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

// p in [0, 1] of sorted values.
double percentile(const std::vector<double> &sorted, double p)
{
    return sorted.empty() ? 0.0 : sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
}

QString figures(std::vector<double> values)
{
    if (values.size() > 1)
        values.erase(values.begin()); // the first interval includes the first-screen wait
    std::sort(values.begin(), values.end());
    return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms")
        .arg(percentile(values, 0.5), 0, 'f', 1)
        .arg(percentile(values, 0.95), 0, 'f', 1)
        .arg(values.empty() ? 0.0 : values.back(), 0, 'f', 1);
}
} // namespace

ScriptedRun::ScriptedRun(Mode mode, QString directory, QQuickWindow *window, QElapsedTimer launch, double beforeMainMs)
    : m_mode(mode),
      m_directory(std::move(directory)),
      m_window(window),
      m_launch(launch),
      m_beforeMainMs(beforeMainMs)
{}

QVariant ScriptedRun::call(const char *function, const QVariant &argument)
{
    QVariant result;
    if (argument.isValid())
        QMetaObject::invokeMethod(m_window, function, Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, argument));
    else
        QMetaObject::invokeMethod(m_window, function, Q_RETURN_ARG(QVariant, result));
    return result;
}

void ScriptedRun::waitUntil(const std::function<bool()> &condition, int timeoutMs, const std::function<void()> &then)
{
    auto *timer = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(timer, &QTimer::timeout, this, [timer, clock, condition, timeoutMs, then] {
        if (!condition() && clock->elapsed() < timeoutMs)
            return;
        timer->deleteLater();
        then();
    });
    timer->start(50);
}

void ScriptedRun::start()
{
    if (m_mode == Mode::Screenshots) {
        QDir().mkpath(m_directory);
        runTour();
    } else if (m_mode == Mode::FirstFrame) {
        runFirstFrame();
    } else {
        runBenchmark();
    }
}

void ScriptedRun::runFirstFrame()
{
    connect(
        m_window, &QQuickWindow::frameSwapped, this,
        [this] {
            if (m_firstFrameMs >= 0)
                return;
            m_firstFrameMs = msSinceProcessStart();
            QTextStream(stdout) << "first frame from process start: " << QString::number(m_firstFrameMs, 'f', 1)
                                << " ms (" << QString::number(m_beforeMainMs, 'f', 0)
                                << " ms of it before main(), loading libraries); process CPU by then "
                                << QString::number(processCpuMs(), 'f', 1) << " ms\n";
            finish(0);
        },
        Qt::QueuedConnection);
    m_window->update();
}

void ScriptedRun::shoot(const QString &name)
{
    const QImage image = m_window->grabWindow();
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!image.save(path))
        QTextStream(stderr) << "could not save " << path << "\n";
    else
        QTextStream(stdout) << "screenshot " << path << "\n";
}

void ScriptedRun::runTour()
{
    auto settled = [this] { return call("isSettled").toBool(); };
    auto steps = std::make_shared<std::vector<TourStep>>(
        m_tour == QLatin1String("places") ? placesTour()
        : m_tour == QLatin1String("language")
            ? languageTour(m_language)
            : std::vector<TourStep>{
                  {"showPage", QStringLiteral("photos"), QStringLiteral("timeline")},
                  {"setDensity", 1, QStringLiteral("timeline-month")},
                  {"setDensity", 0, QString()},
                  {"selectSome", 3, QStringLiteral("selection")},
                  {"showExport", true, QStringLiteral("export")},
                  {"showExport", false, QString()},
                  {"showPage", QStringLiteral("folders"), QStringLiteral("folders")},
                  {"showPage", QStringLiteral("favorites"), QStringLiteral("favourites")},
                  {"showPage", QStringLiteral("albums"), QStringLiteral("albums")},
                  {"openAlbum", 0, QStringLiteral("album")},
                  {"selectSome", 2, QString()},
                  {"showAlbumPicker", true, QStringLiteral("add-to-album")},
                  {"showAlbumPicker", false, QString()},
                  {"selectSome", 0, QString()},
                  {"showPage", QStringLiteral("photos"), QString()},
                  {"openViewer", 1, QStringLiteral("viewer-info")},
                  {"closeViewer", {}, QString()},
                  {"openViewer", 2, QString()},
                  {"openEditor", {}, QString()},
                  {"editorSet", QStringLiteral("exposure=0.45"), QString()},
                  {"editorSet", QStringLiteral("shadows=0.3"), QString()},
                  {"editorSet", QStringLiteral("warmth=0.2"), QStringLiteral("edit-light")},
                  {"editorStartDrag", 3000, QString()},
                  {"editorDragReport", {}, QString()},
                  {"editorTool", 0, QString()},
                  {"editorCrop", 1.5, QStringLiteral("edit-crop")},
                  {"editorTool", 2, QStringLiteral("edit-looks")},
                  {"closeEditor", {}, QString()},
                  {"closeViewer", {}, QString()},
                  {"showHelp", true, QStringLiteral("help")},
                  {"showHelp", false, QString()},
                  {"showPage", QStringLiteral("settings"), QStringLiteral("settings")},
                  {"showPage", QStringLiteral("takeout"), QStringLiteral("takeout")},
                  {"showPage", QStringLiteral("duplicates"), QStringLiteral("duplicates")},
                  {"showPage", QStringLiteral("people"), QStringLiteral("people")},
                  {"openFirstPerson", {}, QStringLiteral("person")},
                  {"showPersonTab", 1, QStringLiteral("person-faces")},
                  {"showPersonTab", 0, QString()},
                  {"openPersonPhotoWithFaces", {}, QStringLiteral("viewer-faces")},
                  {"closeViewer", {}, QString()},
                  {"filterPhotosByFirstPerson", {}, QStringLiteral("timeline-people-filter")},
                  {"clearPhotoFilter", {}, QString()},
                  {"typeSearch", QStringLiteral("20"), QStringLiteral("search-suggestions")},
                  {"runSearch", QStringLiteral("july 2009"), QStringLiteral("search-results")},
                  {"clearSearch", {}, QString()},
                  {"showPage", QStringLiteral("places"), QStringLiteral("places")},
                  {"openPlace", 0, QStringLiteral("places-country")},
                  {"placesBack", {}, QString()},
                  {"openMap", {}, QStringLiteral("map")},
                  {"mapCenterOn", QStringLiteral("45,60,2.6"), QStringLiteral("map-world")},
                  {"showSetLocation", QStringLiteral("Versail"), QStringLiteral("set-location")},
                  {"pickLocation", 0, QStringLiteral("set-location-picked")},
                  {"showSetLocation", QString(), QString()},
                  {"placesBack", {}, QString()},
                  {"setTheme", QStringLiteral("dark"), QString()},
                  {"showPage", QStringLiteral("places"), QStringLiteral("places-dark")},
                  {"openMap", {}, QString()},
                  {"mapCenterOn", QStringLiteral("48.95,2.33,11"), QStringLiteral("map-dark")}, // as fitted in light
                  {"mapCenterOn", QStringLiteral("45,60,2.6"), QStringLiteral("map-world-dark")},
                  {"showSetLocation", QStringLiteral("Versail"), QStringLiteral("set-location-dark")},
                  {"pickLocation", 0, QStringLiteral("set-location-picked-dark")},
                  {"showSetLocation", QString(), QString()},
                  {"placesBack", {}, QString()},
                  {"showPage", QStringLiteral("photos"), QStringLiteral("timeline-dark")},
                  {"selectSome", 2, QString()},
                  {"showExport", true, QStringLiteral("export-dark")},
                  {"showExport", false, QString()},
                  {"selectSome", 0, QString()},
                  {"showPage", QStringLiteral("folders"), QStringLiteral("folders-dark")},
                  {"openAlbum", -1, QStringLiteral("albums-dark")}, // no such row: the grid of albums
                  {"openAlbum", 0, QStringLiteral("album-dark")},
                  {"openViewer", 0, QStringLiteral("viewer-dark")},
                  {"openEditor", {}, QString()},
                  {"editorSet", QStringLiteral("contrast=0.35"), QStringLiteral("edit-light-dark")},
                  {"closeEditor", {}, QString()},
                  {"closeViewer", {}, QString()},
                  {"showPage", QStringLiteral("settings"), QStringLiteral("settings-dark")},
                  {"showPage", QStringLiteral("duplicates"), QStringLiteral("duplicates-dark")},
                  {"showPage", QStringLiteral("people"), QStringLiteral("people-dark")},
                  {"openFirstPerson", {}, QStringLiteral("person-dark")},
                  {"openPersonPhotoWithFaces", {}, QStringLiteral("viewer-faces-dark")},
                  {"closeViewer", {}, QString()},
                  // New album, Add photos, Archive and Trash (light, then dark).
                  {"setTheme", QStringLiteral("light"), QString()},
                  {"showNewAlbum", {}, QStringLiteral("album-new-name")},
                  {"nameNewAlbum", QStringLiteral("Picnic"), QString()},
                  {"chooseInAlbumChooser", 3, QStringLiteral("album-add-photos")},
                  {"addChosenToAlbum", {}, QStringLiteral("album-new")},
                  {"showPage", QStringLiteral("photos"), QString()},
                  {"selectSome", 2, QString()},
                  {"archiveSelection", {}, QString()},
                  {"showPage", QStringLiteral("archive"), QStringLiteral("archive")},
                  {"showPage", QStringLiteral("photos"), QString()},
                  {"selectSome", 2, QString()},
                  {"trashSelectionNow", {}, QStringLiteral("trashed-toast")},
                  {"showPage", QStringLiteral("trash"), QString()},
                  {"selectInPage", 1, QStringLiteral("trash")},
                  {"setTheme", QStringLiteral("dark"), QString()},
                  {"selectInPage", 0, QStringLiteral("trash-dark")},
                  {"showPage", QStringLiteral("archive"), QStringLiteral("archive-dark")},
                  {"showNewAlbum", {}, QString()},
                  {"nameNewAlbum", QStringLiteral("Beach"), QString()},
                  {"chooseInAlbumChooser", 2, QStringLiteral("album-add-photos-dark")},
                  {"addChosenToAlbum", {}, QString()},
                  // A 1024×700 screen, light and dark: nothing cut off or drawn over the header.
                  {"setWindowSize", QStringLiteral("1024x700"), QString()},
                  {"setTheme", QStringLiteral("light"), QString()},
                  {"showPage", QStringLiteral("photos"), QStringLiteral("small-timeline")},
                  {"scrollTimelineBy", 900, QStringLiteral("small-timeline-scrolled")},
                  {"showPage", QStringLiteral("duplicates"), QStringLiteral("small-duplicates")},
                  {"showPage", QStringLiteral("takeout"), QStringLiteral("small-takeout")},
                  {"showPage", QStringLiteral("photos"), QString()},
                  {"openViewer", 0, QStringLiteral("small-viewer-info")},
                  {"closeViewer", {}, QString()},
                  {"setTheme", QStringLiteral("dark"), QString()},
                  {"showPage", QStringLiteral("photos"), QStringLiteral("small-timeline-dark")},
                  {"showPage", QStringLiteral("duplicates"), QStringLiteral("small-duplicates-dark")},
                  {"showPage", QStringLiteral("people"), QStringLiteral("small-people-dark")},
                  {"showPage", QStringLiteral("takeout"), QStringLiteral("small-takeout-dark")},
                  {"showWelcome", true, QStringLiteral("welcome")},
              });
    auto index = std::make_shared<size_t>(0);
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, steps, index, next, settled] {
        if (*index >= steps->size())
            return finish(0);
        const TourStep step = (*steps)[(*index)++];
        if (const QVariant result = call(step.function, step.argument); result.typeId() == QMetaType::QString)
            QTextStream(stdout) << result.toString() << "\n"; // a figure measured in the app
        waitUntil(settled, 8000, [this, step, next] {
            // Give images and animations a few more frames.
            QTimer::singleShot(400, this, [this, step, next] {
                if (!step.shot.isEmpty())
                    shoot(step.shot);
                (*next)();
            });
        });
    };
    waitUntil(settled, 30000, [next] { (*next)(); });
}

void ScriptedRun::runBenchmark()
{
    connect(m_window, &QQuickWindow::frameSwapped, this, &ScriptedRun::onFrame, Qt::QueuedConnection);
    m_window->update();
    QTimer::singleShot(600000, this, [this] { // ten minutes: a loaded machine scrolls slowly
        QTextStream(stderr) << "benchmark: timed out in phase " << int(m_phase) << " after " << m_frames.size()
                            << " scroll frames\n";
        finish(1);
    });
}

void ScriptedRun::onFrame()
{
    switch (m_phase) {
    case Phase::FirstScreen:
        if (m_firstFrameMs < 0)
            m_firstFrameMs = msSinceProcessStart();
        if (m_firstScreenMs < 0 && call("firstScreenPainted").toBool())
            m_firstScreenMs = msSinceProcessStart();
        if (m_firstScreenMs >= 0 && call("isSettled").toBool()) { // the whole timeline is read
            m_timelineReadMs = msSinceProcessStart();
            m_phase = Phase::Scrolling;
            m_atEnd = false;
            m_frameClock.start();
        }
        m_window->update();
        return;
    case Phase::Scrolling: {
        m_frames.push_back(double(m_frameClock.nsecsElapsed()) / 1e6);
        m_frameCpu.push_back(threadCpuMs() - m_frameCpuStartMs);
        if (m_atEnd) {
            m_phase = Phase::Jump;
            m_jumpClock.start();
            call("jumpToYear", call("oldestYear"));
            m_window->update();
            return;
        }
        if (m_step <= 0) // top to bottom in about kScrollFrames frames, at least 240 px a frame
            m_step = std::max(240.0, call("timelineContentHeight").toDouble() / kScrollFrames);
        m_frameClock.start();
        m_frameCpuStartMs = threadCpuMs();
        m_atEnd = call("scrollTimelineBy", m_step).toBool();
        m_window->update();
        return;
    }
    case Phase::Jump:
        if (call("isSettled").toBool()) {
            m_jumpMs = double(m_jumpClock.nsecsElapsed()) / 1e6;
            m_phase = Phase::Flick;
            m_frameClock.start();
        }
        m_window->update();
        return;
    case Phase::Flick:
        m_flickFrames.push_back(double(m_frameClock.nsecsElapsed()) / 1e6); // the first is dropped
        m_flickCpu.push_back(threadCpuMs() - m_frameCpuStartMs);
        if (m_flickFrames.size() > kFlickFrames) {
            m_phase = Phase::Done;
            printFigures();
            QTimer::singleShot(0, this, [this] { finish(0); });
            return;
        }
        m_frameClock.start();
        m_frameCpuStartMs = threadCpuMs();
        call("scrollTimelineBy", -kFlickStep); // up from the oldest photos
        m_window->update();
        return;
    case Phase::Done: return;
    }
}

void ScriptedRun::printFigures()
{
    long rssKb = 0;
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    rssKb = usage.ru_maxrss;
#endif
    QTextStream out(stdout);
    out << "photos: " << call("timelinePhotoCount").toInt() << "\n";
    out << "first screen of thumbnails, from process start: " << QString::number(m_firstScreenMs, 'f', 1)
        << " ms (target < 500; " << QString::number(m_beforeMainMs, 'f', 0)
        << " ms of it before main(), loading libraries); first frame " << QString::number(m_firstFrameMs, 'f', 1)
        << " ms, whole timeline read and laid out by " << QString::number(m_timelineReadMs, 'f', 1) << " ms\n";
    out << "scroll top to bottom: " << m_frames.size() - 1 << " frames of " << qRound(m_step) << " px, "
        << figures(m_frames) << " (target p95 < 16); GUI thread CPU per frame " << figures(m_frameCpu) << "\n";
    out << "scrubber jump to the oldest year, painted with thumbnails: " << QString::number(m_jumpMs, 'f', 1)
        << " ms\n";
    out << "flick up from there: " << m_flickFrames.size() - 1 << " frames of " << qRound(kFlickStep)
        << " px (thumbnails loading and painted), " << figures(m_flickFrames) << "; GUI thread CPU per frame "
        << figures(m_flickCpu) << "\n";
    out << "peak RSS: " << rssKb / 1024 << " MB (target < 300)\n";
    out.flush();
}

void ScriptedRun::finish(int code)
{
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

} // namespace tintype
