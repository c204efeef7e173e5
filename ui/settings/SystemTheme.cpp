#include "SystemTheme.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPalette>

namespace tintype {

SystemTheme::SystemTheme(QObject *parent) : QObject(parent)
{
    // Only a GUI application has a palette (view-model tests run without one).
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        app->installEventFilter(this);
        m_dark = isDark(QGuiApplication::palette());
    }
}

bool SystemTheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

bool SystemTheme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange)
        update();
    return QObject::eventFilter(watched, event);
}

void SystemTheme::update()
{
    const bool dark = isDark(QGuiApplication::palette());
    if (dark == m_dark)
        return;
    m_dark = dark;
    emit darkChanged();
}

} // namespace tintype
