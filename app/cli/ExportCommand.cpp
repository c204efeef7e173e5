// export: edited photos of the catalog as new files; edit: an asset's edit
// stack (set, show, undo, redo, revert); render: one file through a stack
// file, no catalog (golden-image tests).
#include "Commands.h"
#include "Output.h"

#include "catalog/Catalog.h"
#include "catalog/EditRepository.h"
#include "common/NativePath.h"
#include "edit/EditExporter.h"
#include "edit/EditRenderer.h"
#include "edit/EditSource.h"
#include "edit/EditStack.h"

#include <QCoreApplication>
#include <QFile>

namespace tintype::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("export", text); }

Result<EditStack> readStackFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<EditStack>::failure(tr("cannot read %1: %2").arg(path, file.errorString()));
    auto stack = EditStack::fromJson(file.read(1 << 20));
    if (!stack)
        return Result<EditStack>::failure(QStringLiteral("%1: %2").arg(path, stack.error()));
    return stack;
}

std::optional<std::int64_t> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

// The asset's current stack (the identity when it has none or it cannot be read).
Result<EditStack> currentStack(Catalog &catalog, std::int64_t id)
{
    std::optional<QByteArray> json;
    if (const Status read = catalog.read([&] { json = EditRepository(catalog).current(id); }); !read)
        return Result<EditStack>::failure(read.error());
    return json ? EditStack::fromJson(*json) : Result<EditStack>(EditStack());
}
} // namespace

int runExport(Catalog &catalog, const QStringList &args)
{
    std::vector<std::int64_t> ids;
    QString folder;
    EditExporter::Options options;
    bool ok = true;
    for (int i = 0; i < args.size() && ok; ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--edited")) {
            while (i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1String("--"))) {
                const auto id = parseId(args.at(++i));
                ok = ok && id.has_value();
                ids.push_back(id.value_or(0));
            }
        } else if (a == QLatin1String("--to") && i + 1 < args.size()) {
            folder = args.at(++i);
        } else if (a == QLatin1String("--size") && i + 1 < args.size()) {
            options.longEdge = args.at(++i).toInt(&ok);
            ok = ok && options.longEdge > 0;
        } else if (a == QLatin1String("--quality") && i + 1 < args.size()) {
            options.quality = args.at(++i).toInt(&ok);
            ok = ok && options.quality >= 1 && options.quality <= 100;
        } else if (a == QLatin1String("--format") && i + 1 < args.size()) {
            const auto format = EditExporter::parseFormat(args.at(++i));
            ok = format.has_value();
            options.format = format.value_or(options.format);
        } else if (a == QLatin1String("--strip-location")) {
            options.dropLocation = true;
        } else {
            ok = false;
        }
    }
    if (!ok || ids.empty() || folder.isEmpty()) {
        err() << tr("Usage: tintype-cli export --edited ID... --to DIR [--size N] [--strip-location]\n"
                    "                          [--format jpeg|png|tiff16] [--quality Q]\n");
        return UsageError;
    }
    int failed = 0;
    for (const std::int64_t id : ids) {
        if (interrupted()) {
            err() << tr("Interrupted.\n");
            return Interrupted;
        }
        std::optional<EditRepository::Source> source;
        if (const Status read = catalog.read([&] { source = EditRepository(catalog).source(id); }); !read) {
            err() << read.error() << "\n";
            return CatalogError;
        }
        auto fail = [&](const QString &reason) {
            err() << tr("%1: %2\n").arg(id).arg(reason);
            ++failed;
        };
        if (!source) {
            fail(tr("no such photo"));
            continue;
        }
        if (!source->available) {
            fail(tr("%1 is missing or its folder is offline").arg(nativepath::display(source->path)));
            continue;
        }
        auto stack = currentStack(catalog, id);
        if (!stack) {
            fail(stack.error());
            continue;
        }
        auto outcome = EditExporter::exportFile(source->path, source->userQuarterTurns, stack.value(),
                                                nativepath::fromUser(folder), options);
        if (!outcome) {
            fail(QStringLiteral("%1: %2").arg(nativepath::display(source->path), outcome.error()));
            continue;
        }
        out() << id << "\t" << nativepath::display(outcome->path) << "\n";
        if (!outcome->warning.isEmpty())
            err() << tr("%1: %2\n").arg(id).arg(outcome->warning);
    }
    return failed ? SomeFilesFailed : Ok;
}

