// The Duplicates page driven by the keyboard, as a user does: the page finds
// the groups when shown, Right/Left walk them, a number key keeps that copy,
// S skips, Enter applies (the other copy goes to the test's trash), Ctrl+Z
// undoes. Loads DuplicatesPage.qml from the linked "Tintype" module.
#include "PlantedDuplicates.h"

#include "metadata/MetadataReader.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QTest>

Q_IMPORT_QML_PLUGIN(TintypePlugin)

using namespace tintype;
namespace fs = std::filesystem;

class TestDuplicatesPageKeys : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MetadataReader::initialize();
        QQuickStyle::setStyle(QStringLiteral("Material")); // as the app
    }

    void keysWalkChooseSkipApplyAndUndo()
    {
        test::PlantedLibrary lib;
        QQuickView view;
        view.engine()->addImportPath(QStringLiteral("qrc:/"));
        view.setInitialProperties({{QStringLiteral("services"), QVariant::fromValue(lib.services.get())}});
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.resize(1200, 800);
        view.setSource(QUrl(QStringLiteral("qrc:/Tintype/DuplicatesPage.qml")));
        // Not shown: keys reach the focused item all the same, and the offscreen
        // software renderer of a shown window leaves Qt-internal allocations that
        // LeakSanitizer reports.
        QVERIFY2(view.rootObject(), qPrintable(view.errors().isEmpty() ? QString() : view.errors().first().toString()));
        QQuickItem *page = view.rootObject();
        auto *review = page->property("review").value<DuplicateReview *>();
        QVERIFY(review);
        review->setTrash(test::folderTrash(lib.trash()));
        lib.review = review; // the helpers look at the page's groups
        QTRY_VERIFY_WITH_TIMEOUT(page->property("settled").toBool(), 60000);
        QCOMPARE(review->groupCount(), 2);
        page->forceActiveFocus();

        // At 1024 px (the page beside the rail), every card fits the page's width.
        view.resize(800, 700);
        auto *cards = page->findChild<QQuickItem *>(QStringLiteral("cards"));
        QVERIFY(cards);
        QTRY_VERIFY(cards->width() > 0 && cards->width() <= 800);
        int shown = 0;
        for (QQuickItem *card : cards->childItems()) {
            if (!card->isVisible() || card->width() <= 0)
                continue;
            ++shown;
            QVERIFY2(card->x() + card->width() <= cards->width() + 0.5, "a card is cut off at the right");
        }
        QVERIFY(shown >= 2);
        QVERIFY(page->findChild<QQuickItem *>(QStringLiteral("explanation")));

        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(review->currentIndex(), 1);
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(review->currentIndex(), 0);
        QVERIFY(lib.showGroupWith(QStringLiteral("small.jpg")));
        const int group = review->currentIndex();
        const int row = lib.rowOf(QStringLiteral("small.jpg"));

        QTest::keyClick(&view, Qt::Key_S); // skip: on to the other group, nothing touched
        QCOMPARE(review->currentIndex(), 1 - group);
        review->setCurrentIndex(group);
        QTest::keyClick(&view, Qt::Key(Qt::Key_1 + row)); // its number keeps the small copy
        QVERIFY(lib.copyData(row, DuplicateCopies::KeepRole).toBool());
        QTest::keyClick(&view, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(fs::exists(lib.trash() / "files" / "IMG_0001.JPG"), 30000);
        QTRY_VERIFY(review->canUndo());
        QVERIFY(fs::exists(lib.fixture.photos() / "Takeout" / "small.jpg"));

        QTest::keyClick(&view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(fs::exists(lib.fixture.photos() / "Camera" / "IMG_0001.JPG"), 30000);
        QTRY_COMPARE(review->currentState(), DuplicateReview::GroupState::Pending);
    }
};

QTEST_MAIN(TestDuplicatesPageKeys)
#include "duplicatespage_keys.moc"
