// The search field on top of Photos (SearchBar.qml + SearchModel) over the
// generated search library: typing shows grouped suggestions with counts,
// picking one (Down, Enter) shows its photos as the timeline with a chip per
// understood term, a chip's × searches again without that term, Esc clears;
// Enter on the start of a name searches for the top suggestion; recent
// searches are offered in the empty field only when the user keeps them.
#include "AppServices.h"
#include "SearchHistory.h"
#include "SearchModel.h"
#include "TimelineModel.h"
#include "catalog/Catalog.h"
#include "support/SearchLibrary.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(TintypePlugin)

using namespace tintype;

namespace {
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (!item)
        return nullptr;
    if (item->objectName() == name && item->isVisible())
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

// QTest::keyClicks takes widgets only: one key click per character.
void type(QWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

QStringList chipLabels(const SearchModel &search)
{
    QStringList out;
    for (const QVariant &chip : search.chips())
        out << chip.toMap().value(QStringLiteral("label")).toString();
    return out;
}
} // namespace

// The search bar over its own copy of the search library.
struct Scene {
    std::unique_ptr<AppServices> services;
    TimelineModel timeline;
    QQuickView view;
    QQuickItem *bar = nullptr;
    SearchModel *search = nullptr;

    // False (with the QML's errors in the log) when the scene did not load.
    bool load(const QTemporaryDir &dir, const QString &name)
    {
        const QString path = dir.filePath(name + QStringLiteral(".sqlite"));
        {
            auto catalog = Catalog::open(path);
            if (!catalog)
                return false;
            test::writeSearchLibrary(*catalog.value());
        }
        services = std::make_unique<AppServices>(path, dir.filePath(name + QStringLiteral("-cache")).toStdString());
        timeline.setServices(services.get());
        view.engine()->addImportPath(QStringLiteral("qrc:/"));
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.setInitialProperties({{QStringLiteral("services"), QVariant::fromValue(services.get())},
                                   {QStringLiteral("timeline"), QVariant::fromValue(&timeline)}});
        view.setSource(QUrl(QStringLiteral("qrc:/Tintype/SearchBar.qml")));
        bar = view.rootObject();
        for (const QQmlError &e : view.errors())
            qWarning("%s", qPrintable(e.toString()));
        if (!bar)
            return false;
        view.resize(1000, 600);
        view.show();
        search = bar->findChild<SearchModel *>(QStringLiteral("searchModel"));
        return QTest::qWaitForWindowExposed(&view) && search;
    }
    QStringList suggestionLabels() const
    {
        QStringList out;
        for (const QVariant &s : search->suggestions())
            out << s.toMap().value(QStringLiteral("label")).toString();
        return out;
    }
    void click(QQuickItem *item)
    {
        QTest::mouseClick(&view, Qt::LeftButton, {},
                          item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
    }
};

class TestSearchBar : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's
        QSettings().remove(QStringLiteral("search"));
    }
    void cleanupTestCase() { QSettings().remove(QStringLiteral("search")); }

    void typePickRemoveClear()
    {
        Scene scene;
        QVERIFY(scene.load(m_dir, QStringLiteral("type")));
        QQuickView &view = scene.view;
        QQuickItem *bar = scene.bar;
        SearchModel *search = scene.search;
        TimelineModel &timeline = scene.timeline;
        QTRY_VERIFY(timeline.photoCount() > 0); // all photos before a search

        // Typing: suggestions grouped by kind, with counts.
        QMetaObject::invokeMethod(bar, "focusField");
        type(&view, QStringLiteral("an"));
        QTRY_VERIFY(!search->suggestions().isEmpty());
        const QVariantMap first = search->suggestions().first().toMap();
        QCOMPARE(first.value(QStringLiteral("group")).toString(), QStringLiteral("People"));
        QCOMPARE(first.value(QStringLiteral("label")).toString(), QStringLiteral("Anna Schmidt"));
        QCOMPARE(first.value(QStringLiteral("count")).toLongLong(), 2);
        QTRY_VERIFY(findItem(view.contentItem(), QStringLiteral("suggestion0")));

        // Picking it: the timeline shows her photos, a chip says who.
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_Return);
        QTRY_VERIFY(search->active());
        QCOMPARE(search->query(), QStringLiteral("Anna Schmidt"));
        QTRY_COMPARE(chipLabels(*search), QStringList{QStringLiteral("Anna Schmidt")});
        QCOMPARE(timeline.scope(), TimelineModel::Scope::Search);
        QTRY_COMPARE(timeline.photoCount(), 2);

