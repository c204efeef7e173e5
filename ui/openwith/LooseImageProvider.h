#pragma once

#include <QQuickImageProvider>

namespace tintype {

// image://loose/<percent-encoded path bytes>: a photo or video outside the
// library, decoded by ImageDecoder (in a tintype-worker once the app named
// one) at the size asked for (2048 px long edge when none), upright, always off
// the GUI thread. Nothing is cached: the folder viewer shows one file at a time
// and writes nothing anywhere.
class LooseImageProvider : public QQuickImageProvider {
public:
    LooseImageProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace tintype
