#pragma once

#include "edit/EditStack.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QPair>
#include <QThreadPool>

#include <filesystem>
#include <memory>
#include <optional>

namespace tintype {

class EditPreview;

// The edit mode's render thread: loads the photo (decoded upright at the
// preview size) and renders stacks on it through EditPreview, one job at a
// time, never on the GUI thread. Requests made while a render runs are
// coalesced: only the latest one renders next, so a slider drag shows the
// newest value as fast as the renderer can go and never queues up.
class EditPreviewWorker : public QObject {
    Q_OBJECT

public:
    static constexpr int kPreviewEdge = 2048; // the viewer's preview
    static constexpr int kLookEdge = 160;     // the looks' thumbnails

    explicit EditPreviewWorker(QObject *parent = nullptr);
    ~EditPreviewWorker() override; // waits for the job in flight

    // Decodes the file (upright, the catalog's quarter turns, long edge at most
    // kPreviewEdge), then emits loaded() or failed().
    void load(const std::filesystem::path &path, int userQuarterTurns);
    // The same from a picture in memory (already upright).
    void load(const QImage &picture);
    // Renders `stack` once the job in flight is done; replaces a request still waiting.
    void request(const EditStack &stack);
    bool idle() const { return !m_running && !m_waiting; }

    // After loaded(): the picture the stack applies to, the auto-enhance
    // suggestion for it and each look's thumbnail (id, picture).
    const QImage &picture() const { return m_picture; }
    const EditStack &suggestion() const { return m_suggestion; }
    const QList<QPair<QString, QImage>> &looks() const { return m_looks; }

signals:
    void loaded();
    void failed(const QString &message);
    // A stack rendered: Format_RGBX8888 (what the scene graph uploads as is).
    void rendered(const QImage &image, double renderMilliseconds);

private:
    struct Prepared;
    void startLoad(std::function<QImage(QString *error)> decode);
    void startNext();
    void finishLoad(const std::shared_ptr<Prepared> &prepared);

    QThreadPool m_pool;
    std::shared_ptr<EditPreview> m_preview; // used only by the job in flight
    std::optional<EditStack> m_waiting;
    bool m_running = false;
    bool m_ready = false;
    QImage m_picture;
    EditStack m_suggestion;
    QList<QPair<QString, QImage>> m_looks;
};

} // namespace tintype
