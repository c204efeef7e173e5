#pragma once

#include "ServicesClient.h"
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <memory>

namespace tintype {

class AppServices;

// The export dialog's view-model: writes the chosen photos as new files
// (EditExporter: the current edit applied, RAW developed by LibRaw, metadata
// copied, location dropped on request) into one folder, one photo at a time on
// its own thread with its own catalog connection, with progress, cancel and a
// per-photo error list. Never replaces a file: a name already taken (the
// original itself when exporting beside it) gets a suffix.
class ExportJob : public ServicesClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Format format READ format WRITE setFormat NOTIFY optionsChanged)
    Q_PROPERTY(int quality READ quality WRITE setQuality NOTIFY optionsChanged)
    Q_PROPERTY(int longEdge READ longEdge WRITE setLongEdge NOTIFY optionsChanged) // 0: full size
    Q_PROPERTY(bool dropLocation READ dropLocation WRITE setDropLocation NOTIFY optionsChanged)
    Q_PROPERTY(QUrl folder READ folder WRITE setFolder NOTIFY optionsChanged)
    Q_PROPERTY(QUrl originalFolder READ originalFolder NOTIFY originalFolderChanged)
    Q_PROPERTY(bool running READ running NOTIFY progressChanged)
    Q_PROPERTY(int done READ done NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    Q_PROPERTY(QStringList written READ written NOTIFY progressChanged)
    Q_PROPERTY(QStringList errors READ errors NOTIFY progressChanged)
    Q_PROPERTY(bool cancelled READ cancelled NOTIFY progressChanged)

public:
    enum class Format { Jpeg, Png, Tiff16 };
    Q_ENUM(Format)

    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override; // cancels and waits for the photo being written

    Format format() const { return m_format; }
    void setFormat(Format format);
    int quality() const { return m_quality; }
    void setQuality(int quality);
    int longEdge() const { return m_longEdge; }
    void setLongEdge(int pixels);
    bool dropLocation() const { return m_dropLocation; }
    void setDropLocation(bool drop);
    QUrl folder() const { return m_folder; }
    void setFolder(const QUrl &folder);
    // The folder of the first photo's original, once prepare() has looked it up
    // (the dialog offers it as "beside the original").
    QUrl originalFolder() const { return m_originalFolder; }

    bool running() const { return m_running; }
    int done() const { return m_done; }
    int total() const { return m_total; }
    QStringList written() const { return m_written; }
    QStringList errors() const { return m_errors; }
    bool cancelled() const { return m_cancelled; }

    // Looks up the photos' original folder (on the catalog worker) and clears
    // the last run's results.
    Q_INVOKABLE void prepare(const QList<qint64> &assetIds);
    Q_INVOKABLE bool start(const QList<qint64> &assetIds); // false when running or nothing to do
    Q_INVOKABLE void cancel();

signals:
    void optionsChanged();
    void originalFolderChanged();
    void progressChanged();
    void finished();

private:
    struct Run;
    void fileDone(const QString &written, const QString &error);
    void runDone();

    Format m_format = Format::Jpeg;
    int m_quality = 90;
    int m_longEdge = 0;
    bool m_dropLocation = false;
    QUrl m_folder;
    QUrl m_originalFolder;
    bool m_running = false;
    bool m_cancelled = false;
    int m_done = 0, m_total = 0;
    QStringList m_written, m_errors;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QThreadPool m_pool; // one thread: one photo at a time
};

} // namespace tintype
