#include "things/ThingLabels.h"

#include <QHash>

#include <algorithm>

namespace tintype {

namespace {
struct Entry {
    const char *label; // marked for translation (context ThingLabels)
    const char *words; // its other English names and plurals, comma-separated
};

// In labels.ts order (class 1..80). The plural of the label itself is listed
// with the other words, so irregular ones ("mice", "knives") need no rule.
const Entry kEntries[] = {
    {QT_TRANSLATE_NOOP("ThingLabels", "person"),
     "people,persons,man,men,woman,women,child,children,kid,kids,boy,boys,girl,girls,human,humans,baby,babies"},
    {QT_TRANSLATE_NOOP("ThingLabels", "bicycle"), "bicycles,bike,bikes,cycle,cycles,push bike"},
    {QT_TRANSLATE_NOOP("ThingLabels", "car"), "cars,automobile,automobiles,auto,autos,vehicle,vehicles"},
    {QT_TRANSLATE_NOOP("ThingLabels", "motorcycle"), "motorcycles,motorbike,motorbikes,scooter,scooters,moped"},
    {QT_TRANSLATE_NOOP("ThingLabels", "airplane"),
     "airplanes,plane,planes,aeroplane,aeroplanes,aircraft,jet,jets,airliner"},
    {QT_TRANSLATE_NOOP("ThingLabels", "bus"), "buses,busses,coach,coaches"},
    {QT_TRANSLATE_NOOP("ThingLabels", "train"), "trains,locomotive,locomotives,railway,tram,trams"},
    {QT_TRANSLATE_NOOP("ThingLabels", "truck"), "trucks,lorry,lorries,van,vans,pickup"},
    {QT_TRANSLATE_NOOP("ThingLabels", "boat"), "boats,ship,ships,sailboat,sailboats,yacht,yachts,ferry,canoe"},
    {QT_TRANSLATE_NOOP("ThingLabels", "traffic light"), "traffic lights,traffic signal,stoplight"},
    {QT_TRANSLATE_NOOP("ThingLabels", "fire hydrant"), "fire hydrants,hydrant,hydrants"},
    {QT_TRANSLATE_NOOP("ThingLabels", "stop sign"), "stop signs"},
    {QT_TRANSLATE_NOOP("ThingLabels", "parking meter"), "parking meters"},
    {QT_TRANSLATE_NOOP("ThingLabels", "bench"), "benches"},
    {QT_TRANSLATE_NOOP("ThingLabels", "bird"), "birds,pigeon,pigeons,seagull,seagulls,duck,ducks,peacock"},
    {QT_TRANSLATE_NOOP("ThingLabels", "cat"), "cats,kitten,kittens,kitty,kitties"},
    {QT_TRANSLATE_NOOP("ThingLabels", "dog"), "dogs,puppy,puppies,pup,pups,doggy,doggie"},
    {QT_TRANSLATE_NOOP("ThingLabels", "horse"), "horses,pony,ponies,foal"},
    {QT_TRANSLATE_NOOP("ThingLabels", "sheep"), "lamb,lambs"},
    {QT_TRANSLATE_NOOP("ThingLabels", "cow"), "cows,cattle,calf,calves,bull,bulls"},
    {QT_TRANSLATE_NOOP("ThingLabels", "elephant"), "elephants"},
    {QT_TRANSLATE_NOOP("ThingLabels", "bear"), "bears"},
    {QT_TRANSLATE_NOOP("ThingLabels", "zebra"), "zebras"},
    {QT_TRANSLATE_NOOP("ThingLabels", "giraffe"), "giraffes"},
    {QT_TRANSLATE_NOOP("ThingLabels", "backpack"), "backpacks,rucksack,rucksacks"},
    {QT_TRANSLATE_NOOP("ThingLabels", "umbrella"), "umbrellas,parasol,parasols"},
    {QT_TRANSLATE_NOOP("ThingLabels", "handbag"), "handbags,purse,purses,bag,bags"},
    {QT_TRANSLATE_NOOP("ThingLabels", "tie"), "ties,necktie,neckties"},
    {QT_TRANSLATE_NOOP("ThingLabels", "suitcase"), "suitcases,luggage"},
    {QT_TRANSLATE_NOOP("ThingLabels", "frisbee"), "frisbees"},
    {QT_TRANSLATE_NOOP("ThingLabels", "skis"), "ski,skiing"},
    {QT_TRANSLATE_NOOP("ThingLabels", "snowboard"), "snowboards,snowboarding"},
    {QT_TRANSLATE_NOOP("ThingLabels", "sports ball"), "sports balls,ball,balls,football,soccer ball,basketball"},
    {QT_TRANSLATE_NOOP("ThingLabels", "kite"), "kites"},
    {QT_TRANSLATE_NOOP("ThingLabels", "baseball bat"), "baseball bats,bat"},
    {QT_TRANSLATE_NOOP("ThingLabels", "baseball glove"), "baseball gloves,glove,mitt"},
    {QT_TRANSLATE_NOOP("ThingLabels", "skateboard"), "skateboards,skating"},
    {QT_TRANSLATE_NOOP("ThingLabels", "surfboard"), "surfboards,surfing"},
    {QT_TRANSLATE_NOOP("ThingLabels", "tennis racket"), "tennis rackets,racket,rackets,racquet"},
    {QT_TRANSLATE_NOOP("ThingLabels", "bottle"), "bottles"},
    {QT_TRANSLATE_NOOP("ThingLabels", "wine glass"), "wine glasses,glass,glasses"},
    {QT_TRANSLATE_NOOP("ThingLabels", "cup"), "cups,mug,mugs,coffee"},
    {QT_TRANSLATE_NOOP("ThingLabels", "fork"), "forks"},
    {QT_TRANSLATE_NOOP("ThingLabels", "knife"), "knives"},
    {QT_TRANSLATE_NOOP("ThingLabels", "spoon"), "spoons"},
    {QT_TRANSLATE_NOOP("ThingLabels", "bowl"), "bowls"},
    {QT_TRANSLATE_NOOP("ThingLabels", "banana"), "bananas"},
    {QT_TRANSLATE_NOOP("ThingLabels", "apple"), "apples"},
    {QT_TRANSLATE_NOOP("ThingLabels", "sandwich"), "sandwiches"},
    {QT_TRANSLATE_NOOP("ThingLabels", "orange"), "oranges"},
    {QT_TRANSLATE_NOOP("ThingLabels", "broccoli"), ""},
    {QT_TRANSLATE_NOOP("ThingLabels", "carrot"), "carrots"},
    {QT_TRANSLATE_NOOP("ThingLabels", "hot dog"), "hot dogs,hotdog,hotdogs"},
    {QT_TRANSLATE_NOOP("ThingLabels", "pizza"), "pizzas"},
    {QT_TRANSLATE_NOOP("ThingLabels", "donut"), "donuts,doughnut,doughnuts"},
    {QT_TRANSLATE_NOOP("ThingLabels", "cake"), "cakes,birthday cake"},
    {QT_TRANSLATE_NOOP("ThingLabels", "chair"), "chairs"},
    {QT_TRANSLATE_NOOP("ThingLabels", "couch"), "couches,sofa,sofas"},
    {QT_TRANSLATE_NOOP("ThingLabels", "potted plant"), "potted plants,plant,plants,houseplant,houseplants"},
    {QT_TRANSLATE_NOOP("ThingLabels", "bed"), "beds"},
    {QT_TRANSLATE_NOOP("ThingLabels", "dining table"), "dining tables,table,tables"},
    {QT_TRANSLATE_NOOP("ThingLabels", "toilet"), "toilets"},
    {QT_TRANSLATE_NOOP("ThingLabels", "tv"), "tvs,television,televisions,monitor,monitors,screen,screens"},
    {QT_TRANSLATE_NOOP("ThingLabels", "laptop"), "laptops,notebook,notebooks,computer,computers"},
    {QT_TRANSLATE_NOOP("ThingLabels", "mouse"), "mice,computer mouse"},
    {QT_TRANSLATE_NOOP("ThingLabels", "remote"), "remotes,remote control"},
    {QT_TRANSLATE_NOOP("ThingLabels", "keyboard"), "keyboards"},
    {QT_TRANSLATE_NOOP("ThingLabels", "cell phone"),
     "cell phones,phone,phones,mobile phone,mobile,smartphone,smartphones,cellphone"},
    {QT_TRANSLATE_NOOP("ThingLabels", "microwave"), "microwaves"},
    {QT_TRANSLATE_NOOP("ThingLabels", "oven"), "ovens,stove"},
    {QT_TRANSLATE_NOOP("ThingLabels", "toaster"), "toasters"},
    {QT_TRANSLATE_NOOP("ThingLabels", "sink"), "sinks"},
    {QT_TRANSLATE_NOOP("ThingLabels", "refrigerator"), "refrigerators,fridge,fridges"},
    {QT_TRANSLATE_NOOP("ThingLabels", "book"), "books"},
    {QT_TRANSLATE_NOOP("ThingLabels", "clock"), "clocks"},
    {QT_TRANSLATE_NOOP("ThingLabels", "vase"), "vases"},
    {QT_TRANSLATE_NOOP("ThingLabels", "scissors"), ""},
    {QT_TRANSLATE_NOOP("ThingLabels", "teddy bear"), "teddy bears,teddy,teddies,stuffed animal,plush"},
    {QT_TRANSLATE_NOOP("ThingLabels", "hair drier"), "hair driers,hair dryer,hair dryers,hairdryer"},
    {QT_TRANSLATE_NOOP("ThingLabels", "toothbrush"), "toothbrushes"},
};

// Lower case, accents off, inner spaces collapsed: "  Teddy   Bears " → "teddy bears", "Éléphant" → "elephant".
QString normalized(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    return out.simplified();
}

// English word → labels, built once.
const QHash<QString, std::vector<QString>> &englishWords()
{
    static const QHash<QString, std::vector<QString>> words = [] {
        QHash<QString, std::vector<QString>> map;
        auto add = [&map](const QString &word, const QString &label) {
            std::vector<QString> &labels = map[normalized(word)];
            if (std::find(labels.begin(), labels.end(), label) == labels.end())
                labels.push_back(label);
        };
        for (const Entry &e : kEntries) {
            const QString label = QString::fromLatin1(e.label);
            add(label, label);
            for (const QString &w : QString::fromLatin1(e.words).split(QLatin1Char(','), Qt::SkipEmptyParts))
                add(w, label);
        }
        return map;
    }();
    return words;
}
} // namespace

const std::vector<QString> &ThingLabels::all()
{
    static const std::vector<QString> labels = [] {
        std::vector<QString> list;
        for (const Entry &e : kEntries)
            list.push_back(QString::fromLatin1(e.label));
        return list;
    }();
    return labels;
}

bool ThingLabels::isLabel(const QString &label)
{
    const std::vector<QString> &labels = all();
    return std::find(labels.begin(), labels.end(), label) != labels.end();
}

std::vector<QString> ThingLabels::resolve(const QString &word)
{
    const QString key = normalized(word);
    if (key.isEmpty())
        return {};
    if (const auto it = englishWords().constFind(key); it != englishWords().constEnd())
        return *it;
    // The UI language's names (and their plurals by the common -s / -x rule).
    std::vector<QString> labels;
    for (const QString &label : all()) {
        const QString local = normalized(displayName(label));
        if (local == normalized(label))
            continue;
        if (key == local || key == local + QLatin1Char('s') || key == local + QLatin1Char('x'))
            labels.push_back(label);
    }
    return labels;
}

QString ThingLabels::kindOf(const QString &word)
{
    static const struct {
        const char *kind;
        const char *name; // marked for translation
        const char *words;
    } kinds[] = {
        {"screenshot", QT_TRANSLATE_NOOP("ThingLabels", "screenshot"), "screenshots,screen shot,screen shots,screen"},
        {"selfie", QT_TRANSLATE_NOOP("ThingLabels", "selfie"), "selfies,front camera"},
        {"panorama", QT_TRANSLATE_NOOP("ThingLabels", "panorama"), "panoramas,pano,panos,panoramic"},
    };
    const QString key = normalized(word);
    for (const auto &k : kinds) {
        QStringList words = QString::fromLatin1(k.words).split(QLatin1Char(','));
        words << QString::fromLatin1(k.kind) << QCoreApplication::translate("ThingLabels", k.name);
        for (const QString &w : words)
            if (!key.isEmpty() && key == normalized(w))
                return QString::fromLatin1(k.kind);
    }
    return {};
}

QString ThingLabels::displayName(const QString &label)
{
    const QByteArray utf8 = label.toUtf8();
    return QCoreApplication::translate("ThingLabels", utf8.constData());
}

} // namespace tintype
