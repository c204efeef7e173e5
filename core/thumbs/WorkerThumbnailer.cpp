#include "thumbs/WorkerThumbnailer.h"

#include "common/NativePath.h"

#include <QDeadlineTimer>
#include <QProcess>

namespace tintype {

// Protocol (one request at a time):
//   request  "THUMB <0 grid|1 preview> <path length>\n" + native path bytes
//   answer   "OK <length>\n" + JPEG bytes, or "ERR <length>\n" + UTF-8 reason

WorkerThumbnailer::WorkerThumbnailer(Options options) : m_options(std::move(options)) {}

WorkerThumbnailer::~WorkerThumbnailer() { stop(); }

QString WorkerThumbnailer::crashedReason() { return tr("the decoder crashed on this file"); }
QString WorkerThumbnailer::timedOutReason() { return tr("the decoder timed out on this file"); }

void WorkerThumbnailer::stop()
{
    if (!m_process)
        return;
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(1000)) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
    m_process.reset();
}

bool WorkerThumbnailer::ensureRunning(QString *error)
{
    if (m_process && m_process->state() == QProcess::Running)
        return true;
    m_process.reset();
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(m_options.workerPath, {});
    if (!process->waitForStarted(10000)) {
        *error = tr("the decoding process could not be started (%1)").arg(process->errorString());
        return false;
    }
    if (m_started++ > 0)
        ++m_restarts;
    m_process = std::move(process);
    return true;
}

Result<QByteArray> WorkerThumbnailer::make(const std::filesystem::path &file, ThumbnailSize size)
{
    QString error;
    if (!ensureRunning(&error))
        return Result<QByteArray>::failure(error);
    const QByteArray path = nativepath::toBytes(file);
    m_process->write("THUMB " + QByteArray::number(size == ThumbnailSize::Preview ? 1 : 0) + ' ' +
                     QByteArray::number(path.size()) + '\n' + path);
    QDeadlineTimer deadline(m_options.timeoutMs);
    auto dead = [&]() -> Result<QByteArray> {
        const bool hung = m_process->state() == QProcess::Running;
        m_process->kill();
        m_process->waitForFinished(1000);
        m_process.reset();
        return Result<QByteArray>::failure(hung ? timedOutReason() : crashedReason());
    };
    // The header line, then exactly its length of bytes.
    QByteArray buffer;
    qsizetype newline = -1;
    while ((newline = buffer.indexOf('\n')) < 0) {
        if (deadline.hasExpired() || (!m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))) &&
                                      m_process->bytesAvailable() == 0))
            return dead();
        buffer += m_process->readAll();
    }
    const QList<QByteArray> header = buffer.left(newline).split(' ');
    const qsizetype length = header.size() == 2 ? qsizetype(header[1].toLongLong()) : -1;
    if (length < 0)
        return dead();
    QByteArray body = buffer.mid(newline + 1);
    while (body.size() < length) {
        if (deadline.hasExpired() || (!m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))) &&
                                      m_process->bytesAvailable() == 0))
            return dead();
        body += m_process->readAll();
    }
    if (header[0] == "OK")
        return body;
    return Result<QByteArray>::failure(QString::fromUtf8(body));
}

} // namespace tintype
