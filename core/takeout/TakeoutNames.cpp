#include "takeout/TakeoutNames.h"

#include "metadata/MediaFormat.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace tintype {

namespace {

QStringView extensionOf(QStringView name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QStringView() : name.mid(dot + 1);
}

// Extensions Takeout uses that MediaFormat does not know: the Pixel motion
// clip ("PXL_….MP"), multi-picture JPEGs, old camera and phone videos.
bool isTakeoutOnlyVideoExtension(const QString &ext)
{
    static const QSet<QString> videos = {QStringLiteral("mp"),  QStringLiteral("3gpp"), QStringLiteral("m2t"),
                                         QStringLiteral("flv"), QStringLiteral("asf"),  QStringLiteral("mod")};
    return videos.contains(ext);
}

// A name key without any white space, for phrases whose spacing varies
// between languages and exports ("2023 年の写真" / "2023年の写真").
QString compactKey(QStringView name)
{
    QString key = nameKey(name);
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

// Drops a trailing "(N)" (Takeout's numbering of clashing names).
QStringView withoutNumber(QStringView key)
{
    if (!key.endsWith(QLatin1Char(')')))
        return key;
    const qsizetype open = key.lastIndexOf(QLatin1Char('('));
    if (open < 0 || open + 2 >= key.size())
        return key;
    for (QChar c : key.mid(open + 1, key.size() - open - 2))
        if (c < u'0' || c > u'9')
            return key;
    return key.left(open);
}

QSet<QString> compactKeys(std::initializer_list<const char16_t *> names)
{
    QSet<QString> keys;
    for (const char16_t *n : names)
        keys.insert(compactKey(QString::fromUtf16(n)));
    return keys;
}

} // namespace

QString nameKey(QStringView name) { return name.toString().normalized(QString::NormalizationForm_C).toCaseFolded(); }

bool isMediaFileName(QStringView name)
{
    const QString ext = extensionOf(name).toString().toLower();
    if (ext.isEmpty())
        return false;
    const MediaKind kind = MediaFormat::kindForExtension(ext);
    return kind == MediaKind::Photo || kind == MediaKind::Raw || kind == MediaKind::Video || ext == u"mpo" ||
           isTakeoutOnlyVideoExtension(ext);
}

bool isVideoFileName(QStringView name)
{
    const QString ext = extensionOf(name).toString().toLower();
    return !ext.isEmpty() &&
           (MediaFormat::kindForExtension(ext) == MediaKind::Video || isTakeoutOnlyVideoExtension(ext));
}

bool isAlbumMetadataFileName(QStringView name)
{
    static const QSet<QString> stems = compactKeys({
        u"metadata",     u"métadonnées", u"Metadaten",    u"metadati",   u"metadatos",  u"metadados",
        u"metadades",    u"metadane",    u"metaadatok",   u"metatiedot", u"metadáta",   u"metadate",
        u"meta veriler", u"metaveriler", u"метаданные",   u"метадані",   u"метаданни",  u"μεταδεδομένα",
        u"メタデータ",   u"元数据",      u"中繼資料",     u"中继资料",   u"메타데이터", u"siêu dữ liệu",
        u"metapodatki",  u"metaandmed",  u"metaduomenys", u"metadatuak", u"מטא-נתונים", u"البيانات الوصفية",
        u"ข้อมูลเมตา",     u"मेटाडेटा",
    });
    const QString key = compactKey(name);
    if (!key.endsWith(u".json"))
        return false;
    return stems.contains(withoutNumber(QStringView(key).chopped(5)).toString());
}

bool isOtherTakeoutJsonFileName(QStringView name)
{
    static const QSet<QString> stems = compactKeys({
        u"print-subscriptions",
        u"shared_album_comments",
        u"user-generated-memory-titles",
    });
    const QString key = compactKey(name);
    if (!key.endsWith(u".json"))
        return false;
    return stems.contains(withoutNumber(QStringView(key).chopped(5)).toString());
}

std::optional<int> yearFolder(QStringView folderName)
{
    // "{}" stands for the year; spaces do not count.
    static const QSet<QString> patterns = compactKeys({
        u"Photos from {}",
        u"Photos de {}",
        u"Fotos von {}",
        u"Fotos aus {}",
        u"Foto dal {}",
        u"Foto del {}",
        u"Fotos de {}",
        u"Fotos del {}",
        u"Fotos do {}",
        u"Foto's uit {}",
        u"Foto’s uit {}",
        u"Zdjęcia z {}",
        u"Zdjęcia z roku {}",
        u"Foton från {}",
        u"Bilder från {}",
        u"Billeder fra {}",
        u"Bilder fra {}",
        u"Kuvat vuodelta {}",
        u"Valokuvat vuodelta {}",
        u"Fotky z roku {}",
        u"Fotografie z roku {}",
        u"Fotók – {}",
        u"Fotók - {}",
        u"{} fotói",
        u"Fotografii din {}",
        u"{} yılından fotoğraflar",
        u"{} fotoğrafları",
        u"Фото за {} г.",
        u"Фото за {} год",
        u"Фотографии за {} г.",
        u"Фото за {} р.",
        u"{} 年の写真",
        u"{} 年的照片",
        u"{} 年的相片",
        u"{}년 사진",
        u"{}년의 사진",
        u"Φωτογραφίες από το {}",
        u"Foto dari {}",
        u"Ảnh từ năm {}",
        u"Fotos de l'any {}",
    });
    const QString key = compactKey(folderName);
    // Exactly one run of four digits, the year.
    const auto isAsciiDigit = [&key](qsizetype i) { return key[i] >= u'0' && key[i] <= u'9'; };
    qsizetype start = -1;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (!isAsciiDigit(i))
            continue;
        if (start >= 0)
            return std::nullopt;
        start = i;
        while (i < key.size() && isAsciiDigit(i))
            ++i;
        if (i - start != 4)
            return std::nullopt;
    }
    if (start < 0)
        return std::nullopt;
    const int year = QStringView(key).mid(start, 4).toInt();
    if (year < 1800 || year > 2199)
        return std::nullopt;
    QString pattern = key;
    pattern.replace(start, 4, QStringLiteral("{}"));
    if (!patterns.contains(pattern))
        return std::nullopt;
    return year;
}

