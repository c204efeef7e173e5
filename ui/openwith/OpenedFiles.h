#pragma once

#include "LooseFolderModel.h"
#include "ServicesClient.h"

#include <QStringList>
#include <QUrl>

#include <filesystem>
#include <optional>

namespace tintype {

class Catalog;

// The files the app was started on (`tintype FILE...`, a file manager's "Open
// with", a double-clicked JPEG). Decides, off the GUI thread, what to show:
// the asset in the library when the first file is indexed under one of the
// catalog's roots, else that file's folder (or, for several files, just those
// files) in the folder viewer — without adding anything to the catalog — else
// a message saying why the file cannot be opened.
class OpenedFiles : public ServicesClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList paths READ paths WRITE setPaths NOTIFY pathsChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(qint64 assetId READ assetId NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    // The folder viewer's folder: its path for people, its URL for LibrarySettings::addFolder.
    Q_PROPERTY(QString folderPath READ folderPath NOTIFY stateChanged)
    Q_PROPERTY(QUrl folderUrl READ folderUrl NOTIFY stateChanged)
    // Under one of the library's folders already (the file was not indexed yet):
    // "Add this folder to the library" would add nothing.
    Q_PROPERTY(bool underLibraryFolder READ underLibraryFolder NOTIFY stateChanged)
    Q_PROPERTY(tintype::LooseFolderModel *files READ files CONSTANT)
    Q_PROPERTY(int startIndex READ startIndex NOTIFY stateChanged) // the opened file in `files`

public:
    enum class State { Idle, Resolving, InLibrary, Outside, Failed };
    Q_ENUM(State)

    // What the disk says about the files (OpenedFiles::inspect).
    struct Inspection {
        QString error;                 // for people; empty when the file can be shown
        std::filesystem::path file;    // the first file, absolute and canonical
        std::filesystem::path asGiven; // the first file, absolute (symbolic links kept: a root may be under one)
        std::filesystem::path folder;
        std::vector<LooseFile> files;
    };
    // What the catalog says about the first file.
    struct Membership {
        bool underRoot = false;
        std::optional<qint64> assetId; // indexed: the asset it belongs to
    };

    explicit OpenedFiles(QObject *parent = nullptr);

    QStringList paths() const { return m_paths; }
    void setPaths(const QStringList &paths);
    State state() const { return m_state; }
    qint64 assetId() const { return m_assetId; }
    QString message() const { return m_message; }
    QString folderPath() const;
    QUrl folderUrl() const;
    bool underLibraryFolder() const { return m_underRoot; }
    LooseFolderModel *files() const { return m_files; }
    int startIndex() const { return m_startIndex; }

    // The asset is not in the timeline (archived, in the trash, a burst's
    // hidden frame): show its folder in the folder viewer instead.
    Q_INVOKABLE void showFolderInstead();

    // Reads only the disk: does the first file exist, can it be read, is it a
    // photo or video; its folder's photos and videos (or the files given, when
    // several). Blocking; the object runs it on a worker thread.
    static Inspection inspect(const QStringList &paths);
    // Reads only the catalog (no disk access: roots may be offline shares).
    static Membership membership(Catalog &catalog, const std::filesystem::path &file);

signals:
    void pathsChanged();
    void stateChanged();

private:
    void servicesReplaced() override;
    void resolve();
    void inspected(Inspection inspection);
    void setState(State state);

    QStringList m_paths;
    State m_state = State::Idle;
    qint64 m_assetId = 0;
    QString m_message;
    std::filesystem::path m_file, m_folder;
    bool m_underRoot = false;
    int m_startIndex = -1;
    int m_generation = 0;
    LooseFolderModel *m_files;
};

} // namespace tintype
