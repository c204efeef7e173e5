// tintype-worker: parses untrusted files for the app and the CLI in a process
// of its own, so that a decoder that crashes or hangs on a file (exiv2,
// LibRaw, libheif, FFmpeg keep shipping such bugs) takes down only this
// process: common/WorkerProcess sees it die or time out, gives the file its
// reason and starts another. Requests on stdin, answers on stdout, framed as
// WorkerProcess::frame says:
//   THUMB [grid 0 | preview 1, quarter turns, path, edit stack, edit fingerprint]
//         -> OK [JPEG, damage]             (core/thumbs/WorkerThumbnailer)
//   META  [path, option flags] -> OK [metadatastream bytes]
//                                          (core/metadata/WorkerMetadataReader)
//   DECODE, EXIFTHUMB [path, ...] -> OK [header, warnings, pixels]
//         pixels in the shared memory named by $TINTYPE_WORKER_SHM when there
//         is one                          (core/imaging/WorkerImageDecoder)
//   any   -> ERR [reason]
#include "common/NativePath.h"
#include "common/SharedBuffer.h"
#include "common/WorkerProcess.h"
#include "imaging/WorkerImageDecoder.h"
#include "metadata/MetadataReader.h"
#include "metadata/MetadataStream.h"
#include "metadata/WorkerMetadataReader.h"
#include "thumbs/Thumbnailer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <thread>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace tintype;

namespace {
// Answers go to a private copy of stdout; what a library prints goes to stderr
// and cannot corrupt the protocol.
FILE *answers = stdout;

void answer(const QByteArray &kind, const QList<QByteArray> &blobs)
{
    const QByteArray message = WorkerProcess::frame(kind, blobs);
    std::fwrite(message.constData(), 1, std::size_t(message.size()), answers);
    std::fflush(answers);
}

// One request: false at the end of input or when it is not one of ours.
bool readRequest(QByteArray *kind, QList<QByteArray> *blobs)
{
    char line[512];
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    QList<qsizetype> lengths;
    if (!WorkerProcess::parseHeader(QByteArray(line), kind, &lengths))
        return false;
    blobs->clear();
    for (const qsizetype length : lengths) {
        QByteArray blob(length, Qt::Uninitialized);
        if (std::fread(blob.data(), 1, std::size_t(length), stdin) != std::size_t(length))
            return false;
        blobs->append(blob);
    }
    return true;
}

#ifdef TINTYPE_TEST_HOOKS
// Test builds only: crash or hang on a file whose name contains the text of
// TINTYPE_WORKER_CRASH_ON / TINTYPE_WORKER_HANG_ON, as a buggy decoder would.
void testHooks(const QByteArray &path)
{
    const QByteArray crash = qgetenv("TINTYPE_WORKER_CRASH_ON"), hang = qgetenv("TINTYPE_WORKER_HANG_ON");
    if (!crash.isEmpty() && path.contains(crash))
        std::abort();
    if (!hang.isEmpty() && path.contains(hang))
        for (;;)
            std::this_thread::sleep_for(std::chrono::seconds(1));
}
#endif

void thumbnail(const QList<QByteArray> &in)
{
    if (in.size() != 5)
        return answer("ERR", {"bad request"});
    QString damage;
    const ThumbnailEdit edit{in[3], in[4], in[1].toInt()};
    const auto made = Thumbnailer::make(nativepath::fromBytes(in[2]),
                                        in[0] == "1" ? ThumbnailSize::Preview : ThumbnailSize::Grid, edit, &damage);
    if (made)
        answer("OK", {made.value(), damage.toUtf8()});
    else
        answer("ERR", {made.error().toUtf8()});
}

void picture(const QByteArray &kind, const QList<QByteArray> &in, SharedBuffer *shared)
{
    const auto made = WorkerImageDecoder::answer(kind, in, shared);
    if (made)
        answer("OK", made.value());
    else
        answer("ERR", {made.error().toUtf8()});
}

void metadata(const QList<QByteArray> &in)
{
    if (in.size() != 2)
        return answer("ERR", {"bad request"});
    const auto read = MetadataReader::read(nativepath::fromBytes(in[0]), WorkerMetadataReader::options(in[1]));
    if (read)
        answer("OK", {metadatastream::write(read.value())});
    else
        answer("ERR", {read.error().toUtf8()});
}
} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
#else
    if (const int copy = dup(STDOUT_FILENO); copy >= 0 && dup2(STDERR_FILENO, STDOUT_FILENO) >= 0)
        if (FILE *file = fdopen(copy, "wb"))
            answers = file;
#endif
    QCoreApplication app(argc, argv);
    // The reasons for files it cannot read come in the app's language
    // (TINTYPE_LANGUAGE, set by ui/settings/UiLanguage: "" = the system's);
    // unset, as from the CLI, they stay in English.
    QTranslator translator;
    if (qEnvironmentVariableIsSet("TINTYPE_LANGUAGE")) {
        const QString language = qEnvironmentVariable("TINTYPE_LANGUAGE");
        const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
        QLocale::setDefault(locale);
        if (translator.load(locale, QStringLiteral("tintype"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(&translator);
    }
    MetadataReader::initialize();
    // Opened (and its name removed) before any request: nothing is left in
    // /dev/shm whichever process dies first.
    const std::unique_ptr<SharedBuffer> shared = SharedBuffer::open(qgetenv("TINTYPE_WORKER_SHM"));
    QByteArray kind;
    QList<QByteArray> blobs;
    while (readRequest(&kind, &blobs)) {
#ifdef TINTYPE_TEST_HOOKS
        testHooks(kind == "THUMB" ? blobs.value(2) : blobs.value(0));
#endif
        if (kind == "THUMB")
            thumbnail(blobs);
        else if (kind == "META")
            metadata(blobs);
        else if (kind == "DECODE" || kind == "EXIFTHUMB")
            picture(kind, blobs, shared.get());
        else
            return 2; // not our client: leave
    }
    return 0;
}
