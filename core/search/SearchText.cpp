#include "search/SearchText.h"

#include <QRegularExpression>

namespace tintype::searchtext {

namespace {
// Latin letters Unicode gives no decomposition.
QString spelledOut(QChar c)
{
    switch (c.unicode()) {
    case u'ß': return QStringLiteral("ss");
    case u'æ': return QStringLiteral("ae");
    case u'œ': return QStringLiteral("oe");
    case u'ø': return QStringLiteral("o");
    case u'ł': return QStringLiteral("l");
    case u'đ':
    case u'ð': return QStringLiteral("d");
    case u'þ': return QStringLiteral("th");
    case u'ı': return QStringLiteral("i");
    case u'ħ': return QStringLiteral("h");
    case u'ŧ': return QStringLiteral("t");
    default: return QString(c);
    }
}
} // namespace

QString normalized(const QString &text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing ||
            c.category() == QChar::Mark_SpacingCombining)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += spelledOut(c);
        } else {
            space = true;
        }
    }
    return out;
}

QString compact(const QString &text) { return normalized(text).remove(QLatin1Char(' ')); }

QStringList words(const QString &query)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    static const QRegularExpression edges(QStringLiteral("^[\"'“”„«»()\\[\\]{}]+|[\"'“”„«»()\\[\\]{}!?]+$"));
    QStringList out;
    for (QString w : query.split(separators, Qt::SkipEmptyParts)) {
        w.remove(edges);
        if (!w.isEmpty())
            out << w;
    }
    return out;
}

bool withinOneEdit(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    if (qAbs(n - m) > 1)
        return false;
    qsizetype i = 0;
    while (i < n && i < m && a[i] == b[i])
        ++i;
    if (i == n && i == m)
        return true;
    if (n == m) {
        if (a.mid(i + 1) == b.mid(i + 1))
            return true;                                                                          // substitution
        return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] && a.mid(i + 2) == b.mid(i + 2); // swap
    }
    return n > m ? a.mid(i + 1) == b.mid(i) : a.mid(i) == b.mid(i + 1);
}

} // namespace tintype::searchtext
