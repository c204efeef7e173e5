// The shape an edited photo shows at, the one answer the timeline's tiles, the
// viewer and the thumbnails use: turns first, then the edit's crop.
#include "edit/EditOperation.h"
#include "edit/EditStack.h"
#include "edit/EditedShape.h"

#include <QTest>

using namespace tintype;

namespace {
EditStack crop(double x, double y, double w, double h)
{
    EditStack s;
    s.set(EditOperation::make(OperationType::Crop, x)
              .set(QStringLiteral("y"), y)
              .set(QStringLiteral("width"), w)
              .set(QStringLiteral("height"), h));
    return s;
}
} // namespace

class TestEditedShape : public QObject {
    Q_OBJECT

private slots:
    void cropOfAnUprightPhoto()
    {
        QCOMPARE(editedshape::shownSize(QSize(400, 300), crop(0.25, 0.1, 0.5, 0.6)), QSize(200, 180));
        QCOMPARE(editedshape::shownSize(QSize(4000, 3000), 0, crop(0.25, 0.1, 0.5, 0.6).toJson()), QSize(2000, 1800));
    }

    void turnsComeBeforeTheEdit()
    {
        // Stored landscape, turned once: the crop applies to the portrait picture.
        const QByteArray square = crop(0, 0, 1, 0.75).toJson();
        QCOMPARE(editedshape::shownSize(QSize(4000, 3000), 1, square), QSize(3000, 3000));
        QCOMPARE(editedshape::shownSize(QSize(4000, 3000), 2, square), QSize(4000, 2250));
        QCOMPARE(editedshape::shownSize(QSize(4000, 3000), 3, square), QSize(3000, 3000));
    }

    void anEditWithoutGeometryKeepsTheTurnedSize()
    {
        EditStack exposure;
        exposure.set(OperationType::Exposure, 0.5);
        QCOMPARE(editedshape::shownSize(QSize(4000, 3000), 1, exposure.toJson()), QSize(3000, 4000));
    }

    void noShapeWithoutAnEditOrASize()
    {
        QVERIFY(!editedshape::shownSize(QSize(4000, 3000), 0, QByteArray()));
        QVERIFY(!editedshape::shownSize(QSize(4000, 3000), 0, QByteArray("not json")));
        QVERIFY(!editedshape::shownSize(QSize(0, 0), 0, crop(0, 0, 0.5, 0.5).toJson()));
    }
};

QTEST_GUILESS_MAIN(TestEditedShape)
#include "tst_editedshape.moc"
