#pragma once

#include <QFileDialog>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>

namespace tintype {

// A folder or file chooser for QML, shown with QFileDialog: the system's own
// dialog where the platform has one (GTK/KDE portals, Windows, macOS), Qt's
// widget dialog elsewhere. Replaces Qt Quick Dialogs, whose non-native
// FileDialog in Qt 6.4 crashes in QQuickFileDialogImpl::selectedFile and needs
// Qt.labs.folderlistmodel, which a stock install may lack. Needs a
// QApplication (the app and the UI tests make one).
class FilePicker : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY settingsChanged)
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY settingsChanged)
    Q_PROPERTY(QStringList nameFilters READ nameFilters WRITE setNameFilters NOTIFY settingsChanged)
    // Where the dialog opens; a folder that does not exist opens its nearest existing parent.
    Q_PROPERTY(QUrl currentFolder READ currentFolder WRITE setCurrentFolder NOTIFY settingsChanged)
    Q_PROPERTY(QUrl selectedFolder READ selectedFolder NOTIFY accepted)
    Q_PROPERTY(QList<QUrl> selectedFiles READ selectedFiles NOTIFY accepted)
    Q_PROPERTY(bool visible READ isVisible NOTIFY visibleChanged)

public:
    enum class Mode { Folder, OpenFiles };
    Q_ENUM(Mode)

    explicit FilePicker(QObject *parent = nullptr);
    ~FilePicker() override;

    QString title() const { return m_title; }
    void setTitle(const QString &title);
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QStringList nameFilters() const { return m_nameFilters; }
    void setNameFilters(const QStringList &filters);
    QUrl currentFolder() const { return m_currentFolder; }
    void setCurrentFolder(const QUrl &folder);
    QUrl selectedFolder() const { return m_selected.isEmpty() ? QUrl() : m_selected.first(); }
    QList<QUrl> selectedFiles() const { return m_selected; }
    bool isVisible() const { return m_dialog != nullptr; }

    // Shows the dialog (window-modal over the QML window that holds this
    // object); returns at once, `accepted` or `rejected` follows.
    Q_INVOKABLE void open();
    Q_INVOKABLE void close();

    // The dialog while it is shown; for tests.
    QFileDialog *dialog() const { return m_dialog; }
    // The existing folder nearest to `folder` (itself, a parent, else home).
    static QString existingFolder(const QUrl &folder);

signals:
    void settingsChanged();
    void accepted();
    void rejected();
    void visibleChanged();

private:
    QString m_title;
    Mode m_mode = Mode::Folder;
    QStringList m_nameFilters;
    QUrl m_currentFolder;
    QList<QUrl> m_selected;
    QPointer<QFileDialog> m_dialog;
};

} // namespace tintype
