// motion-clip: the video inside motion photos (Google Pixel, Samsung) written
// out as MP4 files; the photos themselves are only read.
#include "Commands.h"
#include "Output.h"

#include "common/NativePath.h"
#include "library/MotionClipExport.h"
#include "metadata/MetadataReader.h"

#include <QCoreApplication>

namespace tintype::cli {

int runMotionClip(const QStringList &args)
{
    QString folder;
    QStringList files;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--to") && i + 1 < args.size())
            folder = args.at(++i);
        else
            files << args.at(i);
    }
    if (folder.isEmpty() || files.isEmpty()) {
        err() << QCoreApplication::translate("motion-clip", "Usage: tintype-cli motion-clip --to DIR FILE...\n");
        return UsageError;
    }
    int code = Ok;
    for (const QString &file : std::as_const(files)) {
        const auto path = nativepath::fromUser(file);
        const auto metadata = MetadataReader::read(path);
        if (!metadata || !metadata->motionClip) {
            code = SomeFilesFailed;
            err() << file << ": "
                  << (metadata ? QCoreApplication::translate("motion-clip", "not a motion photo") : metadata.error())
                  << "\n";
            continue;
        }
        const auto written = MotionClipExport::write(path, *metadata->motionClip, nativepath::fromUser(folder));
        if (!written) {
            code = SomeFilesFailed;
            err() << written.error() << "\n";
            continue;
        }
        out() << nativepath::display(written.value()) << "\n";
    }
    return code;
}

} // namespace tintype::cli
