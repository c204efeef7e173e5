#include "edit/EditStack.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tintype {

Result<EditStack> EditStack::fromJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Result<EditStack>::failure(
            QCoreApplication::translate("EditStack", "the edit is not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("tintype-edit"))
        return Result<EditStack>::failure(
            QCoreApplication::translate("EditStack", "not a Tintype edit (\"format\" is not \"tintype-edit\")"));
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version < 1 || version > kFormatVersion)
        return Result<EditStack>::failure(
            QCoreApplication::translate("EditStack", "edit format version %1 is not supported").arg(version));
    const QJsonValue operations = root.value(QLatin1String("operations"));
    if (!operations.isArray() && !operations.isUndefined())
        return Result<EditStack>::failure(QCoreApplication::translate("EditStack", "\"operations\" is not a list"));
    EditStack stack;
    const QJsonArray items = operations.toArray();
    for (const auto &item : items) {
        QString error;
        const auto op = EditOperation::fromJson(item.toObject(), &error);
        if (!op)
            return Result<EditStack>::failure(error);
        if (stack.find(op->type))
            return Result<EditStack>::failure(
                QCoreApplication::translate("EditStack", "%1 appears twice").arg(EditOperation::name(op->type)));
        stack.set(*op);
    }
    return stack;
}

QByteArray EditStack::toJson() const
{
    QJsonArray operations;
    for (const EditOperation &op : m_operations)
        operations.append(op.toJson());
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("tintype-edit")},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("operations"), operations}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray EditStack::fingerprint() const
{
    if (isIdentity())
        return {};
    return QCryptographicHash::hash(toJson(), QCryptographicHash::Sha1).toHex().left(16);
}

const EditOperation *EditStack::find(OperationType type) const
{
    const auto it = std::find_if(m_operations.begin(), m_operations.end(),
                                 [type](const EditOperation &op) { return op.type == type; });
    return it != m_operations.end() ? &*it : nullptr;
}

double EditStack::value(OperationType type, const QString &key) const
{
    const EditOperation *op = find(type);
    return op ? op->value(key) : EditOperation::defaultValue(type, key);
}

void EditStack::set(const EditOperation &operation)
{
    remove(operation.type);
    if (operation.isNeutral())
        return;
    const auto at = std::find_if(m_operations.begin(), m_operations.end(),
                                 [&](const EditOperation &op) { return op.type > operation.type; });
    m_operations.insert(at, operation);
}

void EditStack::remove(OperationType type)
{
    std::erase_if(m_operations, [type](const EditOperation &op) { return op.type == type; });
}

void EditStack::merge(const EditStack &other)
{
    for (const EditOperation &op : other.m_operations)
        set(op);
}

bool EditStack::hasGeometry() const
{
    return find(OperationType::Rotate) || find(OperationType::Flip) || find(OperationType::Straighten) ||
           find(OperationType::Crop);
}

} // namespace tintype
