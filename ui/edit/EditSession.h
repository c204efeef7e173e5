#pragma once

#include "EditHistory.h"
#include "ServicesClient.h"

#include "edit/EditStack.h"

#include <QImage>
#include <QObject>
#include <QQmlEngine>
#include <QRectF>
#include <QUrl>
#include <QVariantMap>

#include <deque>
#include <functional>
#include <optional>

namespace tintype {

class AppServices;
class EditPreviewWorker;

// The view-model of the viewer's edit mode for one photo: the stack being
// edited (the catalog's current one to start with), its parameters for the
// tools, the rendered preview (on EditPreviewWorker's thread), undo/redo of
// this session, before/after, and Done, which stores the stack as a new
// revision through EditRepository on the catalog worker. The photo's file is
// only ever read.
class EditSession : public ServicesClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 assetId READ assetId WRITE setAssetId NOTIFY assetIdChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    // The stack's settings by parameter: "exposure", "noise-reduction", ...
    // (an operation's main value) or "operation.parameter" ("crop.x", "flip.vertical").
    Q_PROPERTY(QVariantMap values READ values NOTIFY stackChanged)
    Q_PROPERTY(QRectF cropRect READ cropRect NOTIFY stackChanged)
    Q_PROPERTY(double cropAspect READ cropAspect NOTIFY stackChanged) // pixel w/h; 0 free
    // The picture the crop frame is drawn on (after rotate, flip, straighten), in preview pixels.
    Q_PROPERTY(QSizeF cropSpaceSize READ cropSpaceSize NOTIFY stackChanged)
    Q_PROPERTY(QString look READ look NOTIFY stackChanged)  // the look the stack holds, or ""
    Q_PROPERTY(bool edited READ edited NOTIFY stackChanged) // anything changed from the original photo
    Q_PROPERTY(bool dirty READ dirty NOTIFY stackChanged)   // unsaved changes
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY stackChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY stackChanged)
    // The crop tool is open: the preview shows the whole picture, the frame is drawn over it.
    Q_PROPERTY(bool cropping READ cropping WRITE setCropping NOTIFY croppingChanged)
    Q_PROPERTY(bool showOriginal READ showOriginal WRITE setShowOriginal NOTIFY showOriginalChanged)
    Q_PROPERTY(QImage preview READ preview NOTIFY previewChanged)
    Q_PROPERTY(QImage original READ original NOTIFY stateChanged)
    Q_PROPERTY(QSize pictureSize READ pictureSize NOTIFY stateChanged) // of the preview's picture
    Q_PROPERTY(QVariantList looks READ looks NOTIFY stateChanged)      // [{id, name, image}]
    Q_PROPERTY(double updatesPerSecond READ updatesPerSecond NOTIFY previewChanged)
    Q_PROPERTY(double renderMilliseconds READ renderMilliseconds NOTIFY previewChanged)
    Q_PROPERTY(int previewCount READ previewCount NOTIFY previewChanged)

public:
    enum class State { Idle, Loading, Ready, Saving, Saved, Failed };
    Q_ENUM(State)

    explicit EditSession(QObject *parent = nullptr);
    ~EditSession() override;

    qint64 assetId() const { return m_assetId; }
    void setAssetId(qint64 id);
    State state() const { return m_state; }
    QString error() const { return m_error; }

    QVariantMap values() const;
    QRectF cropRect() const;
    double cropAspect() const;
    QSizeF cropSpaceSize() const;
    QString look() const;
    bool edited() const { return !m_history.current().isIdentity(); }
    bool dirty() const { return m_history.current() != m_saved; }
    bool canUndo() const { return m_history.canUndo(); }
    bool canRedo() const { return m_history.canRedo(); }
    bool cropping() const { return m_cropping; }
    void setCropping(bool on);
    bool showOriginal() const { return m_showOriginal; }
    void setShowOriginal(bool on);
    QImage preview() const { return m_preview; }
    QImage original() const;
    QSize pictureSize() const { return original().size(); }
    QVariantList looks() const;
    double updatesPerSecond() const { return m_updatesPerSecond; }
    double renderMilliseconds() const { return m_renderMs; }
    int previewCount() const { return m_previewCount; }
    const EditStack &stack() const { return m_history.current(); }

    // A slider moves: the stack changes and renders, one undo step once commit() is called.
    Q_INVOKABLE bool setValue(const QString &key, double value);
    Q_INVOKABLE double value(const QString &key) const;
    Q_INVOKABLE bool commit();
    // Back to neutral (one undo step): a slider, a section, a tool.
    Q_INVOKABLE void reset(const QStringList &keys);

    Q_INVOKABLE void rotate(bool clockwise);
    Q_INVOKABLE void flip(bool horizontal);
    Q_INVOKABLE void setCropAspect(double pixelAspect);
    // Drags a handle of the crop frame (EditCropFrame::Handle) by `delta` from the frame at the press.
    Q_INVOKABLE void dragCrop(int handle, const QRectF &start, const QPointF &delta);
    Q_INVOKABLE void autoEnhance();
    Q_INVOKABLE void applyLook(const QString &id); // "" removes the look
    Q_INVOKABLE void revertToOriginal();
    Q_INVOKABLE bool undo();
    Q_INVOKABLE bool redo();
    // Done: stores the stack as the photo's new revision (nothing when unchanged).
    Q_INVOKABLE void save();

    // A file that is not in the catalog (Qt Quick tests): read only, Done stores nothing.
    Q_INVOKABLE void openFile(const QUrl &file);
    // Tests and benchmarks: edit a picture in memory (no catalog, no file).
    void loadPicture(const QImage &upright, const EditStack &stack = {});

signals:
    void assetIdChanged();
    void stateChanged();
    void stackChanged();
    void croppingChanged();
    void showOriginalChanged();
    void previewChanged();
    void saved(); // Done went through: the edit mode closes

private:
    void servicesReplaced() override;
    void load();
    void startWorker(const std::function<void(EditPreviewWorker &)> &load);
    void setState(State state, const QString &error = {});
    void change(const EditStack &stack);
    void changeAndCommit(const EditStack &stack);
    void requestRender();
    void onRendered(const QImage &image, double ms);
    double cropRatio() const;
    void setCrop(EditStack &next, const QRectF &rect, double aspect) const;

    qint64 m_assetId = 0;
    int m_generation = 0;
    State m_state = State::Idle;
    QString m_error;
    EditPreviewWorker *m_worker = nullptr;
    EditHistory m_history;
    EditStack m_saved;       // what the catalog holds
    double m_aspectHint = 0; // the chosen shape while the frame still covers the whole picture
    bool m_cropping = false;
    bool m_showOriginal = false;
    QImage m_preview;
    double m_renderMs = 0;
    double m_updatesPerSecond = 0;
    int m_previewCount = 0;
    std::deque<qint64> m_deliveries; // ms timestamps of recent previews
};

} // namespace tintype
