#pragma once

#include "ScriptedRun.h"
#include "UiLanguage.h"

#include <QQmlApplicationEngine>

#include <memory>

namespace tintype {

class AppServices;

// One run of the app: the UI language, the shared services, the QML engine with
// the thumbnail provider, the window; and, for tests and the benchmark, the
// scripted run that drives it.
class AppSession {
public:
    struct Options {
        QString catalogPath;
        QString folder;
        bool scanOnStart = true;
        ScriptedRun::Mode script = ScriptedRun::Mode::None;
        QString scriptDir;
    };
    explicit AppSession(Options options);
    ~AppSession();
    bool start();

private:
    Options m_options;
    UiLanguage m_language; // Settings > Language switches it while the app runs
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<QQmlApplicationEngine> m_engine; // destroyed before the services it uses
    std::unique_ptr<ScriptedRun> m_script;
};

} // namespace tintype
