#include "FileRangeDevice.h"

namespace tintype {

FileRangeDevice::FileRangeDevice(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent),
      m_file(path),
      m_offset(offset),
      m_length(length)
{}

bool FileRangeDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || m_offset < 0 || m_length <= 0 || !m_file.open(QIODevice::ReadOnly))
        return false;
    if (m_offset + m_length > m_file.size()) {
        m_file.close();
        return false;
    }
    return QIODevice::open(mode | Unbuffered); // pos() in readData is then the device's own
}

void FileRangeDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileRangeDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length)
        return false;
    return QIODevice::seek(pos);
}

qint64 FileRangeDevice::readData(char *data, qint64 maxSize)
{
    const qint64 at = pos();
    const qint64 n = qMin(maxSize, m_length - at);
    if (n <= 0)
        return 0;
    if (!m_file.seek(m_offset + at))
        return -1;
    return m_file.read(data, n);
}

} // namespace tintype
