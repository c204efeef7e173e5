// EditStack: JSON in and out, per-operation parameter versions, bad input.
#include "edit/AutoEnhance.h"
#include "edit/EditLooks.h"
#include "edit/EditStack.h"

#include <QTest>

using namespace tintype;

class TestEditStack : public QObject {
    Q_OBJECT

private slots:
    void roundTripsThroughJson()
    {
        EditStack stack;
        stack.set(OperationType::Exposure, 0.5);
        stack.set(EditOperation::make(OperationType::Crop, 0.1)
                      .set(QStringLiteral("y"), 0.2)
                      .set(QStringLiteral("width"), 0.5)
                      .set(QStringLiteral("height"), 0.4)
                      .set(QStringLiteral("aspect"), 1.5));
        stack.set(OperationType::Contrast, -0.25);
        auto back = EditStack::fromJson(stack.toJson());
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back.value(), stack);
        QCOMPARE(back->toJson(), stack.toJson());
        QCOMPARE(back->fingerprint(), stack.fingerprint());
        QVERIFY(!stack.fingerprint().isEmpty());
        // rendering order, whatever the order given
        QCOMPARE(stack.operations().front().type, OperationType::Crop);
    }

    void upgradesVersionOneSliders()
    {
        const QByteArray v1 = R"({"format":"tintype-edit","version":1,"operations":[
            {"op":"contrast","v":1,"params":{"value":40}},{"op":"warmth","v":1,"params":{"value":-25}}]})";
        auto stack = EditStack::fromJson(v1);
        QVERIFY2(stack, qPrintable(stack.error()));
        QCOMPARE(stack->amount(OperationType::Contrast), 0.4);
        QCOMPARE(stack->amount(OperationType::Warmth), -0.25);
        QVERIFY(stack->toJson().contains(R"("v":2)"));
        QVERIFY(!stack->toJson().contains("value"));
        EditStack current;
        current.set(OperationType::Contrast, 0.4);
        current.set(OperationType::Warmth, -0.25);
        QCOMPARE(stack.value(), current);
    }

    void refusesWhatItCannotRenderFaithfully_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{nope") << "not valid JSON";
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "not valid JSON";
        QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1})") << "not a Tintype edit";
        QTest::newRow("newer envelope") << QByteArray(R"({"format":"tintype-edit","version":9})") << "version 9";
        QTest::newRow("newer operation")
            << QByteArray(R"({"format":"tintype-edit","version":1,"operations":[{"op":"exposure","v":7}]})")
            << "newer version";
        QTest::newRow("unknown operation")
            << QByteArray(R"({"format":"tintype-edit","version":1,"operations":[{"op":"liquify","v":1}]})")
            << "unknown edit operation";
        QTest::newRow("unknown parameter") << QByteArray(R"({"format":"tintype-edit","version":1,"operations":[
            {"op":"exposure","v":1,"params":{"ev":1}}]})")
                                           << "unknown setting";
        QTest::newRow("out of range") << QByteArray(R"({"format":"tintype-edit","version":1,"operations":[
            {"op":"exposure","v":1,"params":{"stops":1e300}}]})")
                                      << "out of range";
        QTest::newRow("text value") << QByteArray(R"({"format":"tintype-edit","version":1,"operations":[
            {"op":"contrast","v":2,"params":{"amount":"high"}}]})")
                                    << "out of range";
        QTest::newRow("twice") << QByteArray(R"({"format":"tintype-edit","version":1,"operations":[
            {"op":"contrast","v":2,"params":{"amount":0.1}},{"op":"contrast","v":2,"params":{"amount":0.2}}]})")
                               << "twice";
        QTest::newRow("crop outside") << QByteArray(R"({"format":"tintype-edit","version":1,"operations":[
            {"op":"crop","v":1,"params":{"x":0.8,"width":0.5}}]})")
                                      << "outside";
        QTest::newRow("operations not a list")
            << QByteArray(R"({"format":"tintype-edit","version":1,"operations":{}})") << "not a list";
    }

    void refusesWhatItCannotRenderFaithfully()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        auto stack = EditStack::fromJson(json);
        QVERIFY(!stack);
        QVERIFY2(stack.error().contains(reason), qPrintable(stack.error()));
    }

    void neutralOperationsLeaveTheStack()
    {
        EditStack stack;
        stack.set(OperationType::Exposure, 1.0);
        stack.set(OperationType::Exposure, 0.0);
        QVERIFY(stack.isIdentity());
        QVERIFY(stack.fingerprint().isEmpty());
        stack.set(EditOperation::make(OperationType::Crop, 0.0)); // the whole image
        QVERIFY(stack.isIdentity());
        stack.set(OperationType::Saturation, -1);
        stack.remove(OperationType::Saturation);
        QVERIFY(stack.isIdentity());
    }

    void looksMergeOntoTheUsersStack()
    {
        EditStack stack;
        stack.set(OperationType::Rotate, 1);
        stack.set(OperationType::Contrast, -0.5);
        const auto vivid = EditLooks::stack(QStringLiteral("vivid"));
        QVERIFY(vivid);
        stack.merge(*vivid);
        QCOMPARE(stack.amount(OperationType::Rotate), 1.0);
        QCOMPARE(stack.amount(OperationType::Contrast), vivid->amount(OperationType::Contrast));
        for (const QString &id : EditLooks::ids()) {
            QVERIFY(EditLooks::stack(id));
            QVERIFY(!EditLooks::displayName(id).isEmpty());
            QVERIFY(!EditLooks::stack(id)->hasGeometry());
        }
        QVERIFY(!EditLooks::stack(QStringLiteral("nope")));
    }

    void autoEnhanceCorrectsFromTheHistogram()
    {
        QImage dark(200, 100, QImage::Format_RGB32);
        for (int y = 0; y < dark.height(); ++y)
            for (int x = 0; x < dark.width(); ++x)
                dark.setPixel(x, y, qRgb(20 + x / 4, 18 + x / 4, 25 + y / 4)); // dim and flat
        const EditStack fix = AutoEnhance::suggest(dark);
        QVERIFY(fix.amount(OperationType::Exposure) > 0.3);
        QVERIFY(fix.amount(OperationType::Contrast) > 0);
        QCOMPARE(AutoEnhance::suggest(dark), fix);  // deterministic
        QVERIFY(EditStack::fromJson(fix.toJson())); // within every range

        QImage bright = dark;
        bright.invertPixels();
        QVERIFY(AutoEnhance::suggest(bright).amount(OperationType::Exposure) < 0);
        QVERIFY(AutoEnhance::suggest(QImage()).isIdentity());
    }
};

QTEST_GUILESS_MAIN(TestEditStack)
#include "tst_editstack.moc"
