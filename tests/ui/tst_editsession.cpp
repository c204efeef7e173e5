// The edit mode's view-model over a real catalog and a real JPEG: sliders
// change the stack and the rendered preview, undo/redo, revert, Done stores a
// revision readable through EditRepository, Cancel stores nothing, the file's
// bytes never change, the crop tool's fixed ratios and geometry, looks and
// auto-enhance, and the preview's coalescing under a slider drag (with the
// update rate printed).
#include "AppServices.h"
#include "CatalogWorker.h"
#include "EditCropFrame.h"
#include "EditSession.h"
#include "UiFixture.h"

#include "catalog/EditRepository.h"
#include "edit/ColourDifference.h"
#include "edit/EditRenderer.h"
#include "edit/EditScene.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <memory>

using namespace tintype;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

double meanLuma(const QImage &image)
{
    const QImage small = image.scaled(64, 64).convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            sum += qGray(small.pixel(x, y));
    return sum / (small.width() * small.height());
}

// What the preview must show for the session's stack: the same renderer on the same picture.
QImage expectedPreview(const EditSession &s, const EditStack &stack)
{
    return EditRenderer::render(s.original(), stack).convertToFormat(QImage::Format_RGBX8888);
}
} // namespace

class TestEditSession : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;
    QTemporaryDir m_photos;
    std::unique_ptr<test::UiCatalog> m_catalog;
    std::unique_ptr<AppServices> m_services;
    std::int64_t m_assetId = 0;
    QString m_photoPath;

    std::unique_ptr<EditSession> open(std::int64_t assetId)
    {
        auto s = std::make_unique<EditSession>();
        s->setServices(m_services.get());
        s->setAssetId(assetId);
        return s;
    }
    std::unique_ptr<EditSession> openReady()
    {
        auto s = open(m_assetId);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(s->state(), EditSession::State::Ready, 10000); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(s->previewCount() >= 1, 10000); }();
        return s;
    }
    std::optional<QByteArray> storedStack()
    {
        m_services->catalog().waitForIdle();
        std::optional<QByteArray> stack;
        m_catalog->catalog().read([&] { stack = EditRepository(m_catalog->catalog()).current(m_assetId); });
        return stack;
    }

