// Thumbnails of edited photos: rendered from the edit stack (brighter with
// more exposure, cropped like the export, as the export at that size), keyed
// by the file and the edit so an edit makes a new entry and reverting finds
// the original's again; the scheduler makes and reuses them; the catalog
// hands the current edit to thumbnail generation.
#include "catalog/EditRepository.h"
#include "catalog/ThumbnailSources.h"
#include "edit/ColourDifference.h"
#include "edit/EditExporter.h"
#include "edit/EditStack.h"
#include "metadata/MetadataReader.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"
#include "thumbs/ThumbnailCache.h"
#include "thumbs/ThumbnailScheduler.h"
#include "thumbs/Thumbnailer.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

namespace {
ThumbnailEdit editOf(const EditStack &stack, int turns = 0) { return {stack.toJson(), stack.fingerprint(), turns}; }

EditStack exposure(double stops)
{
    EditStack stack;
    stack.set(OperationType::Exposure, stops);
    return stack;
}

double meanLuma(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            sum += qGray(image.pixel(x, y));
    return sum / std::max(1.0, double(image.width()) * image.height());
}

QImage decoded(const Result<QByteArray> &jpeg) { return jpeg ? QImage::fromData(jpeg.value(), "JPEG") : QImage(); }
} // namespace

class TestEditedThumbnails : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fs::path m_photo;
    QByteArray m_fingerprint = QByteArray(16, 'e');

