#include "EditSession.h"

#include "AppServices.h"
#include "CatalogWorker.h"
#include "EditCropFrame.h"
#include "EditPreviewWorker.h"

#include "catalog/Catalog.h"
#include "catalog/EditRepository.h"
#include "common/NativePath.h"
#include "edit/EditLooks.h"
#include "edit/EditRenderer.h"
#include "metadata/MediaMetadata.h"

#include <QElapsedTimer>

#include <cmath>

namespace tintype {

namespace {
struct Key {
    OperationType type;
    QString param;
};

// "exposure" → the main parameter of exposure; "crop.x" → crop's x.
std::optional<Key> parseKey(const QString &key)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    const auto type = EditOperation::typeForName(dot < 0 ? key : key.left(dot));
    if (!type)
        return std::nullopt;
    return Key{*type, dot < 0 ? EditOperation::mainKey(*type) : key.mid(dot + 1)};
}

// The parameters the tools show besides each operation's main one.
const QStringList &extraKeys()
{
    static const QStringList keys = {QStringLiteral("crop.x"),           QStringLiteral("crop.y"),
                                     QStringLiteral("crop.width"),       QStringLiteral("crop.height"),
                                     QStringLiteral("flip.horizontal"),  QStringLiteral("flip.vertical"),
                                     QStringLiteral("vignette.midpoint")};
    return keys;
}

EditStack withoutCrop(EditStack stack)
{
    stack.remove(OperationType::Crop);
    return stack;
}

bool holds(const EditStack &stack, const EditStack &part)
{
    for (const EditOperation &op : part.operations()) {
        const EditOperation *mine = stack.find(op.type);
        if (!mine || !(*mine == op))
            return false;
    }
    return !part.isIdentity();
}

qint64 nowMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer c;
        c.start();
        return c;
    }();
    return clock.elapsed();
}
} // namespace

EditSession::EditSession(QObject *parent) : ServicesClient(parent) {}
EditSession::~EditSession() = default;

void EditSession::servicesReplaced() { load(); }

void EditSession::setAssetId(qint64 id)
{
    if (m_assetId == id)
        return;
    m_assetId = id;
    emit assetIdChanged();
    load();
}

void EditSession::setState(State state, const QString &error)
{
    m_state = state;
    m_error = error;
    emit stateChanged();
}

void EditSession::load()
{
    if (!services() || m_assetId == 0)
        return;
    struct Found {
        std::optional<EditRepository::Source> source;
        std::optional<QByteArray> stack;
    };
    const qint64 id = m_assetId;
    const int generation = ++m_generation;
    setState(State::Loading);
    services()->catalog().read<Found>(
        [id](Catalog &catalog) {
            EditRepository edits(catalog);
            return Found{edits.source(id), edits.current(id)};
        },
        this,
        [this, generation](Result<Found> found) {
            if (generation != m_generation)
                return;
            if (!found)
                return setState(State::Failed, found.error());
            const auto &source = found.value().source;
            if (!source)
                return setState(State::Failed, tr("This photo is no longer in the library."));
            if (source->kind == int(MediaKind::Video))
                return setState(State::Failed, tr("Videos cannot be edited."));
            if (!source->available)
                return setState(
                    State::Failed,
                    tr("The photo's file is offline or missing: %1").arg(nativepath::display(source->path)));
            EditStack stack;
            if (const auto &json = found.value().stack; json && !json->isEmpty()) {
                auto parsed = EditStack::fromJson(*json);
                if (!parsed)
                    return setState(State::Failed, tr("This photo's edit cannot be read: %1").arg(parsed.error()));
                stack = parsed.value();
            }
            m_history.reset(stack);
            m_saved = stack;
            emit stackChanged();
            const auto path = source->path;
            const int turns = source->userQuarterTurns;
            startWorker([path, turns](EditPreviewWorker &worker) { worker.load(path, turns); });
        });
}

void EditSession::startWorker(const std::function<void(EditPreviewWorker &)> &load)
{
    delete m_worker;
    m_worker = new EditPreviewWorker(this);
    connect(m_worker, &EditPreviewWorker::loaded, this, [this] {
        setState(State::Ready);
        requestRender();
    });
    connect(m_worker, &EditPreviewWorker::failed, this, [this](const QString &message) {
        setState(State::Failed, tr("The photo cannot be opened for editing: %1").arg(message));
    });
    connect(m_worker, &EditPreviewWorker::rendered, this, &EditSession::onRendered);
    load(*m_worker);
}

void EditSession::openFile(const QUrl &file)
{
    ++m_generation;
    if (m_assetId != 0) {
        m_assetId = 0;
        emit assetIdChanged();
    }
    m_history.reset({});
    m_saved = {};
    setState(State::Loading);
    emit stackChanged();
    const auto path = nativepath::fromUser(file.toLocalFile());
    startWorker([path](EditPreviewWorker &worker) { worker.load(path, 0); });
}

