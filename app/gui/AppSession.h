#pragma once

#include "UiLanguage.h"

#include <QQmlApplicationEngine>

#include <memory>

class QQuickWindow;

namespace tintype {

class AppServices;

// One run of the app: the UI language, the shared services, the QML engine with
// the thumbnail provider, the window. The scripted runs (screenshots, benchmark:
// tests/scripted, tintype-scripted) drive the same session through window().
class AppSession {
public:
    struct Options {
        QString catalogPath;
        QString folder;        // added to the library first (`tintype FOLDER`)
        QStringList openPaths; // shown at once (`tintype FILE...`, "Open with"): OpenedFiles
        bool scanOnStart = true;
        bool demo = false; // the generated demo library (packaging/run.sh): the header says so
    };
    explicit AppSession(Options options);
    ~AppSession();
    bool start();
    QQuickWindow *window() const; // after start()

private:
    Options m_options;
    UiLanguage m_language; // Settings > Language switches it while the app runs
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<QQmlApplicationEngine> m_engine; // destroyed before the services it uses
};

} // namespace tintype
