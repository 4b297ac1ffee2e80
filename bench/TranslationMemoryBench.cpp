// SPDX-License-Identifier: MIT
// capsule-bench-memory: lookups in a 100,000-unit translation memory (target: < 50 ms each),
// plus the time to index it and to save and load it as TMX. Prints figures; not a test.
#include "BenchUtil.h"
#include "translation/TranslationMemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const QStringList kWords = {
    u"le"_s,         u"la"_s,         u"les"_s,       u"un"_s,
    u"une"_s,        u"des"_s,        u"client"_s,    u"cliente"_s,
    u"conseiller"_s, u"appel"_s,      u"réponse"_s,   u"question"_s,
    u"produit"_s,    u"commande"_s,   u"livraison"_s, u"remboursement"_s,
    u"facture"_s,    u"compte"_s,     u"mot"_s,       u"passe"_s,
    u"sécurité"_s,   u"accueil"_s,    u"écoute"_s,    u"besoin"_s,
    u"solution"_s,   u"délai"_s,      u"vérifiez"_s,  u"proposez"_s,
    u"expliquez"_s,  u"reformulez"_s, u"notez"_s,     u"transférez"_s,
    u"toujours"_s,   u"jamais"_s,     u"ensuite"_s,   u"avant"_s,
    u"après"_s,      u"pendant"_s,    u"avec"_s,      u"sans"_s,
    u"pour"_s,       u"dans"_s,       u"sur"_s,       u"de"_s,
    u"du"_s,         u"et"_s,         u"ou"_s,        u"mais"_s,
    u"calme"_s,      u"précise"_s,    u"rapide"_s,    u"claire"_s,
    u"courtoise"_s,  u"urgent"_s,     u"dossier"_s,   u"service"_s,
    u"équipe"_s,     u"manager"_s,    u"procédure"_s, u"étape"_s,
    u"identité"_s,   u"adresse"_s,    u"numéro"_s,    u"contrat"_s,
    u"garantie"_s,   u"retour"_s,
};

QString sentence(QRandomGenerator &random, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << kWords[random.bounded(int(kWords.size()))];
    QString text = out.join(u' ');
    text[0] = text[0].toUpper();
    return text + u'.';
}

/** The sentence with n words replaced. */
QString edited(QRandomGenerator &random, const QString &text, int n)
{
    QStringList words = text.chopped(1).split(u' ');
    for (int i = 0; i < n; ++i)
        words[random.bounded(int(words.size()))] = kWords[random.bounded(int(kWords.size()))];
    return words.join(u' ') + u'.';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr int kUnits = 100000;
    QRandomGenerator random(13);
    std::vector<QString> sources;
    sources.reserve(kUnits);
    Translation::TranslationMemory memory;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kUnits; ++i) {
        sources.push_back(sentence(random, 4 + random.bounded(20)));
        memory.add(u"fr"_s, u"en"_s, sources.back(), u"EN "_s + sources.back(), u"bench"_s);
    }
    const double addMs = double(timer.nsecsElapsed()) / 1e6;
    out << "Translation memory: " << memory.size() << " units (fr → en), 4–23 words each\n";
    out << "  add + index all:             " << qRound(addMs) << " ms\n";

    constexpr int kRuns = 41;
    std::vector<QString> exact, fuzzy, misses, longFuzzy;
    for (int i = 0; i < kRuns; ++i) {
        exact.push_back(sources[size_t(random.bounded(kUnits))]);
        fuzzy.push_back(edited(random, sources[size_t(random.bounded(kUnits))], 1));
        misses.push_back(sentence(random, 12));
        QString longest;
        for (int k = 0; k < 50; ++k) {
            const QString &s = sources[size_t(random.bounded(kUnits))];
            if (s.size() > longest.size())
                longest = s;
        }
        longFuzzy.push_back(edited(random, longest, 2));
    }
    int run = 0;
    int found = 0;
    const auto measure = [&](const char *label, const std::vector<QString> &queries) {
        run = 0;
        found = 0;
        const double ms = Bench::medianMs(kRuns, [&] {
            found += int(memory.lookup(u"fr"_s, u"en"_s, queries[size_t(run++)]).size());
        });
        out << "  lookup, " << label << QString(26 - int(qstrlen(label)), u' ') << ms
            << " ms median (" << found << " matches in " << kRuns << " lookups)\n";
        return ms;
    };
    double worst = 0;
    worst = std::max(worst, measure("exact source:", exact));
    worst = std::max(worst, measure("one word changed:", fuzzy));
    worst = std::max(worst, measure("two words of a long text:", longFuzzy));
    worst = std::max(worst, measure("new text (no match):", misses));
    out << "  slowest median lookup:       " << worst
        << " ms (target < 50 ms: " << (worst < 50 ? "met" : "MISSED") << ")\n";

    QTemporaryDir dir;
    const QString path = dir.filePath(u"memory.tmx"_s);
    timer.restart();
    if (!memory.saveTmx(path)) {
        out << "cannot save " << path << '\n';
        return 1;
    }
    out << "  save as TMX:                 " << qRound(double(timer.nsecsElapsed()) / 1e6)
        << " ms (" << QFileInfo(path).size() / 1024 << " KB)\n";
    timer.restart();
    Translation::TranslationMemory loaded;
    if (!loaded.loadTmx(path)) {
        out << "cannot load " << path << '\n';
        return 1;
    }
    out << "  load TMX + index:            " << qRound(double(timer.nsecsElapsed()) / 1e6)
        << " ms\n";
    out << "  peak memory:                 " << qRound(Bench::peakRssMb()) << " MB\n";
    return 0;
}
