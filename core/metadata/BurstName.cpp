#include "metadata/BurstName.h"

#include <QRegularExpression>

namespace tintype {

std::optional<BurstName> BurstName::parse(const QString &fileName)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral(R"(_BURST(\d{14,17})(?:_COVER)?\.)"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral(R"(^(\d{8}_\d{6})_BURST\d{1,3}(?:_COVER)?\.)"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral(R"(^(PXL_\d{8}_\d{6,9})\.RAW-\d{2}\.)"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    for (const QRegularExpression &p : patterns) {
        const auto match = p.match(fileName);
        if (match.hasMatch())
            return BurstName{QStringLiteral("burst:") + match.captured(1).toUpper(),
                             fileName.contains(QLatin1String("COVER"), Qt::CaseInsensitive)};
    }
    return std::nullopt;
}

} // namespace tintype
