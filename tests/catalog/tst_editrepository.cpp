// Edit history per asset: save, undo, redo, revert to the original (itself
// undoable), saving after an undo drops the redo branch, the current revision
// and its fingerprint, assets kept apart, the history limit, the photo's
// source file, and stacks that are not valid JSON kept as they are (refused
// by EditStack, not by the catalog).
#include "catalog/Catalog.h"
#include "catalog/EditRepository.h"
#include "edit/EditStack.h"
#include "metadata/MetadataReader.h"
#include "support/ScanFixture.h"

#include <QTest>

using namespace tintype;
using namespace tintype::test;

namespace {
struct Edit {
    QByteArray json, fingerprint;
};
Edit exposure(double stops)
{
    EditStack stack;
    stack.set(OperationType::Exposure, stops);
    return {stack.toJson(), stack.fingerprint()};
}
} // namespace

class TestEditRepository : public QObject {
    Q_OBJECT

    // Two scanned photos; their asset ids.
    static std::pair<std::int64_t, std::int64_t> twoAssets(ScanFixture &f)
    {
        f.addRoot();
        writeDatedJpeg(f.photos() / "a.jpg", 1);
        writeDatedJpeg(f.photos() / "b.jpg", 2);
        f.scan();
        return {f.assetOf("a.jpg")->id, f.assetOf("b.jpg")->id};
    }

    static EditRepository::State state(ScanFixture &f, std::int64_t id)
    {
        EditRepository::State s;
        if (!f.catalog().read([&] { s = EditRepository(f.catalog()).state(id); }))
            qWarning("state() failed");
        return s;
    }
    static std::optional<QByteArray> current(ScanFixture &f, std::int64_t id)
    {
        std::optional<QByteArray> json;
        if (!f.catalog().read([&] { json = EditRepository(f.catalog()).current(id); }))
            qWarning("current() failed");
        return json;
    }
    static bool write(ScanFixture &f, const std::function<void(EditRepository &)> &work)
    {
        return bool(f.catalog().write([&] {
            EditRepository edits(f.catalog());
            work(edits);
        }));
    }

private slots:
    void initTestCase() { MetadataReader::initialize(); }

    void uneditedAssetHasNothing()
    {
        ScanFixture f;
        const auto [a, b] = twoAssets(f);
        const auto s = state(f, a);
        QVERIFY(s.stack.isEmpty());
        QVERIFY(s.fingerprint.isEmpty());
        QVERIFY(!s.canUndo);
        QVERIFY(!s.canRedo);
        QVERIFY(!current(f, a));
        bool undone = true, redone = true;
        QVERIFY(write(f, [&](EditRepository &e) {
            undone = e.undo(a);
            redone = e.redo(a);
            e.revertToOriginal(a); // nothing to revert: no revision made
        }));
        QVERIFY(!undone);
        QVERIFY(!redone);
        QVERIFY(!state(f, a).canUndo);
    }

    void historyUndoRedo()
    {
        ScanFixture f;
        const auto [a, b] = twoAssets(f);
        const Edit one = exposure(0.5), two = exposure(1.0);
        QVERIFY(write(f, [&](EditRepository &e) { e.save(a, one.json, one.fingerprint); }));
        auto s = state(f, a);
        QCOMPARE(s.stack, one.json);
        QCOMPARE(s.fingerprint, one.fingerprint);
        QVERIFY(s.canUndo); // back to the original
        QVERIFY(!s.canRedo);
        QVERIFY(write(f, [&](EditRepository &e) { e.save(a, two.json, two.fingerprint); }));
        QCOMPARE(*current(f, a), two.json);

        bool ok = false;
        QVERIFY(write(f, [&](EditRepository &e) { ok = e.undo(a); }));
        QVERIFY(ok);
        QCOMPARE(*current(f, a), one.json);
        QVERIFY(state(f, a).canRedo);
        QVERIFY(write(f, [&](EditRepository &e) { ok = e.undo(a); }));
        QVERIFY(ok);
        QVERIFY(!current(f, a)); // the original
        s = state(f, a);
        QVERIFY(s.stack.isEmpty());
        QVERIFY(s.fingerprint.isEmpty());
        QVERIFY(!s.canUndo);
        QVERIFY(s.canRedo);
        QVERIFY(write(f, [&](EditRepository &e) { ok = e.undo(a); }));
        QVERIFY(!ok);

        QVERIFY(write(f, [&](EditRepository &e) { ok = e.redo(a) && e.redo(a); }));
        QVERIFY(ok);
        QCOMPARE(*current(f, a), two.json);
        QVERIFY(write(f, [&](EditRepository &e) { ok = e.redo(a); }));
        QVERIFY(!ok);
    }

    void savingAfterUndoDropsTheRedoBranch()
    {
        ScanFixture f;
        const auto [a, b] = twoAssets(f);
        const Edit one = exposure(0.5), two = exposure(1.0), three = exposure(-1.0);
        QVERIFY(write(f, [&](EditRepository &e) {
            e.save(a, one.json, one.fingerprint);
            e.save(a, two.json, two.fingerprint);
            e.undo(a);
            e.save(a, three.json, three.fingerprint);
        }));
        QCOMPARE(*current(f, a), three.json);
        QVERIFY(!state(f, a).canRedo);
        bool ok = false;
        QVERIFY(write(f, [&](EditRepository &e) { ok = e.undo(a); }));
        QCOMPARE(*current(f, a), one.json); // "two" is gone
    }

