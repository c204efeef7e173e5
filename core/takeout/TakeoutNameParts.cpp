#include "takeout/TakeoutNameParts.h"

#include "takeout/TakeoutNames.h"

#include <QStringList>

namespace tintype {

namespace {

// Names at least this long (UTF-16 units) may have been cut by Takeout: an edited
// copy's "-edited" may then be cut to "-edi" or "-".
constexpr qsizetype kCutStemMinimum = 40;

// The unedited stem of an edited copy's numberless stem, or empty.
QString uneditedStem(const QString &stem)
{
    for (const QString &suffix : editedSuffixKeys()) {
        if (stem.size() > suffix.size() + 1 && stem.endsWith(suffix) &&
            stem.at(stem.size() - suffix.size() - 1) == QLatin1Char('-'))
            return stem.left(stem.size() - suffix.size() - 1);
    }
    // Cut by the length limit: "…-edi", "…-".
    if (stem.size() < kCutStemMinimum)
        return {};
    const qsizetype dash = stem.lastIndexOf(QLatin1Char('-'));
    if (dash <= 0)
        return {};
    const QString tail = stem.mid(dash + 1);
    for (const QString &suffix : editedSuffixKeys())
        if (suffix.size() > tail.size() && suffix.startsWith(tail))
            return stem.left(dash);
    return {};
}

} // namespace

int trailingNumber(const QString &text, QString *without)
{
    *without = text;
    if (!text.endsWith(QLatin1Char(')')))
        return 0;
    const qsizetype open = text.lastIndexOf(QLatin1Char('('));
    const qsizetype digits = text.size() - open - 2;
    if (open < 0 || digits < 1 || digits > 6)
        return 0;
    int n = 0;
    for (qsizetype i = open + 1; i < text.size() - 1; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return 0;
        n = n * 10 + (c.unicode() - u'0');
    }
    if (n == 0)
        return 0;
    *without = text.left(open);
    return n;
}

QString looseKey(const QString &key)
{
    QString loose = key;
    for (QChar &c : loose)
        if (!c.isLetterOrNumber() && !c.isSurrogate())
            c = QLatin1Char('_');
    return loose;
}

qsizetype cutLength(const QString &text, qsizetype units)
{
    if (units >= text.size())
        return text.size();
    if (units > 0 && text.at(units - 1).isHighSurrogate())
        return units - 1;
    return units;
}

MediaNameParts MediaNameParts::parse(const QString &name)
{
    MediaNameParts m;
    m.name = name;
    m.nfc = name.normalized(QString::NormalizationForm_C);
    m.key = m.nfc.toCaseFolded();
    const qsizetype dot = m.key.lastIndexOf(QLatin1Char('.'));
    m.stem = dot > 0 ? m.key.left(dot) : m.key;
    m.ext = dot > 0 ? m.key.mid(dot + 1) : QString();
    const QString dotExt = m.ext.isEmpty() ? QString() : QLatin1Char('.') + m.ext;
    m.number = trailingNumber(m.stem, &m.numberlessStem);
    m.original = m.numberlessStem + dotExt;
    m.video = isVideoFileName(m.key);

    // PXL_….MP.jpg (still) and PXL_….MP / PXL_….MP.mp4 (clip) share "pxl_…".
    m.liveKey = m.stem.endsWith(QLatin1String(".mp")) ? m.stem.chopped(3) : m.stem;

    const QString unedited = uneditedStem(m.numberlessStem);
    if (!unedited.isEmpty()) {
        const QString numbering = m.number > 0 ? QStringLiteral("(%1)").arg(m.number) : QString();
        m.editedOriginalStem = unedited + numbering;
        m.editedOriginal = m.editedOriginalStem + dotExt;
        m.editedOriginalNumberless = unedited + dotExt;
    }
    return m;
}

SidecarNameParts SidecarNameParts::parse(const QString &name, const QString &title)
{
    SidecarNameParts s;
    s.name = name;
    s.nfc = name.normalized(QString::NormalizationForm_C);
    const QString key = s.nfc.toCaseFolded();
    s.base = key.endsWith(QLatin1String(".json")) ? key.chopped(5) : key;
    s.number = trailingNumber(s.base, &s.numberlessBase);
    const qsizetype dot = s.numberlessBase.lastIndexOf(QLatin1Char('.'));
    if (dot > 0 && s.numberlessBase.size() - dot >= 2 &&
        kSupplementalSuffix.startsWith(QStringView(s.numberlessBase).mid(dot)))
        s.supplementalCut = s.numberlessBase.left(dot);
    if (!title.isEmpty()) {
        QString sanitized = title;
        sanitized.replace(QLatin1Char('/'), QLatin1Char('_'));
        s.titleKey = nameKey(sanitized);
        s.looseTitle = looseKey(s.titleKey);
    }
    return s;
}

} // namespace tintype
