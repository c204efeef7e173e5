#pragma once

#include "DuplicateJobs.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace tintype {

// The copies of one duplicate group, side by side, for the review cards: in a
// fixed order (the proposal's, so the number keys keep pointing at the same
// copy when the user picks another to keep), each with its thumbnail, its
// facts (resolution, size, format, capture date, GPS, camera, folder,
// albums) marked where they differ from the copy to keep, and how it differs.
class DuplicateCopies : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("reached through DuplicateReview.copies")

public:
    enum Role {
        NumberRole = Qt::UserRole + 1, // 1-based, what its number key is
        AssetIdRole,
        SourceRole, // grid thumbnail
        KeepRole,
        ProposedRole, // the copy the proposal keeps
        AvailableRole,
        FileNameRole,
        FactsRole,       // [{label, value, differs}]
        DifferencesRole, // how it differs from the kept copy, in words
        BadgesRole       // "Original", "Screenshot", "Messenger copy", "RAW + JPEG"
    };

    explicit DuplicateCopies(QObject *parent = nullptr) : QAbstractListModel(parent) {}
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // `order`: asset ids in display order; `proposed`: the proposal's choice.
    void show(const DuplicateGroup &group, const std::vector<qint64> &order, qint64 proposed,
              const QHash<qint64, DuplicateJobs::CopyDetails> &details);
    void clear();

private:
    struct Copy {
        DuplicateMember member;
        DuplicateJobs::CopyDetails details;
        bool keep = false, proposed = false;
        QVariantList facts;
    };
    std::vector<Copy> m_copies;
};

} // namespace tintype
