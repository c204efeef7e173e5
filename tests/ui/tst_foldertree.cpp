#include "FolderTree.h"
#include "FolderTreeModel.h"
#include "UiFixture.h"

#include "catalog/FileRepository.h"
#include "catalog/RootRepository.h"

#include <QTest>

using namespace tintype;

// The folder tree as the disk has it: counts per folder and below, natural
// order, offline roots kept and marked, missing files not counted.
class TestFolderTree : public QObject {
    Q_OBJECT

    static FolderTree load(test::UiCatalog &c)
    {
        FolderTree tree;
        c.catalog().read(
            [&] { tree = FolderTree::build(RootRepository(c.catalog()).all(), FolderQueries(c.catalog()).counts()); });
        return tree;
    }
    static const FolderTree::Node *find(const FolderTree &tree, const QByteArray &folder)
    {
        for (const auto &n : tree.nodes)
            if (n.folder == folder)
                return &n;
        return nullptr;
    }

private slots:
    void countsPerFolderAndBelow()
    {
        test::UiCatalog c;
        const auto root = c.addRoot(QStringLiteral("/photos"));
        const QDateTime t(QDate(2020, 5, 1), QTime(10, 0));
        c.addPhoto(root, "top.jpg", t, 0);
        c.addPhoto(root, "2020/a.jpg", t, 0);
        c.addPhoto(root, "2020/05/b.jpg", t, 0);
        c.addPhoto(root, "2020/05/c.jpg", t, 0);
        c.addPhoto(root, "2020/10/d.jpg", t, 0);
        c.addPhoto(root, "2020/2/e.jpg", t, 0);

        const FolderTree tree = load(c);
        QCOMPARE(tree.roots.size(), size_t(1));
        const auto &rootNode = tree.nodes[size_t(tree.roots[0])];
        QCOMPARE(rootNode.direct, 1);
        QCOMPARE(rootNode.total, 6);
        QCOMPARE(find(tree, "2020")->direct, 1);
        QCOMPARE(find(tree, "2020")->total, 5);
        QCOMPARE(find(tree, "2020/05")->direct, 2);
        QCOMPARE(find(tree, "2020/10")->total, 1);
        // Natural order: 2, 05, 10 ("05" and "2" compare as numbers).
        const auto *year = find(tree, "2020");
        QStringList names;
        for (int child : year->children)
            names << tree.nodes[size_t(child)].name;
        QCOMPARE(names, (QStringList{QStringLiteral("2"), QStringLiteral("05"), QStringLiteral("10")}));
    }

    void offlineRootsStayBrowsable()
    {
        test::UiCatalog c;
        const auto online = c.addRoot(QStringLiteral("/home/me/Pictures"));
        const auto offline = c.addRoot(QStringLiteral("/media/usb/photos"), false);
        const QDateTime t(QDate(2021, 1, 1), QTime(8, 0));
        c.addPhoto(online, "x.jpg", t, 0);
        c.addPhoto(offline, "trip/y.jpg", t, 0);
        c.addPhoto(offline, "trip/z.jpg", t, 0);

        const FolderTree tree = load(c);
        QCOMPARE(tree.roots.size(), size_t(2));
        const auto &usb = tree.nodes[size_t(tree.roots[1])];
        QVERIFY(!usb.online);
        QCOMPARE(usb.total, 2);
        QVERIFY(!find(tree, "trip")->online);

        FolderTreeModel model;
        model.setTree(tree);
        // Roots start open: both roots, x's folder is the root itself, "trip" under the USB root.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(1), FolderTreeModel::OnlineRole).toBool(), false);
        QCOMPARE(model.data(model.index(2), FolderTreeModel::NameRole).toString(), QStringLiteral("trip"));
        QCOMPARE(model.data(model.index(2), FolderTreeModel::FolderKeyRole).toString(), QStringLiteral("74726970"));
    }

    void missingFilesAreNotCounted()
    {
        test::UiCatalog c;
        const auto root = c.addRoot(QStringLiteral("/photos"));
        std::int64_t fileId = 0;
        c.addPhoto(root, "a/1.jpg", QDateTime(), std::nullopt, 10, 10, &fileId);
        c.addPhoto(root, "a/2.jpg", QDateTime(), std::nullopt);
        c.catalog().write([&] { FileRepository(c.catalog()).setStatus(fileId, FileStatus::Missing); });
        QCOMPARE(find(load(c), "a")->direct, 1);
    }

    void expandAndCollapse()
    {
        test::UiCatalog c;
        const auto root = c.addRoot(QStringLiteral("/photos"));
        c.addPhoto(root, "a/b/c/1.jpg", QDateTime(), std::nullopt);
        FolderTreeModel model;
        model.setTree(load(c));
        QCOMPARE(model.rowCount(), 2); // root, a
        model.toggle(1);               // open a
        QCOMPARE(model.rowCount(), 3);
        model.toggle(0); // close the root
        QCOMPARE(model.rowCount(), 1);
        model.toggle(0);
        QCOMPARE(model.rowCount(), 3);
        const int row = model.revealFirstFolderWithPhotos();
        QCOMPARE(model.data(model.index(row), FolderTreeModel::NameRole).toString(), QStringLiteral("c"));
        QCOMPARE(model.data(model.index(row), FolderTreeModel::DirectRole).toLongLong(), 1);
    }

    void nonUtf8NamesAreShownAndKept()
    {
        test::UiCatalog c;
        const auto root = c.addRoot(QStringLiteral("/photos"));
        const QByteArray latin1("caf\xe9", 4);
        c.addPhoto(root, latin1 + "/1.jpg", QDateTime(), std::nullopt);
        const FolderTree tree = load(c);
        const auto *node = find(tree, latin1);
        QVERIFY(node);
        QVERIFY(node->name.startsWith(QStringLiteral("caf")));
        QCOMPARE(node->folder, latin1); // exact bytes kept for the folder's photos query
    }
};

QTEST_GUILESS_MAIN(TestFolderTree)
#include "tst_foldertree.moc"