        // More words: three chips; removing the place searches again without it.
        QMetaObject::invokeMethod(bar, "focusField");
        type(&view, QStringLiteral("tom paris 2019"));
        QTest::keyClick(&view, Qt::Key_Return);
        QTRY_COMPARE(chipLabels(*search), (QStringList{QStringLiteral("Tom Weber"), QStringLiteral("Paris, France"),
                                                       QStringLiteral("2019")}));
        QTRY_COMPARE(timeline.photoCount(), 1);
        QQuickItem *remove = nullptr;
        QTRY_VERIFY((remove = findItem(view.contentItem(), QStringLiteral("chipRemove1"))));
        QTest::mouseClick(&view, Qt::LeftButton, {},
                          remove->mapToScene(QPointF(remove->width() / 2, remove->height() / 2)).toPoint());
        QTRY_COMPARE(chipLabels(*search), (QStringList{QStringLiteral("Tom Weber"), QStringLiteral("2019")}));
        QCOMPARE(search->query(), QStringLiteral("tom 2019"));
        QTRY_COMPARE(timeline.photoCount(), 1);

        // Esc: back to every photo.
        QMetaObject::invokeMethod(bar, "focusField");
        QTest::keyClick(&view, Qt::Key_Escape);
        QTRY_VERIFY(!search->active());
        QCOMPARE(timeline.scope(), TimelineModel::Scope::All);
        QTRY_VERIFY(timeline.photoCount() > 2);
        QVERIFY(search->text().isEmpty());
    }

    // Enter on the start of a name: the top suggestion, as Google Photos does.
    void enterTakesTheTopSuggestion()
    {
        Scene scene;
        QVERIFY(scene.load(m_dir, QStringLiteral("enter")));
        SearchModel *search = scene.search;
        QTRY_VERIFY(scene.timeline.photoCount() > 0);
        QMetaObject::invokeMethod(scene.bar, "focusField");
        type(&scene.view, QStringLiteral("tok"));
        QTest::keyClick(&scene.view, Qt::Key_Return); // at once: the suggestions may not be there yet
        QTRY_COMPARE(search->query(), QStringLiteral("Tokyo"));
        QCOMPARE(search->text(), QStringLiteral("Tokyo"));
        QTRY_COMPARE(search->chips().size(), 1);
        QCOMPARE(search->chips().first().toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("place"));
        QTRY_COMPARE(scene.timeline.photoCount(), 1);
        QCOMPARE(scene.bar->property("field").value<QObject *>()->property("text").toString(), QStringLiteral("Tokyo"));

        // A first name being typed after a place: "anna" is understood, "tom w" completes to Tom Weber.
        QMetaObject::invokeMethod(scene.bar, "focusField");
        type(&scene.view, QStringLiteral("tom w"));
        QTest::keyClick(&scene.view, Qt::Key_Return);
        QTRY_COMPARE(search->query(), QStringLiteral("Tom Weber"));
        QTRY_COMPARE(chipLabels(*search), QStringList{QStringLiteral("Tom Weber")});
        QTRY_COMPARE(scene.timeline.photoCount(), 2);
    }

    // Off by default: nothing kept, nothing offered.
    void noHistoryUnlessAsked()
    {
        Scene scene;
        QVERIFY(scene.load(m_dir, QStringLiteral("nohistory")));
        QVERIFY(!scene.services->searchHistory()->enabled());
        QMetaObject::invokeMethod(scene.bar, "focusField");
        type(&scene.view, QStringLiteral("paris"));
        QTest::keyClick(&scene.view, Qt::Key_Return);
        QTRY_COMPARE(scene.timeline.photoCount(), 2);
        QTest::keyClick(&scene.view, Qt::Key_Escape);
        QTRY_VERIFY(!scene.search->active());
        QMetaObject::invokeMethod(scene.bar, "focusField");
        QTest::qWait(50);
        QVERIFY(scene.search->suggestions().isEmpty());
        QVERIFY(scene.services->searchHistory()->entries().isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("search/history")));
    }

    // Kept when asked for: the focused empty field offers them, newest first; "Clear history" forgets them.
    void recentSearchesWhenKept()
    {
        Scene scene;
        QVERIFY(scene.load(m_dir, QStringLiteral("history")));
        SearchHistory *history = scene.services->searchHistory();
        history->setEnabled(true);
        QMetaObject::invokeMethod(scene.bar, "focusField");
        type(&scene.view, QStringLiteral("tok"));
        QTest::keyClick(&scene.view, Qt::Key_Return);
        QTRY_COMPARE(scene.search->query(), QStringLiteral("Tokyo"));
        QMetaObject::invokeMethod(scene.bar, "focusField");
        type(&scene.view, QStringLiteral("anna 2019"));
        QTest::keyClick(&scene.view, Qt::Key_Return);
        QTRY_COMPARE(scene.timeline.photoCount(), 2);
        QCOMPARE(history->entries(), (QStringList{QStringLiteral("anna 2019"), QStringLiteral("Tokyo")}));

        // Esc, then the field again with nothing typed (not what was typed before): the recent searches.
        QTest::keyClick(&scene.view, Qt::Key_Escape);
        QTRY_VERIFY(!scene.search->active());
        QMetaObject::invokeMethod(scene.bar, "focusField");
        QTRY_COMPARE(scene.suggestionLabels(), (QStringList{QStringLiteral("anna 2019"), QStringLiteral("Tokyo")}));
        QCOMPARE(scene.bar->property("field").value<QObject *>()->property("text").toString(), QString());
        QCOMPARE(scene.search->suggestions().first().toMap().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("history"));
        QQuickItem *second = nullptr;
        QTRY_VERIFY((second = findItem(scene.view.contentItem(), QStringLiteral("suggestion1"))));
        QTRY_VERIFY(findItem(scene.view.contentItem(), QStringLiteral("clearHistory")));
        // Typing replaces them with suggestions; emptied, they are back.
        type(&scene.view, QStringLiteral("an"));
        QTRY_COMPARE(scene.suggestionLabels().value(0), QStringLiteral("Anna Schmidt"));
        QTest::keyClick(&scene.view, Qt::Key_Backspace);
        QTest::keyClick(&scene.view, Qt::Key_Backspace);
        QTRY_COMPARE(scene.suggestionLabels(), (QStringList{QStringLiteral("anna 2019"), QStringLiteral("Tokyo")}));
        // Picking one searches for it again.
        QTRY_VERIFY((second = findItem(scene.view.contentItem(), QStringLiteral("suggestion1"))));
        scene.click(second);
        QTRY_COMPARE(scene.search->query(), QStringLiteral("Tokyo"));
        QTRY_COMPARE(scene.timeline.photoCount(), 1);
        QCOMPARE(history->entries(), (QStringList{QStringLiteral("Tokyo"), QStringLiteral("anna 2019")}));
        // Kept in the app's settings.
        QCOMPARE(QSettings().value(QStringLiteral("search/history")).toStringList(), history->entries());

        // "Clear history" in the list forgets them.
        QTest::keyClick(&scene.view, Qt::Key_Escape);
        QTRY_VERIFY(!scene.search->active());
        QMetaObject::invokeMethod(scene.bar, "focusField");
        QQuickItem *clear = nullptr;
        QTRY_VERIFY((clear = findItem(scene.view.contentItem(), QStringLiteral("clearHistory"))));
        scene.click(clear);
        QTRY_VERIFY(history->entries().isEmpty());
        QTRY_VERIFY(scene.search->suggestions().isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("search/history")));
        history->setEnabled(false);
    }
};

QTEST_MAIN(TestSearchBar)
#include "tst_searchbar.moc"
