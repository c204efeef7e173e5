#pragma once

#include "AppSession.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace tintype::appstart {

// Before the QGuiApplication: Qt Multimedia's backend and the high-DPI policy.
void prepare();
// After it: the application's names and version, the Qt Quick style.
void describe();

// --version and --help answered before any window system is needed (no
// display, QT_QPA_PLATFORM unset): their exit code; nullopt for everything else.
std::optional<int> answerWithoutWindow(int &argc, char **argv);

// Takes an option the caller knows (with its value from `rest`); false when it does not know it.
using ExtraOption = std::function<bool(const QString &option, QStringList &rest)>;

// Reads the command line (without the program name) into `options`. nullopt:
// run the app; else the exit code (--help, --version, an unknown option).
// `extraHelp` is printed after the usage.
std::optional<int> parseArguments(QStringList args, AppSession::Options &options, const ExtraOption &extra = {},
                                  const QString &extraHelp = {});

} // namespace tintype::appstart
