#include "things/ThingLabels.h"

#include <QHash>

#include <algorithm>

namespace tintype {

namespace {
struct Words {
    const char *source;  // its other English names and plurals, comma-separated
    const char *comment; // "other words for <label>": tells the translations apart
};
struct Entry {
    const char *label; // marked for translation (context ThingLabels)
    Words words;       // marked too: a translation lists the UI language's words ("chiens,chiot,chiots")
};

// In labels.ts order (class 1..80). The plural of the label itself is listed
// with the other words, so irregular ones ("mice", "knives", "chevaux") need no rule.
const Entry kEntries[] = {
    {QT_TRANSLATE_NOOP("ThingLabels", "person"),
     QT_TRANSLATE_NOOP3(
         "ThingLabels",
         "people,persons,man,men,woman,women,child,children,kid,kids,boy,boys,girl,girls,human,humans,baby,babies",
         "other words for person")},
    {QT_TRANSLATE_NOOP("ThingLabels", "bicycle"),
     QT_TRANSLATE_NOOP3("ThingLabels", "bicycles,bike,bikes,cycle,cycles,push bike", "other words for bicycle")},
    {QT_TRANSLATE_NOOP("ThingLabels", "car"),
     QT_TRANSLATE_NOOP3("ThingLabels", "cars,automobile,automobiles,auto,autos,vehicle,vehicles",
                        "other words for car")},
    {QT_TRANSLATE_NOOP("ThingLabels", "motorcycle"),
     QT_TRANSLATE_NOOP3("ThingLabels", "motorcycles,motorbike,motorbikes,scooter,scooters,moped",
                        "other words for motorcycle")},
    {QT_TRANSLATE_NOOP("ThingLabels", "airplane"),
     QT_TRANSLATE_NOOP3("ThingLabels", "airplanes,plane,planes,aeroplane,aeroplanes,aircraft,jet,jets,airliner",
                        "other words for airplane")},
    {QT_TRANSLATE_NOOP("ThingLabels", "bus"),
     QT_TRANSLATE_NOOP3("ThingLabels", "buses,busses,coach,coaches", "other words for bus")},
    {QT_TRANSLATE_NOOP("ThingLabels", "train"),
     QT_TRANSLATE_NOOP3("ThingLabels", "trains,locomotive,locomotives,railway,tram,trams", "other words for train")},
    {QT_TRANSLATE_NOOP("ThingLabels", "truck"),
     QT_TRANSLATE_NOOP3("ThingLabels", "trucks,lorry,lorries,van,vans,pickup", "other words for truck")},
    {QT_TRANSLATE_NOOP("ThingLabels", "boat"),
     QT_TRANSLATE_NOOP3("ThingLabels", "boats,ship,ships,sailboat,sailboats,yacht,yachts,ferry,canoe",
                        "other words for boat")},
    {QT_TRANSLATE_NOOP("ThingLabels", "traffic light"),
     QT_TRANSLATE_NOOP3("ThingLabels", "traffic lights,traffic signal,stoplight", "other words for traffic light")},
    {QT_TRANSLATE_NOOP("ThingLabels", "fire hydrant"),
     QT_TRANSLATE_NOOP3("ThingLabels", "fire hydrants,hydrant,hydrants", "other words for fire hydrant")},
    {QT_TRANSLATE_NOOP("ThingLabels", "stop sign"),
     QT_TRANSLATE_NOOP3("ThingLabels", "stop signs", "other words for stop sign")},
    {QT_TRANSLATE_NOOP("ThingLabels", "parking meter"),
     QT_TRANSLATE_NOOP3("ThingLabels", "parking meters", "other words for parking meter")},
    {QT_TRANSLATE_NOOP("ThingLabels", "bench"), QT_TRANSLATE_NOOP3("ThingLabels", "benches", "other words for bench")},
    {QT_TRANSLATE_NOOP("ThingLabels", "bird"),
     QT_TRANSLATE_NOOP3("ThingLabels", "birds,pigeon,pigeons,seagull,seagulls,duck,ducks,peacock",
                        "other words for bird")},
    {QT_TRANSLATE_NOOP("ThingLabels", "cat"),
     QT_TRANSLATE_NOOP3("ThingLabels", "cats,kitten,kittens,kitty,kitties", "other words for cat")},
    {QT_TRANSLATE_NOOP("ThingLabels", "dog"),
     QT_TRANSLATE_NOOP3("ThingLabels", "dogs,puppy,puppies,pup,pups,doggy,doggie", "other words for dog")},
    {QT_TRANSLATE_NOOP("ThingLabels", "horse"),
     QT_TRANSLATE_NOOP3("ThingLabels", "horses,pony,ponies,foal", "other words for horse")},
    {QT_TRANSLATE_NOOP("ThingLabels", "sheep"),
     QT_TRANSLATE_NOOP3("ThingLabels", "lamb,lambs", "other words for sheep")},
    {QT_TRANSLATE_NOOP("ThingLabels", "cow"),
     QT_TRANSLATE_NOOP3("ThingLabels", "cows,cattle,calf,calves,bull,bulls", "other words for cow")},
    {QT_TRANSLATE_NOOP("ThingLabels", "elephant"),
     QT_TRANSLATE_NOOP3("ThingLabels", "elephants", "other words for elephant")},
    {QT_TRANSLATE_NOOP("ThingLabels", "bear"), QT_TRANSLATE_NOOP3("ThingLabels", "bears", "other words for bear")},
    {QT_TRANSLATE_NOOP("ThingLabels", "zebra"), QT_TRANSLATE_NOOP3("ThingLabels", "zebras", "other words for zebra")},
    {QT_TRANSLATE_NOOP("ThingLabels", "giraffe"),
     QT_TRANSLATE_NOOP3("ThingLabels", "giraffes", "other words for giraffe")},
    {QT_TRANSLATE_NOOP("ThingLabels", "backpack"),
     QT_TRANSLATE_NOOP3("ThingLabels", "backpacks,rucksack,rucksacks", "other words for backpack")},
    {QT_TRANSLATE_NOOP("ThingLabels", "umbrella"),
     QT_TRANSLATE_NOOP3("ThingLabels", "umbrellas,parasol,parasols", "other words for umbrella")},
    {QT_TRANSLATE_NOOP("ThingLabels", "handbag"),
     QT_TRANSLATE_NOOP3("ThingLabels", "handbags,purse,purses,bag,bags", "other words for handbag")},
    {QT_TRANSLATE_NOOP("ThingLabels", "tie"),
     QT_TRANSLATE_NOOP3("ThingLabels", "ties,necktie,neckties", "other words for tie")},
    {QT_TRANSLATE_NOOP("ThingLabels", "suitcase"),
     QT_TRANSLATE_NOOP3("ThingLabels", "suitcases,luggage", "other words for suitcase")},
    {QT_TRANSLATE_NOOP("ThingLabels", "frisbee"),
     QT_TRANSLATE_NOOP3("ThingLabels", "frisbees", "other words for frisbee")},
    {QT_TRANSLATE_NOOP("ThingLabels", "skis"), QT_TRANSLATE_NOOP3("ThingLabels", "ski,skiing", "other words for skis")},
    {QT_TRANSLATE_NOOP("ThingLabels", "snowboard"),
     QT_TRANSLATE_NOOP3("ThingLabels", "snowboards,snowboarding", "other words for snowboard")},
    {QT_TRANSLATE_NOOP("ThingLabels", "sports ball"),
     QT_TRANSLATE_NOOP3("ThingLabels", "sports balls,ball,balls,football,soccer ball,basketball",
                        "other words for sports ball")},
    {QT_TRANSLATE_NOOP("ThingLabels", "kite"), QT_TRANSLATE_NOOP3("ThingLabels", "kites", "other words for kite")},
    {QT_TRANSLATE_NOOP("ThingLabels", "baseball bat"),
     QT_TRANSLATE_NOOP3("ThingLabels", "baseball bats,bat", "other words for baseball bat")},
    {QT_TRANSLATE_NOOP("ThingLabels", "baseball glove"),
     QT_TRANSLATE_NOOP3("ThingLabels", "baseball gloves,glove,mitt", "other words for baseball glove")},
    {QT_TRANSLATE_NOOP("ThingLabels", "skateboard"),
     QT_TRANSLATE_NOOP3("ThingLabels", "skateboards,skating", "other words for skateboard")},
    {QT_TRANSLATE_NOOP("ThingLabels", "surfboard"),
     QT_TRANSLATE_NOOP3("ThingLabels", "surfboards,surfing", "other words for surfboard")},
    {QT_TRANSLATE_NOOP("ThingLabels", "tennis racket"),
     QT_TRANSLATE_NOOP3("ThingLabels", "tennis rackets,racket,rackets,racquet", "other words for tennis racket")},
    {QT_TRANSLATE_NOOP("ThingLabels", "bottle"),
     QT_TRANSLATE_NOOP3("ThingLabels", "bottles", "other words for bottle")},
    {QT_TRANSLATE_NOOP("ThingLabels", "wine glass"),
     QT_TRANSLATE_NOOP3("ThingLabels", "wine glasses,glass,glasses", "other words for wine glass")},
    {QT_TRANSLATE_NOOP("ThingLabels", "cup"),
     QT_TRANSLATE_NOOP3("ThingLabels", "cups,mug,mugs,coffee", "other words for cup")},
    {QT_TRANSLATE_NOOP("ThingLabels", "fork"), QT_TRANSLATE_NOOP3("ThingLabels", "forks", "other words for fork")},
    {QT_TRANSLATE_NOOP("ThingLabels", "knife"), QT_TRANSLATE_NOOP3("ThingLabels", "knives", "other words for knife")},
    {QT_TRANSLATE_NOOP("ThingLabels", "spoon"), QT_TRANSLATE_NOOP3("ThingLabels", "spoons", "other words for spoon")},
    {QT_TRANSLATE_NOOP("ThingLabels", "bowl"), QT_TRANSLATE_NOOP3("ThingLabels", "bowls", "other words for bowl")},
    {QT_TRANSLATE_NOOP("ThingLabels", "banana"),
     QT_TRANSLATE_NOOP3("ThingLabels", "bananas", "other words for banana")},
    {QT_TRANSLATE_NOOP("ThingLabels", "apple"), QT_TRANSLATE_NOOP3("ThingLabels", "apples", "other words for apple")},
    {QT_TRANSLATE_NOOP("ThingLabels", "sandwich"),
     QT_TRANSLATE_NOOP3("ThingLabels", "sandwiches", "other words for sandwich")},
    {QT_TRANSLATE_NOOP("ThingLabels", "orange"),
     QT_TRANSLATE_NOOP3("ThingLabels", "oranges", "other words for orange")},
    {QT_TRANSLATE_NOOP("ThingLabels", "broccoli"),
     QT_TRANSLATE_NOOP3("ThingLabels", "broccolis", "other words for broccoli")},
    {QT_TRANSLATE_NOOP("ThingLabels", "carrot"),
     QT_TRANSLATE_NOOP3("ThingLabels", "carrots", "other words for carrot")},
    {QT_TRANSLATE_NOOP("ThingLabels", "hot dog"),
     QT_TRANSLATE_NOOP3("ThingLabels", "hot dogs,hotdog,hotdogs", "other words for hot dog")},
    {QT_TRANSLATE_NOOP("ThingLabels", "pizza"), QT_TRANSLATE_NOOP3("ThingLabels", "pizzas", "other words for pizza")},
    {QT_TRANSLATE_NOOP("ThingLabels", "donut"),
     QT_TRANSLATE_NOOP3("ThingLabels", "donuts,doughnut,doughnuts", "other words for donut")},
    {QT_TRANSLATE_NOOP("ThingLabels", "cake"),
     QT_TRANSLATE_NOOP3("ThingLabels", "cakes,birthday cake", "other words for cake")},
    {QT_TRANSLATE_NOOP("ThingLabels", "chair"), QT_TRANSLATE_NOOP3("ThingLabels", "chairs", "other words for chair")},
    {QT_TRANSLATE_NOOP("ThingLabels", "couch"),
     QT_TRANSLATE_NOOP3("ThingLabels", "couches,sofa,sofas", "other words for couch")},
    {QT_TRANSLATE_NOOP("ThingLabels", "potted plant"),
     QT_TRANSLATE_NOOP3("ThingLabels", "potted plants,plant,plants,houseplant,houseplants",
                        "other words for potted plant")},
    {QT_TRANSLATE_NOOP("ThingLabels", "bed"), QT_TRANSLATE_NOOP3("ThingLabels", "beds", "other words for bed")},
    {QT_TRANSLATE_NOOP("ThingLabels", "dining table"),
     QT_TRANSLATE_NOOP3("ThingLabels", "dining tables,table,tables", "other words for dining table")},
    {QT_TRANSLATE_NOOP("ThingLabels", "toilet"),
     QT_TRANSLATE_NOOP3("ThingLabels", "toilets", "other words for toilet")},
    {QT_TRANSLATE_NOOP("ThingLabels", "tv"),
     QT_TRANSLATE_NOOP3("ThingLabels", "tvs,television,televisions,monitor,monitors,screen,screens",
                        "other words for tv")},
    {QT_TRANSLATE_NOOP("ThingLabels", "laptop"),
     QT_TRANSLATE_NOOP3("ThingLabels", "laptops,notebook,notebooks,computer,computers", "other words for laptop")},
    {QT_TRANSLATE_NOOP("ThingLabels", "mouse"),
     QT_TRANSLATE_NOOP3("ThingLabels", "mice,computer mouse", "other words for mouse")},
    {QT_TRANSLATE_NOOP("ThingLabels", "remote"),
     QT_TRANSLATE_NOOP3("ThingLabels", "remotes,remote control", "other words for remote")},
    {QT_TRANSLATE_NOOP("ThingLabels", "keyboard"),
     QT_TRANSLATE_NOOP3("ThingLabels", "keyboards", "other words for keyboard")},
    {QT_TRANSLATE_NOOP("ThingLabels", "cell phone"),
     QT_TRANSLATE_NOOP3("ThingLabels", "cell phones,phone,phones,mobile phone,mobile,smartphone,smartphones,cellphone",
                        "other words for cell phone")},
    {QT_TRANSLATE_NOOP("ThingLabels", "microwave"),
     QT_TRANSLATE_NOOP3("ThingLabels", "microwaves", "other words for microwave")},
    {QT_TRANSLATE_NOOP("ThingLabels", "oven"),
     QT_TRANSLATE_NOOP3("ThingLabels", "ovens,stove", "other words for oven")},
    {QT_TRANSLATE_NOOP("ThingLabels", "toaster"),
     QT_TRANSLATE_NOOP3("ThingLabels", "toasters", "other words for toaster")},
    {QT_TRANSLATE_NOOP("ThingLabels", "sink"), QT_TRANSLATE_NOOP3("ThingLabels", "sinks", "other words for sink")},
    {QT_TRANSLATE_NOOP("ThingLabels", "refrigerator"),
     QT_TRANSLATE_NOOP3("ThingLabels", "refrigerators,fridge,fridges", "other words for refrigerator")},
    {QT_TRANSLATE_NOOP("ThingLabels", "book"), QT_TRANSLATE_NOOP3("ThingLabels", "books", "other words for book")},
    {QT_TRANSLATE_NOOP("ThingLabels", "clock"), QT_TRANSLATE_NOOP3("ThingLabels", "clocks", "other words for clock")},
    {QT_TRANSLATE_NOOP("ThingLabels", "vase"), QT_TRANSLATE_NOOP3("ThingLabels", "vases", "other words for vase")},
    {QT_TRANSLATE_NOOP("ThingLabels", "scissors"),
     QT_TRANSLATE_NOOP3("ThingLabels", "pair of scissors", "other words for scissors")},
    {QT_TRANSLATE_NOOP("ThingLabels", "teddy bear"),
     QT_TRANSLATE_NOOP3("ThingLabels", "teddy bears,teddy,teddies,stuffed animal,plush", "other words for teddy bear")},
    {QT_TRANSLATE_NOOP("ThingLabels", "hair drier"),
     QT_TRANSLATE_NOOP3("ThingLabels", "hair driers,hair dryer,hair dryers,hairdryer", "other words for hair drier")},
    {QT_TRANSLATE_NOOP("ThingLabels", "toothbrush"),
     QT_TRANSLATE_NOOP3("ThingLabels", "toothbrushes", "other words for toothbrush")},
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
            for (const QString &w : QString::fromLatin1(e.words.source).split(QLatin1Char(','), Qt::SkipEmptyParts))
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
    // The UI language's names (and their plurals by the common -s / -x rule), and
    // its other words for them (plurals, synonyms) when the translation lists some.
    std::vector<QString> labels;
    for (const Entry &e : kEntries) {
        const QString label = QString::fromLatin1(e.label);
        const QString local = normalized(displayName(label));
        bool named = local != normalized(label) &&
                     (key == local || key == local + QLatin1Char('s') || key == local + QLatin1Char('x'));
        const QString words = QCoreApplication::translate("ThingLabels", e.words.source, e.words.comment);
        if (!named && words != QLatin1String(e.words.source))
            for (const QString &w : words.split(QLatin1Char(','), Qt::SkipEmptyParts))
                named = named || key == normalized(w);
        if (named)
            labels.push_back(label);
    }
    return labels;
}

QString ThingLabels::kindOf(const QString &word)
{
    static const struct {
        const char *kind;
        const char *name; // marked for translation
        Words words;      // marked too, as the labels' words
    } kinds[] = {
        {"screenshot", QT_TRANSLATE_NOOP("ThingLabels", "screenshot"),
         QT_TRANSLATE_NOOP3("ThingLabels", "screenshots,screen shot,screen shots,screen",
                            "other words for screenshot")},
        {"selfie", QT_TRANSLATE_NOOP("ThingLabels", "selfie"),
         QT_TRANSLATE_NOOP3("ThingLabels", "selfies,front camera", "other words for selfie")},
        {"panorama", QT_TRANSLATE_NOOP("ThingLabels", "panorama"),
         QT_TRANSLATE_NOOP3("ThingLabels", "panoramas,pano,panos,panoramic", "other words for panorama")},
    };
    const QString key = normalized(word);
    if (key.isEmpty())
        return {};
    for (const auto &k : kinds) {
        QStringList words = QString::fromLatin1(k.words.source).split(QLatin1Char(','));
        words << QCoreApplication::translate("ThingLabels", k.words.source, k.words.comment).split(QLatin1Char(','));
        words << QString::fromLatin1(k.kind) << QCoreApplication::translate("ThingLabels", k.name);
        for (const QString &w : words)
            if (key == normalized(w))
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
