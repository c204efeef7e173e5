#include "EditPreviewWorker.h"

#include "edit/AutoEnhance.h"
#include "edit/EditLooks.h"
#include "edit/EditPreview.h"
#include "edit/EditRenderer.h"
#include "edit/EditSource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

namespace tintype {

struct EditPreviewWorker::Prepared {
    QString error;
    QImage picture;
    std::shared_ptr<EditPreview> preview;
    EditStack suggestion;
    QList<QPair<QString, QImage>> looks;
};

namespace {
QImage limited(QImage picture)
{
    const int edge = std::max(picture.width(), picture.height());
    if (edge > EditPreviewWorker::kPreviewEdge)
        picture = picture.scaled(picture.size() * (double(EditPreviewWorker::kPreviewEdge) / edge), Qt::KeepAspectRatio,
                                 Qt::SmoothTransformation);
    return picture;
}
} // namespace

EditPreviewWorker::EditPreviewWorker(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

EditPreviewWorker::~EditPreviewWorker()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void EditPreviewWorker::load(const std::filesystem::path &path, int userQuarterTurns)
{
    startLoad([path, userQuarterTurns](QString *error) {
        auto decoded = EditSource::load(path, userQuarterTurns, kPreviewEdge);
        if (!decoded) {
            *error = decoded.error();
            return QImage();
        }
        return std::move(decoded).value();
    });
}

void EditPreviewWorker::load(const QImage &picture)
{
    startLoad([picture](QString *) { return picture; });
}

void EditPreviewWorker::startLoad(std::function<QImage(QString *error)> decode)
{
    m_ready = false;
    m_running = true;
    QPointer<EditPreviewWorker> self(this);
    m_pool.start([self, decode = std::move(decode)] {
        auto prepared = std::make_shared<Prepared>();
        QImage picture = limited(decode(&prepared->error));
        if (picture.isNull() && prepared->error.isEmpty())
            prepared->error = QCoreApplication::translate("EditPreviewWorker", "the photo could not be decoded");
        if (prepared->error.isEmpty()) {
            prepared->picture = picture.convertToFormat(QImage::Format_RGBX8888);
            prepared->preview = std::make_shared<EditPreview>(picture);
            prepared->suggestion = AutoEnhance::suggest(picture);
            const QImage small = EditRenderer::render(picture, EditStack(), kLookEdge);
            for (const QString &id : EditLooks::ids())
                prepared->looks.append({id, EditRenderer::render(small, *EditLooks::stack(id))});
        }
        if (self)
            QMetaObject::invokeMethod(
                self.data(), [self, prepared] { self->finishLoad(prepared); }, Qt::QueuedConnection);
    });
}

void EditPreviewWorker::finishLoad(const std::shared_ptr<Prepared> &prepared)
{
    m_running = false;
    if (!prepared->error.isEmpty()) {
        m_waiting.reset();
        emit failed(prepared->error);
        return;
    }
    m_preview = prepared->preview;
    m_picture = prepared->picture;
    m_suggestion = prepared->suggestion;
    m_looks = prepared->looks;
    m_ready = true;
    emit loaded();
    startNext();
}

void EditPreviewWorker::request(const EditStack &stack)
{
    m_waiting = stack;
    startNext();
}

void EditPreviewWorker::startNext()
{
    if (m_running || !m_ready || !m_waiting)
        return;
    const EditStack stack = *m_waiting;
    m_waiting.reset();
    m_running = true;
    QPointer<EditPreviewWorker> self(this);
    m_pool.start([self, preview = m_preview, stack] {
        QElapsedTimer clock;
        clock.start();
        QImage image = preview->render(stack).convertToFormat(QImage::Format_RGBX8888);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, image = std::move(image), ms] {
                self->m_running = false;
                emit self->rendered(image, ms);
                self->startNext();
            },
            Qt::QueuedConnection);
    });
}

} // namespace tintype
