// "Show in folder" on macOS: the Finder opens the folder with the file selected.
#include "FileManagerReveal.h"

#ifdef Q_OS_MACOS

#include <QFileInfo>
#include <QProcess>

#import <AppKit/AppKit.h>

namespace tintype {

void FileManagerReveal::selectInFileManager(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        openFolderOf(path); // nothing to select: the Finder would do nothing
        return;
    }
    if (NSApp == nil) {
        // A process without AppKit's application (the command line): the same through `open -R`.
        if (QProcess::startDetached(QStringLiteral("open"), openRevealArguments(path)))
            emit revealed(path, true);
        else
            openFolderOf(path);
        return;
    }
    @autoreleasepool {
        NSURL *url = [NSURL fileURLWithPath:path.toNSString()];
        [[NSWorkspace sharedWorkspace] activateFileViewerSelectingURLs:@[ url ]];
    }
    emit revealed(path, true);
}

} // namespace tintype

#endif // Q_OS_MACOS
