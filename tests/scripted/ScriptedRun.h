#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QVariant>

#include <functional>
#include <vector>

class QQuickWindow;

namespace tintype {

// Drives the window without a user, for the screenshot smoke test and the
// benchmark: waits for the timeline, then either saves a tour of the views as
// PNG files, or measures launch → first screen of thumbnails, frame times
// while scrolling top to bottom, a scrubber jump and peak RSS, or only
// launch → the first frame on screen. Talks to
// Main.qml through its functions (showPage, openViewer, scrollTimelineBy, ...).
class ScriptedRun : public QObject {
    Q_OBJECT

public:
    enum class Mode { None, Screenshots, Benchmark, FirstFrame };
    // `launch` started at the top of main(), `beforeMainMs` after the process started.
    ScriptedRun(Mode mode, QString directory, QQuickWindow *window, QElapsedTimer launch, double beforeMainMs = 0);
    void start();
    // Screenshots: "" the whole tour, "places" only Places, the map and "Set location…" (for the 150% run),
    // "language" only the timeline and Settings, named by `language` (timeline-es, settings-es).
    void setTour(const QString &tour, const QString &language = {})
    {
        m_tour = tour;
        m_language = language;
    }

private:
    QVariant call(const char *function, const QVariant &argument = {});
    void waitUntil(const std::function<bool()> &condition, int timeoutMs, const std::function<void()> &then);
    void shoot(const QString &name);
    void runTour();
    void runBenchmark();
    void runFirstFrame();
    void onFrame();
    void finish(int code);

    Mode m_mode;
    QString m_directory;
    QString m_tour;
    QString m_language;
    QQuickWindow *m_window;
    QElapsedTimer m_launch;
    double m_beforeMainMs = 0;
    double msSinceProcessStart() const { return m_beforeMainMs + double(m_launch.nsecsElapsed()) / 1e6; }
    // benchmark state
    enum class Phase { FirstScreen, Scrolling, Jump, Flick, Done } m_phase = Phase::FirstScreen;
    double m_firstScreenMs = -1, m_firstFrameMs = -1, m_timelineReadMs = -1;
    bool m_atEnd = false;
    double m_step = 0;
    QElapsedTimer m_frameClock, m_jumpClock;
    std::vector<double> m_frames;
    // CPU time of the GUI thread per frame (with the software scene graph it
    // also renders): what the frame costs, whatever else loads the machine.
    double m_frameCpuStartMs = 0;
    std::vector<double> m_frameCpu;
    // After the jump, a flick-speed pass: thumbnails load and are painted.
    double m_jumpMs = -1;
    std::vector<double> m_flickFrames, m_flickCpu;
    void printFigures();
};

} // namespace tintype
