#pragma once

#include "ServicesClient.h"

#include <QQmlEngine>
#include <QUrl>

#include <atomic>
#include <memory>

namespace tintype {

// "Export as video" from the slideshow: the photos as a highlight reel
// (core/stories ReelExporter: H.264 MP4, 1920×1080) named after the memory or
// trip in a folder the user chose, never over an existing file; progress and
// cancel; runs on its own thread (paths read on the catalog worker first).
class ReelExportJob : public ServicesClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString outcome READ outcome NOTIFY runningChanged) // what happened, for the user
    Q_PROPERTY(QString outputPath READ outputPath NOTIFY runningChanged)

public:
    explicit ReelExportJob(QObject *parent = nullptr);
    ~ReelExportJob() override;

    bool running() const { return m_running; }
    double progress() const { return m_progress; }
    QString outcome() const { return m_outcome; }
    QString outputPath() const { return m_outputPath; }

    Q_INVOKABLE void start(const QVariantList &assetIds, const QString &title, const QUrl &folder);
    Q_INVOKABLE void cancel();

    // `folder`/`title`.mp4, else `title` (2).mp4, ...: a file name not yet taken.
    static QString freeFileName(const QString &folder, const QString &title);

signals:
    void runningChanged();
    void progressChanged();
    void finished(bool ok);

private:
    void finish(bool ok, const QString &outcome);
    bool m_running = false;
    double m_progress = 0;
    QString m_outcome, m_outputPath;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace tintype
