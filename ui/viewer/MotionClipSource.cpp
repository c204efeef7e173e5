#include "MotionClipSource.h"

#include "common/NativePath.h"
#include "library/MotionClipExport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace tintype {

MotionClipSource::MotionClipSource(QObject *parent) : QObject(parent) {}

MotionClipSource::~MotionClipSource() { release(); }

QString MotionClipSource::cacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/motion-clips");
}

void MotionClipSource::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    emit rangeChanged();
    restart();
}

void MotionClipSource::setOffset(qint64 offset)
{
    if (offset == m_offset)
        return;
    m_offset = offset;
    emit rangeChanged();
    restart();
}

void MotionClipSource::setLength(qint64 length)
{
    if (length == m_length)
        return;
    m_length = length;
    emit rangeChanged();
    restart();
}

void MotionClipSource::release()
{
    if (m_watcher) {
        m_watcher->waitForFinished(); // a copy under way: finish, so its file is removed too
        const Copied late = m_watcher->result();
        if (!late.file.isEmpty() && late.file != m_file)
            QFile::remove(late.file);
        delete m_watcher;
        m_watcher = nullptr;
    }
    if (!m_file.isEmpty()) {
        QFile::remove(m_file);
        const QString folder = QFileInfo(m_file).absolutePath();
        if (folder.startsWith(cacheFolder() + QLatin1Char('/')))
            QDir(folder).removeRecursively();
    }
    m_file.clear();
}

void MotionClipSource::restart()
{
    release();
    const int generation = ++m_generation;
    m_source.clear();
    m_error.clear();
    emit sourceChanged();
    if (m_path.isEmpty() || m_offset <= 0 || m_length <= 0)
        return;
    m_watcher = new QFutureWatcher<Copied>(this);
    connect(m_watcher, &QFutureWatcher<Copied>::finished, this, [this, generation] {
        if (generation != m_generation || !m_watcher)
            return;
        const Copied copied = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        m_file = copied.file;
        m_error = copied.error;
        if (!m_file.isEmpty())
            m_source = QUrl::fromLocalFile(m_file);
        emit sourceChanged();
    });
    const QString path = m_path;
    const EmbeddedClip clip{m_offset, m_length};
    m_watcher->setFuture(QtConcurrent::run([path, clip]() -> Copied {
        const QString folder =
            cacheFolder() + QLatin1Char('/') +
            QString::fromLatin1(
                QCryptographicHash::hash((path + QString::number(clip.offset)).toUtf8(), QCryptographicHash::Sha1)
                    .toHex()
                    .left(16));
        QDir(folder).removeRecursively(); // a copy left by a crash
        const auto written = MotionClipExport::write(nativepath::fromUser(path), clip, nativepath::fromUser(folder));
        if (!written)
            return {QString(), written.error()};
        return {QFile::decodeName(nativepath::toBytes(written.value())), QString()};
    }));
}

} // namespace tintype