void EditSession::loadPicture(const QImage &upright, const EditStack &stack)
{
    ++m_generation;
    m_history.reset(stack);
    m_saved = stack;
    setState(State::Loading);
    emit stackChanged();
    startWorker([upright](EditPreviewWorker &worker) { worker.load(upright); });
}

QImage EditSession::original() const { return m_worker ? m_worker->picture() : QImage(); }

QVariantList EditSession::looks() const
{
    QVariantList list;
    if (!m_worker)
        return list;
    for (const auto &[id, image] : m_worker->looks())
        list.append(QVariantMap{{QStringLiteral("id"), id},
                                {QStringLiteral("name"), EditLooks::displayName(id)},
                                {QStringLiteral("image"), image}});
    return list;
}

QVariantMap EditSession::values() const
{
    QVariantMap map;
    for (int t = 0; t <= int(OperationType::Sharpen); ++t) {
        const auto type = OperationType(t);
        map.insert(EditOperation::name(type), stack().amount(type));
    }
    for (const QString &key : extraKeys())
        map.insert(key, value(key));
    return map;
}

double EditSession::value(const QString &key) const
{
    const auto k = parseKey(key);
    return k ? stack().value(k->type, k->param) : 0.0;
}

bool EditSession::setValue(const QString &key, double v)
{
    const auto k = parseKey(key);
    if (!k || m_state != State::Ready)
        return false;
    const EditOperation *existing = stack().find(k->type);
    EditOperation op = existing ? *existing : EditOperation{k->type, {}};
    op.set(k->param, v);
    // The stack's own validation (ranges, known parameters): never store what would not load again.
    QString invalid;
    if (!EditOperation::fromJson(op.toJson(), &invalid))
        return false;
    EditStack next = stack();
    next.set(op);
    change(next);
    return true;
}

bool EditSession::commit()
{
    if (!m_history.commit())
        return false;
    emit stackChanged();
    return true;
}

void EditSession::change(const EditStack &next)
{
    if (next == stack())
        return;
    m_history.change(next);
    emit stackChanged();
    requestRender();
}

void EditSession::changeAndCommit(const EditStack &next)
{
    if (m_state != State::Ready)
        return;
    change(next);
    commit();
}

void EditSession::reset(const QStringList &keys)
{
    EditStack next = stack();
    for (const QString &key : keys)
        if (const auto k = parseKey(key))
            next.remove(k->type);
    if (keys.contains(QStringLiteral("crop")))
        m_aspectHint = 0;
    changeAndCommit(next);
}

QRectF EditSession::cropRect() const
{
    const EditStack &s = stack();
    return {s.value(OperationType::Crop, QStringLiteral("x")), s.value(OperationType::Crop, QStringLiteral("y")),
            s.value(OperationType::Crop, QStringLiteral("width")),
            s.value(OperationType::Crop, QStringLiteral("height"))};
}

double EditSession::cropAspect() const
{
    const EditOperation *crop = stack().find(OperationType::Crop);
    return crop ? crop->value(QStringLiteral("aspect")) : m_aspectHint;
}

QSizeF EditSession::cropSpaceSize() const
{
    const QImage picture = original();
    if (picture.isNull())
        return {};
    return EditRenderer::renderedSize(picture.size(), withoutCrop(stack()));
}

double EditSession::cropRatio() const
{
    const QSizeF space = cropSpaceSize();
    return EditCropFrame::ratioForAspect(cropAspect(), space.width(), space.height());
}

void EditSession::setCrop(EditStack &next, const QRectF &rect, double aspect) const
{
    EditOperation crop{OperationType::Crop, {}};
    crop.set(QStringLiteral("x"), std::clamp(rect.x(), 0.0, 1.0))
        .set(QStringLiteral("y"), std::clamp(rect.y(), 0.0, 1.0))
        .set(QStringLiteral("width"), std::clamp(rect.width(), 0.0, 1.0))
        .set(QStringLiteral("height"), std::clamp(rect.height(), 0.0, 1.0))
        .set(QStringLiteral("aspect"), std::clamp(aspect, 0.0, 100.0));
    next.set(crop);
}

void EditSession::setCropAspect(double pixelAspect)
{
    m_aspectHint = std::max(0.0, pixelAspect);
    EditStack next = stack();
    QRectF rect = cropRect();
    if (pixelAspect > 0) {
        // The largest frame of that shape, on the current frame's centre.
        const QSizeF space = cropSpaceSize();
        QRectF largest = EditCropFrame::fitted(
            QRectF(0, 0, 1, 1), EditCropFrame::ratioForAspect(pixelAspect, space.width(), space.height()));
        largest.moveCenter(rect.center());
        rect = EditCropFrame::dragged(largest, EditCropFrame::Move, {}, 0);
    }
    setCrop(next, rect, m_aspectHint);
    changeAndCommit(next);
    emit stackChanged(); // the hint alone may have changed
}

void EditSession::dragCrop(int handle, const QRectF &start, const QPointF &delta)
{
    if (m_state != State::Ready || handle < EditCropFrame::Move || handle > EditCropFrame::BottomRight)
        return;
    EditStack next = stack();
    setCrop(next, EditCropFrame::dragged(start, EditCropFrame::Handle(handle), delta, cropRatio()), cropAspect());
    change(next);
}

