#pragma once

#include "common/Result.h"
#include "edit/EditOperation.h"

#include <QByteArray>

#include <vector>

namespace tintype {

// A photo's non-destructive edit: at most one operation of each kind, kept in
// rendering order. Serialised as JSON (stored in the catalog, never in the
// photo):
//   {"format": "tintype-edit", "version": 1,
//    "operations": [{"op": "exposure", "v": 1, "params": {"stops": 0.5}}, ...]}
// "version" is the envelope's; each operation carries its own parameter
// version ("v"), upgraded on load (EditOperation::fromJson).
class EditStack {
public:
    static constexpr int kFormatVersion = 1;

    static Result<EditStack> fromJson(const QByteArray &json);
    // Compact, canonical JSON: equal stacks give equal bytes.
    QByteArray toJson() const;
    // A short hash of toJson() for cache keys (thumbnails of edited photos);
    // empty for a stack that changes nothing.
    QByteArray fingerprint() const;

    const std::vector<EditOperation> &operations() const { return m_operations; }
    const EditOperation *find(OperationType type) const;
    double value(OperationType type, const QString &key) const; // the default when absent
    double amount(OperationType type) const { return value(type, EditOperation::mainKey(type)); }

    // Replaces the operation of the same kind; a neutral one removes it.
    void set(const EditOperation &operation);
    void set(OperationType type, double amount) { set(EditOperation::make(type, amount)); }
    void remove(OperationType type);
    // A look or auto-enhance result on top: its operations replace those of the same kind.
    void merge(const EditStack &other);

    bool isIdentity() const { return m_operations.empty(); }
    bool hasGeometry() const;
    bool operator==(const EditStack &other) const = default;

private:
    std::vector<EditOperation> m_operations; // sorted by type
};

} // namespace tintype
