// The welcome screen suggests only a photo folder that exists (a new user's
// ~/Pictures may not): the first existing candidate, or nothing.
#include "LibrarySettings.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

class TestSuggestedFolder : public QObject {
    Q_OBJECT

private slots:
    void firstExistingCandidateOrNothing()
    {
        QTemporaryDir dir;
        const QString pictures = dir.filePath(QStringLiteral("Pictures"));
        const QString photos = dir.filePath(QStringLiteral("Photos"));
        QCOMPARE(LibrarySettings::firstExistingFolder({pictures, photos}), QString());
        QVERIFY(QDir().mkpath(photos));
        QCOMPARE(LibrarySettings::firstExistingFolder({pictures, photos}), QDir::toNativeSeparators(photos));
        QVERIFY(QDir().mkpath(pictures));
        QCOMPARE(LibrarySettings::firstExistingFolder({pictures, photos}), QDir::toNativeSeparators(pictures));
        QCOMPARE(LibrarySettings::firstExistingFolder({QString(), QDir::homePath()}), QString()); // never home itself
    }
};

QTEST_MAIN(TestSuggestedFolder)
#include "tst_suggestedfolder.moc"
