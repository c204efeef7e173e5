#include "faces/People.h"

#include "catalog/Catalog.h"
#include "catalog/FaceRepository.h"
#include "catalog/PersonRepository.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <map>

namespace tintype {

namespace {
std::int64_t now() { return QDateTime::currentSecsSinceEpoch(); }
} // namespace

Result<People::ClusterReport> People::clusterNewFaces() { return cluster(false); }
Result<People::ClusterReport> People::reclusterAll() { return cluster(true); }

Result<People::ClusterReport> People::cluster(bool full)
{
    QElapsedTimer timer;
    timer.start();
    ClusterReport report;
    const Status written = m_catalog.write([&] {
        FaceRepository faces(m_catalog);
        PersonRepository people(m_catalog);
        const std::vector<FaceRecord> all = faces.all();
        if (!full && std::none_of(all.begin(), all.end(), [](const FaceRecord &f) { return !f.clustered; }))
            return;
        std::vector<FaceEmbedding> embeddings;
        std::vector<std::int64_t> fixed;
        std::map<std::int64_t, std::size_t> indexOf;
        for (const FaceRecord &f : all) {
            indexOf[f.id] = embeddings.size();
            embeddings.push_back(f.embedding);
            const bool anchored = full ? f.confirmed : f.personId.has_value();
            fixed.push_back(anchored && f.personId ? *f.personId : -1);
        }
        std::set<std::pair<std::size_t, std::int64_t>> banned;
        for (const auto &[faceId, personId] : faces.rejections())
            if (auto it = indexOf.find(faceId); it != indexOf.end())
                banned.emplace(it->second, personId);
        const std::vector<std::int64_t> labels = FaceClusterer::cluster(embeddings, fixed, banned, m_settings);

        std::int64_t maxFixed = -1;
        for (std::int64_t l : fixed)
            maxFixed = std::max(maxFixed, l);
        // New groups reuse the unnamed cluster most of their faces were in (full runs).
        std::map<std::int64_t, std::map<std::int64_t, int>> previous;
        for (std::size_t i = 0; i < all.size(); ++i)
            if (fixed[i] < 0 && labels[i] > maxFixed && all[i].personId)
                ++previous[labels[i]][*all[i].personId];
        std::map<std::int64_t, std::int64_t> personOfLabel;
        std::set<std::int64_t> reused;
        for (const auto &[label, votes] : previous) {
            auto best = std::max_element(votes.begin(), votes.end(),
                                         [](const auto &a, const auto &b) { return a.second < b.second; });
            const auto person = people.byId(best->first);
            if (person && person->name.isEmpty() && reused.insert(best->first).second)
                personOfLabel[label] = best->first;
        }
        std::vector<std::int64_t> seen;
        for (std::size_t i = 0; i < all.size(); ++i) {
            seen.push_back(all[i].id);
            if (fixed[i] >= 0)
                continue;
            ++report.faces;
            std::optional<std::int64_t> person;
            if (labels[i] >= 0 && labels[i] <= maxFixed) {
                person = labels[i];
            } else if (labels[i] > maxFixed) {
                auto it = personOfLabel.find(labels[i]);
                if (it == personOfLabel.end()) {
                    it = personOfLabel.emplace(labels[i], people.create(QString(), now())).first;
                    ++report.newClusters;
                }
                person = it->second;
            }
            if (person)
                ++report.assigned;
            if (person != all[i].personId || !all[i].clustered)
                faces.assign(all[i].id, person, false);
        }
        faces.markClustered(seen);
        people.removeEmptyClusters();
    });
    if (!written)
        return Result<ClusterReport>::failure(written.error());
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

Result<std::int64_t> People::name(std::int64_t personId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Result<std::int64_t>::failure(tr("A name cannot be empty"));
    std::int64_t result = personId;
    bool found = true;
    const Status written = m_catalog.write([&] {
        PersonRepository people(m_catalog);
        FaceRepository faces(m_catalog);
        if (!people.byId(personId)) {
            found = false;
            return;
        }
        const auto existing = people.byName(trimmed);
        if (existing && *existing != personId) {
            people.merge(personId, *existing);
            result = *existing;
        }
        people.rename(result, trimmed);
        for (const FaceRecord &f : faces.ofPerson(result))
            if (!f.confirmed)
                faces.assign(f.id, result, true);
    });
    if (!written)
        return Result<std::int64_t>::failure(written.error());
    if (!found)
        return Result<std::int64_t>::failure(tr("There is no person %1").arg(personId));
    return result;
}

Result<std::int64_t> People::merge(const std::vector<std::int64_t> &personIds)
{
    if (personIds.size() < 2)
        return Result<std::int64_t>::failure(tr("Merging needs at least two people"));
    QString missing;
    const Status written = m_catalog.write([&] {
        PersonRepository people(m_catalog);
        for (std::int64_t id : personIds)
            if (!people.byId(id))
                missing = QString::number(id);
        if (!missing.isEmpty())
            return;
        const QString keptName = people.byId(personIds.front())->name;
        QString otherName;
        for (std::size_t i = 1; i < personIds.size(); ++i) {
            if (otherName.isEmpty())
                otherName = people.byId(personIds[i])->name;
            people.merge(personIds[i], personIds.front());
        }
        if (keptName.isEmpty() && !otherName.isEmpty())
            people.rename(personIds.front(), otherName);
    });
    if (!written)
        return Result<std::int64_t>::failure(written.error());
    if (!missing.isEmpty())
        return Result<std::int64_t>::failure(tr("There is no person %1").arg(missing));
    return personIds.front();
}

Result<std::int64_t> People::split(const std::vector<std::int64_t> &faceIds, const QString &name)
{
    if (faceIds.empty())
        return Result<std::int64_t>::failure(tr("Select at least one face to split off"));
    std::int64_t created = 0;
    QString missing;
    const Status written = m_catalog.write([&] {
        FaceRepository faces(m_catalog);
        PersonRepository people(m_catalog);
        for (std::int64_t id : faceIds)
            if (!faces.byId(id))
                missing = QString::number(id);
        if (!missing.isEmpty())
            return;
        const QString trimmed = name.trimmed();
        const auto existing = trimmed.isEmpty() ? std::nullopt : people.byName(trimmed);
        created = existing ? *existing : people.create(trimmed, now());
        for (std::int64_t id : faceIds) {
            const auto face = faces.byId(id);
            if (face->personId && *face->personId != created)
                faces.reject(id, *face->personId); // it was wrongly there: keep clustering from putting it back
            faces.assign(id, created, true);
        }
        people.removeEmptyClusters();
    });
    if (!written)
        return Result<std::int64_t>::failure(written.error());
    if (!missing.isEmpty())
        return Result<std::int64_t>::failure(tr("There is no face %1").arg(missing));
    return created;
}

Status People::removeFace(std::int64_t faceId)
{
    bool found = true;
    Status written = m_catalog.write([&] {
        FaceRepository faces(m_catalog);
        const auto face = faces.byId(faceId);
        if (!face || !face->personId) {
            found = face.has_value();
            return;
        }
        faces.reject(faceId, *face->personId);
        PersonRepository(m_catalog).removeEmptyClusters();
    });
    if (!written)
        return written;
    return found ? Status() : Status::failure(tr("There is no face %1").arg(faceId));
}

Status People::markNotAFace(std::int64_t faceId)
{
    bool found = false;
    Status written = m_catalog.write([&] {
        found = FaceRepository(m_catalog).markNotAFace(faceId, now());
        if (found)
            PersonRepository(m_catalog).removeEmptyClusters();
    });
    if (!written)
        return written;
    return found ? Status() : Status::failure(tr("There is no face %1").arg(faceId));
}

Status People::confirmFace(std::int64_t faceId, std::int64_t personId)
{
    bool found = true;
    Status written = m_catalog.write([&] {
        FaceRepository faces(m_catalog);
        if (!faces.byId(faceId) || !PersonRepository(m_catalog).byId(personId)) {
            found = false;
            return;
        }
        faces.assign(faceId, personId, true);
        PersonRepository(m_catalog).removeEmptyClusters();
    });
    if (!written)
        return written;
    return found ? Status() : Status::failure(tr("There is no face %1 or person %2").arg(faceId).arg(personId));
}

Status People::setHidden(std::int64_t personId, bool hidden)
{
    bool found = true;
    Status written = m_catalog.write([&] {
        PersonRepository people(m_catalog);
        found = people.byId(personId).has_value();
        if (found)
            people.setHidden(personId, hidden);
    });
    if (!written)
        return written;
    return found ? Status() : Status::failure(tr("There is no person %1").arg(personId));
}

Result<std::vector<People::Suggestion>> People::suggestions(std::int64_t personId, float suggestDistance, int limit)
{
    std::vector<Suggestion> result;
    const Status read = m_catalog.read([&] {
        FaceRepository faces(m_catalog);
        std::vector<FaceRecord> anchors;
        for (const FaceRecord &f : faces.ofPerson(personId)) {
            if (f.confirmed)
                anchors.push_back(f);
            else
                result.push_back({f.id, f.assetId, 0});
        }
        // The sharpest confirmed faces stand for the person (bounded work per candidate).
        std::sort(anchors.begin(), anchors.end(),
                  [](const FaceRecord &a, const FaceRecord &b) { return a.sharpness > b.sharpness; });
        anchors.resize(std::min<std::size_t>(anchors.size(), 64));
        const auto rejected = faces.rejections();
        for (const FaceRecord &f : faces.all()) {
            if (f.confirmed || f.personId == personId || rejected.count({f.id, personId}) != 0)
                continue;
            float best = std::numeric_limits<float>::max();
            for (const FaceRecord &a : anchors)
                best = std::min(best, FaceClusterer::distance(a.embedding, f.embedding));
            if (best < suggestDistance)
                result.push_back({f.id, f.assetId, best});
        }
    });
    if (!read)
        return Result<std::vector<Suggestion>>::failure(read.error());
    std::stable_sort(result.begin(), result.end(),
                     [](const Suggestion &a, const Suggestion &b) { return a.distance < b.distance; });
    if (int(result.size()) > limit)
        result.resize(limit);
    return result;
}

} // namespace tintype