int runEdit(Catalog &catalog, const QStringList &args)
{
    std::optional<std::int64_t> id;
    QString stackFile, action;
    bool ok = true;
    for (int i = 0; i < args.size() && ok; ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--stack") && i + 1 < args.size() && action.isEmpty()) {
            stackFile = args.at(++i);
            action = a;
        } else if ((a == QLatin1String("--show") || a == QLatin1String("--undo") || a == QLatin1String("--redo") ||
                    a == QLatin1String("--revert")) &&
                   action.isEmpty()) {
            action = a;
        } else if (!id && !a.startsWith(QLatin1String("--"))) {
            id = parseId(a);
            ok = id.has_value();
        } else {
            ok = false;
        }
    }
    if (!ok || !id || action.isEmpty()) {
        err() << tr("Usage: tintype-cli edit ID --stack FILE.json | --show | --undo | --redo | --revert\n");
        return UsageError;
    }
    std::optional<EditStack> stack;
    if (action == QLatin1String("--stack")) {
        auto read = readStackFile(stackFile);
        if (!read) {
            err() << read.error() << "\n";
            return UsageError;
        }
        stack = std::move(read).value();
    }
    bool exists = false, changed = true;
    EditRepository::State state;
    const Status status = catalog.write([&] {
        EditRepository edits(catalog);
        exists = edits.source(*id).has_value();
        if (!exists)
            return;
        if (stack)
            edits.save(*id, stack->isIdentity() ? QByteArray() : stack->toJson(), stack->fingerprint());
        else if (action == QLatin1String("--undo"))
            changed = edits.undo(*id);
        else if (action == QLatin1String("--redo"))
            changed = edits.redo(*id);
        else if (action == QLatin1String("--revert"))
            edits.revertToOriginal(*id);
        state = edits.state(*id);
    });
    if (!status) {
        err() << status.error() << "\n";
        return CatalogError;
    }
    if (!exists) {
        err() << tr("%1: no such photo\n").arg(*id);
        return SomeFilesFailed;
    }
    if (!changed)
        err() << tr("nothing to %1\n").arg(action.mid(2));
    out() << (state.stack.isEmpty() ? tr("original (no edit)") : QString::fromUtf8(state.stack)) << "\n";
    return changed ? Ok : SomeFilesFailed;
}

int runRender(const QStringList &args)
{
    QString stackFile, input, output, formatName;
    int size = 0;
    bool ok = true;
    for (int i = 0; i < args.size() && ok; ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--stack") && i + 1 < args.size())
            stackFile = args.at(++i);
        else if (a == QLatin1String("--in") && i + 1 < args.size())
            input = args.at(++i);
        else if (a == QLatin1String("--out") && i + 1 < args.size())
            output = args.at(++i);
        else if (a == QLatin1String("--format") && i + 1 < args.size())
            formatName = args.at(++i);
        else if (a == QLatin1String("--size") && i + 1 < args.size())
            size = args.at(++i).toInt(&ok);
        else
            ok = false;
    }
    const QString suffix = output.section(QLatin1Char('.'), -1);
    const auto format = EditExporter::parseFormat(formatName.isEmpty() ? suffix : formatName);
    if (!ok || stackFile.isEmpty() || input.isEmpty() || output.isEmpty() || size < 0 || !format) {
        err() << tr("Usage: tintype-cli render --stack FILE.json --in IMAGE --out OUT.png|.jpg|.tif [--size N]\n"
                    "                          [--format jpeg|png|tiff16]\n");
        return UsageError;
    }
    auto stack = readStackFile(stackFile);
    if (!stack) {
        err() << stack.error() << "\n";
        return UsageError;
    }
    auto picture = EditSource::load(nativepath::fromUser(input), 0);
    if (!picture) {
        err() << input << ": " << picture.error() << "\n";
        return SomeFilesFailed;
    }
    EditExporter::Options options;
    options.format = *format;
    const QImage rendered = EditRenderer::render(picture.value(), stack.value(), size,
                                                 *format == EditExporter::Format::Tiff16 ? EditRenderer::Depth::Sixteen
                                                                                         : EditRenderer::Depth::Eight);
    if (const Status written = EditExporter::writeImage(rendered, nativepath::fromUser(output), options); !written) {
        err() << written.error() << "\n";
        return SomeFilesFailed;
    }
    return Ok;
}

} // namespace tintype::cli
