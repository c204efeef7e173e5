#pragma once

#include <QByteArray>
#include <QString>

#include <filesystem>
#include <vector>

namespace tintype {

class TakeoutSourceProgress;
class TakeoutVisitor;

// An unpacked Takeout folder as a part of a TakeoutSource: listed once when the source is
// opened (sizes give the progress total), read when visited. Litter (.DS_Store, @eaDir,
// hidden files and folders, ...) is skipped; symbolic links are never followed.
class TakeoutSourceFolder {
public:
    struct Item {
        QByteArray relNative; // native bytes relative to the folder, '/'-separated
        QString path;         // safe Takeout path; empty when refused
        QString problem;      // why it is refused or unreadable; empty for a good file
        qint64 size = 0;
        qint64 mtime = 0;
        bool legacyName = false; // a component was not UTF-8
    };
    struct Listing {
        std::vector<Item> items; // depth-first, by name
        qint64 bytes = 0;
    };

    static Listing list(const std::filesystem::path &root);
    static void visit(const std::filesystem::path &root, const Listing &listing, const QString &partName, int partIndex,
                      TakeoutVisitor &visitor, TakeoutSourceProgress &progress);
};

} // namespace tintype