    void savingTheCurrentStackAddsNoRevision()
    {
        ScanFixture f;
        const auto [a, b] = twoAssets(f);
        const Edit one = exposure(0.5);
        QVERIFY(write(f, [&](EditRepository &e) {
            e.save(a, one.json, one.fingerprint);
            e.save(a, one.json, one.fingerprint);
            e.undo(a);
        }));
        QVERIFY(!current(f, a)); // one undo reached the original
        QVERIFY(!state(f, a).canUndo);
    }

    void revertIsARevisionOfItsOwn()
    {
        ScanFixture f;
        const auto [a, b] = twoAssets(f);
        const Edit one = exposure(0.5);
        std::vector<std::pair<std::int64_t, QByteArray>> edited;
        QVERIFY(write(f, [&](EditRepository &e) {
            e.save(a, one.json, one.fingerprint);
            e.revertToOriginal(a);
            edited = e.edited();
        }));
        QVERIFY(!current(f, a));
        QVERIFY(edited.empty());
        auto s = state(f, a);
        QVERIFY(s.stack.isEmpty());
        QVERIFY(s.canUndo); // brings the edit back
        bool ok = false;
        QVERIFY(write(f, [&](EditRepository &e) { ok = e.undo(a); }));
        QVERIFY(ok);
        QCOMPARE(*current(f, a), one.json);
        QCOMPARE(state(f, a).fingerprint, one.fingerprint);
    }

    void assetsAreKeptApart()
    {
        ScanFixture f;
        const auto [a, b] = twoAssets(f);
        const Edit one = exposure(0.5), two = exposure(2.0);
        std::vector<std::pair<std::int64_t, QByteArray>> edited;
        QVERIFY(write(f, [&](EditRepository &e) {
            e.save(a, one.json, one.fingerprint);
            e.save(b, two.json, two.fingerprint);
            e.undo(b);
            edited = e.edited();
        }));
        QCOMPARE(*current(f, a), one.json); // b's undo did not touch a
        QVERIFY(!current(f, b));
        QCOMPARE(edited.size(), size_t(1));
        QCOMPARE(edited[0].first, a);
        QCOMPARE(edited[0].second, one.fingerprint);
        QVERIFY(write(f, [&](EditRepository &e) {
            e.redo(b);
            edited = e.edited();
        }));
        QCOMPARE(edited.size(), size_t(2));
        QCOMPARE(edited[1], (std::pair<std::int64_t, QByteArray>(b, two.fingerprint)));
    }

    void aStackThatChangesNothingShowsUnedited()
    {
        ScanFixture f;
        const auto [a, b] = twoAssets(f);
        const QByteArray identity = EditStack().toJson();
        std::vector<std::pair<std::int64_t, QByteArray>> edited;
        QVERIFY(write(f, [&](EditRepository &e) {
            e.save(a, identity, {});
            edited = e.edited();
        }));
        QVERIFY(!current(f, a)); // no fingerprint: nothing to render
        QVERIFY(edited.empty());
        QCOMPARE(state(f, a).stack, identity); // but it is the current revision
    }

    void historyIsLimited()
    {
        ScanFixture f;
        const auto [a, b] = twoAssets(f);
        const int saves = EditRepository::kHistoryLimit + 5;
        QVERIFY(write(f, [&](EditRepository &e) {
            for (int i = 1; i <= saves; ++i) {
                const Edit edit = exposure(i / 100.0);
                e.save(a, edit.json, edit.fingerprint);
            }
        }));
        int undos = 0;
        QVERIFY(write(f, [&](EditRepository &e) {
            while (e.undo(a))
                ++undos;
        }));
        QCOMPARE(undos, EditRepository::kHistoryLimit - 1); // down to the oldest revision kept
        QCOMPARE(*current(f, a), exposure((saves - EditRepository::kHistoryLimit + 1) / 100.0).json);
    }

    void badJsonIsKeptAndRefusedByTheStack()
    {
        ScanFixture f;
        const auto [a, b] = twoAssets(f);
        const QByteArray garbage = R"({"format":"tintype-edit","version":1,"operations":[{"op":"exposure")";
        QVERIFY(write(f, [&](EditRepository &e) { e.save(a, garbage, "0123456789abcdef"); }));
        const auto json = current(f, a);
        QVERIFY(json);
        QCOMPARE(*json, garbage); // opaque to the catalog
        const auto parsed = EditStack::fromJson(*json);
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().isEmpty());
        // A newer format is refused with a reason too, never half-read.
        const auto newer = EditStack::fromJson(R"({"format":"tintype-edit","version":99,"operations":[]})");
        QVERIFY(!newer);
        QVERIFY(!newer.error().isEmpty());
        // Undo still gets back to the original.
        bool ok = false;
        QVERIFY(write(f, [&](EditRepository &e) { ok = e.undo(a); }));
        QVERIFY(ok);
        QVERIFY(!current(f, a));
    }

    void sourceIsThePrimaryFile()
    {
        ScanFixture f;
        const auto [a, b] = twoAssets(f);
        std::optional<EditRepository::Source> source, none;
        QVERIFY(f.catalog().read([&] {
            source = EditRepository(f.catalog()).source(a);
            none = EditRepository(f.catalog()).source(987654);
        }));
        QVERIFY(source);
        QCOMPARE(source->path, f.photos() / "a.jpg");
        QVERIFY(source->available);
        QCOMPARE(source->userQuarterTurns, 0);
        QVERIFY(!none);
    }
};

QTEST_MAIN(TestEditRepository)
#include "tst_editrepository.moc"
