// The folder and file pickers (FilePicker, over QFileDialog): choosing a
// folder or several files hands them to QML as URLs, cancelling hands nothing,
// a start folder that does not exist opens its nearest existing parent. The
// Qt Quick Dialogs they replace crashed the app (SIGSEGV in
// QQuickFileDialogImpl::selectedFile) and did nothing without
// Qt.labs.folderlistmodel.
#include "FilePicker.h"

#include <QApplication>
#include <QFileDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

class TestFilePicker : public QObject {
    Q_OBJECT

private slots:
    void choosingAFolderHandsItsUrl()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("Trip 2019/ü")));
        FilePicker picker;
        picker.setTitle(QStringLiteral("Choose a folder with photos"));
        picker.setCurrentFolder(QUrl::fromLocalFile(dir.path()));
        QSignalSpy accepted(&picker, &FilePicker::accepted);
        picker.open();
        QFileDialog *dialog = picker.dialog();
        QVERIFY(dialog);
        QVERIFY(picker.isVisible());
        QCOMPARE(dialog->fileMode(), QFileDialog::Directory);
        QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(dir.path()).canonicalPath());
        const QString chosen = dir.filePath(QStringLiteral("Trip 2019/ü"));
        dialog->setDirectory(chosen);
        dialog->selectFile(chosen);
        static_cast<QDialog *>(dialog)->accept();
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(QDir(picker.selectedFolder().toLocalFile()).canonicalPath(), QDir(chosen).canonicalPath());
        QTRY_VERIFY(!picker.isVisible()); // the dialog deletes itself once closed
    }

    void choosingSeveralFilesHandsEach()
    {
        QTemporaryDir dir;
        for (const char *name : {"takeout-001.zip", "takeout-002.zip", "notes.txt"}) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        FilePicker picker;
        picker.setMode(FilePicker::Mode::OpenFiles);
        picker.setNameFilters({QStringLiteral("Takeout archives (*.zip *.tgz)")});
        picker.setCurrentFolder(QUrl::fromLocalFile(dir.path()));
        QSignalSpy accepted(&picker, &FilePicker::accepted);
        picker.open();
        QFileDialog *dialog = picker.dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->fileMode(), QFileDialog::ExistingFiles);
        dialog->selectFile(QStringLiteral("\"takeout-001.zip\" \"takeout-002.zip\""));
        static_cast<QDialog *>(dialog)->accept();
        QCOMPARE(accepted.count(), 1);
        const QList<QUrl> files = picker.selectedFiles();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].fileName(), QStringLiteral("takeout-001.zip"));
        QCOMPARE(files[1].fileName(), QStringLiteral("takeout-002.zip"));
    }

    void cancellingHandsNothing()
    {
        FilePicker picker;
        QSignalSpy accepted(&picker, &FilePicker::accepted);
        QSignalSpy rejected(&picker, &FilePicker::rejected);
        picker.open();
        picker.open(); // a second press raises the same dialog
        QVERIFY(picker.dialog());
        picker.close();
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(picker.selectedFiles().isEmpty());
    }

    void missingStartFolderOpensNearestParent()
    {
        QTemporaryDir dir;
        QCOMPARE(FilePicker::existingFolder(QUrl::fromLocalFile(dir.filePath(QStringLiteral("Pictures/none")))),
                 QFileInfo(dir.path()).absoluteFilePath());
        QCOMPARE(FilePicker::existingFolder(QUrl()), QDir::homePath());
    }
};

QTEST_MAIN(TestFilePicker)
#include "tst_filepicker.moc"
