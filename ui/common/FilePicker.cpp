#include "FilePicker.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QQuickItem>
#include <QQuickWindow>
#include <QWindow>

namespace tintype {

FilePicker::FilePicker(QObject *parent) : QObject(parent) {}

FilePicker::~FilePicker()
{
    if (m_dialog)
        delete m_dialog.data();
}

void FilePicker::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    emit settingsChanged();
}

void FilePicker::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    emit settingsChanged();
}

void FilePicker::setNameFilters(const QStringList &filters)
{
    if (filters == m_nameFilters)
        return;
    m_nameFilters = filters;
    emit settingsChanged();
}

void FilePicker::setCurrentFolder(const QUrl &folder)
{
    if (folder == m_currentFolder)
        return;
    m_currentFolder = folder;
    emit settingsChanged();
}

QString FilePicker::existingFolder(const QUrl &folder)
{
    QString path = folder.isLocalFile() ? folder.toLocalFile() : QString();
    while (!path.isEmpty()) {
        const QFileInfo info(path);
        if (info.isDir())
            return info.absoluteFilePath();
        const QString parent = info.absolutePath();
        if (parent == path)
            break;
        path = parent;
    }
    return QDir::homePath();
}

static QWindow *windowOf(QObject *object)
{
    for (QObject *o = object; o; o = o->parent()) {
        if (auto *item = qobject_cast<QQuickItem *>(o))
            return item->window();
        if (auto *window = qobject_cast<QWindow *>(o))
            return window;
    }
    return nullptr;
}

void FilePicker::open()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        qWarning("FilePicker: no QApplication, no dialog can be shown");
        emit rejected();
        return;
    }
    auto *dialog = new QFileDialog(nullptr, m_title, existingFolder(m_currentFolder));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_mode == Mode::Folder) {
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
    } else {
        dialog->setFileMode(QFileDialog::ExistingFiles);
        if (!m_nameFilters.isEmpty())
            dialog->setNameFilters(m_nameFilters);
    }
    dialog->setWindowModality(Qt::WindowModal);
    if (QWindow *parent = windowOf(this)) {
        dialog->winId(); // creates the native window so it can sit over the QML window
        if (QWindow *own = dialog->windowHandle())
            own->setTransientParent(parent);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_selected = dialog->selectedUrls();
        emit accepted();
    });
    connect(dialog, &QDialog::rejected, this, &FilePicker::rejected);
    connect(dialog, &QObject::destroyed, this, &FilePicker::visibleChanged);
    m_dialog = dialog;
    dialog->open();
    emit visibleChanged();
}

void FilePicker::close()
{
    if (m_dialog)
        m_dialog->reject();
}

} // namespace tintype