bool isUntitledAlbum(QStringView folderName)
{
    static const QSet<QString> names = compactKeys({
        u"Untitled",         u"Untitled album", u"Sans titre",   u"Unbenannt",    u"Ohne Titel",
        u"Senza titolo",     u"Sin título",     u"Sem título",   u"Zonder titel", u"Naamloos",
        u"Bez tytułu",       u"Namnlös",        u"Utan titel",   u"Uten tittel",  u"Uden titel",
        u"Unavngivet",       u"Nimetön",        u"Bez názvu",    u"Névtelen",     u"Sense títol",
        u"Fără titlu",       u"Başlıksız",      u"Без названия", u"Без назви",    u"無題",
        u"未命名",           u"無標題",         u"제목 없음",    u"Χωρίς τίτλο",  u"Tanpa judul",
        u"Không có tiêu đề",
    });
    return names.contains(withoutNumber(compactKey(folderName)).toString());
}

const QStringList &editedSuffixKeys()
{
    static const QStringList keys = [] {
        QStringList k;
        for (const char16_t *s :
             {u"edited",          u"effects",      u"smile",      u"mix",      u"bearbeitet", u"modifié",
              u"editado",         u"ha editado",   u"editada",    u"bewerkt",  u"modificato", u"編集済み",
              u"redigeret",       u"muokattu",     u"redigerad",  u"redigert", u"edytowane",  u"upraveno",
              u"upravené",        u"szerkesztett", u"editat",     u"editată",  u"düzenlendi", u"изменено",
              u"отредактировано", u"змінено",      u"已编辑",     u"已編輯",   u"편집됨",     u"επεξεργασμένο",
              u"diedit",          u"đã chỉnh sửa", u"تم التعديل", u"संपादित",   u"แก้ไขแล้ว"})
            k << nameKey(QString::fromUtf16(s));
        // Longest first, so "-ha editado" wins over "-editado".
        std::sort(k.begin(), k.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() > b.size() : a < b;
        });
        return k;
    }();
    return keys;
}

} // namespace tintype
