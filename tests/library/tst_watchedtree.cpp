// WatchedTree, the part the Windows (ReadDirectoryChangesW) and macOS (FSEvents)
// watchers share, run here on real folders: a recursive watcher's raw changes
// become the same FolderWatcher events InotifyFolderWatcher gives, removed
// folders are told from removed files, and litter is left out.
#include "library/WatchedTree.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <memory>

using namespace tintype;
namespace fs = std::filesystem;
using Kind = FolderWatcher::Event::Kind;
using Now = WatchedTree::Now;

namespace {
void touch(const fs::path &p) { std::ofstream(p) << "x"; }

QList<Kind> kinds(const std::vector<FolderWatcher::Event> &events)
{
    QList<Kind> out;
    for (const auto &e : events)
        out << e.kind;
    return out;
}
} // namespace

class TestWatchedTree : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    fs::path root() const { return fs::path(m_dir->path().toStdString()); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void countsTheFoldersOfEachRootButNotLitterOrLinks()
    {
        fs::create_directories(root() / "2024" / "paris");
        fs::create_directories(root() / "@eaDir" / "x");
        fs::create_directories(root() / ".thumbnails");
        fs::create_directory_symlink(root() / "2024", root() / "link");
        WatchedTree tree;
        tree.add(7, root());
        QVERIFY(tree.contains(7));
        QCOMPARE(tree.path(7), root());
        QCOMPARE(tree.folderCount(), 3); // the root, 2024, 2024/paris
        tree.remove(7);
        QCOMPARE(tree.folderCount(), 0);
        QVERIFY(tree.changed(7, "a.jpg", Now::File).empty()); // unknown root: nothing
    }

    void filesAreWrittenCompleteOrRemoved()
    {
        WatchedTree tree;
        tree.add(1, root());
        touch(root() / "a.jpg");
        auto events = tree.changed(1, "a.jpg", Now::File);
        QCOMPARE(kinds(events), QList<Kind>{Kind::Writing}); // created or written: may still be open
        QCOMPARE(events.front().rootId, 1);
        QCOMPARE(events.front().relPath, QByteArray("a.jpg"));
        QCOMPARE(kinds(tree.changed(1, "a.jpg", Now::File, true)), QList<Kind>{Kind::Written}); // renamed into place
        QCOMPARE(kinds(tree.changed(1, "gone.jpg", Now::Nothing)), QList<Kind>{Kind::Removed});
    }

    void foldersAreAddedWithTheirSubfoldersAndRemovedAsFolders()
    {
        WatchedTree tree;
        tree.add(1, root());
        QCOMPARE(tree.folderCount(), 1);
        // A whole tree moved in at once: one event for its top, every folder of it known.
        fs::create_directories(root() / "trip" / "day1");
        fs::create_directories(root() / "trip" / "day2");
        auto events = tree.changed(1, "trip", Now::Folder, true);
        QCOMPARE(kinds(events), QList<Kind>{Kind::FolderAdded});
        QCOMPARE(events.front().relPath, QByteArray("trip"));
        QCOMPARE(tree.folderCount(), 4);
        QVERIFY(tree.changed(1, "trip", Now::Folder).empty()); // known: its files report themselves
        QVERIFY(tree.changed(1, "trip/day1", Now::Folder).empty());

        // Gone: the system no longer says it was a folder; the tree does.
        fs::remove_all(root() / "trip");
        events = tree.changed(1, "trip/day2", Now::Nothing);
        QCOMPARE(kinds(events), QList<Kind>{Kind::FolderRemoved});
        QCOMPARE(tree.folderCount(), 3);
        events = tree.changed(1, "trip", Now::Nothing);
        QCOMPARE(kinds(events), QList<Kind>{Kind::FolderRemoved});
        QCOMPARE(events.front().relPath, QByteArray("trip"));
        QCOMPARE(tree.folderCount(), 1);

        // A folder replaced by a file of its name.
        fs::create_directory(root() / "x");
        QCOMPARE(kinds(tree.changed(1, "x", Now::Folder)), QList<Kind>{Kind::FolderAdded});
        QCOMPARE(kinds(tree.changed(1, "x", Now::File, true)), (QList<Kind>{Kind::FolderRemoved, Kind::Written}));
    }

    void litterIsLeftOutAndALostRootIsRescanned()
    {
        WatchedTree tree;
        tree.add(1, root());
        QVERIFY(tree.changed(1, "@eaDir", Now::Folder).empty());
        QVERIFY(tree.changed(1, "@eaDir/a.jpg/SYNOPHOTO_THUMB_M.jpg", Now::File).empty());
        QVERIFY(tree.changed(1, "2024/.thumbnails/a.png", Now::File).empty());
        QCOMPARE(tree.folderCount(), 1);
        QCOMPARE(kinds(tree.changed(1, "", Now::Nothing)), QList<Kind>{Kind::Overflow});
        QVERIFY(tree.changed(1, "", Now::Folder).empty()); // the root's own attributes
    }

    void relativePathsBelowTheRootOnly()
    {
        WatchedTree tree;
        tree.add(1, fs::path("/photos/ann"));
        QCOMPARE(tree.relativePath(1, "/photos/ann/2024/a.jpg"), std::optional<QByteArray>("2024/a.jpg"));
        QCOMPARE(tree.relativePath(1, "/photos/ann"), std::optional<QByteArray>(QByteArray()));
        QCOMPARE(tree.relativePath(1, "/photos/ann/"), std::optional<QByteArray>(QByteArray()));
        QVERIFY(!tree.relativePath(1, "/photos/anne/a.jpg")); // a sibling sharing the prefix
        QVERIFY(!tree.relativePath(1, "/photos"));
        QVERIFY(!tree.relativePath(2, "/photos/ann/a.jpg"));
    }
};

QTEST_GUILESS_MAIN(TestWatchedTree)
#include "tst_watchedtree.moc"
