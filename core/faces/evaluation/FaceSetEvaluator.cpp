#include "faces/evaluation/FaceSetEvaluator.h"

#include "common/NativePath.h"
#include "faces/FaceAnalyzer.h"
#include "imaging/ImageDecoder.h"

#include <QDir>
#include <QElapsedTimer>

#include <set>

namespace tintype {

Result<FaceSetEvaluator::Report> FaceSetEvaluator::evaluate(FaceAnalyzer &analyzer, const QString &directory,
                                                            const FaceDetectionSettings &detection,
                                                            const FaceClusterSettings &clustering,
                                                            double verificationThreshold)
{
    const QDir root(directory);
    if (!root.exists())
        return Result<Report>::failure(tr("%1 is not a folder").arg(directory));
    Report report;
    std::vector<FaceEmbedding> embeddings;
    std::vector<int> truth;
    QElapsedTimer timer;
    timer.start();
    const QStringList people = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &person : people) {
        const QDir folder(root.filePath(person));
        bool any = false;
        for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
            const QString file = folder.filePath(name);
            auto decoded = ImageDecoder::decode({nativepath::fromUser(file), detection.analysisSize});
            if (!decoded) {
                report.unreadable << QStringLiteral("%1: %2").arg(file, decoded.error());
                continue;
            }
            auto faces = analyzer.analyze(decoded->image, detection);
            if (!faces) {
                report.unreadable << QStringLiteral("%1: %2").arg(file, faces.error());
                continue;
            }
            FaceEmbedding embedding{};
            if (!faces->empty()) {
                const auto biggest = std::max_element(faces->begin(), faces->end(), [](const auto &a, const auto &b) {
                    return a.box.width() * a.box.height() < b.box.width() * b.box.height();
                });
                embedding = biggest->embedding;
                ++report.detected;
            } else {
                auto chip = analyzer.embedChip(decoded->image);
                if (!chip) {
                    report.unreadable << QStringLiteral("%1: %2").arg(file, chip.error());
                    continue;
                }
                embedding = chip.value();
                ++report.preCropped;
            }
            embeddings.push_back(embedding);
            truth.push_back(report.people);
            ++report.photos;
            any = true;
        }
        if (any)
            ++report.people;
    }
    report.embedSeconds = timer.elapsed() / 1000.0;
    if (embeddings.size() < 2)
        return Result<Report>::failure(
            tr("%1 needs sub-folders (one per person) with at least two photos in all").arg(directory));
    report.verification = FaceClusterEvaluation::verification(embeddings, truth, verificationThreshold);
    const auto labels = FaceClusterer::cluster(embeddings, {}, {}, clustering);
    report.bcubed = FaceClusterEvaluation::bcubed(truth, labels);
    std::set<std::int64_t> clusters;
    for (std::int64_t l : labels) {
        if (l >= 0)
            clusters.insert(l);
        else
            ++report.unclustered;
    }
    report.clusters = int(clusters.size());
    return report;
}

} // namespace tintype
