#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

class QMediaPlayer;

namespace tintype {

class FileRangeDevice;

// Plays a motion photo's clip, which lives inside the photo's own file, in a QML
// MediaPlayer: the player reads the clip's byte range through a FileRangeDevice
// (QMediaPlayer::setSourceDevice), so nothing is copied or written anywhere.
// Qt 6.4's FFmpeg backend shows no frame of a source given while the player is
// being created: call play() once it exists (QML: Qt.callLater).
class MotionClipSource : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString path READ path WRITE setPath NOTIFY rangeChanged)
    Q_PROPERTY(qint64 offset READ offset WRITE setOffset NOTIFY rangeChanged)
    Q_PROPERTY(qint64 length READ length WRITE setLength NOTIFY rangeChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit MotionClipSource(QObject *parent = nullptr);
    ~MotionClipSource() override;

    QString path() const { return m_path; }
    void setPath(const QString &path);
    qint64 offset() const { return m_offset; }
    void setOffset(qint64 offset);
    qint64 length() const { return m_length; }
    void setLength(qint64 length);
    QString error() const { return m_error; }

    // Gives `player` (a QML MediaPlayer) the clip's bytes and starts it; false,
    // with `error` set, when the range is not inside the file (changed since the scan).
    Q_INVOKABLE bool play(QObject *player);

signals:
    void rangeChanged();
    void errorChanged();

private:
    void detach();
    QString m_path;
    qint64 m_offset = 0, m_length = 0;
    QString m_error;
    QPointer<QMediaPlayer> m_player;
    FileRangeDevice *m_device = nullptr; // owned; the player reads it
};

} // namespace tintype