private slots:
    void init()
    {
        m_catalog = std::make_unique<test::UiCatalog>();
        const std::int64_t root = m_catalog->addRoot(m_photos.path());
        // A 768 × 512 JPEG: the scene at twice its size.
        m_photoPath = m_photos.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(test::editScene().scaled(768, 512).save(m_photoPath, "JPEG", 92));
        m_assetId = m_catalog->addPhoto(root, "photo.jpg", QDateTime(QDate(2024, 5, 1), QTime(12, 0)), 0, 768, 512);
        m_services = std::make_unique<AppServices>(m_catalog->path(), m_cache.path().toStdString());
    }
    void cleanup()
    {
        m_services.reset();
        m_catalog.reset();
    }

    void opensThePhotoUnedited()
    {
        auto s = openReady();
        QCOMPARE(s->original().size(), QSize(768, 512));
        QVERIFY(!s->edited());
        QVERIFY(!s->dirty());
        QVERIFY(!s->canUndo());
        QCOMPARE(s->preview(), expectedPreview(*s, EditStack()));
        QCOMPARE(s->looks().size(), 6);
    }

    void sliderChangesStackAndPreview()
    {
        auto s = openReady();
        const QImage before = s->preview();
        const int count = s->previewCount();
        QVERIFY(s->setValue(QStringLiteral("exposure"), 1.0));
        QCOMPARE(s->stack().amount(OperationType::Exposure), 1.0);
        QCOMPARE(s->values().value(QStringLiteral("exposure")).toDouble(), 1.0);
        QVERIFY(s->dirty());
        QTRY_VERIFY(s->previewCount() > count);
        QTRY_COMPARE(s->preview(), expectedPreview(*s, s->stack()));
        QVERIFY(meanLuma(s->preview()) > meanLuma(before) + 10);

        QVERIFY(s->setValue(QStringLiteral("vignette"), -0.5));
        QVERIFY(s->setValue(QStringLiteral("vignette.midpoint"), 0.3));
        QCOMPARE(s->value(QStringLiteral("vignette.midpoint")), 0.3);
        // Out of range or unknown: refused, the stack stays as it was.
        QVERIFY(!s->setValue(QStringLiteral("exposure"), 9));
        QVERIFY(!s->setValue(QStringLiteral("contrast"), -1.5));
        QVERIFY(!s->setValue(QStringLiteral("glow"), 0.5));
        QVERIFY(!s->setValue(QStringLiteral("crop.depth"), 0.5));
        QCOMPARE(s->stack().amount(OperationType::Exposure), 1.0);
    }

    void undoRedo()
    {
        auto s = openReady();
        // A drag: many values, one step.
        s->setValue(QStringLiteral("exposure"), 0.2);
        s->setValue(QStringLiteral("exposure"), 0.5);
        QVERIFY(s->commit());
        s->setValue(QStringLiteral("contrast"), 0.3);
        QVERIFY(s->canUndo());
        QVERIFY(s->undo()); // commits the pending change, then undoes it
        QCOMPARE(s->stack().amount(OperationType::Contrast), 0.0);
        QCOMPARE(s->stack().amount(OperationType::Exposure), 0.5);
        QVERIFY(s->undo());
        QVERIFY(s->stack().isIdentity());
        QVERIFY(!s->canUndo());
        QVERIFY(!s->undo());
        QVERIFY(s->redo());
        QCOMPARE(s->stack().amount(OperationType::Exposure), 0.5);
        QVERIFY(s->redo());
        QCOMPARE(s->stack().amount(OperationType::Contrast), 0.3);
        QVERIFY(!s->canRedo());
        QTRY_COMPARE(s->preview(), expectedPreview(*s, s->stack()));
        // A new change drops the redo steps.
        QVERIFY(s->undo());
        s->rotate(true);
        QVERIFY(!s->canRedo());
    }

    void resetAndRevert()
    {
        auto s = openReady();
        s->setValue(QStringLiteral("exposure"), 0.5);
        s->setValue(QStringLiteral("highlights"), -0.4);
        s->setValue(QStringLiteral("saturation"), 0.4);
        s->commit();
        s->reset({QStringLiteral("exposure"), QStringLiteral("highlights")});
        QVERIFY(!s->stack().find(OperationType::Exposure));
        QVERIFY(!s->stack().find(OperationType::Highlights));
        QCOMPARE(s->stack().amount(OperationType::Saturation), 0.4);
        s->revertToOriginal();
        QVERIFY(s->stack().isIdentity());
        QVERIFY(!s->edited());
        QTRY_COMPARE(s->preview(), expectedPreview(*s, EditStack()));
        QVERIFY(s->undo()); // revert is a step of its own
        QCOMPARE(s->stack().amount(OperationType::Saturation), 0.4);
    }

    void doneStoresARevisionAndKeepsTheFile()
    {
        const QByteArray hash = fileHash(m_photoPath);
        QVERIFY(!storedStack());
        {
            auto s = openReady();
            QSignalSpy saved(s.get(), &EditSession::saved);
            QSignalSpy changed(m_services.get(), &AppServices::assetsChanged);
            s->setValue(QStringLiteral("exposure"), 0.7);
            s->setValue(QStringLiteral("warmth"), 0.2);
            s->setCropAspect(1.0);
            s->commit();
            const EditStack edited = s->stack();
            s->save();
            QTRY_COMPARE(saved.count(), 1);
            QCOMPARE(s->state(), EditSession::State::Saved);
            QVERIFY(!s->dirty());
            QCOMPARE(changed.count(), 1);
            QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{m_assetId});
            const auto stored = storedStack();
            QVERIFY(stored);
            QCOMPARE(EditStack::fromJson(*stored).value(), edited);
        }
        QCOMPARE(fileHash(m_photoPath), hash);
        // Opening again starts from the stored edit; revert + Done stores the original.
        auto s = openReady();
        QCOMPARE(s->stack().amount(OperationType::Exposure), 0.7);
        QVERIFY(!s->dirty());
        s->revertToOriginal();
        QSignalSpy saved(s.get(), &EditSession::saved);
        s->save();
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!storedStack());
        QCOMPARE(fileHash(m_photoPath), hash);
    }

    void cancelStoresNothing()
    {
        const QByteArray hash = fileHash(m_photoPath);
        {
            auto s = openReady();
            s->setValue(QStringLiteral("contrast"), 0.5);
            s->flip(true);
            QVERIFY(s->dirty());
        } // the edit mode closed without Done
        QVERIFY(!storedStack());
        EditRepository::State state;
        m_catalog->catalog().read([&] { state = EditRepository(m_catalog->catalog()).state(m_assetId); });
        QVERIFY(!state.canUndo);
        QCOMPARE(fileHash(m_photoPath), hash);
    }

    void fixedRatioCropKeepsTheRatio_data()
    {
        QTest::addColumn<double>("aspect");
        QTest::addColumn<bool>("turn");
        QTest::newRow("1:1") << 1.0 << false;
        QTest::newRow("16:9") << 16.0 / 9.0 << false;
        QTest::newRow("3:4 portrait") << 3.0 / 4.0 << false;
        QTest::newRow("3:2 turned") << 1.5 << true;
        QTest::newRow("original, straightened") << 768.0 / 512.0 << false;
    }
    void fixedRatioCropKeepsTheRatio()
    {
        QFETCH(double, aspect);
        QFETCH(bool, turn);
        auto s = openReady();
        if (QByteArray(QTest::currentDataTag()).contains("straightened"))
            s->setValue(QStringLiteral("straighten"), 7.5);
        if (turn)
            s->rotate(false);
        s->setCropAspect(aspect);
        QCOMPARE(s->cropAspect(), aspect);
        const QSize full(768, 512); // the file's size: what export renders
        auto ratioOf = [&](const EditStack &stack) {
            const QSize out = EditRenderer::renderedSize(full, stack);
            return double(out.width()) / out.height();
        };
        QVERIFY2(std::abs(ratioOf(s->stack()) - aspect) < 0.01, qPrintable(QString::number(ratioOf(s->stack()))));
        const EditCropFrame::Handle handles[] = {EditCropFrame::BottomRight, EditCropFrame::TopLeft,
                                                 EditCropFrame::Left, EditCropFrame::Bottom};
        for (const auto handle : handles) {
            s->dragCrop(handle, s->cropRect(), QPointF(0.13, -0.21));
            s->commit();
            QVERIFY2(std::abs(ratioOf(s->stack()) - aspect) < 0.01, qPrintable(QString::number(ratioOf(s->stack()))));
            const QRectF r = s->cropRect();
            QVERIFY(r.left() >= 0 && r.top() >= 0 && r.right() <= 1.0 + 1e-9 && r.bottom() <= 1.0 + 1e-9);
        }
        // Turning the photo turns the frame's shape with it.
        s->rotate(true);
        QVERIFY(std::abs(ratioOf(s->stack()) - 1.0 / aspect) < 0.02);
    }

    void freeCropFollowsThePointer()
    {
        const QRectF start(0.1, 0.1, 0.5, 0.5);
        const QRectF r = EditCropFrame::dragged(start, EditCropFrame::BottomRight, {0.2, 0.1}, 0);
        QCOMPARE(r, QRectF(0.1, 0.1, 0.7, 0.6));
        QCOMPARE(EditCropFrame::dragged(start, EditCropFrame::Move, {0.9, -0.5}, 0), QRectF(0.5, 0, 0.5, 0.5));
        const QRectF small = EditCropFrame::dragged(start, EditCropFrame::Left, {0.9, 0}, 0);
        QCOMPARE(small.right(), 0.6);
        QCOMPARE(small.width(), EditCropFrame::kMinimumSize);
    }

    void rotateAndFlipMoveTheFrameWithThePicture()
    {
        auto s = openReady();
        s->setValue(QStringLiteral("straighten"), 5);
        s->commit();
        s->dragCrop(EditCropFrame::TopLeft, s->cropRect(), {0.3, 0.1});
        s->commit();
        const EditStack before = s->stack();
        const QImage picture = s->original();
        const QImage shown = EditRenderer::render(picture, before);
        // Flipping the result must equal rendering the flipped stack.
        s->flip(true);
        QVERIFY(ColourDifference::compare(shown.mirrored(true, false), EditRenderer::render(picture, s->stack())).mean <
                2.0);
        s->flip(true);
        // Turning the result clockwise must equal rendering the turned stack (with a mirror set too).
        s->flip(false);
        const QImage mirrored = EditRenderer::render(picture, s->stack());
        s->rotate(true);
        const QImage turned = EditRenderer::render(picture, s->stack());
        const auto diff = ColourDifference::compare(mirrored.transformed(QTransform().rotate(90)), turned);
        QVERIFY2(diff.sameSize && diff.mean < 2.0, qPrintable(QString::number(diff.mean)));
        for (int i = 0; i < 3; ++i)
            s->rotate(true);
        s->flip(false);
        QCOMPARE(s->stack().amount(OperationType::Rotate), 0.0);
        QCOMPARE(s->stack().amount(OperationType::Straighten), 5.0);
        QVERIFY(std::abs(s->cropRect().x() - before.value(OperationType::Crop, QStringLiteral("x"))) < 1e-9);
    }

    void looksAndAutoEnhance()
    {
        auto s = openReady();
        for (const QVariant &v : s->looks())
            QVERIFY(!v.toMap().value(QStringLiteral("image")).value<QImage>().isNull());
        s->setValue(QStringLiteral("sharpen"), 0.3);
        s->commit();
        s->applyLook(QStringLiteral("vivid"));
        QCOMPARE(s->look(), QStringLiteral("vivid"));
        s->applyLook(QStringLiteral("cool"));
        QCOMPARE(s->look(), QStringLiteral("cool"));
        QVERIFY(!s->stack().find(OperationType::Vibrance)); // vivid's, gone with it
        QCOMPARE(s->stack().amount(OperationType::Sharpen), 0.3);
        s->applyLook(QString());
        QCOMPARE(s->look(), QString());
        QCOMPARE(s->stack().operations().size(), size_t(1));
        s->autoEnhance();
        QVERIFY(s->stack().operations().size() > 1);
        QVERIFY(s->undo());
        QCOMPARE(s->stack().operations().size(), size_t(1));
    }

    void badFilesFailWithAReason()
    {
        QFile::remove(m_photoPath);
        auto missing = open(m_assetId);
        QTRY_COMPARE(missing->state(), EditSession::State::Failed);
        QVERIFY(!missing->error().isEmpty());
        QVERIFY(!missing->setValue(QStringLiteral("exposure"), 1));

        QFile broken(m_photoPath);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\xff\xd8\xff\xe0 not really a jpeg");
        broken.close();
        auto truncated = open(m_assetId);
        QTRY_COMPARE(truncated->state(), EditSession::State::Failed);
        QVERIFY2(truncated->error().contains(QStringLiteral("cannot be opened")), qPrintable(truncated->error()));

        auto unknown = open(987654);
        QTRY_COMPARE(unknown->state(), EditSession::State::Failed);
    }

    // A slider dragged faster than the renderer: requests coalesce, the last
    // value is what shows in the end, and the update rate is printed.
    void dragCoalescesAndShowsTheLatestValue()
    {
        QImage big = test::editScene().scaled(2048, 1365, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        EditSession s;
        s.loadPicture(big);
        QTRY_VERIFY_WITH_TIMEOUT(s.previewCount() >= 1, 10000);
        const int first = s.previewCount();
        int requests = 0;
        QElapsedTimer clock;
        clock.start();
        QTimer drag;
        drag.setInterval(4); // a pointer reports 250 positions/s
        connect(&drag, &QTimer::timeout, &s, [&] {
            const double t = double(clock.elapsed()) / 1000.0;
            s.setValue(QStringLiteral("exposure"), std::sin(t * 3.0) * 2.0);
            ++requests;
        });
        drag.start();
        QTest::qWait(2000);
        drag.stop();
        const double seconds = double(clock.elapsed()) / 1000.0;
        const int shown = s.previewCount() - first;
        qInfo("edit preview (2048 x 1365) while dragging exposure: %d updates in %.2f s = %.1f updates/s "
              "(target >= 30), last render %.1f ms, %d slider positions",
              shown, seconds, shown / seconds, s.renderMilliseconds(), requests);
        QVERIFY(shown > 0);
        QVERIFY(shown < requests); // coalesced, not queued
        QTRY_COMPARE(s.preview(), expectedPreview(s, s.stack()));
    }
};

QTEST_MAIN(TestEditSession)
#include "tst_editsession.moc"
