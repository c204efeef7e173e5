// What the scan's damage check (ImageIntegrity, issue 25) costs next to the
// metadata read it accompanies: both over every file of a folder, in that
// order per file (the check runs after exiv2, as in MetadataReader::read, so
// it finds the header in the page cache as a scan does).
//   tintype-bench-integrity FOLDER
#include "metadata/ImageIntegrity.h"
#include "metadata/MetadataReader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>

#include <cstdio>

using namespace tintype;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: tintype-bench-integrity FOLDER\n");
        return 2;
    }
    MetadataReader::initialize();
    qint64 metadataNs = 0, checkNs = 0;
    int files = 0, damaged = 0;
    for (QDirIterator it(QString::fromLocal8Bit(argv[1]), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const std::filesystem::path path = it.next().toStdString();
        QElapsedTimer t;
        t.start();
        auto m = MetadataReader::read(path, MetadataReader::Options{false, false});
        metadataNs += t.nsecsElapsed();
        if (!m)
            continue;
        t.restart();
        const QString damage = ImageIntegrity::check(path, m->format);
        checkNs += t.nsecsElapsed();
        ++files;
        damaged += damage.isEmpty() ? 0 : 1;
    }
    // MetadataReader::read includes the check: its own share is metadata - check.
    std::printf("%d files (%d damaged): metadata read %.3f ms/file (check included), damage check alone %.3f ms/file "
                "(%.1f %% of the read)\n",
                files, damaged, files ? metadataNs / 1e6 / files : 0.0, files ? checkNs / 1e6 / files : 0.0,
                metadataNs ? 100.0 * double(checkNs) / double(metadataNs) : 0.0);
    return 0;
}
