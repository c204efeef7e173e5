#pragma once

// A test that needs something this machine may lack (the shared samples, the
// face models, exiftool) skips with a reason, and ctest shows it as skipped. CI
// sets TINTYPE_SAMPLES (.ci/run) and installs everything: there a missing
// prerequisite is a failure, so the suite cannot pass by not running.

#include <QTest>

// Skips (or, with TINTYPE_SAMPLES set, fails) the calling test function.
#define TT_REQUIRE_PREREQUISITE(present, reason)                                                                       \
    do {                                                                                                               \
        if (!(present)) {                                                                                              \
            if (qEnvironmentVariableIsEmpty("TINTYPE_SAMPLES"))                                                        \
                QSKIP(qPrintable(reason));                                                                             \
            QFAIL(qPrintable(QStringLiteral("TINTYPE_SAMPLES is set (CI), so this must run: ") + (reason)));           \
        }                                                                                                              \
    } while (false)
