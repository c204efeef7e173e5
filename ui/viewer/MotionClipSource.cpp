#include "MotionClipSource.h"

#include "FileRangeDevice.h"

#include <QMediaPlayer>
#include <QUrl>

#include <memory>

namespace tintype {

MotionClipSource::MotionClipSource(QObject *parent) : QObject(parent) {}

MotionClipSource::~MotionClipSource() { detach(); }

void MotionClipSource::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    emit rangeChanged();
}

void MotionClipSource::setOffset(qint64 offset)
{
    if (offset == m_offset)
        return;
    m_offset = offset;
    emit rangeChanged();
}

void MotionClipSource::setLength(qint64 length)
{
    if (length == m_length)
        return;
    m_length = length;
    emit rangeChanged();
}

void MotionClipSource::detach()
{
    if (m_player && m_player->sourceDevice() == m_device)
        m_player->setSourceDevice(nullptr);
    delete m_device;
    m_device = nullptr;
}

bool MotionClipSource::play(QObject *player)
{
    detach();
    m_player = qobject_cast<QMediaPlayer *>(player);
    auto device = std::make_unique<FileRangeDevice>(m_path, m_offset, m_length);
    if (!m_player || !device->open(QIODevice::ReadOnly)) {
        m_error = tr("the file changed since it was scanned; scan again");
        emit errorChanged();
        return false;
    }
    m_device = device.release();
    // The URL only names the container for the backend's format guess.
    m_player->setSourceDevice(m_device, QUrl(QStringLiteral("motion-clip.mp4")));
    m_player->play();
    return true;
}

} // namespace tintype
