#pragma once

#include <QString>
#include <QStringList>

namespace tintype::searchtext {

// Folded for comparing names: lower case, accents dropped ("Zürich" → "zurich"),
// letters without a decomposition spelled out ("Łódź" → "lodz", "straße" →
// "strasse", "Ærø" → "aero"), punctuation between words as one space.
QString normalized(const QString &text);
// The words of a query as typed: split at white space and commas; quotes and
// brackets dropped; "x-t3", "2018-2020", "img_1234" stay one word.
QStringList words(const QString &query);
// normalized() without any space or punctuation: "X-T3" → "xt3".
QString compact(const QString &text);
// Whether a and b differ by at most one insertion, deletion, substitution or
// swap of neighbours.
bool withinOneEdit(const QString &a, const QString &b);

} // namespace tintype::searchtext