private slots:
    void initTestCase()
    {
        MetadataReader::initialize();
        QVERIFY(m_dir.isValid());
        m_photo = fs::path(m_dir.filePath(QStringLiteral("photo.jpg")).toStdString());
        QVERIFY(test::writeJpeg(m_photo, QSize(1600, 1200), 4));
    }

    void editedThumbnailShowsTheEdit()
    {
        const QImage plain = decoded(Thumbnailer::make(m_photo, ThumbnailSize::Grid));
        const QImage brighter = decoded(Thumbnailer::make(m_photo, ThumbnailSize::Grid, editOf(exposure(2))));
        QCOMPARE(plain.size(), QSize(400, 300));
        QCOMPARE(brighter.size(), QSize(400, 300));
        QVERIFY2(meanLuma(brighter) > meanLuma(plain) + 30,
                 qPrintable(QStringLiteral("%1 vs %2").arg(meanLuma(brighter)).arg(meanLuma(plain))));
        // An empty edit is the file as it is.
        QCOMPARE(decoded(Thumbnailer::make(m_photo, ThumbnailSize::Grid, ThumbnailEdit{})), plain);
    }

    void sameAsTheExportAtThatSize_data()
    {
        QTest::addColumn<int>("longEdge");
        QTest::addColumn<double>("tolerance"); // mean ΔE
        QTest::newRow("preview: the whole file") << 2048 << 0.5;
        QTest::newRow("grid: a DCT-scaled read") << 400 << 2.0;
    }

    void sameAsTheExportAtThatSize()
    {
        QFETCH(int, longEdge);
        QFETCH(double, tolerance);
        EditStack stack = exposure(0.7);
        stack.set(OperationType::Contrast, 0.3);
        stack.set(OperationType::Sharpen, 0.5);
        stack.set(OperationType::Vignette, -0.4);
        const auto rendered = Thumbnailer::renderEdited(m_photo, editOf(stack), longEdge);
        QVERIFY2(rendered, qPrintable(rendered.error()));
        EditExporter::Options options;
        options.format = EditExporter::Format::Png;
        options.longEdge = longEdge;
        const fs::path out = fs::path(m_dir.filePath(QStringLiteral("export")).toStdString());
        fs::create_directories(out);
        const auto exported = EditExporter::exportFile(m_photo, 0, stack, out, options);
        QVERIFY2(exported, qPrintable(exported.error()));
        const QImage reference(QString::fromStdString(exported->path.string()));
        const ColourDifference d = ColourDifference::compare(rendered.value(), reference);
        QVERIFY(d.sameSize);
        QVERIFY2(d.mean < tolerance, qPrintable(QStringLiteral("mean ΔE %1").arg(d.mean)));
        // Not a comparison that cannot fail: the unedited picture is far from it.
        const auto plain = Thumbnailer::renderEdited(m_photo, editOf(exposure(0.01)), longEdge);
        const double unedited = ColourDifference::compare(plain.value(), reference).mean;
        QVERIFY2(unedited > 3 * tolerance, qPrintable(QStringLiteral("unedited ΔE %1").arg(unedited)));
    }

    void cropStillFillsTheSize()
    {
        // A quarter of each side: the source is read larger so the crop is 400 px wide, not 100.
        EditStack crop;
        EditOperation op;
        op.type = OperationType::Crop;
        op.set(QStringLiteral("x"), 0.5).set(QStringLiteral("y"), 0.5);
        op.set(QStringLiteral("width"), 0.25).set(QStringLiteral("height"), 0.25);
        crop.set(op);
        QVERIFY(!crop.isIdentity());
        QCOMPARE(decoded(Thumbnailer::make(m_photo, ThumbnailSize::Grid, editOf(crop))).size(), QSize(400, 300));
        // The catalog's quarter turn comes before the edit: the result is upright, not turned again later.
        QCOMPARE(decoded(Thumbnailer::make(m_photo, ThumbnailSize::Grid, editOf(exposure(1), 1))).size(),
                 QSize(300, 400));
    }

    void unreadableEditFailsWithAReason()
    {
        const auto made =
            Thumbnailer::make(m_photo, ThumbnailSize::Grid, ThumbnailEdit{"{not json", "0123456789abcdef", 0});
        QVERIFY(!made);
        QVERIFY2(made.error().contains(QLatin1String("edit")), qPrintable(made.error()));
    }

    void keyChangesWithTheEdit()
    {
        ThumbnailCache cache(fs::path(m_dir.filePath(QStringLiteral("keys")).toStdString()));
        const ThumbnailKey plain{m_fingerprint, ThumbnailSize::Grid};
        const ThumbnailKey one{m_fingerprint, ThumbnailSize::Grid, editOf(exposure(1)).tag()};
        const ThumbnailKey two{m_fingerprint, ThumbnailSize::Grid, editOf(exposure(2)).tag()};
        const ThumbnailKey turned{m_fingerprint, ThumbnailSize::Grid, editOf(exposure(1), 1).tag()};
        QVERIFY(plain.edit.isEmpty());
        QVERIFY(cache.entryPath(plain) != cache.entryPath(one));
        QVERIFY(cache.entryPath(one) != cache.entryPath(two));
        QVERIFY(cache.entryPath(one) != cache.entryPath(turned));
        // Same shard as the file's own entry; nothing outside the store whatever the tag says.
        QCOMPARE(cache.entryPath(one).parent_path(), cache.entryPath(plain).parent_path());
        const ThumbnailKey hostile{m_fingerprint, ThumbnailSize::Grid, "../../x"};
        QCOMPARE(cache.entryPath(hostile).parent_path(), cache.entryPath(plain).parent_path());
    }

    void schedulerMakesAndReusesEditedEntries()
    {
        ThumbnailCache cache(fs::path(m_dir.filePath(QStringLiteral("scheduled")).toStdString()));
        ThumbnailScheduler scheduler(cache, 2);
        auto request = [&](const ThumbnailEdit &edit) {
            ThumbnailOutcome::Kind kind = ThumbnailOutcome::Kind::Cancelled;
            scheduler.submit({m_photo, m_fingerprint, ThumbnailSize::Grid, edit}, ThumbnailPriority::OnScreen,
                             [&](const ThumbnailRequest &, const ThumbnailOutcome &o) { kind = o.kind; });
            scheduler.waitForDone();
            return kind;
        };
        const ThumbnailEdit edit = editOf(exposure(2));
        QCOMPARE(request({}), ThumbnailOutcome::Kind::Made);
        QCOMPARE(request(edit), ThumbnailOutcome::Kind::Made); // an edit: a new entry
        QCOMPARE(request(edit), ThumbnailOutcome::Kind::Reused);
        QCOMPARE(request({}), ThumbnailOutcome::Kind::Reused); // reverted: the original's entry again
        const auto plainBytes = cache.get({m_fingerprint, ThumbnailSize::Grid});
        const auto editedBytes = cache.get({m_fingerprint, ThumbnailSize::Grid, edit.tag()});
        QVERIFY(plainBytes && editedBytes);
        QVERIFY(meanLuma(QImage::fromData(*editedBytes)) > meanLuma(QImage::fromData(*plainBytes)) + 30);
        QCOMPARE(cache.stats().gridEntries, 2);

        // Edited entries live and go with their file, or with their edit when asked.
        auto freed = cache.prune([&](const QByteArray &f) { return f == m_fingerprint; },
                                 [](const QByteArray &, const QByteArray &) { return false; });
        QVERIFY(freed && freed.value() > 0);
        QVERIFY(cache.contains({m_fingerprint, ThumbnailSize::Grid}));
        QVERIFY(!cache.contains({m_fingerprint, ThumbnailSize::Grid, edit.tag()}));
    }

    void catalogHandsTheCurrentEditToGeneration()
    {
        test::ScanFixture f;
        f.addRoot();
        QVERIFY(test::writeDatedJpeg(f.photos() / "a.jpg", 1));
        QVERIFY(test::writeDatedJpeg(f.photos() / "b.jpg", 2));
        f.scan();
        const std::int64_t a = f.assetOf("a.jpg")->id;
        const EditStack stack = exposure(1);
        QVERIFY(f.catalog().write([&] { EditRepository(f.catalog()).save(a, stack.toJson(), stack.fingerprint()); }));
        const std::int64_t fileId = f.file("a.jpg")->id;
        std::vector<ThumbnailSources::Source> sources;
        std::optional<ThumbnailSources::Source> one;
        QVERIFY(f.catalog().read([&] {
            sources = ThumbnailSources(f.catalog()).all();
            one = ThumbnailSources(f.catalog()).ofFile(fileId);
        }));
        QCOMPARE(sources.size(), size_t(2));
        for (const auto &s : sources) {
            const bool edited = s.path.filename() == "a.jpg";
            QCOMPARE(s.editFingerprint, edited ? stack.fingerprint() : QByteArray());
            QCOMPARE(s.editStack, edited ? stack.toJson() : QByteArray());
        }
        QVERIFY(one);
        QCOMPARE(one->editFingerprint, stack.fingerprint());
        QCOMPARE(one->path, f.photos() / "a.jpg");

        // Reverted: generation makes the original again.
        QVERIFY(f.catalog().write([&] { EditRepository(f.catalog()).revertToOriginal(a); }));
        QVERIFY(f.catalog().read([&] { one = ThumbnailSources(f.catalog()).ofFile(fileId); }));
        QVERIFY(one->editFingerprint.isEmpty());
        QVERIFY(one->editStack.isEmpty());
    }
};

QTEST_MAIN(TestEditedThumbnails)
#include "tst_editedthumbnails.moc"
