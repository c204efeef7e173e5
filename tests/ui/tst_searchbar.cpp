// The search field on top of Photos (SearchBar.qml + SearchModel) over the
// generated search library: typing shows grouped suggestions with counts,
// picking one (Down, Enter) shows its photos as the timeline with a chip per
// understood term, a chip's × searches again without that term, Esc clears.
#include "AppServices.h"
#include "SearchModel.h"
#include "TimelineModel.h"
#include "catalog/Catalog.h"
#include "support/SearchLibrary.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
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

class TestSearchBar : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void typePickRemoveClear()
    {
        const QString path = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            auto catalog = Catalog::open(path);
            QVERIFY(catalog);
            test::writeSearchLibrary(*catalog.value());
        }
        AppServices services(path, m_dir.filePath(QStringLiteral("cache")).toStdString());
        TimelineModel timeline;
        timeline.setServices(&services);
        QQuickView view;
        view.engine()->addImportPath(QStringLiteral("qrc:/"));
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.setInitialProperties({{QStringLiteral("services"), QVariant::fromValue(&services)},
                                   {QStringLiteral("timeline"), QVariant::fromValue(&timeline)}});
        view.setSource(QUrl(QStringLiteral("qrc:/Tintype/SearchBar.qml")));
        QQuickItem *bar = view.rootObject();
        QVERIFY2(bar, qPrintable(view.errors().isEmpty() ? QString() : view.errors().first().toString()));
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *search = bar->findChild<SearchModel *>(QStringLiteral("searchModel"));
        QVERIFY(search);
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
};

QTEST_MAIN(TestSearchBar)
#include "tst_searchbar.moc"
