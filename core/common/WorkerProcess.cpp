#include "common/WorkerProcess.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <numeric>

namespace tintype {

namespace {
// Enough for any blob the workers exchange (a preview JPEG, a path, an edit).
constexpr qsizetype kLargestBlob = qsizetype(256) << 20;
} // namespace

WorkerProcess::WorkerProcess(Options options) : m_options(std::move(options)) {}

WorkerProcess::~WorkerProcess() { stop(); }

QString WorkerProcess::crashedReason() { return tr("the decoder crashed on this file"); }
QString WorkerProcess::timedOutReason() { return tr("the decoder timed out on this file"); }

QString WorkerProcess::findWorker()
{
    const QString chosen = qEnvironmentVariable("TINTYPE_WORKER");
    if (chosen == QLatin1String("off"))
        return {};
    if (!chosen.isEmpty())
        return QFileInfo(chosen).isExecutable() ? chosen : QString();
    return findWorkerFrom(QCoreApplication::applicationDirPath());
}

QString WorkerProcess::findWorkerFrom(const QString &programFolder)
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("tintype-worker.exe");
#else
    const QString name = QStringLiteral("tintype-worker");
#endif
    for (const QString &folder : {QString(), QStringLiteral("/../libexec/tintype"), QStringLiteral("/../worker")}) {
        const QFileInfo candidate(programFolder + folder + u'/' + name);
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.canonicalFilePath();
    }
    return {};
}

QByteArray WorkerProcess::frame(const QByteArray &kind, const QList<QByteArray> &blobs)
{
    QByteArray message = kind;
    for (const QByteArray &blob : blobs)
        message += ' ' + QByteArray::number(blob.size());
    message += '\n';
    for (const QByteArray &blob : blobs)
        message += blob;
    return message;
}

bool WorkerProcess::parseHeader(const QByteArray &line, QByteArray *kind, QList<qsizetype> *lengths)
{
    const QList<QByteArray> words = line.trimmed().split(' ');
    if (words.isEmpty() || words[0].isEmpty() || words.size() > 17)
        return false;
    *kind = words[0];
    lengths->clear();
    for (qsizetype i = 1; i < words.size(); ++i) {
        bool ok = false;
        const qlonglong length = words[i].toLongLong(&ok);
        if (!ok || length < 0 || length > kLargestBlob)
            return false;
        lengths->append(qsizetype(length));
    }
    return true;
}

void WorkerProcess::stop()
{
    if (!m_process)
        return;
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(1000)) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
    m_process.reset();
    m_shared.reset();
}

bool WorkerProcess::ensureRunning(QString *error)
{
    if (m_process && m_process->state() == QProcess::Running)
        return true;
    m_process.reset();
    m_shared = SharedBuffer::create();
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (m_shared) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TINTYPE_WORKER_SHM"), QString::fromLatin1(m_shared->name()));
        process->setProcessEnvironment(environment);
    }
    process->start(m_options.path, {});
    if (!process->waitForStarted(10000)) {
        *error = tr("the decoding process could not be started (%1)").arg(process->errorString());
        return false;
    }
    if (m_started++ > 0)
        ++m_restarts;
    m_process = std::move(process);
    return true;
}

bool WorkerProcess::readAnswer(QByteArray *kind, QList<QByteArray> *blobs, const QDeadlineTimer &deadline)
{
    QByteArray buffer;
    auto more = [&] {
        if (m_process->bytesAvailable() == 0 &&
            (deadline.hasExpired() || !m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))))
            return false;
        buffer += m_process->readAll();
        return true;
    };
    qsizetype newline = -1;
    while ((newline = buffer.indexOf('\n')) < 0)
        if (buffer.size() > 4096 || !more())
            return false;
    QList<qsizetype> lengths;
    if (!parseHeader(buffer.left(newline), kind, &lengths))
        return false;
    buffer.remove(0, newline + 1);
    const qsizetype total = std::accumulate(lengths.begin(), lengths.end(), qsizetype(0));
    while (buffer.size() < total)
        if (!more())
            return false;
    qsizetype at = 0;
    for (const qsizetype length : lengths) {
        blobs->append(buffer.mid(at, length));
        at += length;
    }
    return true;
}

Result<QList<QByteArray>> WorkerProcess::call(const QByteArray &kind, const QList<QByteArray> &blobs, int timeoutMs)
{
    using Answer = Result<QList<QByteArray>>;
    QString error;
    m_startFailed = !ensureRunning(&error);
    if (m_startFailed)
        return Answer::failure(error);
    m_process->write(frame(kind, blobs));
    QByteArray answerKind;
    QList<QByteArray> answer;
    const QDeadlineTimer deadline(timeoutMs < 0 ? m_options.timeoutMs : timeoutMs);
    if (!readAnswer(&answerKind, &answer, deadline)) {
        // Still running past the deadline: hung. Dead, or talking nonsense: crashed.
        const bool hung = deadline.hasExpired() && m_process->state() == QProcess::Running;
        m_process->kill();
        m_process->waitForFinished(1000);
        m_process.reset();
        m_shared.reset();
        return Answer::failure(hung ? timedOutReason() : crashedReason());
    }
    if (answerKind == "OK")
        return answer;
    return Answer::failure(QString::fromUtf8(answer.value(0)));
}

} // namespace tintype
