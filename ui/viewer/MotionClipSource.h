#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace tintype {

// A motion photo's clip, which lives inside the photo's own file, as a source a
// QML MediaPlayer can play. Qt 6.4's FFmpeg backend stalls on a source device
// (QMediaPlayer::setSourceDevice with a byte-range device or even a QBuffer:
// the duration is read, no frame ever comes), so the clip's bytes are copied,
// on a worker thread, to a file in the app's cache folder (never beside the
// photo) that is removed again when this object goes or shows another clip.
class MotionClipSource : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString path READ path WRITE setPath NOTIFY rangeChanged)
    Q_PROPERTY(qint64 offset READ offset WRITE setOffset NOTIFY rangeChanged)
    Q_PROPERTY(qint64 length READ length WRITE setLength NOTIFY rangeChanged)
    Q_PROPERTY(QUrl source READ source NOTIFY sourceChanged) // empty until the clip is ready
    Q_PROPERTY(QString error READ error NOTIFY sourceChanged)

public:
    explicit MotionClipSource(QObject *parent = nullptr);
    ~MotionClipSource() override;

    QString path() const { return m_path; }
    void setPath(const QString &path);
    qint64 offset() const { return m_offset; }
    void setOffset(qint64 offset);
    qint64 length() const { return m_length; }
    void setLength(qint64 length);
    QUrl source() const { return m_source; }
    QString error() const { return m_error; }

    // Where the clips being played are copied: <cache location>/motion-clips.
    static QString cacheFolder();

signals:
    void rangeChanged();
    void sourceChanged();

private:
    struct Copied {
        QString file, error;
    };
    void restart();
    void release();
    QString m_path;
    qint64 m_offset = 0, m_length = 0;
    QUrl m_source;
    QString m_error;
    QString m_file; // the copy this object made, removed by release()
    QFutureWatcher<Copied> *m_watcher = nullptr;
    int m_generation = 0;
};

} // namespace tintype
