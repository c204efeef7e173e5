// The Takeout wizard's view-model: its default destination ("Google Photos" in
// the first library folder) is read on the catalog worker, not the GUI thread,
// and never replaces a folder the user chose meanwhile.
#include "AppServices.h"
#include "CatalogWorker.h"
#include "TakeoutImport.h"
#include "UiFixture.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

class TestTakeoutImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;

private slots:
    void defaultDestinationIsReadOnTheCatalogWorker()
    {
        test::UiCatalog c;
        c.addRoot(QStringLiteral("/photos/library"));
        AppServices services(c.path(), m_cache.path().toStdString());
        TakeoutImport import;
        QSignalSpy changed(&import, &TakeoutImport::destinationChanged);
        import.setServices(&services);
        QVERIFY(import.destination().isEmpty()); // nothing read on the GUI thread
        QVERIFY(changed.wait());
        QCOMPARE(import.destination(),
                 QDir(QStringLiteral("/photos/library")).filePath(QStringLiteral("Google Photos")));
    }

    void aChosenDestinationIsKept()
    {
        test::UiCatalog c;
        c.addRoot(QStringLiteral("/photos/library"));
        AppServices services(c.path(), m_cache.path().toStdString());
        TakeoutImport import;
        import.setServices(&services);
        import.setDestination(QStringLiteral("/elsewhere")); // before the worker answered
        services.catalog().waitForIdle();
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QCOMPARE(import.destination(), QStringLiteral("/elsewhere"));
    }

    void noRootNoDefault()
    {
        test::UiCatalog c;
        AppServices services(c.path(), m_cache.path().toStdString());
        TakeoutImport import;
        import.setServices(&services);
        services.catalog().waitForIdle();
        QTest::qWait(50);
        QVERIFY(import.destination().isEmpty());
    }
};

QTEST_MAIN(TestTakeoutImport)
#include "tst_takeoutimport.moc"
