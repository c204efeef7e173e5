#pragma once

#include <QStringList>

class QQmlEngine;

namespace tintype {

// The QML modules the app's views import (the "Tintype" module aside), and a
// check at start-up that each resolves, so a missing system package is named
// in a visible message instead of a window that silently lacks a feature.
// tests/ui/tst_qmlimports keeps the list equal to the imports in the QML files.
namespace qmlimports {

QStringList required();
// The modules of `modules` that `engine` cannot import.
QStringList missing(QQmlEngine &engine, const QStringList &modules = required());
// The Debian/Ubuntu package that holds a module ("qml6-module-qtquick-controls").
QString debianPackage(const QString &module);

} // namespace qmlimports
} // namespace tintype