void EditSession::rotate(bool clockwise)
{
    EditStack next = stack();
    // With one mirror, the stored turn goes the other way for the picture to turn as asked.
    const bool mirrored = (next.value(OperationType::Flip, QStringLiteral("horizontal")) != 0) !=
                          (next.value(OperationType::Flip, QStringLiteral("vertical")) != 0);
    const int step = (clockwise != mirrored) ? 1 : 3;
    next.set(OperationType::Rotate, double((int(std::lround(next.amount(OperationType::Rotate))) + step) % 4));
    if (next.find(OperationType::Crop)) {
        const double aspect = cropAspect();
        setCrop(next, EditCropFrame::turned(cropRect(), clockwise), aspect > 0 ? 1.0 / aspect : 0.0);
    }
    if (m_aspectHint > 0)
        m_aspectHint = 1.0 / m_aspectHint;
    changeAndCommit(next);
}

void EditSession::flip(bool horizontal)
{
    EditStack next = stack();
    const EditOperation *existing = next.find(OperationType::Flip);
    EditOperation op = existing ? *existing : EditOperation{OperationType::Flip, {}};
    const QString key = horizontal ? QStringLiteral("horizontal") : QStringLiteral("vertical");
    op.set(key, op.value(key) != 0 ? 0.0 : 1.0);
    next.set(op);
    // The mirror of a clockwise tilt is an anticlockwise one, of the frame the mirrored frame.
    if (const double angle = next.amount(OperationType::Straighten); angle != 0)
        next.set(OperationType::Straighten, -angle);
    if (next.find(OperationType::Crop))
        setCrop(next, EditCropFrame::mirrored(cropRect(), horizontal), cropAspect());
    changeAndCommit(next);
}

void EditSession::autoEnhance()
{
    if (!m_worker || m_state != State::Ready)
        return;
    EditStack next = stack();
    next.merge(m_worker->suggestion());
    changeAndCommit(next);
}

QString EditSession::look() const
{
    for (const QString &id : EditLooks::ids())
        if (holds(stack(), *EditLooks::stack(id)))
            return id;
    return {};
}

void EditSession::applyLook(const QString &id)
{
    EditStack next = stack();
    // Switching looks replaces the one applied; a look merged into other settings stays.
    if (const auto current = EditLooks::stack(look()))
        for (const EditOperation &op : current->operations())
            next.remove(op.type);
    if (const auto chosen = EditLooks::stack(id))
        next.merge(*chosen);
    changeAndCommit(next);
}

void EditSession::revertToOriginal() { changeAndCommit(EditStack()); }

bool EditSession::undo()
{
    if (m_state != State::Ready || !m_history.undo())
        return false;
    emit stackChanged();
    requestRender();
    return true;
}

bool EditSession::redo()
{
    if (m_state != State::Ready || !m_history.redo())
        return false;
    emit stackChanged();
    requestRender();
    return true;
}

void EditSession::setCropping(bool on)
{
    if (m_cropping == on)
        return;
    m_cropping = on;
    emit croppingChanged();
    requestRender();
}

void EditSession::setShowOriginal(bool on)
{
    if (m_showOriginal == on)
        return;
    m_showOriginal = on;
    emit showOriginalChanged();
}

void EditSession::requestRender()
{
    if (m_worker && (m_state == State::Ready || m_state == State::Saving))
        m_worker->request(m_cropping ? withoutCrop(stack()) : stack());
}

void EditSession::onRendered(const QImage &image, double ms)
{
    m_preview = image;
    m_renderMs = ms;
    ++m_previewCount;
    const qint64 now = nowMs();
    m_deliveries.push_back(now);
    while (m_deliveries.size() > 2 && now - m_deliveries.front() > 1000)
        m_deliveries.pop_front();
    const qint64 span = m_deliveries.back() - m_deliveries.front();
    m_updatesPerSecond = m_deliveries.size() > 1 && span > 0 ? double(m_deliveries.size() - 1) * 1000.0 / span : 0;
    emit previewChanged();
}

void EditSession::save()
{
    if (m_state != State::Ready)
        return;
    if (!dirty() || !services() || m_assetId == 0) {
        setState(State::Saved);
        emit saved();
        return;
    }
    const EditStack stack = this->stack();
    const qint64 id = m_assetId;
    setState(State::Saving);
    services()->catalog().write<bool>(
        [id, json = stack.isIdentity() ? QByteArray() : stack.toJson(),
         fingerprint = stack.fingerprint()](Catalog &catalog) {
            EditRepository(catalog).save(id, json, fingerprint);
            return true;
        },
        this,
        [this, stack, id](const Result<bool> &result) {
            if (!result)
                return setState(State::Ready, tr("The edit could not be saved: %1").arg(result.error()));
            m_saved = stack;
            setState(State::Saved);
            emit stackChanged();
            emit services()->assetsChanged({id});
            emit saved();
        });
}

} // namespace tintype
