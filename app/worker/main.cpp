// tintype-worker: decodes untrusted files for the app and the CLI in a process
// of its own, so that a decoder that crashes or hangs on a file (exiv2,
// LibRaw, libheif, FFmpeg keep shipping such bugs) takes down only this
// process: WorkerThumbnailer sees it die or time out, gives the file its
// reason and starts another. Requests on stdin, answers on stdout
// (protocol in core/thumbs/WorkerThumbnailer.cpp).
#include "metadata/MetadataReader.h"
#include "thumbs/Thumbnailer.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

using namespace tintype;

namespace {
bool readExactly(char *into, std::size_t size) { return std::fread(into, 1, size, stdin) == size; }

void answer(const char *kind, const QByteArray &bytes)
{
    std::fprintf(stdout, "%s %lld\n", kind, static_cast<long long>(bytes.size()));
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
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
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    MetadataReader::initialize();
    char line[64];
    // "THUMB <size 0|1> <path length>\n<path bytes>"
    while (std::fgets(line, sizeof line, stdin)) {
        int size = 0;
        long long length = 0;
        if (std::sscanf(line, "THUMB %d %lld", &size, &length) != 2 || length < 0 || length > 65536)
            return 2; // not our client: leave
        QByteArray path(qsizetype(length), Qt::Uninitialized);
        if (!readExactly(path.data(), std::size_t(length)))
            return 2;
#ifdef TINTYPE_TEST_HOOKS
        testHooks(path);
#endif
        const auto made = Thumbnailer::make(std::filesystem::path(path.toStdString()),
                                            size == 1 ? ThumbnailSize::Preview : ThumbnailSize::Grid);
        if (made)
            answer("OK", made.value());
        else
            answer("ERR", made.error().toUtf8());
    }
    return 0;
}
