<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>Lancez «&#xa0;%1 --help&#xa0;» pour l’aide.</translation>
    </message>
    <message>
        <source>Create a new project from a template.</source>
        <translation>Crée un projet à partir d’un modèle.</translation>
    </message>
    <message>
        <source>Template: blank or sample (default: blank).</source>
        <translation>Modèle&#xa0;: blank ou sample (par défaut&#xa0;: blank).</translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation>Le fichier de projet à créer.</translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot; (use blank or sample)</source>
        <translation>modèle inconnu «&#xa0;%1&#xa0;» (utilisez blank ou sample)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Title:              %1</source>
        <translation>Titre&#xa0;:               %1</translation>
    </message>
    <message>
        <source>Language:           %1</source>
        <translation>Langue&#xa0;:              %1</translation>
    </message>
    <message>
        <source>Estimated duration: %1 min</source>
        <translation>Durée estimée&#xa0;:       %1 min</translation>
    </message>
    <message>
        <source>Sections:           %1</source>
        <translation>Sections&#xa0;:            %1</translation>
    </message>
    <message>
        <source>Slides:             %1</source>
        <translation>Diapositives&#xa0;:        %1</translation>
    </message>
    <message>
        <source>Questions:          %1</source>
        <translation>Questions&#xa0;:           %1</translation>
    </message>
    <message>
        <source>Media:              %1 files, %2</source>
        <translation>Médias&#xa0;:              %1 fichiers, %2</translation>
    </message>
    <message>
        <source>Validate a project. Exit status 0: valid; 1: problems found.</source>
        <translation>Valide un projet. Code de sortie 0&#xa0;: valide&#x202f;; 1&#xa0;: problèmes trouvés.</translation>
    </message>
    <message>
        <source>%1 is valid (%2 errors, %3 warnings)</source>
        <translation>%1 est valide (erreurs&#xa0;: %2, avertissements&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1 has problems (%2 errors, %3 warnings)</source>
        <translation>%1 a des problèmes (erreurs&#xa0;: %2, avertissements&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Export format (see --list-formats).</source>
        <translation>Format d’export (voir --list-formats).</translation>
    </message>
    <message>
        <source>The package to write.</source>
        <translation>Le paquet à écrire.</translation>
    </message>
    <message>
        <source>export needs --format (see --list-formats)</source>
        <translation>export nécessite --format (voir --list-formats)</translation>
    </message>
    <message>
        <source>export needs -o OUT</source>
        <translation>export nécessite -o SORTIE</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (see --list-formats)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (voir --list-formats)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 exporté vers %2</translation>
    </message>
    <message>
        <source>Cannot recover “%1”: the file cannot be moved to %2.</source>
        <translation>Impossible de récupérer «&#xa0;%1&#xa0;»&#xa0;: le fichier ne peut pas être déplacé vers %2.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Choix multiples</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Vrai ou faux</translation>
    </message>
    <message>
        <source>Fill in the blanks</source>
        <translation>Texte à trous</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Sequencing</source>
        <translation>Remise en ordre</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Likert scale</source>
        <translation>Échelle de Likert</translation>
    </message>
    <message>
        <source>Open text</source>
        <translation>Réponse libre</translation>
    </message>
    <message>
        <source>Content Slide</source>
        <translation>Diapositive de contenu</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question&#xa0;: %1</translation>
    </message>
    <message>
        <source>Video Slide</source>
        <translation>Diapositive vidéo</translation>
    </message>
    <message>
        <source>Result Slide</source>
        <translation>Diapositive de résultat</translation>
    </message>
    <message>
        <source>New slide</source>
        <translation>Nouvelle diapositive</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>Choice 1</source>
        <translation>Choix 1</translation>
    </message>
    <message>
        <source>Choice 2</source>
        <translation>Choix 2</translation>
    </message>
    <message>
        <source>The answer is [[1]].</source>
        <translation>La réponse est [[1]].</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>Item 1</source>
        <translation>Élément 1</translation>
    </message>
    <message>
        <source>Match 1</source>
        <translation>Correspondance 1</translation>
    </message>
    <message>
        <source>Item 2</source>
        <translation>Élément 2</translation>
    </message>
    <message>
        <source>Match 2</source>
        <translation>Correspondance 2</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Deuxième</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Troisième</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Pas du tout d’accord</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Pas d’accord</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Sans opinion</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>D’accord</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Tout à fait d’accord</translation>
    </message>
    <message>
        <source>New video</source>
        <translation>Nouvelle vidéo</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Congratulations, you passed!</source>
        <translation>Félicitations, vous avez réussi&#x202f;!</translation>
    </message>
    <message>
        <source>You did not reach the passing score. Try again.</source>
        <translation>Vous n’avez pas atteint le seuil de réussite. Réessayez.</translation>
    </message>
    <message>
        <source>Add slide</source>
        <translation>Ajouter une diapositive</translation>
    </message>
    <message>
        <source>Section 1</source>
        <translation>Section 1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Import media file</source>
        <translation>Importer un fichier média</translation>
    </message>
    <message>
        <source>Import %1 media files</source>
        <translation>Importer %1 fichiers médias</translation>
    </message>
    <message>
        <source>Remove unused media file</source>
        <translation>Retirer un fichier média inutilisé</translation>
    </message>
    <message>
        <source>Remove %1 unused media files</source>
        <translation>Retirer %1 fichiers médias inutilisés</translation>
    </message>
    <message>
        <source>Duplicate slide</source>
        <translation>Dupliquer la diapositive</translation>
    </message>
    <message>
        <source>Duplicate %1 slides</source>
        <translation>Dupliquer %1 diapositives</translation>
    </message>
    <message>
        <source>Delete slide</source>
        <translation>Supprimer la diapositive</translation>
    </message>
    <message>
        <source>Delete %1 slides</source>
        <translation>Supprimer %1 diapositives</translation>
    </message>
    <message>
        <source>Move slide</source>
        <translation>Déplacer la diapositive</translation>
    </message>
    <message>
        <source>Move %1 slides</source>
        <translation>Déplacer %1 diapositives</translation>
    </message>
    <message>
        <source>Add media to “%1”</source>
        <translation>Ajouter des médias à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add media to slide</source>
        <translation>Ajouter des médias à la diapositive</translation>
    </message>
    <message>
        <source>Preview a project in a browser, beside a strict LMS simulator. The preview follows the file: save it and the page refreshes. Stop with Ctrl+C.</source>
        <translation>Prévisualise un projet dans un navigateur, à côté d’un LMS simulé strict. L’aperçu suit le fichier&#xa0;: enregistrez-le et la page se met à jour. Arrêt avec Ctrl+C.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: any free port).</source>
        <translation>Port sur 127.0.0.1 (par défaut&#xa0;: un port libre).</translation>
    </message>
    <message>
        <source>SCORM version the simulator starts with: 1.2 or 2004.</source>
        <translation>Version SCORM du simulateur au démarrage&#xa0;: 1.2 ou 2004.</translation>
    </message>
    <message>
        <source>Open the preview in the browser.</source>
        <translation>Ouvre l’aperçu dans le navigateur.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port attend un nombre de 0 à 65535</translation>
    </message>
    <message>
        <source>--scorm must be 1.2 or 2004</source>
        <translation>--scorm doit valoir 1.2 ou 2004</translation>
    </message>
    <message>
        <source>warning: the preview keeps the last version: %1</source>
        <translation>avertissement&#xa0;: l’aperçu garde la dernière version&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 rechargé</translation>
    </message>
    <message>
        <source>Previewing %1 at %2
Press Ctrl+C to stop.</source>
        <translation>Aperçu de %1 à l’adresse %2
Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>warning: cannot start a browser; open the address above.</source>
        <translation>avertissement&#xa0;: impossible de lancer un navigateur&#x202f;; ouvrez l’adresse ci-dessus.</translation>
    </message>
    <message>
        <source>Publish a project as a package.

What is checked: the zip structure; course.xml (schema and rules); that every
media file the course uses is present, with the size course.xml gives. Media
bytes are copied as they are and checked against the CRC-32 the project file
records: that catches damage (a bad disk, a broken download), not a change made
on purpose with the CRC-32 recomputed. With --verify, the SHA-256 of every media
file is checked first, as when the editor opens the project (all media bytes
are read once more). On any failure no package is left.</source>
        <translation>Publier un projet sous forme de paquet.

Ce qui est vérifié&#xa0;: la structure du zip&#x202f;; course.xml (schéma et règles)&#x202f;; la
présence de chaque fichier média utilisé par le cours, avec la taille que donne
course.xml. Les octets des médias sont copiés tels quels et vérifiés avec le CRC-32
enregistré dans le fichier de projet&#xa0;: cela détecte un dommage (disque défectueux,
téléchargement corrompu), pas une modification délibérée dont le CRC-32 a été
recalculé. Avec --verify, le SHA-256 de chaque fichier média est vérifié d’abord,
comme à l’ouverture du projet dans l’éditeur (tous les octets des médias sont relus).
En cas d’échec, aucun paquet n’est laissé.</translation>
    </message>
    <message>
        <source>Check the SHA-256 of every media file before exporting (slower; detects altered media, not only damaged ones).</source>
        <translation>Vérifier le SHA-256 de chaque fichier média avant l’export (plus lent&#x202f;; détecte les médias modifiés, pas seulement les médias endommagés).</translation>
    </message>
    <message>
        <source>questions needs import or export</source>
        <translation>questions attend import ou export</translation>
    </message>
    <message>
        <source>gift, aiken or csv (default: from the file&apos;s extension).</source>
        <translation>gift, aiken ou csv (par défaut&#xa0;: d’après l’extension du fichier).</translation>
    </message>
    <message>
        <source>Put every question into this section (created if missing).</source>
        <translation>Place toutes les questions dans cette section (créée si elle n’existe pas).</translation>
    </message>
    <message>
        <source>Only list what would be imported.</source>
        <translation>Affiche seulement ce qui serait importé.</translation>
    </message>
    <message>
        <source>The question file.</source>
        <translation>Le fichier de questions.</translation>
    </message>
    <message>
        <source>The project to import into.</source>
        <translation>Le projet dans lequel importer.</translation>
    </message>
    <message>
        <source>unknown question format &quot;%1&quot; (use gift, aiken or csv)</source>
        <translation>format de questions inconnu «&#xa0;%1&#xa0;» (utilisez gift, aiken ou csv)</translation>
    </message>
    <message>
        <source>cannot tell the format of %1 from its extension: give --format gift, aiken or csv</source>
        <translation>impossible de déduire le format de %1 de son extension&#xa0;: indiquez --format gift, aiken ou csv</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1:%2: “%3”: %4</source>
        <translation>avertissement&#xa0;: %1:%2&#xa0;: «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <source>%1: %2 to import, %3 with errors, %4 warnings</source>
        <translation>%1&#xa0;: %2 à importer, %3 avec erreurs, %4 avertissements</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) with errors; nothing was imported.</source>
        <translation>
            <numerusform>%n question avec erreur&#x202f;; rien n’a été importé.</numerusform>
            <numerusform>%n questions avec erreurs&#x202f;; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no question.</source>
        <translation>%1 ne contient aucune question.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s) into %1</source>
        <translation>
            <numerusform>%n question importée dans %1</numerusform>
            <numerusform>%n questions importées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>gift (the only one).</source>
        <translation>gift (le seul).</translation>
    </message>
    <message>
        <source>The GIFT file to write.</source>
        <translation>Le fichier GIFT à écrire.</translation>
    </message>
    <message>
        <source>questions export needs --format gift</source>
        <translation>questions export nécessite --format gift</translation>
    </message>
    <message>
        <source>questions export needs -o FILE</source>
        <translation>questions export nécessite -o FICHIER</translation>
    </message>
    <message>
        <source>%1 has no section titled “%2”</source>
        <translation>%1 n’a pas de section intitulée «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>no question to export</source>
        <translation>aucune question à exporter</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to %1</source>
        <translation>
            <numerusform>%n question exportée vers %1</numerusform>
            <numerusform>%n questions exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options] %3</source>
        <translation>Utilisation&#xa0;: %1 %2 [options] %3</translation>
    </message>
    <message>
        <source>%1 expects %2</source>
        <translation>%1 attend %2</translation>
    </message>
    <message>
        <source>Usage: %1 questions import [--format gift|aiken|csv] [--bank NAME | --section TITLE] [--dry-run] FILE PROJECT.capsule
       %1 questions export --format gift [--bank NAME | --section TITLE] -o FILE PROJECT.capsule
</source>
        <translation>Usage&#xa0;: %1 questions import [--format gift|aiken|csv] [--bank NOM | --section TITRE] [--dry-run] FICHIER PROJET.capsule
       %1 questions export --format gift [--bank NOM | --section TITRE] -o FICHIER PROJET.capsule
</translation>
    </message>
    <message>
        <source>Import the questions of a GIFT, Aiken or CSV file into a project&apos;s question banks: one bank per category (questions without one go to a bank named after the file), or the --bank given, or as slides of the --section given; saved in one step. Nothing is written when a question has an error.</source>
        <translation>Importe les questions d’un fichier GIFT, Aiken ou CSV dans les banques de questions d’un projet&#xa0;: une banque par catégorie (les questions sans catégorie vont dans une banque nommée d’après le fichier), ou dans la banque donnée par --bank, ou comme diapositives de la section donnée par --section&#x202f;; enregistré en une fois. Rien n’est écrit si une question comporte une erreur.</translation>
    </message>
    <message>
        <source>Put every question into this question bank (created if missing).</source>
        <translation>Mettre toutes les questions dans cette banque de questions (créée si elle n’existe pas).</translation>
    </message>
    <message>
        <source>give --bank or --section, not both</source>
        <translation>donnez --bank ou --section, pas les deux</translation>
    </message>
    <message>
        <source>--bank and --section need a non-empty name</source>
        <translation>--bank et --section attendent un nom non vide</translation>
    </message>
    <message>
        <source>%1 holds nothing that can go into a question bank.</source>
        <translation>%1 ne contient rien qui puisse aller dans une banque de questions.</translation>
    </message>
    <message>
        <source>Export the questions of a project&apos;s question banks (or of one --bank, or of the question slides of one --section) as GIFT. Default: every bank; a project without banks: every section.</source>
        <translation>Exporte au format GIFT les questions des banques d’un projet (ou d’une seule banque avec --bank, ou les diapositives de question d’une section avec --section). Par défaut&#xa0;: toutes les banques&#x202f;; pour un projet sans banque&#xa0;: toutes les sections.</translation>
    </message>
    <message>
        <source>Only this question bank (default: every bank).</source>
        <translation>Seulement cette banque de questions (par défaut&#xa0;: toutes les banques).</translation>
    </message>
    <message>
        <source>The question slides of this section instead.</source>
        <translation>Les diapositives de question de cette section à la place.</translation>
    </message>
    <message>
        <source>%1 has no question bank named “%2”</source>
        <translation>%1 n’a pas de banque de questions nommée «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Bank %1</source>
        <translation>Banque %1</translation>
    </message>
    <message>
        <source>Add question to bank</source>
        <translation>Ajouter une question à la banque</translation>
    </message>
    <message>
        <source>Duplicate question</source>
        <translation>Dupliquer la question</translation>
    </message>
    <message>
        <source>Duplicate %1 questions</source>
        <translation>Dupliquer %1 questions</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Supprimer la question</translation>
    </message>
    <message>
        <source>Delete %1 questions</source>
        <translation>Supprimer %1 questions</translation>
    </message>
    <message>
        <source>Move question to “%1”</source>
        <translation>Déplacer la question vers «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move %1 questions to “%2”</source>
        <translation>Déplacer %1 questions vers «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Choose at least one bank to draw from.</source>
        <translation>Choisissez au moins une banque où tirer les questions.</translation>
    </message>
    <message>
        <source>The draw asks for no question.</source>
        <translation>Le tirage ne demande aucune question.</translation>
    </message>
    <message>
        <source>%1 %3 asked, only %2 available</source>
        <extracomment>%1 asked, %2 available, %3 a difficulty (&quot;easy&quot;)</extracomment>
        <translation>%1 demandées en niveau %3, seulement %2 disponibles</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>facile</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>difficile</translation>
    </message>
    <message>
        <source>Too few questions: %1.</source>
        <translation>Pas assez de questions&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Draws %1 (%2 easy, %3 medium, %4 hard) of %5 matching questions.</source>
        <translation>Tire %1 questions (%2 faciles, %3 moyennes, %4 difficiles) parmi %5 qui correspondent.</translation>
    </message>
    <message>
        <source>The banks hold no matching question: the draw asks for %1.</source>
        <translation>Les banques ne contiennent aucune question qui corresponde&#xa0;: le tirage en demande %1.</translation>
    </message>
    <message>
        <source>The banks hold only one matching question: the draw asks for %1.</source>
        <translation>Les banques ne contiennent qu’une question qui corresponde&#xa0;: le tirage en demande %1.</translation>
    </message>
    <message>
        <source>The banks hold only %1 matching questions: the draw asks for %2.</source>
        <translation>Les banques ne contiennent que %1 questions qui correspondent&#xa0;: le tirage en demande %2.</translation>
    </message>
    <message>
        <source>Draws the only matching question.</source>
        <translation>Tire la seule question qui corresponde.</translation>
    </message>
    <message>
        <source>Draws %1 of %2 matching questions.</source>
        <translation>Tire %1 questions parmi %2 qui correspondent.</translation>
    </message>
    <message>
        <source>Random draw</source>
        <translation>Tirage au sort</translation>
    </message>
    <message>
        <source>Random Questions from Banks</source>
        <translation>Questions tirées au sort dans les banques</translation>
    </message>
    <message>
        <source>Random questions</source>
        <translation>Questions au hasard</translation>
    </message>
    <message>
        <source>Summarise a project: slides by kind, questions by type, question banks, media.</source>
        <translation>Résume un projet&#xa0;: diapositives et questions par type, banques de questions, médias.</translation>
    </message>
    <message>
        <source>Question banks:     %1</source>
        <translation>Banques de questions&#xa0;: %1</translation>
    </message>
    <message>
        <source>The clipboard</source>
        <translation>Le presse-papiers</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is not a slide template.</source>
        <translation>%1 n’est pas un modèle de diapositive.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The template could not be saved to %1: %2</source>
        <translation>Impossible d’enregistrer le modèle dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The template %1 could not be deleted: %2</source>
        <translation>Impossible de supprimer le modèle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Mise en situation</translation>
    </message>
    <message>
        <source>Scenario Slide</source>
        <translation>Diapositive de mise en situation</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouvelle mise en situation</translation>
    </message>
    <message>
        <source>Response 1</source>
        <translation>Réponse 1</translation>
    </message>
    <message>
        <source>Response 2</source>
        <translation>Réponse 2</translation>
    </message>
    <message>
        <source>Drag and drop on an image</source>
        <translation>Glisser-déposer sur une image</translation>
    </message>
    <message>
        <source>Hotspot on an image</source>
        <translation>Zone à cliquer sur une image</translation>
    </message>
    <message>
        <source>Zone 1</source>
        <translation>Zone 1</translation>
    </message>
    <message>
        <source>Zone 2</source>
        <translation>Zone 2</translation>
    </message>
    <message>
        <source>The translation memory (TMX) to use (default: the user&apos;s, %1).</source>
        <translation>La mémoire de traduction (TMX) à utiliser (par défaut&#xa0;: celle de l’utilisateur, %1).</translation>
    </message>
    <message>
        <source>Usage: %1 xliff export --lang CODE [--xliff 1.2|2.0] -o FILE.xlf PROJECT.capsule
       %1 xliff import [--strict] [--dry-run] FILE.xlf PROJECT.capsule
       %1 xliff pseudo --lang CODE [-o COPY.capsule] [--force] PROJECT.capsule
</source>
        <translation>Usage&#xa0;: %1 xliff export --lang CODE [--xliff 1.2|2.0] -o FICHIER.xlf PROJET.capsule
       %1 xliff import [--strict] [--dry-run] FICHIER.xlf PROJET.capsule
       %1 xliff pseudo --lang CODE [-o COPIE.capsule] [--force] PROJET.capsule
</translation>
    </message>
    <message>
        <source>xliff needs export, import or pseudo</source>
        <translation>xliff attend export, import ou pseudo</translation>
    </message>
    <message>
        <source>Export one target language of a project as XLIFF for a translator: one unit per text, with its context, its current translation and state. Untranslated texts the translation memory knows exactly are pre-filled, marked for review.</source>
        <translation>Exporte une langue cible d’un projet en XLIFF pour un traducteur&#xa0;: une unité par texte, avec son contexte, sa traduction actuelle et son état. Les textes non traduits que la mémoire de traduction connaît à l’identique sont pré-remplis, à relire.</translation>
    </message>
    <message>
        <source>The target language (BCP 47).</source>
        <translation>La langue cible (BCP 47).</translation>
    </message>
    <message>
        <source>1.2 (default) or 2.0.</source>
        <translation>1.2 (par défaut) ou 2.0.</translation>
    </message>
    <message>
        <source>The XLIFF file to write.</source>
        <translation>Le fichier XLIFF à écrire.</translation>
    </message>
    <message>
        <source>Do not pre-fill from the memory.</source>
        <translation>Ne rien pré-remplir depuis la mémoire.</translation>
    </message>
    <message>
        <source>xliff export needs --lang CODE</source>
        <translation>xliff export attend --lang CODE</translation>
    </message>
    <message>
        <source>xliff export needs -o FILE.xlf</source>
        <translation>xliff export attend -o FICHIER.xlf</translation>
    </message>
    <message>
        <source>unknown XLIFF version &quot;%1&quot; (use 1.2 or 2.0)</source>
        <translation>version XLIFF «&#xa0;%1&#xa0;» inconnue (utilisez 1.2 ou 2.0)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n text(s) to %1 (XLIFF %2, %3 → %4)</source>
        <translation>
            <numerusform>%n texte exporté dans %1 (XLIFF %2, %3 → %4)</numerusform>
            <numerusform>%n textes exportés dans %1 (XLIFF %2, %3 → %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with their current translation, %2 pre-filled from the translation memory for review</source>
        <translation>%1 avec leur traduction actuelle, %2 pré-remplis depuis la mémoire de traduction, à relire</translation>
    </message>
    <message>
        <source>Import a translated XLIFF file (1.2 or 2.0) into a project, as one undoable change saved in one step. Units that cannot be applied (source changed since the export, unknown id, empty target, broken inline codes, another language) are refused and listed with their line; the others are applied, or nothing with --strict. Approved translations go into the translation memory. Exit status 1 when a unit was refused.</source>
        <translation>Importe un fichier XLIFF traduit (1.2 ou 2.0) dans un projet, en une seule modification annulable enregistrée d’un coup. Les unités inapplicables (source modifiée depuis l’export, identifiant inconnu, cible vide, balises abîmées, autre langue) sont refusées et listées avec leur ligne&#x202f;; les autres sont appliquées, ou rien avec --strict. Les traductions approuvées vont dans la mémoire de traduction. Code de sortie 1 si une unité a été refusée.</translation>
    </message>
    <message>
        <source>Import nothing if any unit is refused.</source>
        <translation>N’importer rien si une unité est refusée.</translation>
    </message>
    <message>
        <source>Only check the file; change nothing.</source>
        <translation>Vérifier le fichier seulement&#x202f;; ne rien modifier.</translation>
    </message>
    <message>
        <source>Do not add approved translations to the memory.</source>
        <translation>Ne pas ajouter les traductions approuvées à la mémoire.</translation>
    </message>
    <message>
        <source>The translated XLIFF file.</source>
        <translation>Le fichier XLIFF traduit.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s): %1 to apply, %2 refused, %3 not translated, %4 unchanged</source>
        <translation>
            <numerusform>%n unité&#xa0;: %1 à appliquer, %2 refusées, %3 non traduites, %4 inchangées</numerusform>
            <numerusform>%n unités&#xa0;: %1 à appliquer, %2 refusées, %3 non traduites, %4 inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) refused; nothing was imported (--strict).</source>
        <translation>
            <numerusform>%n unité refusée&#x202f;; rien n’a été importé (--strict).</numerusform>
            <numerusform>%n unités refusées&#x202f;; rien n’a été importé (--strict).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n approved translation(s) to the translation memory %1</source>
        <translation>
            <numerusform>%n traduction approuvée ajoutée à la mémoire de traduction %1</numerusform>
            <numerusform>%n traductions approuvées ajoutées à la mémoire de traduction %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n translation(s) into %1 (%2)</source>
        <translation>
            <numerusform>%n traduction importée dans %1 (%2)</numerusform>
            <numerusform>%n traductions importées dans %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill a target language with a pseudo-translation (accented letters, 40 % longer, markup kept) to test layouts before paying a translator. The language is added if the project lacks it. Writes the project, or a copy with -o.</source>
        <translation>Remplit une langue cible d’une pseudo-traduction (lettres accentuées, 40&#x202f;% plus longue, mise en forme conservée) pour tester la mise en page avant de payer un traducteur. La langue est ajoutée si le projet ne l’a pas. Écrit le projet, ou une copie avec -o.</translation>
    </message>
    <message>
        <source>Write the result to this project file.</source>
        <translation>Écrire le résultat dans ce fichier projet.</translation>
    </message>
    <message>
        <source>Replace the language&apos;s translations in the project itself.</source>
        <translation>Remplacer les traductions de la langue dans le projet lui-même.</translation>
    </message>
    <message>
        <source>xliff pseudo needs --lang CODE</source>
        <translation>xliff pseudo attend --lang CODE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language tag such as en or en-GB</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une étiquette de langue comme en ou en-GB</translation>
    </message>
    <message>
        <source>%1 is the course&apos;s source language: pseudo-translate into a target language</source>
        <translation>%1 est la langue source du cours&#xa0;: pseudo-traduisez vers une langue cible</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n translation(s) into %2: write to a copy with -o COPY.capsule, or replace them with --force</source>
        <translation>
            <numerusform>%1 a déjà %n traduction en %2&#xa0;: écrivez dans une copie avec -o COPIE.capsule, ou remplacez-la avec --force</numerusform>
            <numerusform>%1 a déjà %n traductions en %2&#xa0;: écrivez dans une copie avec -o COPIE.capsule, ou remplacez-les avec --force</numerusform>
        </translation>
    </message>
    <message>
        <source>Pseudo-translate</source>
        <translation>Pseudo-traduire</translation>
    </message>
    <message numerus="yes">
        <source>Pseudo-translated %n text(s) into %1 in %2</source>
        <translation>
            <numerusform>%n texte pseudo-traduit en %1 dans %2</numerusform>
            <numerusform>%n textes pseudo-traduits en %1 dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: %1 tm import [--memory FILE.tmx] FILE.tmx
       %1 tm export [--memory FILE.tmx] -o FILE.tmx
       %1 tm lookup --from CODE --to CODE [--min SCORE] TEXT
</source>
        <translation>Usage&#xa0;: %1 tm import [--memory FICHIER.tmx] FICHIER.tmx
       %1 tm export [--memory FICHIER.tmx] -o FICHIER.tmx
       %1 tm lookup --from CODE --to CODE [--min SCORE] TEXTE
</translation>
    </message>
    <message>
        <source>tm needs import, export or lookup</source>
        <translation>tm attend import, export ou lookup</translation>
    </message>
    <message>
        <source>Add the translations of a TMX file to the translation memory.</source>
        <translation>Ajoute les traductions d’un fichier TMX à la mémoire de traduction.</translation>
    </message>
    <message>
        <source>Write the translation memory as a TMX 1.4b file.</source>
        <translation>Écrit la mémoire de traduction dans un fichier TMX 1.4b.</translation>
    </message>
    <message>
        <source>Print the memory&apos;s exact and fuzzy matches for a text.</source>
        <translation>Affiche les correspondances exactes et approchantes de la mémoire pour un texte.</translation>
    </message>
    <message>
        <source>The TMX file to write.</source>
        <translation>Le fichier TMX à écrire.</translation>
    </message>
    <message>
        <source>Source language.</source>
        <translation>Langue source.</translation>
    </message>
    <message>
        <source>Target language.</source>
        <translation>Langue cible.</translation>
    </message>
    <message>
        <source>Lowest score (default 75).</source>
        <translation>Score minimal (75 par défaut).</translation>
    </message>
    <message numerus="yes">
        <source>Added %n translation(s) to %1</source>
        <translation>
            <numerusform>%n traduction ajoutée à %1</numerusform>
            <numerusform>%n traductions ajoutées à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The memory holds %n translation(s).</source>
        <translation>
            <numerusform>La mémoire contient %n traduction.</numerusform>
            <numerusform>La mémoire contient %n traductions.</numerusform>
        </translation>
    </message>
    <message>
        <source>tm export needs -o FILE.tmx</source>
        <translation>tm export attend -o FICHIER.tmx</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n translation(s) to %1</source>
        <translation>
            <numerusform>%n traduction exportée dans %1</numerusform>
            <numerusform>%n traductions exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>tm lookup needs --from CODE and --to CODE</source>
        <translation>tm lookup attend --from CODE et --to CODE</translation>
    </message>
    <message>
        <source>--min needs a score from 1 to 100</source>
        <translation>--min attend un score de 1 à 100</translation>
    </message>
    <message>
        <source>Translate into %1: %2</source>
        <extracomment>Undo history: a translation typed in a target language; %1 the language, %2 the field&apos;s role (&quot;Slide title&quot;)</extracomment>
        <translation>Traduire en %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Approve translation into %1: %2</source>
        <extracomment>Undo history; %1 the language, %2 the field&apos;s role (&quot;Slide title&quot;)</extracomment>
        <translation>Approuver la traduction en %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Withdraw approval (%1): %2</source>
        <translation>Retirer l’approbation (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Use the source&apos;s media in %1</source>
        <extracomment>Undo history: another image or video for a target language; %1 the language</extracomment>
        <translation>Reprendre le média de la source en %1</translation>
    </message>
    <message>
        <source>Use other media in %1</source>
        <translation>Utiliser un autre média en %1</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Non traduit</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Traduit</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Not translated yet: learners see the source text.</source>
        <translation>Pas encore traduit&#xa0;: les apprenants voient le texte source.</translation>
    </message>
    <message>
        <source>Translated, waiting for a review: approve it once checked.</source>
        <translation>Traduit, en attente de relecture&#xa0;: approuvez-le une fois vérifié.</translation>
    </message>
    <message>
        <source>The source text changed since this translation was made: check it, edit it or approve it as it is.</source>
        <translation>Le texte source a changé depuis cette traduction&#xa0;: vérifiez-la, modifiez-la ou approuvez-la telle quelle.</translation>
    </message>
    <message>
        <source>Checked and approved.</source>
        <translation>Vérifié et approuvé.</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Titre du module</translation>
    </message>
    <message>
        <source>Course description</source>
        <translation>Description du module</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titre de section</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Titre de diapositive</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Titre d’élément</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>Button label</source>
        <translation>Libellé de bouton</translation>
    </message>
    <message>
        <source>Table cell</source>
        <translation>Cellule de tableau</translation>
    </message>
    <message>
        <source>Caption track label</source>
        <translation>Nom de piste de sous-titres</translation>
    </message>
    <message>
        <source>Text with blanks</source>
        <translation>Texte à trous</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Answer feedback</source>
        <translation>Commentaire de réponse</translation>
    </message>
    <message>
        <source>Feedback when correct</source>
        <translation>Commentaire si juste</translation>
    </message>
    <message>
        <source>Feedback when incorrect</source>
        <translation>Commentaire si faux</translation>
    </message>
    <message>
        <source>Blank label</source>
        <translation>Libellé de trou</translation>
    </message>
    <message>
        <source>Accepted answers</source>
        <translation>Réponses acceptées</translation>
    </message>
    <message>
        <source>Matching item</source>
        <translation>Élément à associer</translation>
    </message>
    <message>
        <source>Matching answer</source>
        <translation>Réponse associée</translation>
    </message>
    <message>
        <source>Sequence step</source>
        <translation>Étape de la séquence</translation>
    </message>
    <message>
        <source>Scale label</source>
        <translation>Libellé d’échelle</translation>
    </message>
    <message>
        <source>Zone label</source>
        <translation>Libellé de zone</translation>
    </message>
    <message>
        <source>Item to drag</source>
        <translation>Élément à glisser</translation>
    </message>
    <message>
        <source>Message when passed</source>
        <translation>Message en cas de réussite</translation>
    </message>
    <message>
        <source>Message when failed</source>
        <translation>Message en cas d’échec</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réplique</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Conséquence</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A text&apos;s role and where it is: &quot;Answer · Quiz › Question 2&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS] FILE.capsule

Create, inspect, check and publish Capsule e-learning projects.

Commands:
  new [--template blank|sample] FILE.capsule   create a project
  info [--json] FILE.capsule                   summarise a project
  check [--json] FILE.capsule                  validate a project (exit 1 on problems)
  export --format ID -o OUT [--lang CODE|all] FILE.capsule
                                               publish a package
  preview [--port N] [--open] FILE.capsule     preview in a browser, with an LMS simulator
  questions import|export ...                  read GIFT, Aiken or CSV questions into a project; write them as GIFT
  xliff export|import|pseudo ...               translate through XLIFF 1.2/2.0; pseudo-translate
  tm import|export|lookup ...                  the translation memory (TMX)
  --list-formats                               list the export formats
  --help, --version

Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.
Exit status: 0 success, 1 failure, 2 usage error.
</source>
        <translation>Utilisation&#xa0;: %1 COMMANDE [OPTIONS] FICHIER.capsule

Créez, examinez, vérifiez et publiez des projets e-learning Capsule.

Commandes&#xa0;:
  new [--template blank|sample] FICHIER.capsule   crée un projet
  info [--json] FICHIER.capsule                   résume un projet
  check [--json] FICHIER.capsule                  valide un projet (code 1 en cas de problème)
  export --format ID -o SORTIE [--lang CODE|all] FICHIER.capsule
                                                  publie un paquet
  preview [--port N] [--open] FICHIER.capsule     prévisualise dans un navigateur, avec un LMS simulé
  questions import|export ...                     lit des questions GIFT, Aiken ou CSV dans un projet&#x202f;; les écrit en GIFT
  xliff export|import|pseudo ...                  traduit par XLIFF 1.2/2.0&#x202f;; pseudo-traduit
  tm import|export|lookup ...                     la mémoire de traduction (TMX)
  --list-formats                                  liste les formats d’export
  --help, --version

Lancez «&#xa0;%1 COMMANDE --help&#xa0;» pour les options d’une commande.
Code de sortie&#xa0;: 0 succès, 1 échec, 2 erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>The package&apos;s language: one of the course&apos;s languages (default: its source language), or all: every language in one package, where the learner starts in the language of the platform or browser and can switch.</source>
        <translation>La langue du paquet&#xa0;: l’une des langues du cours (par défaut, sa langue source), ou all&#xa0;: toutes les langues dans un seul paquet, où l’apprenant commence dans la langue de la plateforme ou du navigateur et peut en changer.</translation>
    </message>
    <message>
        <source>Cannot read the spelling dictionary file %1.</source>
        <translation>Impossible de lire le fichier de dictionnaire orthographique %1.</translation>
    </message>
    <message>
        <source>%1/%2 texts translated, %3 approved</source>
        <translation>%1/%2 textes traduits, %3 approuvés</translation>
    </message>
</context>
<context>
    <name>App::AssetComboBox</name>
    <message>
        <source>Missing file (%1…)</source>
        <translation>Fichier manquant (%1…)</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>Aucune vidéo</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No sound file</source>
        <translation>Aucun fichier son</translation>
    </message>
    <message>
        <source>No captions</source>
        <translation>Aucun sous-titre</translation>
    </message>
</context>
<context>
    <name>App::BankListModel</name>
    <message>
        <source>(unnamed bank)</source>
        <translation>(banque sans nom)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n question(s)</source>
        <translation>
            <numerusform>%1 — %n question</numerusform>
            <numerusform>%1 — %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::BankQuestionModel</name>
    <message>
        <source>No difficulty</source>
        <translation>Sans difficulté</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>✖ Error: %1</source>
        <translation>✖ Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>⚠ Warning: %1</source>
        <translation>⚠ Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>App::BlockItemsEditor</name>
    <message>
        <source>Tab %1</source>
        <translation>Onglet %1</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Carte %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Marker %1</source>
        <translation>Repère %1</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Élément %1</translation>
    </message>
    <message>
        <source>Add Tab</source>
        <translation>Ajouter un onglet</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <source>Add Card</source>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add Marker</source>
        <translation>Ajouter un repère</translation>
    </message>
    <message>
        <source>Add Picture</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <source>Add Entry</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>Monter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>Descendre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Retirer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tab label:</source>
        <translation>Libellé de l’onglet&#xa0;:</translation>
    </message>
    <message>
        <source>Front:</source>
        <translation>Recto&#xa0;:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Légende&#xa0;:</translation>
    </message>
    <message>
        <source>Optional, shown under the picture</source>
        <translation>Facultative, affichée sous l’image</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <source>What the image shows, for learners who cannot see it</source>
        <translation>Ce que montre l’image, pour les apprenants qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <source>Alternative text:</source>
        <translation>Texte de remplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation>Choisir l’image</translation>
    </message>
    <message>
        <source>Edit alternative text</source>
        <translation>Modifier le texte de remplacement</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Marker position from the left</source>
        <translation>Position du repère depuis la gauche</translation>
    </message>
    <message>
        <source>Marker position from the top</source>
        <translation>Position du repère depuis le haut</translation>
    </message>
    <message>
        <source>from the left</source>
        <translation>depuis la gauche</translation>
    </message>
    <message>
        <source>from the top</source>
        <translation>depuis le haut</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position&#xa0;:</translation>
    </message>
    <message>
        <source>Move marker</source>
        <translation>Déplacer le repère</translation>
    </message>
    <message>
        <source>What the back of the card says…</source>
        <translation>Ce que dit le verso de la carte…</translation>
    </message>
    <message>
        <source>What the marker&apos;s popup says…</source>
        <translation>Ce que dit la fenêtre du repère…</translation>
    </message>
    <message>
        <source>Text shown when the learner opens it…</source>
        <translation>Texte affiché quand l’apprenant l’ouvre…</translation>
    </message>
    <message>
        <source>What happens in this step…</source>
        <translation>Ce qui se passe à cette étape…</translation>
    </message>
</context>
<context>
    <name>App::BranchTargetPicker</name>
    <message>
        <source>Go to slide %1</source>
        <translation>Aller à la diapositive %1</translation>
    </message>
    <message>
        <source>Go to slide %1 “%2”</source>
        <translation>Aller à la diapositive %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Go to section %1</source>
        <translation>Aller à la section %1</translation>
    </message>
    <message>
        <source>Go to section “%1”</source>
        <translation>Aller à la section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (only reached by a branch)</source>
        <translation>%1 (accessible uniquement par un embranchement)</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <source>Missing slide or section (%1)</source>
        <translation>Diapositive ou section introuvable (%1)</translation>
    </message>
</context>
<context>
    <name>App::CaptionTracksEditor</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Add Captions…</source>
        <translation>Ajouter des sous-titres…</translation>
    </message>
    <message>
        <source>Remove captions</source>
        <translation>Retirer les sous-titres</translation>
    </message>
    <message>
        <source>Move captions</source>
        <translation>Déplacer les sous-titres</translation>
    </message>
    <message>
        <source>Change captions language</source>
        <translation>Changer la langue des sous-titres</translation>
    </message>
    <message>
        <source>Change captions label</source>
        <translation>Changer le libellé des sous-titres</translation>
    </message>
    <message>
        <source>Missing file</source>
        <translation>Fichier manquant</translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s)</source>
        <translation>
            <numerusform>%n sous-titre</numerusform>
            <numerusform>%n sous-titres</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a WebVTT captions file (.vtt).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier de sous-titres WebVTT (.vtt).</translation>
    </message>
    <message>
        <source>Add Captions</source>
        <translation>Ajouter des sous-titres</translation>
    </message>
    <message>
        <source>WebVTT captions (*.vtt)</source>
        <translation>Sous-titres WebVTT (*.vtt)</translation>
    </message>
</context>
<context>
    <name>App::ContentBlockWidget</name>
    <message>
        <source>Move this block up</source>
        <translation>Monter ce bloc</translation>
    </message>
    <message>
        <source>Move this block down</source>
        <translation>Descendre ce bloc</translation>
    </message>
    <message>
        <source>Remove this block</source>
        <translation>Retirer ce bloc</translation>
    </message>
    <message>
        <source>Heading level: 2 for a section of the slide, 3 and 4 for parts of it</source>
        <translation>Niveau de titre&#xa0;: 2 pour une partie de la diapositive, 3 et 4 pour ses sous-parties</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Titre 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Titre 3</translation>
    </message>
    <message>
        <source>Heading 4</source>
        <translation>Titre 4</translation>
    </message>
    <message>
        <source>Heading text</source>
        <translation>Texte du titre</translation>
    </message>
    <message>
        <source>Edit heading</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Change heading level</source>
        <translation>Changer le niveau de titre</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Astuce</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Style&#xa0;:</translation>
    </message>
    <message>
        <source>Change callout style</source>
        <translation>Changer le style de l’encadré</translation>
    </message>
    <message>
        <source>A short note set apart from the text: a tip, a reminder, a warning…</source>
        <translation>Une courte note mise en valeur à côté du texte&#xa0;: une astuce, un rappel, une mise en garde…</translation>
    </message>
    <message>
        <source>Write the text of the slide…</source>
        <translation>Rédigez le texte de la diapositive…</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add an image file to the media library and use it here</source>
        <translation>Ajouter un fichier image à la médiathèque et l’utiliser ici</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <source>What the image shows, for learners who cannot see it</source>
        <translation>Ce que montre l’image, pour les apprenants qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <source>Alternative text:</source>
        <translation>Texte de remplacement&#xa0;:</translation>
    </message>
    <message>
        <source>⚠ Without alternative text, screen-reader users miss this image.</source>
        <translation>⚠ Sans texte de remplacement, les personnes qui utilisent un lecteur d’écran ne perçoivent pas cette image.</translation>
    </message>
    <message>
        <source>Optional, shown under the image</source>
        <translation>Facultative, affichée sous l’image</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Légende&#xa0;:</translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation>Choisir l’image</translation>
    </message>
    <message>
        <source>Edit alternative text</source>
        <translation>Modifier le texte de remplacement</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Modifier la légende</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Encadré</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Choose an image from the media library or import one.</source>
        <translation>Choisissez une image dans la médiathèque ou importez-en une.</translation>
    </message>
    <message>
        <source>This image is missing from the media library.</source>
        <translation>Cette image est absente de la médiathèque.</translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>Aucun aperçu disponible.</translation>
    </message>
    <message>
        <source>Drag to move this block; Alt+Up and Alt+Down move it too</source>
        <translation>Faites glisser pour déplacer ce bloc&#x202f;; Alt+Haut et Alt+Bas le déplacent aussi</translation>
    </message>
    <message>
        <source>More actions for this block</source>
        <translation>Autres actions sur ce bloc</translation>
    </message>
    <message>
        <source>Block actions</source>
        <translation>Actions du bloc</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Cu&amp;t Block</source>
        <translation>Co&amp;uper le bloc</translation>
    </message>
    <message>
        <source>&amp;Copy Block</source>
        <translation>&amp;Copier le bloc</translation>
    </message>
    <message>
        <source>&amp;Paste Block After</source>
        <translation>Co&amp;ller un bloc après</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Descendr&amp;e</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Full width, edge to edge</source>
        <translation>Pleine largeur, bord à bord</translation>
    </message>
    <message>
        <source>Wide: the width of the text</source>
        <translation>Large&#xa0;: la largeur du texte</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Petite</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Change image size</source>
        <translation>Changer la taille de l’image</translation>
    </message>
    <message>
        <source>Focal point from the left</source>
        <translation>Point focal depuis la gauche</translation>
    </message>
    <message>
        <source>Focal point from the top</source>
        <translation>Point focal depuis le haut</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>from the left</source>
        <translation>depuis la gauche</translation>
    </message>
    <message>
        <source>from the top</source>
        <translation>depuis le haut</translation>
    </message>
    <message>
        <source>Focal point:</source>
        <translation>Point focal&#xa0;:</translation>
    </message>
    <message>
        <source>The part of the image kept in view when it is cropped; click the preview to set it</source>
        <translation>La partie de l’image gardée visible quand elle est recadrée&#x202f;; cliquez sur l’aperçu pour la choisir</translation>
    </message>
    <message>
        <source>Move focal point</source>
        <translation>Déplacer le point focal</translation>
    </message>
    <message>
        <source>Image on the left</source>
        <translation>Image à gauche</translation>
    </message>
    <message>
        <source>Image on the right</source>
        <translation>Image à droite</translation>
    </message>
    <message>
        <source>Half the width</source>
        <translation>La moitié de la largeur</translation>
    </message>
    <message>
        <source>A third of the width</source>
        <translation>Un tiers de la largeur</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Disposition&#xa0;:</translation>
    </message>
    <message>
        <source>Change image side</source>
        <translation>Changer le côté de l’image</translation>
    </message>
    <message>
        <source>Change image width</source>
        <translation>Changer la largeur de l’image</translation>
    </message>
    <message>
        <source>The text beside the image…</source>
        <translation>Le texte à côté de l’image…</translation>
    </message>
    <message>
        <source>The words quoted…</source>
        <translation>Les mots cités…</translation>
    </message>
    <message>
        <source>Edit quote</source>
        <translation>Modifier la citation</translation>
    </message>
    <message>
        <source>Who said it: name, role</source>
        <translation>Qui l’a dit&#xa0;: nom, fonction</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Edit attribution</source>
        <translation>Modifier l’auteur</translation>
    </message>
    <message>
        <source>An optional portrait, shown small beside the attribution</source>
        <translation>Un portrait facultatif, affiché en petit à côté de l’auteur</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Photo&#xa0;:</translation>
    </message>
    <message>
        <source>Choose photo</source>
        <translation>Choisir la photo</translation>
    </message>
    <message>
        <source>87 %, 3 out of 4, 1,200…</source>
        <translation>87&#xa0;%, 3 sur 4, 1&#x202f;200…</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Chiffre&#xa0;:</translation>
    </message>
    <message>
        <source>What the figure counts</source>
        <translation>Ce que compte le chiffre</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Edit figure</source>
        <translation>Modifier le chiffre</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Modifier le libellé</translation>
    </message>
    <message>
        <source>A thin line separating what comes before from what follows.</source>
        <translation>Un trait fin qui sépare ce qui précède de ce qui suit.</translation>
    </message>
    <message>
        <source>Extra vertical space between two blocks.</source>
        <translation>Un espace vertical supplémentaire entre deux blocs.</translation>
    </message>
    <message>
        <source>Transcript: everything said, for learners who cannot hear it…</source>
        <translation>Transcription&#xa0;: tout ce qui est dit, pour les apprenants qui ne peuvent pas l’entendre…</translation>
    </message>
    <message>
        <source>Edit transcript</source>
        <translation>Modifier la transcription</translation>
    </message>
    <message>
        <source>Learners must open every tab before the slide counts as viewed</source>
        <translation>Les apprenants doivent ouvrir chaque onglet pour que la diapositive compte comme vue</translation>
    </message>
    <message>
        <source>Learners must open every section before the slide counts as viewed</source>
        <translation>Les apprenants doivent ouvrir chaque section pour que la diapositive compte comme vue</translation>
    </message>
    <message>
        <source>Learners must turn every card before the slide counts as viewed</source>
        <translation>Les apprenants doivent retourner chaque carte pour que la diapositive compte comme vue</translation>
    </message>
    <message>
        <source>Learners must open every marker before the slide counts as viewed</source>
        <translation>Les apprenants doivent ouvrir chaque repère pour que la diapositive compte comme vue</translation>
    </message>
    <message>
        <source>Require opening every item</source>
        <translation>Exiger l’ouverture de chaque élément</translation>
    </message>
    <message>
        <source>Do not require opening items</source>
        <translation>Ne plus exiger l’ouverture des éléments</translation>
    </message>
    <message>
        <source>What the button says</source>
        <translation>Ce qu’affiche le bouton</translation>
    </message>
    <message>
        <source>Edit button label</source>
        <translation>Modifier le libellé du bouton</translation>
    </message>
    <message>
        <source>Opens a web page in a new tab</source>
        <translation>Ouvre une page web dans un nouvel onglet</translation>
    </message>
    <message>
        <source>Goes to a slide of this course</source>
        <translation>Mène à une diapositive de ce cours</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Adresse web&#xa0;:</translation>
    </message>
    <message>
        <source>Slide:</source>
        <translation>Diapositive&#xa0;:</translation>
    </message>
    <message>
        <source>Change button action</source>
        <translation>Changer l’action du bouton</translation>
    </message>
    <message>
        <source>Edit web address</source>
        <translation>Modifier l’adresse web</translation>
    </message>
    <message>
        <source>Choose the button&apos;s slide</source>
        <translation>Choisir la diapositive du bouton</translation>
    </message>
    <message>
        <source>Choose a slide</source>
        <translation>Choisir une diapositive</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>The first row holds the column headers</source>
        <translation>La première ligne contient les en-têtes de colonnes</translation>
    </message>
    <message>
        <source>Use a header row</source>
        <translation>Utiliser une ligne d’en-tête</translation>
    </message>
    <message>
        <source>Remove header row</source>
        <translation>Retirer la ligne d’en-tête</translation>
    </message>
    <message>
        <source>Edit table cell</source>
        <translation>Modifier une cellule</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add table row</source>
        <translation>Ajouter une ligne au tableau</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Add table column</source>
        <translation>Ajouter une colonne au tableau</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Remove table row</source>
        <translation>Retirer une ligne du tableau</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Retirer la colonne</translation>
    </message>
    <message>
        <source>Remove table column</source>
        <translation>Retirer une colonne du tableau</translation>
    </message>
    <message>
        <source>Add an MP3, Ogg or M4A file to the media library and use it here</source>
        <translation>Ajouter un fichier MP3, Ogg ou M4A à la médiathèque et l’utiliser ici</translation>
    </message>
    <message>
        <source>Add a video file to the media library and use it here</source>
        <translation>Ajouter un fichier vidéo à la médiathèque et l’utiliser ici</translation>
    </message>
    <message>
        <source>Sound file:</source>
        <translation>Fichier son&#xa0;:</translation>
    </message>
    <message>
        <source>Video:</source>
        <translation>Vidéo&#xa0;:</translation>
    </message>
    <message>
        <source>Choose media file</source>
        <translation>Choisir le fichier média</translation>
    </message>
    <message>
        <source>Poster image:</source>
        <translation>Image d’affiche&#xa0;:</translation>
    </message>
    <message>
        <source>Choose poster image</source>
        <translation>Choisir l’image d’affiche</translation>
    </message>
    <message>
        <source>Captions:</source>
        <translation>Sous-titres&#xa0;:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>How much learners must listen to before the slide counts as viewed; 0: optional</source>
        <translation>La part que les apprenants doivent écouter pour que la diapositive compte comme vue&#x202f;; 0&#xa0;: facultatif</translation>
    </message>
    <message>
        <source>How much learners must watch before the slide counts as viewed; 0: optional</source>
        <translation>La part que les apprenants doivent regarder pour que la diapositive compte comme vue&#x202f;; 0&#xa0;: facultatif</translation>
    </message>
    <message>
        <source>Required listening:</source>
        <translation>Écoute exigée&#xa0;:</translation>
    </message>
    <message>
        <source>Required viewing:</source>
        <translation>Visionnage exigé&#xa0;:</translation>
    </message>
    <message>
        <source>Change required share</source>
        <translation>Changer la part exigée</translation>
    </message>
    <message>
        <source>Image and text</source>
        <translation>Image et texte</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Onglets</translation>
    </message>
    <message>
        <source>Accordion</source>
        <translation>Accordéon</translation>
    </message>
    <message>
        <source>Flip cards</source>
        <translation>Cartes à retourner</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Divider</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Spacer</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Bouton</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Labelled graphic</source>
        <translation>Image légendée</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
</context>
<context>
    <name>App::ContentEditor</name>
    <message>
        <source>This slide has no content yet. Add a heading, some text, an image or a callout with the buttons above.</source>
        <translation>Cette diapositive n’a pas encore de contenu. Ajoutez un titre, du texte, une image ou un encadré avec les boutons ci-dessus.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Ajouter&#xa0;:</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Encadré</translation>
    </message>
    <message>
        <source>Add a %1 block at the end of the slide</source>
        <translation>Ajouter un bloc «&#xa0;%1&#xa0;» à la fin de la diapositive</translation>
    </message>
    <message>
        <source>Add %1 block</source>
        <translation>Ajouter un bloc «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move block up</source>
        <translation>Monter le bloc</translation>
    </message>
    <message>
        <source>Move block down</source>
        <translation>Descendre le bloc</translation>
    </message>
    <message>
        <source>Remove %1 block</source>
        <translation>Retirer le bloc «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Block removed. Undo brings it back.</source>
        <translation>Bloc retiré. Annulez pour le rétablir.</translation>
    </message>
    <message>
        <source>Import Image</source>
        <translation>Importer une image</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>“%1” is not an image.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image.</translation>
    </message>
    <message>
        <source>Import image %1</source>
        <translation>Importer l’image %1</translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation>Choisir l’image</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <source>Paste Block</source>
        <translation>Coller le bloc</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Add an interactive, layout or media block</source>
        <translation>Ajouter un bloc interactif, de mise en page ou média</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>Interactif</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Paste the copied block at the end of the slide</source>
        <translation>Coller le bloc copié à la fin de la diapositive</translation>
    </message>
    <message>
        <source>Column 1</source>
        <translation>Colonne 1</translation>
    </message>
    <message>
        <source>Column 2</source>
        <translation>Colonne 2</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>Déplacer le bloc</translation>
    </message>
    <message>
        <source>Duplicate %1 block</source>
        <translation>Dupliquer le bloc «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cut %1 block</source>
        <translation>Couper le bloc «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Sound files (*.mp3 *.ogg *.oga *.opus *.m4a)</source>
        <translation>Fichiers son (*.mp3 *.ogg *.oga *.opus *.m4a)</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.webm)</source>
        <translation>Vidéos (*.mp4 *.m4v *.webm)</translation>
    </message>
    <message>
        <source>Import Sound File</source>
        <translation>Importer un fichier son</translation>
    </message>
    <message>
        <source>Import Video</source>
        <translation>Importer une vidéo</translation>
    </message>
    <message>
        <source>“%1” is not a sound file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier son.</translation>
    </message>
    <message>
        <source>“%1” is not a video.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une vidéo.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Choose media file</source>
        <translation>Choisir le fichier média</translation>
    </message>
    <message>
        <source>Add captions %1</source>
        <translation>Ajouter les sous-titres %1</translation>
    </message>
    <message>
        <source>Add captions</source>
        <translation>Ajouter des sous-titres</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Block copied. Paste it on any content slide, in this course or another one.</source>
        <translation>Bloc copié. Collez-le sur n’importe quelle diapositive de contenu, dans ce cours ou dans un autre.</translation>
    </message>
    <message>
        <source>Block cut. Paste it on any content slide, in this course or another one.</source>
        <translation>Bloc coupé. Collez-le sur n’importe quelle diapositive de contenu, dans ce cours ou dans un autre.</translation>
    </message>
    <message>
        <source>The clipboard holds no content block.</source>
        <translation>Le presse-papiers ne contient aucun bloc de contenu.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Pasted 1 block</source>
        <translation>1 bloc collé</translation>
    </message>
    <message>
        <source>Pasted %1 blocks</source>
        <translation>%1 blocs collés</translation>
    </message>
</context>
<context>
    <name>App::CourseSettingsDialog</name>
    <message>
        <source>Course Settings</source>
        <translation>Paramètres du cours</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Learning path</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <source>LMS &amp;reporting</source>
        <translation>Suivi &amp;LMS</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Shown in the player&apos;s top bar and as the course name in the LMS.</source>
        <translation>Affiché dans la barre supérieure du lecteur et comme nom du cours dans le LMS.</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>customer service, listening, communication</source>
        <translation>service client, écoute, communication</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>Description and keywords (separated by commas) go into the package; some LMSs show them in their catalogue.</source>
        <translation>La description et les mots-clés (séparés par des virgules) sont inclus dans le paquet&#x202f;; certains LMS les affichent dans leur catalogue.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>Estimated &amp;duration:</source>
        <translation>&amp;Durée estimée&#xa0;:</translation>
    </message>
    <message>
        <source>Author, version and duration are for you and your team: learners do not see them.</source>
        <translation>L’auteur, la version et la durée sont pour vous et votre équipe&#xa0;: les apprenants ne les voient pas.</translation>
    </message>
    <message>
        <source>Free: any slide, in any order</source>
        <translation>Libre&#xa0;: n’importe quelle diapositive, dans n’importe quel ordre</translation>
    </message>
    <message>
        <source>Linear: one slide after the other</source>
        <translation>Linéaire&#xa0;: une diapositive après l’autre</translation>
    </message>
    <message>
        <source>&amp;Navigation:</source>
        <translation>&amp;Navigation&#xa0;:</translation>
    </message>
    <message>
        <source>All slides viewed</source>
        <translation>Toutes les diapositives vues</translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation>Quiz réussi</translation>
    </message>
    <message>
        <source>All slides viewed and quiz passed</source>
        <translation>Toutes les diapositives vues et quiz réussi</translation>
    </message>
    <message>
        <source>Videos watched</source>
        <translation>Vidéos regardées</translation>
    </message>
    <message>
        <source>&amp;Completed when:</source>
        <translation>&amp;Terminé quand&#xa0;:</translation>
    </message>
    <message>
        <source>%</source>
        <comment>passing score suffix</comment>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Passing score:</source>
        <translation>&amp;Seuil de réussite&#xa0;:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimitées</translation>
    </message>
    <message>
        <source>Quiz &amp;attempts:</source>
        <translation>Tentatives au &amp;quiz&#xa0;:</translation>
    </message>
    <message>
        <source>Primary Colour</source>
        <translation>Couleur principale</translation>
    </message>
    <message>
        <source>&amp;Primary colour:</source>
        <translation>Couleur p&amp;rincipale&#xa0;:</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <source>A&amp;ccent colour:</source>
        <translation>Couleur d’a&amp;ccent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import Image…</source>
        <translation>&amp;Importer une image…</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>L&amp;ogo&#xa0;:</translation>
    </message>
    <message>
        <source>Passed / Failed</source>
        <translation>Réussi / Échoué</translation>
    </message>
    <message>
        <source>Completed / Incomplete</source>
        <translation>Terminé / Incomplet</translation>
    </message>
    <message>
        <source>SCORM 1.2 &amp;status:</source>
        <translation>&amp;Statut SCORM 1.2&#xa0;:</translation>
    </message>
    <message>
        <source>SCORM 1.2 has a single status, so choose which one your LMS should show. SCORM 2004 packages always report completion and success separately; web packages report to no LMS.</source>
        <translation>SCORM 1.2 n’a qu’un seul statut&#xa0;: choisissez celui que votre LMS doit afficher. Les paquets SCORM 2004 transmettent toujours l’achèvement et la réussite séparément&#x202f;; les paquets web ne transmettent rien à un LMS.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Import Logo</source>
        <translation>Importer un logo</translation>
    </message>
    <message>
        <source>%1 is not an image: choose a PNG, JPEG, GIF, WebP or SVG file.</source>
        <translation>%1 n’est pas une image&#xa0;: choisissez un fichier PNG, JPEG, GIF, WebP ou SVG.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
    <message>
        <source>Edit course settings</source>
        <translation>Modifier les paramètres du cours</translation>
    </message>
    <message>
        <source>Pick a language, or type a BCP 47 language code such as fr or en-GB.</source>
        <translation>Choisissez une langue, ou saisissez un code de langue BCP 47 comme fr ou en-GB.</translation>
    </message>
    <message>
        <source>Let the LMS judge by &amp;score</source>
        <translation>Laisser le LMS juger d’après le &amp;score</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Built-in themes, shown on this course:</source>
        <translation>Thèmes prédé&amp;finis, appliqués à ce cours&#xa0;:</translation>
    </message>
    <message>
        <source>Use the %1 theme</source>
        <translation>Utiliser le thème %1</translation>
    </message>
    <message>
        <source>Customise</source>
        <translation>Personnaliser</translation>
    </message>
    <message>
        <source>Page &amp;background:</source>
        <translation>&amp;Fond de page&#xa0;:</translation>
    </message>
    <message>
        <source>Page Background</source>
        <translation>Fond de page</translation>
    </message>
    <message>
        <source>Cards and pan&amp;els:</source>
        <translation>Cart&amp;es et panneaux&#xa0;:</translation>
    </message>
    <message>
        <source>Cards and Panels</source>
        <translation>Cartes et panneaux</translation>
    </message>
    <message>
        <source>Te&amp;xt colour:</source>
        <translation>Couleur du te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Text Colour</source>
        <translation>Couleur du texte</translation>
    </message>
    <message>
        <source>The primary colour fills the top bar and main buttons; the accent colour marks progress and keyboard focus. Other colours are derived from these five and kept readable.</source>
        <translation>La couleur principale remplit la barre du haut et les boutons principaux&#x202f;; la couleur d’accent signale la progression et le focus clavier. Les autres couleurs sont tirées de ces cinq-là et restent lisibles.</translation>
    </message>
    <message>
        <source>&amp;Headings:</source>
        <translation>&amp;Titres&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;ody text:</source>
        <translation>Te&amp;xte courant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucune</translation>
    </message>
    <message>
        <source>Installed &amp;font:</source>
        <translation>&amp;Police installée&#xa0;:</translation>
    </message>
    <message>
        <source> px</source>
        <translation>&#xa0;px</translation>
    </message>
    <message>
        <source>Corner &amp;radius:</source>
        <translation>A&amp;rrondi des angles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Density:</source>
        <translation>&amp;Densité&#xa0;:</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacte</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Confortable</translation>
    </message>
    <message>
        <source>Spacious</source>
        <translation>Aérée</translation>
    </message>
    <message>
        <source>Top b&amp;ar:</source>
        <translation>B&amp;arre du haut&#xa0;:</translation>
    </message>
    <message>
        <source>Filled with the primary colour</source>
        <translation>Remplie de la couleur principale</translation>
    </message>
    <message>
        <source>Plain, with a coloured rule</source>
        <translation>Sobre, soulignée d’un filet de couleur</translation>
    </message>
    <message>
        <source>Plain, title centred</source>
        <translation>Sobre, titre centré</translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation>Pa&amp;ges&#xa0;:</translation>
    </message>
    <message>
        <source>Cards on a background</source>
        <translation>Cartes sur un fond</translation>
    </message>
    <message>
        <source>Full width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Open with a co&amp;ver page: the course title over an image</source>
        <translation>Ouvrir sur une page de &amp;couverture&#xa0;: le titre du cours sur une image</translation>
    </message>
    <message>
        <source>Cover &amp;image:</source>
        <translation>&amp;Image de couverture&#xa0;:</translation>
    </message>
    <message>
        <source>A title page before each &amp;section</source>
        <translation>Une page de titre avant chaque &amp;section</translation>
    </message>
    <message>
        <source>&amp;Save Theme…</source>
        <translation>&amp;Enregistrer le thème…</translation>
    </message>
    <message>
        <source>I&amp;mport Theme…</source>
        <translation>I&amp;mporter un thème…</translation>
    </message>
    <message>
        <source>Capsule themes (*%1)</source>
        <translation>Thèmes Capsule (*%1)</translation>
    </message>
    <message>
        <source>Save Theme</source>
        <translation>Enregistrer le thème</translation>
    </message>
    <message>
        <source>Import Theme</source>
        <translation>Importer un thème</translation>
    </message>
    <message>
        <source>None: the primary colour</source>
        <translation>Aucune&#xa0;: la couleur principale</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>What you will learn</source>
        <translation>Ce que vous allez apprendre</translation>
    </message>
    <message>
        <source>&lt;p&gt;A first slide shows here once the course has one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La première diapositive du cours s’affichera ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hard to read for some learners (WCAG 2.1 AA):</source>
        <translation>Difficile à lire pour certains apprenants (WCAG 2.1 AA)&#xa0;:</translation>
    </message>
    <message>
        <source>Saved the theme to %1.</source>
        <translation>Thème enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Impossible d’importer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported the theme from %1; OK applies it.</source>
        <translation>Thème importé de %1&#x202f;; OK l’appliquera.</translation>
    </message>
</context>
<context>
    <name>App::DrawEditor</name>
    <message>
        <source>&amp;Any difficulty:</source>
        <translation>&amp;Toutes difficultés&#xa0;:</translation>
    </message>
    <message>
        <source>By &amp;difficulty:</source>
        <translation>Par &amp;difficulté&#xa0;:</translation>
    </message>
    <message>
        <source>Banks to draw from</source>
        <translation>Banques où tirer les questions</translation>
    </message>
    <message>
        <source>The course has no question bank yet. Create one in the Question Banks panel, or import a question file (File ▸ Import Questions).</source>
        <translation>Le cours n’a pas encore de banque de questions. Créez-en une dans le panneau Banques de questions, ou importez un fichier de questions (Fichier ▸ Importer des questions).</translation>
    </message>
    <message>
        <source>questions, picked at random</source>
        <extracomment>After the number of questions to draw: &quot;[5] questions, picked at random&quot;</extracomment>
        <translation>questions, tirées au sort</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>faciles</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyennes</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>difficiles</translation>
    </message>
    <message>
        <source>Random questions</source>
        <translation>Questions tirées au sort</translation>
    </message>
    <message>
        <source>Draw &amp;from:</source>
        <translation>Tirer &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>&amp;Combien&#x202f;?</translation>
    </message>
    <message>
        <source>Only &amp;tagged:</source>
        <translation>&amp;Étiquette requise&#xa0;:</translation>
    </message>
    <message>
        <source>Each learner gets questions drawn at random when the attempt starts, and new ones when they retry; a resumed attempt keeps its questions. No question is drawn twice in one attempt, even by two draw slides.</source>
        <translation>Chaque apprenant reçoit des questions tirées au sort au début de sa tentative, et de nouvelles s’il recommence&#x202f;; une tentative reprise garde ses questions. Aucune question n’est tirée deux fois dans une même tentative, même par deux diapositives de tirage.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>✓ No problems found in this draw.</source>
        <translation>✓ Aucun problème dans ce tirage.</translation>
    </message>
    <message>
        <source>Draw from any difficulty</source>
        <translation>Tirer sans tenir compte de la difficulté</translation>
    </message>
    <message>
        <source>Draw by difficulty</source>
        <translation>Tirer par difficulté</translation>
    </message>
    <message>
        <source>Change number of questions drawn</source>
        <translation>Modifier le nombre de questions tirées</translation>
    </message>
    <message>
        <source>Draw from every tag</source>
        <translation>Tirer quelle que soit l’étiquette</translation>
    </message>
    <message>
        <source>Draw only tagged “%1”</source>
        <translation>Tirer seulement l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Choose banks to draw from</source>
        <translation>Choisir les banques du tirage</translation>
    </message>
    <message>
        <source>%1  (1 question)</source>
        <extracomment>A bank in the draw editor&apos;s list, with its question count</extracomment>
        <translation>%1  (1 question)</translation>
    </message>
    <message>
        <source>%1  (%2 questions)</source>
        <translation>%1  (%2 questions)</translation>
    </message>
    <message>
        <source>(of %1)</source>
        <extracomment>How many questions of a difficulty the chosen banks hold</extracomment>
        <translation>(sur %1)</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>#%1 (no question has it)</source>
        <translation>#%1 (aucune question ne la porte)</translation>
    </message>
</context>
<context>
    <name>App::ExportDialog</name>
    <message>
        <source>Export Course</source>
        <translation>Exporter le cours</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>&amp;Annuler l’export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>course</source>
        <comment>default export file name</comment>
        <translation>cours</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>Exporter sous</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>Choisissez où enregistrer le paquet.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export au format %1 en cours…</translation>
    </message>
    <message>
        <source>Package exported to %1 (%2).</source>
        <translation>Paquet exporté vers %1 (%2).</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 warning: the package works, but learners may miss something.</source>
        <translation>1 avertissement&#xa0;: le paquet fonctionne, mais les apprenants risquent de manquer quelque chose.</translation>
    </message>
    <message>
        <source>%1 warnings: the package works, but learners may miss something.</source>
        <translation>%1 avertissements&#xa0;: le paquet fonctionne, mais les apprenants risquent de manquer quelque chose.</translation>
    </message>
    <message>
        <source>%1, the source language</source>
        <translation>%1, la langue source</translation>
    </message>
    <message>
        <source>All languages in one package</source>
        <translation>Toutes les langues dans un seul paquet</translation>
    </message>
    <message>
        <source>The learner starts in the language of the platform or browser and can switch languages in the course menu.</source>
        <translation>L’apprenant commence dans la langue de la plateforme ou du navigateur et peut changer de langue dans le menu du cours.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>App::FlowDock</name>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Tirage</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation>Mauvaise réponse</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Choix %1</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Bouton</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole flow</source>
        <translation>Afficher tout le parcours</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>No course open</source>
        <translation>Aucun cours ouvert</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Only reached by a branch</source>
        <translation>Accessible uniquement par un embranchement</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>No path leads to this slide.</source>
        <translation>Aucun chemin ne mène à cette diapositive.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>1 slide</source>
        <translation>1 diapositive</translation>
    </message>
    <message>
        <source>%1 slides</source>
        <translation>%1 diapositives</translation>
    </message>
    <message>
        <source>1 branch</source>
        <translation>1 embranchement</translation>
    </message>
    <message>
        <source>%1 branches</source>
        <translation>%1 embranchements</translation>
    </message>
    <message>
        <source>1 slide with problems</source>
        <translation>1 diapositive avec des problèmes</translation>
    </message>
    <message>
        <source>%1 slides with problems</source>
        <translation>%1 diapositives avec des problèmes</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Mise en situation</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Réponse %1</translation>
    </message>
</context>
<context>
    <name>App::FlowView</name>
    <message>
        <source>Course flow</source>
        <translation>Parcours du cours</translation>
    </message>
</context>
<context>
    <name>App::HelpWindow</name>
    <message>
        <source>Capsule User Guide</source>
        <translation>Guide de l’utilisateur de Capsule</translation>
    </message>
    <message>
        <source>The editor</source>
        <translation>L’éditeur</translation>
    </message>
    <message>
        <source>Preview and LMS simulator</source>
        <translation>Aperçu et simulateur de plateforme</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>The learner player</source>
        <translation>Le lecteur de l’apprenant</translation>
    </message>
    <message>
        <source>The project file</source>
        <translation>Le fichier de projet</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>“%1” is not part of the guide built into Capsule; it is in the project&apos;s source code.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie du guide intégré à Capsule&#x202f;; il se trouve dans le code source du projet.</translation>
    </message>
    <message>
        <source>Question banks, import and export</source>
        <translation>Banques de questions, import et export</translation>
    </message>
    <message>
        <source>Translating a course</source>
        <translation>Traduire un module</translation>
    </message>
</context>
<context>
    <name>App::ImportQuestionsDialog</name>
    <message>
        <source>GIFT (Moodle)</source>
        <translation>GIFT (Moodle)</translation>
    </message>
    <message>
        <source>Aiken</source>
        <translation>Aiken</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (tableur)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Content slide</source>
        <translation>Diapositive de contenu</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Choix multiples</translation>
    </message>
    <message>
        <source>True / false</source>
        <translation>Vrai / faux</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>Texte à trous</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Appariement</translation>
    </message>
    <message>
        <source>Sequencing</source>
        <translation>Remise en ordre</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Likert scale</source>
        <translation>Échelle de Likert</translation>
    </message>
    <message>
        <source>Open text</source>
        <translation>Réponse libre</translation>
    </message>
    <message>
        <source>Import Questions</source>
        <translation>Importer des questions</translation>
    </message>
    <message>
        <source>A GIFT, Aiken or CSV file</source>
        <translation>Un fichier GIFT, Aiken ou CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Save CSV &amp;Template…</source>
        <translation>Enregistrer le &amp;modèle CSV…</translation>
    </message>
    <message>
        <source>A spreadsheet with one example of every question type, to fill in and import</source>
        <translation>Un tableur avec un exemple de chaque type de question, à remplir puis importer</translation>
    </message>
    <message>
        <source>New sections, one per category</source>
        <translation>Nouvelles sections, une par catégorie</translation>
    </message>
    <message>
        <source>Section “%1”</source>
        <translation>Section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Dans&#xa0;:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Question files (*.gift *.txt *.aiken *.csv)</source>
        <translation>Fichiers de questions (*.gift *.txt *.aiken *.csv)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Question(s)</source>
        <translation>
            <numerusform>&amp;Importer %n question</numerusform>
            <numerusform>&amp;Importer %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a question file. GIFT and Aiken come from Moodle and most quiz tools; the CSV template opens in Excel or LibreOffice.</source>
        <translation>Choisissez un fichier de questions. GIFT et Aiken viennent de Moodle et de la plupart des outils de quiz&#x202f;; le modèle CSV s’ouvre dans Excel ou LibreOffice.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to import</source>
        <translation>
            <numerusform>%n question à importer</numerusform>
            <numerusform>%n questions à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors (skipped)</source>
        <translation>
            <numerusform>%n avec erreur (ignorée)</numerusform>
            <numerusform>%n avec erreurs (ignorées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save CSV Template</source>
        <translation>Enregistrer le modèle CSV</translation>
    </message>
    <message>
        <source>Export Questions to GIFT</source>
        <translation>Exporter les questions en GIFT</translation>
    </message>
    <message>
        <source>The section “%1” holds no question.</source>
        <translation>La section «&#xa0;%1&#xa0;» ne contient aucune question.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to %1.</source>
        <translation>
            <numerusform>%n question exportée vers %1.</numerusform>
            <numerusform>%n questions exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>GIFT cannot hold everything:</source>
        <translation>GIFT ne peut pas tout contenir&#xa0;:</translation>
    </message>
    <message>
        <source>Question banks, one per category</source>
        <translation>Banques de questions, une par catégorie</translation>
    </message>
    <message>
        <source>Bank “%1”</source>
        <extracomment>Import preview: where a question goes; %1 is the bank&apos;s or section&apos;s name</extracomment>
        <translation>Banque «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Question banks feed the draw slides, which pick questions at random; sections show every question, in order.</source>
        <translation>Les banques alimentent les diapositives de tirage, qui choisissent des questions au hasard&#x202f;; les sections montrent toutes les questions, dans l’ordre.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Skipped: a description is not a question and cannot go into a bank (import it into a section instead)</source>
        <translation>Ignorée&#xa0;: une description n’est pas une question et ne peut pas aller dans une banque (importez-la plutôt dans une section)</translation>
    </message>
    <message>
        <source>The bank “%1” holds no question.</source>
        <translation>La banque «&#xa0;%1&#xa0;» ne contient aucune question.</translation>
    </message>
    <message>
        <source>Drag and drop</source>
        <translation>Glisser-déposer</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>Zone à cliquer</translation>
    </message>
</context>
<context>
    <name>App::IssueListWidget</name>
    <message>
        <source>✖ %1</source>
        <extracomment>Prefix of a validation problem; %1 is the problem&apos;s message</extracomment>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>App::LanguagePickerDialog</name>
    <message>
        <source>Search by name or code: deutsch, German, de…</source>
        <translation>Chercher par nom ou par code&#xa0;: deutsch, allemand, de…</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), already in the course</source>
        <extracomment>A language in the list of the Add Language dialog: native name, English name, code</extracomment>
        <translation>%1 — %2 (%3), déjà dans le module</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>fr, en-GB, pt-BR, zh-Hant…</source>
        <translation>fr, en-GB, pt-BR, zh-Hant…</translation>
    </message>
    <message>
        <source>Any BCP 47 language tag, for a language or variant the list lacks.</source>
        <translation>N’importe quelle étiquette de langue BCP 47, pour une langue ou une variante absente de la liste.</translation>
    </message>
    <message>
        <source>Language &amp;code:</source>
        <translation>&amp;Code de langue&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a language in the list or type its code.</source>
        <translation>Choisissez une langue dans la liste ou tapez son code.</translation>
    </message>
    <message>
        <source>“%1” is not a BCP 47 language tag. Examples: fr, en-GB, pt-BR, zh-Hant.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une étiquette de langue BCP 47. Exemples&#xa0;: fr, en-GB, pt-BR, zh-Hant.</translation>
    </message>
    <message>
        <source>%1 is already in the course.</source>
        <translation>Le module contient déjà la langue %1.</translation>
    </message>
</context>
<context>
    <name>App::LanguageSelector</name>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>&amp;Add Language…</source>
        <translation>&amp;Ajouter une langue…</translation>
    </message>
    <message>
        <source>&amp;Remove Language</source>
        <translation>&amp;Retirer une langue</translation>
    </message>
    <message>
        <source>Change &amp;Source Language…</source>
        <translation>Changer la langue &amp;source…</translation>
    </message>
    <message>
        <source>Translate the course into another language</source>
        <translation>Traduire le module dans une autre langue</translation>
    </message>
    <message>
        <source>Say which language the course is written in (its texts do not change)</source>
        <translation>Indiquer la langue dans laquelle le module est écrit (ses textes ne changent pas)</translation>
    </message>
    <message>
        <source>Language edited</source>
        <translation>Langue de travail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>%1 (source)</source>
        <extracomment>The language selector in the source language: &quot;Français (source)&quot;</extracomment>
        <translation>%1 (source)</translation>
    </message>
    <message>
        <source>You edit the course in its source language, %1. Choose a target language here to translate it.</source>
        <translation>Vous modifiez le module dans sa langue source, %1. Choisissez ici une langue cible pour le traduire.</translation>
    </message>
    <message>
        <source>You translate the course from %1 into %2: %3 of %4 texts done, %5 approved.</source>
        <translation>Vous traduisez le module de %1 vers %2&#xa0;: %3 textes traduits sur %4, dont %5 approuvés.</translation>
    </message>
    <message>
        <source>%1 — %2 %</source>
        <extracomment>A target language in the languages menu with how much of the course is translated</extracomment>
        <translation>%1 — %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1 added: translate each slide here, or all texts in the translation table.</source>
        <translation>%1 ajouté&#xa0;: traduisez chaque diapositive ici, ou tous les textes dans la table de traduction.</translation>
    </message>
    <message>
        <source>Remove Language</source>
        <translation>Retirer une langue</translation>
    </message>
    <message>
        <source>Remove %1 from the course?</source>
        <translation>Retirer la langue %1 du module&#x202f;?</translation>
    </message>
    <message>
        <source>Its translated text goes with it.</source>
        <translation>Son texte traduit sera supprimé avec elle.</translation>
    </message>
    <message>
        <source>Its %1 translated texts go with it.</source>
        <translation>Ses %1 textes traduits seront supprimés avec elle.</translation>
    </message>
    <message>
        <source>Edit › Undo brings them back.</source>
        <translation>Édition › Annuler les rétablit.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 removed from the course.</source>
        <translation>Langue %1 retirée du module.</translation>
    </message>
    <message>
        <source>Add Language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <source>Which language do you want to translate the course into?</source>
        <translation>Dans quelle langue voulez-vous traduire le module&#x202f;?</translation>
    </message>
    <message>
        <source>Change Source Language</source>
        <translation>Changer la langue source</translation>
    </message>
    <message>
        <source>Which language is the course written in? Its texts stay as they are; only the language they are declared in changes. Target languages cannot be chosen.</source>
        <translation>Dans quelle langue le module est-il écrit&#x202f;? Ses textes restent tels quels&#x202f;; seule la langue déclarée change. Les langues cibles ne peuvent pas être choisies.</translation>
    </message>
</context>
<context>
    <name>App::LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>https://example.com/page or mailto:name@example.com</source>
        <translation>https://example.com/page ou mailto:nom@example.com</translation>
    </message>
    <message>
        <source>Address of the link (http, https or mailto):</source>
        <translation>Adresse du lien (http, https ou mailto)&#xa0;:</translation>
    </message>
    <message>
        <source>Clear the address to remove the link.</source>
        <translation>Effacez l’adresse pour retirer le lien.</translation>
    </message>
    <message>
        <source>Only web addresses (http://, https://) and e-mail links (mailto:) can be used.</source>
        <translation>Seules les adresses web (http://, https://) et les liens de courriel (mailto:) sont acceptés.</translation>
    </message>
</context>
<context>
    <name>App::ListTableEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>App::LivePreviewDock</name>
    <message>
        <source>Live Preview</source>
        <translation>Aperçu en direct</translation>
    </message>
    <message>
        <source>Click to Edit</source>
        <translation>Cliquer pour modifier</translation>
    </message>
    <message>
        <source>Live preview tools</source>
        <translation>Outils de l’aperçu en direct</translation>
    </message>
    <message>
        <source>Phone Width</source>
        <translation>Largeur téléphone</translation>
    </message>
    <message>
        <source>Tablet Width</source>
        <translation>Largeur tablette</translation>
    </message>
    <message>
        <source>Desktop Width</source>
        <translation>Largeur ordinateur</translation>
    </message>
    <message>
        <source>Show the slide as on a phone (360 px wide)</source>
        <translation>Afficher la diapositive comme sur un téléphone (360&#xa0;px de large)</translation>
    </message>
    <message>
        <source>Show the slide as on a tablet (768 px wide)</source>
        <translation>Afficher la diapositive comme sur une tablette (768&#xa0;px de large)</translation>
    </message>
    <message>
        <source>Show the slide as on a computer: the whole dock</source>
        <translation>Afficher la diapositive comme sur un ordinateur&#xa0;: tout le panneau</translation>
    </message>
    <message>
        <source>Click on the slide to edit what you clicked; off, the slide works as for a learner (Alt+click still edits)</source>
        <translation>Cliquer sur la diapositive pour modifier l’élément cliqué&#x202f;; désactivé, la diapositive réagit comme pour un apprenant (Alt+clic modifie toujours)</translation>
    </message>
    <message>
        <source>Starting the preview…</source>
        <translation>Démarrage de l’aperçu…</translation>
    </message>
    <message>
        <source>This build of Capsule shows the preview in your web browser: use Course › Preview in Browser.</source>
        <translation>Cette version de Capsule affiche l’aperçu dans votre navigateur web&#xa0;: utilisez Cours › Prévisualiser dans le navigateur.</translation>
    </message>
    <message>
        <source>Preview in Browser</source>
        <translation>Prévisualiser dans le navigateur</translation>
    </message>
    <message>
        <source>Live preview of the slide</source>
        <translation>Aperçu en direct de la diapositive</translation>
    </message>
</context>
<context>
    <name>App::MainWindow</name>
    <message>
        <source>Capsule projects (*.capsule)</source>
        <translation>Projets Capsule (*.capsule)</translation>
    </message>
    <message>
        <source>Autosaved at %1</source>
        <translation>Enregistré automatiquement à %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>L’enregistrement automatique a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;état à l’ouverture&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new, empty course</source>
        <translation>Commencer un nouveau cours vide</translation>
    </message>
    <message>
        <source>New from &amp;Sample Course</source>
        <translation>Nouveau à partir du cours d’exe&amp;mple</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Publish the course as a SCORM or web package</source>
        <translation>Publier le cours sous forme de paquet SCORM ou web</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find Slide…</source>
        <translation>Re&amp;chercher une diapositive…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Slide</source>
        <translation>&amp;Diapositive</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Cours</translation>
    </message>
    <message>
        <source>Course &amp;Settings…</source>
        <translation>&amp;Paramètres du cours…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Title, navigation, completion, scoring and theme</source>
        <translation>Titre, navigation, achèvement, notation et thème</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Capsule</source>
        <translation>À &amp;propos de Capsule</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>an untitled course</source>
        <translation>un cours sans titre</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré&#x202f;?</translation>
    </message>
    <message>
        <source>Capsule did not close properly. Changes to %1 were autosaved on %2.</source>
        <translation>Capsule ne s’est pas fermé correctement. Les modifications de %1 ont été enregistrées automatiquement le %2.</translation>
    </message>
    <message>
        <source>Recover them, or discard them for good?</source>
        <translation>Voulez-vous les récupérer, ou les abandonner définitivement&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>Recovered unsaved work — save it to keep it</source>
        <translation>Travail non enregistré récupéré — enregistrez-le pour le conserver</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The course has unsaved changes. Save them?</source>
        <translation>Le cours contient des modifications non enregistrées. Voulez-vous les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1[*] — Capsule</source>
        <translation>%1[*] — Capsule</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Capsule</source>
        <translation>%1[*] — %2 — Capsule</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>About Capsule</source>
        <translation>À propos de Capsule</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Capsule&lt;/h3&gt;&lt;p&gt;Short e-learning modules — slides, quizzes and videos — published as SCORM 1.2, SCORM 2004 or web packages.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Capsule&lt;/h3&gt;&lt;p&gt;Des modules e-learning courts — diapositives, quiz et vidéos — publiés en paquets SCORM 1.2, SCORM 2004 ou web.&lt;/p&gt;&lt;p&gt;Licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Slides: %1 · Sections: %2</source>
        <translation>Diapositives&#xa0;: %1 · Sections&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Preview Course</source>
        <translation>Pré&amp;visualiser le cours</translation>
    </message>
    <message>
        <source>See the course as a learner will, beside a simulated LMS that shows what it receives</source>
        <translation>Voir le cours tel qu’un apprenant le verra, à côté d’un LMS simulé qui montre ce qu’il reçoit</translation>
    </message>
    <message>
        <source>Preview from &amp;This Slide</source>
        <translation>Prévisualiser depuis &amp;cette diapositive</translation>
    </message>
    <message>
        <source>Preview in &amp;Browser</source>
        <translation>Prévisualiser dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>Open the preview in your web browser, served from this computer only</source>
        <translation>Ouvrir l’aperçu dans votre navigateur web, servi depuis cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Short toolbar label of Course Settings</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>Short toolbar label of Preview Course</extracomment>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t Save</source>
        <translation>Ne &amp;pas enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>Short toolbar label of Export (publishing a package), the same verb as the menu&apos;s</extracomment>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Capsule &amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur de Capsule</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <source>Import &amp;Questions…</source>
        <translation>Importer des &amp;questions…</translation>
    </message>
    <message>
        <source>Export Questions to &amp;GIFT…</source>
        <translation>Exporter les questions en &amp;GIFT…</translation>
    </message>
    <message>
        <source> · Banks: %1 · Bank questions: %2</source>
        <extracomment>Status bar, after the slide and section counts</extracomment>
        <translation> · Banques&#xa0;: %1 · Questions en banque&#xa0;: %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Every text of the course beside its translation</source>
        <translation>Chaque texte du module à côté de sa traduction</translation>
    </message>
    <message>
        <source>Check &amp;Spelling…</source>
        <translation>Vérifier l’&amp;orthographe…</translation>
    </message>
    <message>
        <source>List the misspelled words of the whole course, every language</source>
        <translation>Lister les mots mal orthographiés de tout le cours, dans toutes ses langues</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
</context>
<context>
    <name>App::MediaLibraryDock</name>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>&amp;Import Media…</source>
        <translation>&amp;Importer des médias…</translation>
    </message>
    <message>
        <source>Remove &amp;Unused Media</source>
        <translation>Retirer les médias inu&amp;tilisés</translation>
    </message>
    <message>
        <source>Add images, videos, captions or audio to the course</source>
        <translation>Ajouter au cours des images, des vidéos, des sous-titres ou du son</translation>
    </message>
    <message>
        <source>Remove every media file no slide uses</source>
        <translation>Retirer tous les fichiers médias qu’aucune diapositive n’utilise</translation>
    </message>
    <message>
        <source>Media library</source>
        <translation>Médiathèque</translation>
    </message>
    <message>
        <source>Slides using the selected file</source>
        <translation>Diapositives qui utilisent le fichier sélectionné</translation>
    </message>
    <message>
        <source>Double-click a slide to select it in the outline</source>
        <translation>Double-cliquez sur une diapositive pour la sélectionner dans le plan</translation>
    </message>
    <message>
        <source>Select a file to see where it is used.</source>
        <translation>Sélectionnez un fichier pour voir où il est utilisé.</translation>
    </message>
    <message>
        <source>“%1” is the course logo.</source>
        <translation>«&#xa0;%1&#xa0;» est le logo du cours.</translation>
    </message>
    <message>
        <source>No slide uses “%1”.</source>
        <translation>Aucune diapositive n’utilise «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is used in:</source>
        <translation>«&#xa0;%1&#xa0;» est utilisé dans&#xa0;:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Media files (%1)</source>
        <translation>Fichiers médias (%1)</translation>
    </message>
    <message>
        <source>Import Media</source>
        <translation>Importer des médias</translation>
    </message>
    <message>
        <source>The document was closed during the import.</source>
        <translation>Le document a été fermé pendant l’import.</translation>
    </message>
    <message>
        <source>Cannot import media</source>
        <translation>Impossible d’importer les médias</translation>
    </message>
    <message>
        <source>Every media file is in use</source>
        <translation>Tous les fichiers médias sont utilisés</translation>
    </message>
    <message>
        <source>Importing 1 file…</source>
        <translation>Import d’un fichier…</translation>
    </message>
    <message>
        <source>Importing %1 files…</source>
        <translation>Import de %1 fichiers…</translation>
    </message>
    <message>
        <source>Imported 1 media file</source>
        <translation>1 fichier média importé</translation>
    </message>
    <message>
        <source>Imported %1 media files</source>
        <translation>%1 fichiers médias importés</translation>
    </message>
    <message>
        <source>A file could not be imported.</source>
        <translation>Un fichier n’a pas pu être importé.</translation>
    </message>
    <message>
        <source>%1 files could not be imported.</source>
        <translation>%1 fichiers n’ont pas pu être importés.</translation>
    </message>
    <message>
        <source>Removed 1 unused media file</source>
        <translation>1 fichier média inutilisé retiré</translation>
    </message>
    <message>
        <source>Removed %1 unused media files</source>
        <translation>%1 fichiers médias inutilisés retirés</translation>
    </message>
</context>
<context>
    <name>App::MediaLibraryModel</name>
    <message>
        <source>%1 image</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>%1 video</source>
        <translation>Vidéo %1</translation>
    </message>
    <message>
        <source>WebVTT captions</source>
        <translation>Sous-titres WebVTT</translation>
    </message>
    <message>
        <source>%1 audio</source>
        <translation>Audio %1</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>
%1 × %2 pixels</source>
        <translation>
%1 × %2 pixels</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>inutilisé</translation>
    </message>
    <message>
        <source>No slide uses this file.</source>
        <translation>Aucune diapositive n’utilise ce fichier.</translation>
    </message>
    <message>
        <source>Used in:
%1</source>
        <translation>Utilisé dans&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>
Duration %1</source>
        <translation>
Durée %1</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>The course logo.</source>
        <translation>Le logo du cours.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 autres</translation>
    </message>
</context>
<context>
    <name>App::OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Filter slides by title</source>
        <translation>Filtrer les diapositives par titre</translation>
    </message>
    <message>
        <source>Filter slides</source>
        <translation>Filtrer les diapositives</translation>
    </message>
    <message>
        <source>Course outline</source>
        <translation>Plan du cours</translation>
    </message>
    <message>
        <source>Add &amp;Slide</source>
        <translation>Ajouter une &amp;diapositive</translation>
    </message>
    <message>
        <source>&amp;New Slide</source>
        <translation>&amp;Nouvelle diapositive</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Add a content slide after the current one (%1)</source>
        <translation>Ajouter une diapositive de contenu après la diapositive actuelle (%1)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Duplicate the selected slides</source>
        <translation>Dupliquer les diapositives sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected slides or sections</source>
        <translation>Supprimer les diapositives ou sections sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up</source>
        <translation>Ctrl+Shift+Up</translation>
    </message>
    <message>
        <source>Move the selected slides up</source>
        <translation>Monter les diapositives sélectionnées</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Descendr&amp;e</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down</source>
        <translation>Ctrl+Shift+Down</translation>
    </message>
    <message>
        <source>Move the selected slides down</source>
        <translation>Descendre les diapositives sélectionnées</translation>
    </message>
    <message>
        <source>Move to &amp;Section</source>
        <translation>Déplacer &amp;vers la section</translation>
    </message>
    <message>
        <source>Add Se&amp;ction</source>
        <translation>Ajouter une se&amp;ction</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Move Section Up</source>
        <translation>Monter la section</translation>
    </message>
    <message>
        <source>Move Section Down</source>
        <translation>Descendre la section</translation>
    </message>
    <message>
        <source>Added “%1”</source>
        <translation>«&#xa0;%1&#xa0;» ajoutée</translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <source>Duplicated 1 slide</source>
        <translation>1 diapositive dupliquée</translation>
    </message>
    <message>
        <source>Duplicated %1 slides</source>
        <translation>%1 diapositives dupliquées</translation>
    </message>
    <message>
        <source>Delete slide</source>
        <translation>Supprimer la diapositive</translation>
    </message>
    <message>
        <source>Delete %1 slides</source>
        <translation>Supprimer %1 diapositives</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>Delete %1 sections</source>
        <translation>Supprimer %1 sections</translation>
    </message>
    <message>
        <source>Deleted 1 slide</source>
        <translation>1 diapositive supprimée</translation>
    </message>
    <message>
        <source>Deleted %1 slides</source>
        <translation>%1 diapositives supprimées</translation>
    </message>
    <message>
        <source>Deleted 1 section</source>
        <translation>1 section supprimée</translation>
    </message>
    <message>
        <source>Deleted %1 sections</source>
        <translation>%1 sections supprimées</translation>
    </message>
    <message>
        <source>Moved 1 slide</source>
        <translation>1 diapositive déplacée</translation>
    </message>
    <message>
        <source>Moved %1 slides</source>
        <translation>%1 diapositives déplacées</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Certains fichiers n’ont pas été importés</translation>
    </message>
    <message>
        <source>Cu&amp;t Slides</source>
        <translation>Co&amp;uper les diapositives</translation>
    </message>
    <message>
        <source>&amp;Copy Slides</source>
        <translation>&amp;Copier les diapositives</translation>
    </message>
    <message>
        <source>&amp;Paste Slides</source>
        <translation>Co&amp;ller des diapositives</translation>
    </message>
    <message>
        <source>Save Slide as &amp;Template…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <source>Save the selected slides as a template of your own, to reuse in any course</source>
        <translation>Enregistrer les diapositives sélectionnées comme modèle personnel, réutilisable dans tous vos cours</translation>
    </message>
    <message>
        <source>New Slide from Te&amp;mplate…</source>
        <translation>Nouvelle diapositive à partir d’un modè&amp;le…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+M</source>
        <translation>Ctrl+Alt+M</translation>
    </message>
    <message>
        <source>Insert a ready-made slide after the current one</source>
        <translation>Insérer une diapositive toute prête après la diapositive courante</translation>
    </message>
    <message>
        <source>Cu&amp;t Sections</source>
        <translation>Co&amp;uper les sections</translation>
    </message>
    <message>
        <source>&amp;Copy Sections</source>
        <translation>&amp;Copier les sections</translation>
    </message>
    <message>
        <source>&amp;Paste Sections</source>
        <translation>Co&amp;ller des sections</translation>
    </message>
    <message>
        <source>&amp;Paste Blocks</source>
        <translation>Co&amp;ller des blocs</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Cut 1 slide</source>
        <translation>1 diapositive coupée</translation>
    </message>
    <message>
        <source>Cut %1 slides</source>
        <translation>%1 diapositives coupées</translation>
    </message>
    <message>
        <source>Cut 1 section</source>
        <translation>1 section coupée</translation>
    </message>
    <message>
        <source>Cut %1 sections</source>
        <translation>%1 sections coupées</translation>
    </message>
    <message>
        <source>Copied 1 slide</source>
        <translation>1 diapositive copiée</translation>
    </message>
    <message>
        <source>Copied %1 slides</source>
        <translation>%1 diapositives copiées</translation>
    </message>
    <message>
        <source>Copied 1 section</source>
        <translation>1 section copiée</translation>
    </message>
    <message>
        <source>Copied %1 sections</source>
        <translation>%1 sections copiées</translation>
    </message>
    <message>
        <source>The clipboard holds no slides, sections or blocks.</source>
        <translation>Le presse-papiers ne contient ni diapositive, ni section, ni bloc.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>The clipboard holds content blocks: select a content slide to paste them.</source>
        <translation>Le presse-papiers contient des blocs de contenu&#xa0;: sélectionnez une diapositive de contenu pour les coller.</translation>
    </message>
    <message>
        <source>Pasted 1 block</source>
        <translation>1 bloc collé</translation>
    </message>
    <message>
        <source>Pasted %1 blocks</source>
        <translation>%1 blocs collés</translation>
    </message>
    <message>
        <source>Pasted 1 section</source>
        <translation>1 section collée</translation>
    </message>
    <message>
        <source>Pasted %1 sections</source>
        <translation>%1 sections collées</translation>
    </message>
    <message>
        <source>Pasted 1 slide</source>
        <translation>1 diapositive collée</translation>
    </message>
    <message>
        <source>Pasted %1 slides</source>
        <translation>%1 diapositives collées</translation>
    </message>
    <message>
        <source>Save Slide as Template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Saved the template “%1”. Insert it with Slide ▸ New Slide from Template…</source>
        <translation>Modèle «&#xa0;%1&#xa0;» enregistré. Insérez-le avec Diapositive ▸ Nouvelle diapositive à partir d’un modèle…</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Section &amp;Properties…</source>
        <translation>&amp;Propriétés de la section…</translation>
    </message>
    <message>
        <source>Play the section as a game, with its rules</source>
        <translation>Jouer la section en mode jeu, avec ses règles</translation>
    </message>
    <message>
        <source>Only Reached by a &amp;Branch</source>
        <translation>Accessible uniquement par un &amp;embranchement</translation>
    </message>
    <message>
        <source>Learners reach this section only when an answer or a result sends them there (remediation); “Next” skips it and its last slide takes them back where they branched.</source>
        <translation>Les apprenants n’arrivent dans cette section que lorsqu’une réponse ou un résultat les y envoie (remédiation)&#x202f;; «&#xa0;Suivant&#xa0;» la saute et sa dernière diapositive les ramène là où ils l’ont quittée.</translation>
    </message>
</context>
<context>
    <name>App::OutlineModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 — 1 slide</source>
        <translation>%1 — 1 diapositive</translation>
    </message>
    <message>
        <source>%1 — %2 slides</source>
        <translation>%1 — %2 diapositives</translation>
    </message>
    <message>
        <source>✖ Error: %1</source>
        <extracomment>Outline tooltip line of a problem; %1 is its message</extracomment>
        <translation>✖ Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>⚠ Warning: %1</source>
        <translation>⚠ Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · 1 question</source>
        <extracomment>Outline subtitle of a draw slide: &quot;Random draw · 5 questions&quot;</extracomment>
        <translation>%1 · 1 question</translation>
    </message>
    <message>
        <source>%1 · %2 questions</source>
        <translation>%1 · %2 questions</translation>
    </message>
    <message>
        <source>%1: %2 of %3 texts translated</source>
        <extracomment>Outline tooltip line in a target language: &quot;English: 7 of 9 texts translated&quot;</extracomment>
        <translation>%1&#xa0;: %2 textes traduits sur %3</translation>
    </message>
    <message>
        <source>, %1 outdated</source>
        <extracomment>Outline tooltip, after the translated count</extracomment>
        <translation>, %1 obsolètes</translation>
    </message>
</context>
<context>
    <name>App::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Capsule.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Capsule.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <source>Check &amp;spelling while typing</source>
        <translation>Vérifier l’&amp;orthographe pendant la saisie</translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translation>Orthographe&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No dictionary is installed. On Debian or Ubuntu, install hunspell-fr, hunspell-en-us or another hunspell-* package.</source>
        <translation>Aucun dictionnaire n’est installé. Sous Debian ou Ubuntu, installez hunspell-fr, hunspell-en-us ou un autre paquet hunspell-*.</translation>
    </message>
    <message>
        <source>Dictionaries: %1</source>
        <translation>Dictionnaires&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>App::PreviewController</name>
    <message>
        <source>Cannot open a web browser. Open %1 to see the preview.</source>
        <translation>Impossible d’ouvrir un navigateur web. Ouvrez %1 pour voir l’aperçu.</translation>
    </message>
    <message>
        <source>Preview opened in the browser at %1</source>
        <translation>Aperçu ouvert dans le navigateur à l’adresse %1</translation>
    </message>
</context>
<context>
    <name>App::PreviewWindow</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Course preview</source>
        <translation>Aperçu du cours</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Aperçu — %1</translation>
    </message>
    <message>
        <source>Starting the preview…</source>
        <translation>Démarrage de l’aperçu…</translation>
    </message>
</context>
<context>
    <name>App::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems of the course</source>
        <translation>Problèmes du cours</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Double-click a problem, or press Enter, to go to the field to fix</source>
        <translation>Double-cliquez sur un problème, ou appuyez sur Entrée, pour aller au champ à corriger</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>No course is open.</source>
        <translation>Aucun cours n’est ouvert.</translation>
    </message>
    <message>
        <source>✓ No problems found in the course.</source>
        <translation>✓ Aucun problème dans le cours.</translation>
    </message>
    <message>
        <source>%1 · %2 — errors stop the export; warnings do not.</source>
        <translation>%1 · %2 — les erreurs empêchent l’export&#x202f;; les avertissements, non.</translation>
    </message>
    <message>
        <source>no errors</source>
        <translation>aucune erreur</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>aucun avertissement</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
</context>
<context>
    <name>App::QuestionBankDock</name>
    <message>
        <source>Question Banks</source>
        <translation>Banques de questions</translation>
    </message>
    <message>
        <source>Question banks</source>
        <translation>Banques de questions</translation>
    </message>
    <message>
        <source>Drop questions on a bank to move them there</source>
        <translation>Déposez des questions sur une banque pour les y déplacer</translation>
    </message>
    <message>
        <source>Questions of the bank</source>
        <translation>Questions de la banque</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>Banques</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n question(s)</source>
        <translation>
            <numerusform>%n question déplacée</numerusform>
            <numerusform>%n questions déplacées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Bank</source>
        <translation>&amp;Nouvelle banque</translation>
    </message>
    <message>
        <source>Add an empty question bank</source>
        <translation>Ajouter une banque de questions vide</translation>
    </message>
    <message>
        <source>&amp;Rename Bank</source>
        <translation>&amp;Renommer la banque</translation>
    </message>
    <message>
        <source>Rename the bank (F2)</source>
        <translation>Renommer la banque (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete Bank</source>
        <translation>&amp;Supprimer la banque</translation>
    </message>
    <message>
        <source>Delete the bank and its questions; draw slides stop drawing from it</source>
        <translation>Supprimer la banque et ses questions&#x202f;; les diapositives de tirage n’y puisent plus</translation>
    </message>
    <message>
        <source>&amp;Export Bank to GIFT…</source>
        <translation>&amp;Exporter la banque en GIFT…</translation>
    </message>
    <message>
        <source>Save the bank&apos;s questions as a GIFT file for Moodle</source>
        <translation>Enregistrer les questions de la banque dans un fichier GIFT pour Moodle</translation>
    </message>
    <message>
        <source>Add &amp;Question</source>
        <translation>Ajouter une &amp;question</translation>
    </message>
    <message>
        <source>&amp;Add Question</source>
        <translation>&amp;Ajouter une question</translation>
    </message>
    <message>
        <source>Add a single-choice question to the bank (the arrow offers every type)</source>
        <translation>Ajouter une question à choix unique à la banque (la flèche propose tous les types)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected questions</source>
        <translation>Dupliquer les questions sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected questions</source>
        <translation>Supprimer les questions sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Move to Bank</source>
        <translation>&amp;Déplacer vers la banque</translation>
    </message>
    <message>
        <source>Move the selected questions to another bank (or drag them onto a bank)</source>
        <translation>Déplacer les questions sélectionnées vers une autre banque (ou les faire glisser sur une banque)</translation>
    </message>
    <message>
        <source>Filter by text or tag</source>
        <translation>Filtrer par texte ou étiquette</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>Filtrer les questions</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Filter by difficulty</source>
        <translation>Filtrer par difficulté</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>Toute difficulté</translation>
    </message>
    <message>
        <source>Filter by question type</source>
        <translation>Filtrer par type de question</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Questions in “%1”</source>
        <translation>Questions de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>No course is open.</source>
        <translation>Aucun cours n’est ouvert.</translation>
    </message>
    <message>
        <source>No question bank yet.
Add a bank, or import a GIFT, Aiken or CSV file (File ▸ Import Questions): each category becomes a bank. Draw slides then pick questions from banks at random.</source>
        <translation>Aucune banque de questions pour l’instant.
Ajoutez une banque, ou importez un fichier GIFT, Aiken ou CSV (Fichier ▸ Importer des questions)&#xa0;: chaque catégorie devient une banque. Les diapositives de tirage y piochent ensuite des questions au hasard.</translation>
    </message>
    <message>
        <source>This bank is empty.
Add a question with the + button, or drop questions here from another bank.</source>
        <translation>Cette banque est vide.
Ajoutez une question avec le bouton +, ou déposez-y des questions d’une autre banque.</translation>
    </message>
    <message>
        <source>No question matches the filter.</source>
        <translation>Aucune question ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Added a question: %1</source>
        <translation>Question ajoutée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %n question(s)</source>
        <translation>
            <numerusform>%n question dupliquée</numerusform>
            <numerusform>%n questions dupliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n question(s)</source>
        <translation>
            <numerusform>%n question supprimée</numerusform>
            <numerusform>%n questions supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the bank “%1” (Undo brings it back)</source>
        <translation>Banque «&#xa0;%1&#xa0;» supprimée (Annuler la rétablit)</translation>
    </message>
</context>
<context>
    <name>App::QuestionEditor</name>
    <message>
        <source>Shuffle the answers for each learner</source>
        <translation>Mélanger les réponses pour chaque apprenant</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Changing the type keeps the answers entered for the other types.</source>
        <translation>Changer de type conserve les réponses saisies pour les autres types.</translation>
    </message>
    <message>
        <source>The question as learners read it</source>
        <translation>La question telle que les apprenants la lisent</translation>
    </message>
    <message>
        <source>0 points: the question is asked but does not count in the score</source>
        <translation>0 point&#xa0;: la question est posée, mais ne compte pas dans le score</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>É&amp;noncé&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>P&amp;oints&#xa0;:</translation>
    </message>
    <message>
        <source>Shown after a correct answer (optional)</source>
        <translation>Affiché après une bonne réponse (facultatif)</translation>
    </message>
    <message>
        <source>Shown after a wrong answer: explain the right one (optional)</source>
        <translation>Affiché après une mauvaise réponse&#xa0;: expliquez la bonne (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Correct:</source>
        <translation>&amp;Bonne réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Incorrect:</source>
        <translation>&amp;Mauvaise réponse&#xa0;:</translation>
    </message>
    <message>
        <source>✓ No problems found in this question.</source>
        <translation>✓ Aucun problème dans cette question.</translation>
    </message>
    <message>
        <source>Change question type</source>
        <translation>Changer le type de question</translation>
    </message>
    <message>
        <source>Edit prompt</source>
        <translation>Modifier l’énoncé</translation>
    </message>
    <message>
        <source>Change points</source>
        <translation>Modifier les points</translation>
    </message>
    <message>
        <source>Shuffle answers</source>
        <translation>Mélanger les réponses</translation>
    </message>
    <message>
        <source>Keep answer order</source>
        <translation>Garder l’ordre des réponses</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Choix multiples</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Vrai ou faux</translation>
    </message>
    <message>
        <source>Fill in the blanks</source>
        <translation>Texte à trous</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Sequencing</source>
        <translation>Remise en ordre</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Likert scale (survey, not scored)</source>
        <translation>Échelle de Likert (sondage, non notée)</translation>
    </message>
    <message>
        <source>Open text (survey, not scored)</source>
        <translation>Réponse libre (sondage, non notée)</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcte</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Feedback (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Add Choice</source>
        <translation>Ajouter un choix</translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation>Ajouter un choix</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation>Retirer le choix</translation>
    </message>
    <message>
        <source>Move choice</source>
        <translation>Déplacer le choix</translation>
    </message>
    <message>
        <source>Change correct answer</source>
        <translation>Changer la bonne réponse</translation>
    </message>
    <message>
        <source>Edit choice</source>
        <translation>Modifier le choix</translation>
    </message>
    <message>
        <source>Edit choice feedback</source>
        <translation>Modifier le commentaire du choix</translation>
    </message>
    <message>
        <source>The statement in the prompt is:</source>
        <translation>L’affirmation de l’énoncé est&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;True</source>
        <translation>&amp;Vraie</translation>
    </message>
    <message>
        <source>&amp;False</source>
        <translation>&amp;Fausse</translation>
    </message>
    <message>
        <source>Write the text and put a marker where each blank goes: [[1]] for the first blank of the list below, [[2]] for the second, and so on.</source>
        <translation>Rédigez le texte et placez un repère à l’endroit de chaque trou&#xa0;: [[1]] pour le premier trou de la liste ci-dessous, [[2]] pour le deuxième, et ainsi de suite.</translation>
    </message>
    <message>
        <source>The capital of France is [[1]].</source>
        <translation>La capitale de la France est [[1]].</translation>
    </message>
    <message>
        <source>Insert Blank</source>
        <translation>Insérer un trou</translation>
    </message>
    <message>
        <source>Insert a marker at the cursor and add its blank to the list</source>
        <translation>Insérer un repère au curseur et ajouter son trou à la liste</translation>
    </message>
    <message>
        <source>Accepted answers: separate them with commas.</source>
        <translation>Réponses acceptées&#xa0;: séparez-les par des virgules.</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Trou</translation>
    </message>
    <message>
        <source>Accepted answers</source>
        <translation>Réponses acceptées</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Add Blank</source>
        <translation>Ajouter un trou</translation>
    </message>
    <message>
        <source>Edit fill-in text</source>
        <translation>Modifier le texte à trous</translation>
    </message>
    <message>
        <source>Add blank</source>
        <translation>Ajouter un trou</translation>
    </message>
    <message>
        <source>Remove blank</source>
        <translation>Retirer le trou</translation>
    </message>
    <message>
        <source>Move blank</source>
        <translation>Déplacer le trou</translation>
    </message>
    <message>
        <source>Change case sensitivity</source>
        <translation>Changer le respect de la casse</translation>
    </message>
    <message>
        <source>Edit blank</source>
        <translation>Modifier le trou</translation>
    </message>
    <message>
        <source>Edit accepted answers</source>
        <translation>Modifier les réponses acceptées</translation>
    </message>
    <message>
        <source>Insert blank</source>
        <translation>Insérer un trou</translation>
    </message>
    <message>
        <source>Each row is a correct pair; learners see the right-hand column shuffled.</source>
        <translation>Chaque ligne est une paire correcte&#x202f;; les apprenants voient la colonne de droite mélangée.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspond à</translation>
    </message>
    <message>
        <source>Add Pair</source>
        <translation>Ajouter une paire</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>Ajouter une paire</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>Retirer la paire</translation>
    </message>
    <message>
        <source>Move pair</source>
        <translation>Déplacer la paire</translation>
    </message>
    <message>
        <source>Edit pair</source>
        <translation>Modifier la paire</translation>
    </message>
    <message>
        <source>List the steps in the correct order; learners see them shuffled and put them back in order.</source>
        <translation>Listez les étapes dans le bon ordre&#x202f;; les apprenants les voient mélangées et doivent les remettre en ordre.</translation>
    </message>
    <message>
        <source>Step (in the correct order)</source>
        <translation>Étape (dans le bon ordre)</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Déplacer l’étape</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Modifier l’étape</translation>
    </message>
    <message>
        <source>Exact value, with a tolerance</source>
        <translation>Valeur exacte, avec une tolérance</translation>
    </message>
    <message>
        <source>Any value in a range</source>
        <translation>Toute valeur d’un intervalle</translation>
    </message>
    <message>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <source>Accept:</source>
        <translation>Accepter&#xa0;:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Tolérance&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Change numeric answer</source>
        <translation>Modifier la réponse numérique</translation>
    </message>
    <message>
        <source>The labels of the scale, from the lowest to the highest (for example from “Strongly disagree” to “Strongly agree”).</source>
        <translation>Les libellés de l’échelle, du plus bas au plus haut (par exemple de «&#xa0;Pas du tout d’accord&#xa0;» à «&#xa0;Tout à fait d’accord&#xa0;»).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>Ajouter un libellé</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Ajouter un libellé</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Retirer le libellé</translation>
    </message>
    <message>
        <source>Move label</source>
        <translation>Déplacer le libellé</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Modifier le libellé</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Maximum length:</source>
        <translation>Longueur maximale&#xa0;:</translation>
    </message>
    <message>
        <source>Answers are recorded for the trainer, not scored. Long answers make the saved progress larger.</source>
        <translation>Les réponses sont enregistrées pour le formateur, sans être notées. Des réponses longues alourdissent la progression enregistrée.</translation>
    </message>
    <message>
        <source>Change maximum length</source>
        <translation>Modifier la longueur maximale</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Select the one correct answer.</source>
        <translation>Sélectionnez la seule bonne réponse.</translation>
    </message>
    <message>
        <source>Tick every correct answer; learners must find all of them.</source>
        <translation>Cochez chaque bonne réponse&#x202f;; les apprenants doivent toutes les trouver.</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>Text and blanks</source>
        <translation>Texte et trous</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Réponse attendue</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Draw slides can ask for a number of questions of each difficulty</source>
        <translation>Les diapositives de tirage peuvent demander un nombre de questions de chaque difficulté</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vocabulary, chapter 2</source>
        <translation>Séparées par des virgules, par exemple vocabulaire, chapitre 2</translation>
    </message>
    <message>
        <source>Draw slides can draw only the questions that carry a tag</source>
        <translation>Les diapositives de tirage peuvent ne tirer que les questions qui portent une étiquette</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Difficulté&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>Change difficulty</source>
        <translation>Modifier la difficulté</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Credit (%)</source>
        <translation>Crédit (%)</translation>
    </message>
    <message>
        <source>&amp;Partial credit: each chosen answer earns a percentage of the points</source>
        <translation>Crédit &amp;partiel&#xa0;: chaque réponse choisie rapporte un pourcentage des points</translation>
    </message>
    <message>
        <source>Give each choice a credit from -100 % to 100 %. The score is the sum of the chosen choices&apos; credits, between 0 and 100 %. Without it, only the exact right answer scores.</source>
        <translation>Donnez à chaque choix un crédit de -100&#xa0;% à 100&#xa0;%. Le score est la somme des crédits des choix retenus, entre 0 et 100&#xa0;%. Sans crédit partiel, seule la réponse exacte rapporte des points.</translation>
    </message>
    <message>
        <source>Use partial credit</source>
        <translation>Utiliser le crédit partiel</translation>
    </message>
    <message>
        <source>Score all or nothing</source>
        <translation>Noter en tout ou rien</translation>
    </message>
    <message>
        <source>A credit is a percentage from -100 to 100, such as 50 or -25.</source>
        <translation>Un crédit est un pourcentage de -100 à 100, par exemple 50 ou -25.</translation>
    </message>
    <message>
        <source>Change choice credit</source>
        <translation>Modifier le crédit du choix</translation>
    </message>
    <message>
        <source>Question of the bank “%1”</source>
        <translation>Question de la banque «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Mark the correct answers and give each choice its credit: learners earn the sum of the credits of what they choose.</source>
        <translation>Marquez les bonnes réponses et donnez à chaque choix son crédit&#xa0;: les apprenants obtiennent la somme des crédits de leurs choix.</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Seconds learners have to answer when the section is played as a game. Learners can still turn the timer off or get ten times more time before they start.</source>
        <translation>Secondes dont disposent les apprenants pour répondre quand la section est jouée en mode jeu. Avant de commencer, ils peuvent toujours désactiver le minuteur ou avoir dix fois plus de temps.</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>&amp;Temps imparti&#xa0;:</translation>
    </message>
    <message>
        <source>Change time limit</source>
        <translation>Modifier le temps imparti</translation>
    </message>
    <message>
        <source>Section default (%1 s)</source>
        <translation>Valeur de la section (%1&#xa0;s)</translation>
    </message>
    <message>
        <source>Section default (no timer)</source>
        <translation>Valeur de la section (sans minuteur)</translation>
    </message>
    <message>
        <source>Drag and drop on an image</source>
        <translation>Glisser-déposer sur une image</translation>
    </message>
    <message>
        <source>Hotspot on an image</source>
        <translation>Zone à cliquer sur une image</translation>
    </message>
    <message>
        <source>Image and regions</source>
        <translation>Image et régions</translation>
    </message>
    <message>
        <source>Image, zones and items</source>
        <translation>Image, zones et éléments</translation>
    </message>
    <message>
        <source>Where learners go next</source>
        <translation>Suite du parcours</translation>
    </message>
    <message>
        <source>After a correct ans&amp;wer:</source>
        <translation>Ap&amp;rès une bonne réponse&#xa0;:</translation>
    </message>
    <message>
        <source>After an i&amp;ncorrect answer:</source>
        <translation>Après une ma&amp;uvaise réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Set where a correct answer leads</source>
        <translation>Choisir où mène une bonne réponse</translation>
    </message>
    <message>
        <source>Set where an incorrect answer leads</source>
        <translation>Choisir où mène une mauvaise réponse</translation>
    </message>
    <message>
        <source>Set where a choice leads</source>
        <translation>Choisir où mène une réponse</translation>
    </message>
    <message>
        <source>Choice %1:</source>
        <translation>Réponse %1&#xa0;:</translation>
    </message>
    <message>
        <source>Choice %1 “%2”:</source>
        <translation>Réponse %1 «&#xa0;%2&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Where learners go when they choose this answer; “Next slide” follows the correct or incorrect answer&apos;s setting.</source>
        <translation>Où vont les apprenants qui choisissent cette réponse&#x202f;; «&#xa0;Diapositive suivante&#xa0;» suit le réglage de la bonne ou de la mauvaise réponse.</translation>
    </message>
</context>
<context>
    <name>App::RegionCanvas</name>
    <message>
        <source>Image with its regions</source>
        <translation>Image et ses régions</translation>
    </message>
    <message>
        <source>Choose the image above</source>
        <translation>Choisissez l’image ci-dessus</translation>
    </message>
</context>
<context>
    <name>App::RegionEditor</name>
    <message>
        <source>Remove item</source>
        <translation>Retirer l’élément</translation>
    </message>
    <message>
        <source>What the image shows, for screen readers</source>
        <translation>Ce que montre l’image, pour les lecteurs d’écran</translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation>I&amp;mage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Alternative text:</source>
        <translation>Texte de &amp;remplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <source>Select a region; drag it to move it</source>
        <translation>Sélectionnez une région&#x202f;; faites-la glisser pour la déplacer</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Drag on the image to draw a rectangle</source>
        <translation>Faites glisser sur l’image pour tracer un rectangle</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <source>Click each corner; double-click, press Enter or click the first corner to close</source>
        <translation>Cliquez sur chaque sommet&#x202f;; double-cliquez, appuyez sur Entrée ou cliquez sur le premier sommet pour fermer</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>Supprimer la région</translation>
    </message>
    <message>
        <source>Delete the selected region (Delete)</source>
        <translation>Supprimer la région sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>Tracer&#xa0;:</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Name of the selected region</source>
        <translation>Nom de la région sélectionnée</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>Nom de la région</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Régions&#xa0;:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Correct zone</source>
        <translation>Bonne zone</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Items to drop, each with the zone it belongs to:</source>
        <translation>Éléments à déposer, chacun avec la zone qui lui correspond&#xa0;:</translation>
    </message>
    <message>
        <source>Change question image</source>
        <translation>Changer l’image de la question</translation>
    </message>
    <message>
        <source>Edit alternative text</source>
        <translation>Modifier le texte de remplacement</translation>
    </message>
    <message>
        <source>Move region</source>
        <translation>Déplacer la région</translation>
    </message>
    <message>
        <source>Mark region correct</source>
        <translation>Marquer la région comme correcte</translation>
    </message>
    <message>
        <source>Mark region incorrect</source>
        <translation>Marquer la région comme incorrecte</translation>
    </message>
    <message>
        <source>Rename region</source>
        <translation>Renommer la région</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Modifier l’élément</translation>
    </message>
    <message>
        <source>(unnamed %1)</source>
        <translation>(sans nom, %1)</translation>
    </message>
    <message>
        <source>Tick the correct region(s) in the list: learners click one region; any correct one is right.</source>
        <translation>Cochez la ou les bonnes régions dans la liste&#xa0;: l’apprenant clique sur une région&#x202f;; n’importe laquelle des bonnes régions est juste.</translation>
    </message>
    <message>
        <source>A zone may take several items, or none (a distractor).</source>
        <translation>Une zone peut recevoir plusieurs éléments, ou aucun (un leurre).</translation>
    </message>
    <message>
        <source>Correct zone of “%1”</source>
        <translation>Bonne zone de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Change item zone</source>
        <translation>Changer la zone de l’élément</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>Draw polygon</source>
        <translation>Tracer un polygone</translation>
    </message>
    <message>
        <source>Draw rectangle</source>
        <translation>Tracer un rectangle</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Élément %1</translation>
    </message>
</context>
<context>
    <name>App::ResultEditor</name>
    <message>
        <source>Congratulate learners and tell them what comes next</source>
        <translation>Félicitez les apprenants et indiquez-leur la suite</translation>
    </message>
    <message>
        <source>Encourage learners and tell them what to review before trying again</source>
        <translation>Encouragez les apprenants et indiquez-leur quoi revoir avant de réessayer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Learners see this slide at the end of the quiz, with their score and one of the two messages below.</source>
        <translation>Les apprenants voient cette diapositive à la fin du quiz, avec leur score et l’un des deux messages ci-dessous.</translation>
    </message>
    <message>
        <source>Message when the quiz is passed</source>
        <translation>Message en cas de réussite au quiz</translation>
    </message>
    <message>
        <source>Message when the quiz is failed</source>
        <translation>Message en cas d’échec au quiz</translation>
    </message>
    <message>
        <source>Edit result message</source>
        <translation>Modifier le message de résultat</translation>
    </message>
    <message>
        <source>Where learners go next</source>
        <translation>Suite du parcours</translation>
    </message>
    <message>
        <source>After a pa&amp;ssed quiz:</source>
        <translation>Après un quiz &amp;réussi&#xa0;:</translation>
    </message>
    <message>
        <source>After a fai&amp;led quiz:</source>
        <translation>Après un quiz é&amp;choué&#xa0;:</translation>
    </message>
    <message>
        <source>Set where a passed quiz leads</source>
        <translation>Choisir où mène un quiz réussi</translation>
    </message>
    <message>
        <source>Set where a failed quiz leads</source>
        <translation>Choisir où mène un quiz échoué</translation>
    </message>
</context>
<context>
    <name>App::RichTextEdit</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Paragraph or heading level</source>
        <translation>Paragraphe ou niveau de titre</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Titre 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Titre 3</translation>
    </message>
    <message>
        <source>Heading 4</source>
        <translation>Titre 4</translation>
    </message>
    <message>
        <source>B</source>
        <extracomment>Toolbar button: bold (keep it to one or two letters)</extracomment>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>I</source>
        <extracomment>Toolbar button: italic (keep it to one or two letters)</extracomment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>U</source>
        <extracomment>Toolbar button: underline (keep it to one or two letters)</extracomment>
        <translation>S</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Insert or edit a link</source>
        <translation>Insérer ou modifier un lien</translation>
    </message>
</context>
<context>
    <name>App::ScenarioEditor</name>
    <message>
        <source>&amp;Add a Response</source>
        <translation>&amp;Ajouter une réponse</translation>
    </message>
    <message>
        <source>Describe the situation: who the learner faces, what happens, what the person says</source>
        <translation>Décrivez la situation&#xa0;: face à qui se trouve l’apprenant, ce qui se passe, ce que dit la personne</translation>
    </message>
    <message>
        <source>Who the picture shows, for screen readers</source>
        <translation>Qui montre l’image, pour les lecteurs d’écran</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Learners read the situation, choose one response and see its consequence; Continue then takes them where the response leads. Chain scenario slides to play a whole conversation. Each response&apos;s points count in the score.</source>
        <translation>L’apprenant lit la situation, choisit une réponse et en découvre la conséquence&#x202f;; le bouton Continuer le mène ensuite là où conduit la réponse. Enchaînez plusieurs mises en situation pour jouer toute une conversation. Les points de chaque réponse comptent dans le score.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Character (optional)</source>
        <translation>Personnage (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <source>Alternative te&amp;xt:</source>
        <translation>Te&amp;xte de remplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Responses (2 to 4)</source>
        <translation>Réponses (2 à 4)</translation>
    </message>
    <message>
        <source>Edit situation</source>
        <translation>Modifier la situation</translation>
    </message>
    <message>
        <source>Change character picture</source>
        <translation>Changer l’image du personnage</translation>
    </message>
    <message>
        <source>Edit alternative text</source>
        <translation>Modifier le texte de remplacement</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>Add response</source>
        <translation>Ajouter une réponse</translation>
    </message>
    <message>
        <source>What the learner says or does</source>
        <translation>Ce que l’apprenant dit ou fait</translation>
    </message>
    <message>
        <source>What happens next: the person&apos;s reaction, and why this response works or not</source>
        <translation>Ce qui se passe ensuite&#xa0;: la réaction de la personne, et pourquoi cette réponse fonctionne ou non</translation>
    </message>
    <message>
        <source>Points this response adds to the score (negative: it costs points). The best response is the expected one.</source>
        <translation>Points que cette réponse ajoute au score (négatifs, elle en retire). La réponse qui rapporte le plus est la réponse attendue.</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Consequence:</source>
        <translation>Conséquence&#xa0;:</translation>
    </message>
    <message>
        <source>Then go to:</source>
        <translation>Puis aller à&#xa0;:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points&#xa0;:</translation>
    </message>
    <message>
        <source>Edit response</source>
        <translation>Modifier la réponse</translation>
    </message>
    <message>
        <source>Edit consequence</source>
        <translation>Modifier la conséquence</translation>
    </message>
    <message>
        <source>Change points</source>
        <translation>Modifier les points</translation>
    </message>
    <message>
        <source>Change where a response leads</source>
        <translation>Changer la suite d’une réponse</translation>
    </message>
    <message>
        <source>Remove response</source>
        <translation>Retirer la réponse</translation>
    </message>
    <message>
        <source>Response %1 (%2)</source>
        <extracomment>Title of a response&apos;s box: &quot;Response 2 (r2)&quot;</extracomment>
        <translation>Réponse %1 (%2)</translation>
    </message>
    <message>
        <source>Remove this response</source>
        <translation>Retirer cette réponse</translation>
    </message>
    <message>
        <source>A scenario needs at least two responses</source>
        <translation>Une mise en situation demande au moins deux réponses</translation>
    </message>
</context>
<context>
    <name>App::SectionPropertiesDialog</name>
    <message>
        <source>&amp;Play as a game</source>
        <translation>&amp;Jouer en mode jeu</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Section Properties</source>
        <translation>Propriétés de la section</translation>
    </message>
    <message>
        <source>Section Properties — %1</source>
        <translation>Propriétés de la section — %1</translation>
    </message>
    <message>
        <source>Learners answer the section&apos;s questions against the clock, earn points with speed and streak bonuses and try to beat their personal best.</source>
        <translation>Les apprenants répondent aux questions de la section contre la montre, gagnent des points avec des bonus de rapidité et de série, et tentent de battre leur record personnel.</translation>
    </message>
    <message>
        <source>Points a fully correct answer earns, per point of the question</source>
        <translation>Points rapportés par une réponse entièrement juste, par point de la question</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Extra points for a quick right answer, in percent of its points; they shrink as the time runs out</source>
        <translation>Points en plus pour une bonne réponse rapide, en pourcentage de ses points&#x202f;; ils diminuent à mesure que le temps passe</translation>
    </message>
    <message>
        <source>Extra points for each right answer in a row, in percent of its points, up to five in a row</source>
        <translation>Points en plus pour chaque bonne réponse enchaînée, en pourcentage de ses points, jusqu’à cinq d’affilée</translation>
    </message>
    <message>
        <source>No timer</source>
        <translation>Sans minuteur</translation>
    </message>
    <message>
        <source>The default for questions without a time limit of their own</source>
        <translation>La valeur par défaut des questions sans temps imparti propre</translation>
    </message>
    <message>
        <source>P&amp;oints per question point:</source>
        <translation>P&amp;oints par point de question&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Speed bonus:</source>
        <translation>Bonus de &amp;rapidité&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;treak bonus:</source>
        <translation>Bonus de &amp;série&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time per question:</source>
        <translation>&amp;Temps par question&#xa0;:</translation>
    </message>
    <message>
        <source>Before they start, learners can turn the timer off or get ten times more time. Bonuses count in the course&apos;s maximum score.</source>
        <translation>Avant de commencer, les apprenants peuvent désactiver le minuteur ou avoir dix fois plus de temps. Les bonus comptent dans le score maximal du cours.</translation>
    </message>
    <message>
        <source>This section has no graded question yet.</source>
        <translation>Cette section n’a encore aucune question notée.</translation>
    </message>
    <message numerus="yes">
        <source>%n graded question(s), up to %1 points with every bonus.</source>
        <translation>
            <numerusform>%n question notée, jusqu’à %1 points avec tous les bonus.</numerusform>
            <numerusform>%n questions notées, jusqu’à %1 points avec tous les bonus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>App::SlideEditorHost</name>
    <message>
        <source>Select a slide in the outline</source>
        <translation>Sélectionnez une diapositive dans le plan</translation>
    </message>
    <message>
        <source>No course is open</source>
        <translation>Aucun cours n’est ouvert</translation>
    </message>
    <message>
        <source>Its content, question or video will be edited here.</source>
        <translation>Vous modifierez ici son contenu, sa question ou sa vidéo.</translation>
    </message>
    <message>
        <source>Create a course or open one to start editing.</source>
        <translation>Créez un cours ou ouvrez-en un pour commencer.</translation>
    </message>
</context>
<context>
    <name>App::SlidePropertiesWidget</name>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Quiz result</source>
        <translation>Résultat du quiz</translation>
    </message>
    <message>
        <source>No slide selected.</source>
        <translation>Aucune diapositive sélectionnée.</translation>
    </message>
    <message>
        <source>Shuffle answers</source>
        <translation>Mélanger les réponses</translation>
    </message>
    <message>
        <source>✓ No problems found.</source>
        <translation>✓ Aucun problème.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type de question&#xa0;:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points&#xa0;:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Change points</source>
        <translation>Modifier les points</translation>
    </message>
    <message>
        <source>Keep answer order</source>
        <translation>Garder l’ordre des réponses</translation>
    </message>
    <message>
        <source>Random draw from question banks</source>
        <translation>Tirage au sort dans les banques de questions</translation>
    </message>
    <message>
        <source>Scenario (role play)</source>
        <translation>Mise en situation (jeu de rôle)</translation>
    </message>
</context>
<context>
    <name>App::SlideTitleEdit</name>
    <message>
        <source>Slide title, shown in the course menu</source>
        <translation>Titre de la diapositive, affiché dans le menu du cours</translation>
    </message>
</context>
<context>
    <name>App::SpellingAttachment</name>
    <message>
        <source>No Suggestions</source>
        <extracomment>Context menu of a misspelled word for which the dictionary has no replacement</extracomment>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <source>Accept “%1” in every field written in this language, from now on</source>
        <translation>Accepter désormais «&#xa0;%1&#xa0;» dans tous les champs rédigés dans cette langue</translation>
    </message>
    <message>
        <source>Ignore</source>
        <extracomment>Context menu of a misspelled word: accept it until Capsule quits</extracomment>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>App::SpellingReportDialog</name>
    <message>
        <source>&amp;Add to Dictionary</source>
        <translation>&amp;Ajouter au dictionnaire</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Mot</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Misspelled words</source>
        <translation>Mots mal orthographiés</translation>
    </message>
    <message>
        <source>Accept the selected word in its language, from now on</source>
        <translation>Accepter désormais le mot sélectionné dans sa langue</translation>
    </message>
    <message>
        <source>Accept the selected word until Capsule quits</source>
        <translation>Accepter le mot sélectionné jusqu’à la fermeture de Capsule</translation>
    </message>
    <message>
        <source>Check A&amp;gain</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No course is open.</source>
        <translation>Aucun cours n’est ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n word(s))</source>
        <extracomment>A language in the spelling report and its number of misspelled words</extracomment>
        <translation>
            <numerusform>%1 (%n mot)</numerusform>
            <numerusform>%1 (%n mots)</numerusform>
        </translation>
    </message>
    <message>
        <source>No spelling mistakes found.</source>
        <translation>Aucune faute d’orthographe trouvée.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) to check. Double-click one to show it in the editor.</source>
        <translation>
            <numerusform>%n mot à vérifier. Double-cliquez dessus pour l’afficher dans l’éditeur.</numerusform>
            <numerusform>%n mots à vérifier. Double-cliquez sur l’un d’eux pour l’afficher dans l’éditeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked, no dictionary installed: %1. On Debian or Ubuntu, install the matching hunspell-* package.</source>
        <translation>Non vérifié, faute de dictionnaire installé&#xa0;: %1. Sous Debian ou Ubuntu, installez le paquet hunspell-* correspondant.</translation>
    </message>
</context>
<context>
    <name>App::TemplateGalleryDialog</name>
    <message>
        <source>Your own templates appear here. To make one, select a slide and choose Slide ▸ Save Slide as Template…</source>
        <translation>Vos propres modèles apparaissent ici. Pour en créer un, sélectionnez une diapositive et choisissez Diapositive ▸ Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>New Slide from Template</source>
        <translation>Nouvelle diapositive à partir d’un modèle</translation>
    </message>
    <message>
        <source>&amp;Built-in</source>
        <translation>&amp;Fournis avec Capsule</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mes modèles</translation>
    </message>
    <message>
        <source>Built-in templates</source>
        <translation>Modèles fournis avec Capsule</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Mes modèles</translation>
    </message>
    <message>
        <source>&amp;Delete Template</source>
        <translation>&amp;Supprimer le modèle</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>%1 (%2 slides)</source>
        <translation>%1 (%2 diapositives)</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;»&#x202f;? Cette action est définitive.</translation>
    </message>
</context>
<context>
    <name>App::TranslationForm</name>
    <message>
        <source>The course has no text of its own.</source>
        <translation>Le module n’a aucun texte propre.</translation>
    </message>
    <message>
        <source>This slide has no text to translate.</source>
        <translation>Cette diapositive n’a aucun texte à traduire.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Mark this translation as checked (Ctrl+Return in the translation table)</source>
        <translation>Marquer cette traduction comme vérifiée (Ctrl+Entrée dans la table de traduction)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <extracomment>Accessible name of a translation field: &quot;Slide title, in English&quot;</extracomment>
        <translation>%1, en %2</translation>
    </message>
    <message>
        <source>Use Another File…</source>
        <translation>Utiliser un autre fichier…</translation>
    </message>
    <message>
        <source>A version of this file for this language: a narrated video, an image with translated text, captions</source>
        <translation>Une version de ce fichier pour cette langue&#xa0;: une vidéo commentée, une image au texte traduit, des sous-titres</translation>
    </message>
    <message>
        <source>Use the Source&apos;s</source>
        <translation>Reprendre celui de la source</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Characters typed in a translation and the field&apos;s limit: &quot;12 / 80&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Longer than the limit of %1 characters: the player may cut it or lay it out badly.</source>
        <translation>Dépasse la limite de %1 caractères&#xa0;: le lecteur risque de le couper ou de mal le mettre en page.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au plus.</translation>
    </message>
    <message>
        <source>In %1: %2 (the source shows %3)</source>
        <translation>En %1&#xa0;: %2 (la source affiche %3)</translation>
    </message>
    <message>
        <source>In %1: the source&apos;s file, %2</source>
        <translation>En %1&#xa0;: le fichier de la source, %2</translation>
    </message>
    <message>
        <source>Media for %1</source>
        <translation>Média pour %1</translation>
    </message>
    <message>
        <source>Media files (%1)</source>
        <translation>Fichiers médias (%1)</translation>
    </message>
    <message>
        <source>Cannot use this file</source>
        <translation>Impossible d’utiliser ce fichier</translation>
    </message>
    <message>
        <source>Use other media in %1</source>
        <translation>Utiliser un autre média en %1</translation>
    </message>
    <message>
        <source>Slide “%1”</source>
        <translation>Diapositive «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Course and section titles</source>
        <translation>Titres du module et des sections</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2 — %3 of %4 texts translated&lt;br&gt;&lt;small&gt;The source text, in %5, is on the left; learners see it where a translation is missing.&lt;/small&gt;</source>
        <extracomment>The translation form&apos;s header: &quot;Slide “Welcome” in English — 3 of 5 texts translated&quot;</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; en %2 — %3 textes traduits sur %4&lt;br&gt;&lt;small&gt;Le texte source, en %5, est à gauche&#x202f;; les apprenants le voient là où une traduction manque.&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>App::TranslationMenu</name>
    <message>
        <source>&amp;Translation</source>
        <translation>&amp;Traduction</translation>
    </message>
    <message>
        <source>&amp;Export XLIFF…</source>
        <translation>&amp;Exporter en XLIFF…</translation>
    </message>
    <message>
        <source>Write a target language as an XLIFF file for a translator</source>
        <translation>Écrire une langue cible dans un fichier XLIFF pour un traducteur</translation>
    </message>
    <message>
        <source>&amp;Import XLIFF…</source>
        <translation>&amp;Importer un XLIFF…</translation>
    </message>
    <message>
        <source>Bring a translated XLIFF file back into the course</source>
        <translation>Reprendre dans le cours un fichier XLIFF traduit</translation>
    </message>
    <message>
        <source>Import Translation &amp;Memory (TMX)…</source>
        <translation>Importer une &amp;mémoire de traduction (TMX)…</translation>
    </message>
    <message>
        <source>E&amp;xport Translation Memory (TMX)…</source>
        <translation>E&amp;xporter la mémoire de traduction (TMX)…</translation>
    </message>
    <message>
        <source>Translation Memory</source>
        <translation>Mémoire de traduction</translation>
    </message>
    <message>
        <source>Import Translation Memory</source>
        <translation>Importer une mémoire de traduction</translation>
    </message>
    <message>
        <source>TMX files (*.tmx);;All files (*)</source>
        <translation>Fichiers TMX (*.tmx);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) added to your translation memory, which now holds %1.</source>
        <translation>
            <numerusform>%n traduction ajoutée à votre mémoire de traduction, qui en contient maintenant %1.</numerusform>
            <numerusform>%n traductions ajoutées à votre mémoire de traduction, qui en contient maintenant %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Translation Memory</source>
        <translation>Exporter la mémoire de traduction</translation>
    </message>
    <message>
        <source>TMX files (*.tmx)</source>
        <translation>Fichiers TMX (*.tmx)</translation>
    </message>
</context>
<context>
    <name>App::TranslationTableDock</name>
    <message>
        <source>Translation Table</source>
        <translation>Table de traduction</translation>
    </message>
    <message>
        <source>Choose a target language in the toolbar&apos;s language selector (or add one) to translate the course here.</source>
        <translation>Choisissez une langue cible dans le sélecteur de langue de la barre d’outils (ou ajoutez-en une) pour traduire le module ici.</translation>
    </message>
    <message>
        <source>All texts</source>
        <translation>Tous les textes</translation>
    </message>
    <message>
        <source>To do: untranslated or outdated</source>
        <translation>À faire&#xa0;: non traduits ou obsolètes</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Non traduits</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Obsolètes</translation>
    </message>
    <message>
        <source>Translated, not approved</source>
        <translation>Traduits, non approuvés</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvés</translation>
    </message>
    <message>
        <source>Show the texts of one state</source>
        <translation>Afficher les textes d’un état</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Find in the texts…</source>
        <translation>Chercher dans les textes…</translation>
    </message>
    <message>
        <source>Translation table</source>
        <translation>Table de traduction</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Double-click a match (or press Ctrl+1, 2, 3 in the table) to use it</source>
        <translation>Double-cliquez sur une correspondance (ou appuyez sur Ctrl+1, 2, 3 dans la table) pour l’utiliser</translation>
    </message>
    <message>
        <source>Translation Table — %1</source>
        <extracomment>Title of the translation table&apos;s dock: &quot;Translation Table — English&quot;</extracomment>
        <translation>Table de traduction — %1</translation>
    </message>
    <message>
        <source>%1 of %2 texts translated · %3 shown</source>
        <extracomment>Translation table summary: &quot;42 of 120 texts translated · 15 shown&quot;</extracomment>
        <translation>%1 textes traduits sur %2 · %3 affichés</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Withdraw Approval</source>
        <translation>&amp;Retirer l’approbation</translation>
    </message>
    <message>
        <source>&amp;Copy Source to Translation</source>
        <translation>&amp;Copier la source dans la traduction</translation>
    </message>
    <message>
        <source>C&amp;lear Translation</source>
        <translation>&amp;Effacer la traduction</translation>
    </message>
    <message>
        <source>Translation memory: none is open.</source>
        <translation>Mémoire de traduction&#xa0;: aucune n’est ouverte.</translation>
    </message>
    <message>
        <source>Translation memory</source>
        <translation>Mémoire de traduction</translation>
    </message>
    <message>
        <source>Translation memory: no match for this text.</source>
        <translation>Mémoire de traduction&#xa0;: aucune correspondance pour ce texte.</translation>
    </message>
    <message>
        <source>Translation memory: matches for this text (Ctrl+1, Ctrl+2… in the table uses one).</source>
        <translation>Mémoire de traduction&#xa0;: correspondances pour ce texte (Ctrl+1, Ctrl+2… dans la table en utilise une).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A translation memory match&apos;s score: &quot;100 %&quot;, &quot;82 %&quot;</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>App::TranslationTableModel</name>
    <message>
        <source>%1
%2</source>
        <extracomment>Translation table tooltip: the field&apos;s role, then where it is</extracomment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au plus.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>App::VideoEditor</name>
    <message>
        <source>Use Current Frame as Poster</source>
        <translation>Utiliser l’image actuelle comme affiche</translation>
    </message>
    <message>
        <source>Remove Poster</source>
        <translation>Retirer l’affiche</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add an MP4 or WebM video to the media library and use it here</source>
        <translation>Ajouter une vidéo MP4 ou WebM à la médiathèque et l’utiliser ici</translation>
    </message>
    <message>
        <source>Choose a video to preview it here.</source>
        <translation>Choisissez une vidéo pour la prévisualiser ici.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Position dans la vidéo</translation>
    </message>
    <message>
        <source>Shown before the video starts playing</source>
        <translation>Affichée avant le début de la lecture</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Poster:</source>
        <translation>Affiche&#xa0;:</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Learners must &amp;watch:</source>
        <translation>Les apprenants doivent &amp;regarder&#xa0;:</translation>
    </message>
    <message>
        <source>The share of the video to watch before the slide counts as seen; 0 % means opening the slide is enough.</source>
        <translation>La part de la vidéo à regarder pour que la diapositive compte comme vue&#x202f;; 0&#xa0;% signifie qu’il suffit d’ouvrir la diapositive.</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>One WebVTT file (.vtt) per language. The language is a code such as “fr” or “en-GB”; the label is what learners see in the captions menu.</source>
        <translation>Un fichier WebVTT (.vtt) par langue. La langue est un code comme «&#xa0;fr&#xa0;» ou «&#xa0;en-GB&#xa0;»&#x202f;; le libellé est ce que les apprenants voient dans le menu des sous-titres.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>The video cannot be played here: %1</source>
        <translation>La vidéo ne peut pas être lue ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose video</source>
        <translation>Choisir la vidéo</translation>
    </message>
    <message>
        <source>Remove poster</source>
        <translation>Retirer l’affiche</translation>
    </message>
    <message>
        <source>Change required viewing</source>
        <translation>Modifier la part à regarder</translation>
    </message>
    <message>
        <source>This video is missing from the media library.</source>
        <translation>Cette vidéo est absente de la médiathèque.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No poster</source>
        <translation>Aucune affiche</translation>
    </message>
    <message>
        <source>Missing poster</source>
        <translation>Affiche manquante</translation>
    </message>
    <message>
        <source>“%1” is not a video.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une vidéo.</translation>
    </message>
    <message>
        <source>Import video %1</source>
        <translation>Importer la vidéo %1</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <source>Add captions %1</source>
        <translation>Ajouter les sous-titres %1</translation>
    </message>
    <message>
        <source>Add captions</source>
        <translation>Ajouter des sous-titres</translation>
    </message>
    <message>
        <source>Added %1, but it is not valid WebVTT: %2</source>
        <translation>%1 ajouté, mais ce n’est pas du WebVTT valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 ajouté (%2).</translation>
    </message>
    <message>
        <source>Play or move through the video to show a frame first.</source>
        <translation>Lancez la vidéo ou déplacez-vous dedans pour afficher d’abord une image.</translation>
    </message>
    <message>
        <source>Set poster from video frame</source>
        <translation>Définir l’affiche depuis une image de la vidéo</translation>
    </message>
    <message>
        <source>Set poster</source>
        <translation>Définir l’affiche</translation>
    </message>
    <message>
        <source>The frame at %1 is now the poster.</source>
        <translation>L’image à %1 est désormais l’affiche.</translation>
    </message>
    <message>
        <source>Import Video</source>
        <translation>Importer une vidéo</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.webm)</source>
        <translation>Vidéos (*.mp4 *.webm)</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>This video cannot be played in the editor: this computer lacks the codec for its format. The published course is not affected (learners&apos; browsers play MP4 and WebM). To watch it here, install the GStreamer plug-ins — on Debian or Ubuntu: gstreamer1.0-plugins-good, gstreamer1.0-plugins-bad and gstreamer1.0-libav — then reopen the project.</source>
        <translation>Cette vidéo ne peut pas être lue dans l’éditeur&#xa0;: il manque à cet ordinateur le codec de son format. Le cours publié n’est pas concerné (les navigateurs des apprenants lisent le MP4 et le WebM). Pour la regarder ici, installez les greffons GStreamer — sous Debian ou Ubuntu&#xa0;: gstreamer1.0-plugins-good, gstreamer1.0-plugins-bad et gstreamer1.0-libav —, puis rouvrez le projet.</translation>
    </message>
    <message>
        <source>This video cannot be played in the editor: its file cannot be read (permission denied).</source>
        <translation>Cette vidéo ne peut pas être lue dans l’éditeur&#xa0;: son fichier est illisible (accès refusé).</translation>
    </message>
    <message>
        <source>This video cannot be played in the editor: its file could not be reached.</source>
        <translation>Cette vidéo ne peut pas être lue dans l’éditeur&#xa0;: son fichier est inaccessible.</translation>
    </message>
    <message>
        <source>This video cannot be played in the editor.</source>
        <translation>Cette vidéo ne peut pas être lue dans l’éditeur.</translation>
    </message>
</context>
<context>
    <name>App::XliffExportDialog</name>
    <message>
        <source>Export XLIFF</source>
        <translation>Exporter en XLIFF</translation>
    </message>
    <message>
        <source>&amp;Target language:</source>
        <translation>Langue &amp;cible&#xa0;:</translation>
    </message>
    <message>
        <source>XLIFF 1.2 (most translation tools)</source>
        <translation>XLIFF 1.2 (la plupart des outils de traduction)</translation>
    </message>
    <message>
        <source>XLIFF 2.0</source>
        <translation>XLIFF 2.0</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pre-fill untranslated texts with exact translation memory matches, to review</source>
        <translation>&amp;Pré-remplir les textes non traduits avec les correspondances exactes de la mémoire de traduction, à relire</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The course has no target language yet: add one with the language selector first.</source>
        <translation>Le cours n’a pas encore de langue cible&#xa0;: ajoutez-en une avec le sélecteur de langue.</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>Fichiers XLIFF (*.xlf *.xliff)</translation>
    </message>
</context>
<context>
    <name>App::XliffImportDialog</name>
    <message>
        <source>Import XLIFF</source>
        <translation>Importer un XLIFF</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Import nothing if a unit is refused</source>
        <translation>Ne rien importer si une unité est refusée</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Translation(s)</source>
        <translation>
            <numerusform>&amp;Importer %n traduction</numerusform>
            <numerusform>&amp;Importer %n traductions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n unit(s).</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: %n unité.</numerusform>
            <numerusform>%1 (%2)&#xa0;: %n unités.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) to apply</source>
        <translation>
            <numerusform>%n traduction à appliquer</numerusform>
            <numerusform>%n traductions à appliquer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not translated yet</source>
        <translation>
            <numerusform>%n pas encore traduite</numerusform>
            <numerusform>%n pas encore traduites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused units stay as they are in the project; fix them in the XLIFF file and import it again.</source>
        <translation>Les unités refusées restent telles quelles dans le projet&#x202f;; corrigez-les dans le fichier XLIFF et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff);;All files (*)</source>
        <translation>Fichiers XLIFF (*.xlf *.xliff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Translation Memory</source>
        <translation>Mémoire de traduction</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <source>Add slide</source>
        <translation>Ajouter une diapositive</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Déplacer la section</translation>
    </message>
    <message>
        <source>Move slide</source>
        <translation>Déplacer la diapositive</translation>
    </message>
    <message>
        <source>Remove media</source>
        <translation>Retirer le média</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>Delete slide</source>
        <translation>Supprimer la diapositive</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <source>Edit course details</source>
        <translation>Modifier la description du cours</translation>
    </message>
    <message>
        <source>Change course settings</source>
        <translation>Modifier les paramètres du cours</translation>
    </message>
    <message>
        <source>Rename slide</source>
        <translation>Renommer la diapositive</translation>
    </message>
    <message>
        <source>%1: course.xml, line %2: %3</source>
        <translation>%1&#xa0;: course.xml, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; of %2 %3</source>
        <translation>l’attribut «&#xa0;%1&#xa0;» de %2 %3</translation>
    </message>
    <message>
        <source>%1 has an unknown attribute &quot;%2&quot;.</source>
        <translation>%1 a un attribut inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 has the attribute &quot;%2&quot; twice.</source>
        <translation>%1 a deux fois l’attribut «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 cannot contain text.</source>
        <translation>%1 ne peut pas contenir de texte.</translation>
    </message>
    <message>
        <source>%1 is not allowed in %2.</source>
        <translation>%1 n’est pas autorisé dans %2.</translation>
    </message>
    <message>
        <source>%1 appears more than once in %2.</source>
        <translation>%1 apparaît plus d’une fois dans %2.</translation>
    </message>
    <message>
        <source>%1 lacks the required element &lt;%2&gt;.</source>
        <translation>%1 n’a pas l’élément obligatoire &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>%1 holds an element %2: text, rich text included, must be escaped (&amp;lt;p&amp;gt;) or in a CDATA section.</source>
        <translation>%1 contient un élément %2&#xa0;: le texte, même enrichi, doit être échappé (&amp;lt;p&amp;gt;) ou placé dans une section CDATA.</translation>
    </message>
    <message>
        <source>%1 lacks the required attribute &quot;%2&quot;.</source>
        <translation>%1 n’a pas l’attribut obligatoire «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>is out of range: %1 is not between %2 and %3.</source>
        <translation>est hors limites&#xa0;: %1 n’est pas entre %2 et %3.</translation>
    </message>
    <message>
        <source>is not an integer: &quot;%1&quot;.</source>
        <translation>n’est pas un entier&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>is not a finite number: &quot;%1&quot;.</source>
        <translation>n’est pas un nombre fini&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>must be &quot;true&quot; or &quot;false&quot;, not &quot;%1&quot;.</source>
        <translation>doit valoir «&#xa0;true&#xa0;» ou «&#xa0;false&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>has an unknown value &quot;%1&quot;.</source>
        <translation>a une valeur inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>is not a colour of the form #rrggbb: &quot;%1&quot;.</source>
        <translation>n’est pas une couleur de la forme #rrggbb&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>is not a valid identifier (empty or with spaces): &quot;%1&quot;.</source>
        <translation>n’est pas un identifiant valide (vide ou avec des espaces)&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>is not a SHA-256 (64 lowercase hex digits): &quot;%1&quot;.</source>
        <translation>n’est pas un SHA-256 (64 chiffres hexadécimaux en minuscules)&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 refers to the media %2, which is not listed in &lt;media&gt;.</source>
        <translation>%1 fait référence au média %2, qui n’est pas listé dans &lt;media&gt;.</translation>
    </message>
    <message>
        <source>the %1 id &quot;%2&quot; is used twice.</source>
        <translation>l’identifiant de %1 «&#xa0;%2&#xa0;» est utilisé deux fois.</translation>
    </message>
    <message>
        <source>%1: course.xml is not well-formed XML (line %2: %3).</source>
        <translation>%1&#xa0;: course.xml n’est pas du XML bien formé (ligne %2&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1: course.xml is not well-formed XML (line %2: text outside the root element).</source>
        <translation>%1&#xa0;: course.xml n’est pas du XML bien formé (ligne %2&#xa0;: texte hors de l’élément racine).</translation>
    </message>
    <message>
        <source>%1: course.xml has more than one root element (line %2).</source>
        <translation>%1&#xa0;: course.xml a plus d’un élément racine (ligne %2).</translation>
    </message>
    <message>
        <source>%1: course.xml has no root element.</source>
        <translation>%1&#xa0;: course.xml n’a pas d’élément racine.</translation>
    </message>
    <message>
        <source>the root element is %1, not &lt;capsule&gt;: this is not a Capsule course.</source>
        <translation>l’élément racine est %1, pas &lt;capsule&gt;&#xa0;: ce n’est pas un cours Capsule.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Capsule (format %2); this version reads format %3.</source>
        <translation>%1 a été enregistré par une version plus récente de Capsule (format %2)&#x202f;; cette version lit le format %3.</translation>
    </message>
    <message>
        <source>is not a format version: &quot;%1&quot;.</source>
        <translation>n’est pas une version de format&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;capsule&gt; must declare xmlns=&quot;%1&quot;.</source>
        <translation>&lt;capsule&gt; doit déclarer xmlns=&quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the media %1 is listed twice.</source>
        <translation>le média %1 est listé deux fois.</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>est vide.</translation>
    </message>
    <message>
        <source>%1 has a width without a height or the reverse.</source>
        <translation>%1 a une largeur sans hauteur, ou l’inverse.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>slide</source>
        <translation>diapositive</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>trou</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>paire</translation>
    </message>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>Untitled course</source>
        <translation>Cours sans titre</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot; (available: blank, sample).</source>
        <translation>Modèle inconnu «&#xa0;%1&#xa0;» (disponibles&#xa0;: blank, sample).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2 (%3) is not a supported media type. Capsule accepts PNG, JPEG, GIF, WebP and SVG images, MP4 and WebM videos, WebVTT captions and MP3, Ogg and M4A audio.</source>
        <translation>Impossible d’importer «&#xa0;%1&#xa0;»&#xa0;: %2 (%3) n’est pas un type de média pris en charge. Capsule accepte les images PNG, JPEG, GIF, WebP et SVG, les vidéos MP4 et WebM, les sous-titres WebVTT et le son MP3, Ogg et M4A.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file is not a valid WebP image.</source>
        <translation>Impossible d’importer «&#xa0;%1&#xa0;»&#xa0;: le fichier n’est pas une image WebP valide.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file is not a valid %2 image.</source>
        <translation>Impossible d’importer «&#xa0;%1&#xa0;»&#xa0;: le fichier n’est pas une image %2 valide.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid cue timing line; expected “00:00:01.000 --&gt; 00:00:04.000” (hours are optional).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une ligne de minutage valide&#x202f;; attendu&#xa0;: «&#xa0;00:00:01.000 --&gt; 00:00:04.000&#xa0;» (les heures sont facultatives).</translation>
    </message>
    <message>
        <source>the cue ends (%1) before it starts (%2).</source>
        <translation>le sous-titre se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file does not exist.</source>
        <translation>Impossible d’importer «&#xa0;%1&#xa0;»&#xa0;: le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is a folder, not a file.</source>
        <translation>Impossible d’importer «&#xa0;%1&#xa0;»&#xa0;: c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file is empty.</source>
        <translation>Impossible d’importer «&#xa0;%1&#xa0;»&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>unnamed data</source>
        <translation>données sans nom</translation>
    </message>
    <message>
        <source>a WebVTT file must start with “WEBVTT”.</source>
        <translation>un fichier WebVTT doit commencer par «&#xa0;WEBVTT&#xa0;».</translation>
    </message>
    <message>
        <source>the cue “%1” has no timing line; expected “00:00:01.000 --&gt; 00:00:04.000” after its identifier.</source>
        <translation>le sous-titre «&#xa0;%1&#xa0;» n’a pas de ligne de minutage&#x202f;; attendu&#xa0;: «&#xa0;00:00:01.000 --&gt; 00:00:04.000&#xa0;» après son identifiant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: the media file %2 has %3 bytes instead of %4.</source>
        <translation>%1 est endommagé&#xa0;: le fichier média %2 fait %3 octets au lieu de %4.</translation>
    </message>
    <message>
        <source>%1 is damaged: the content of the media file %2 does not match its checksum.</source>
        <translation>%1 est endommagé&#xa0;: le contenu du fichier média %2 ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>%1: the media file &quot;%2&quot; would be stored under the unsafe name &quot;%3&quot;.</source>
        <translation>%1&#xa0;: le fichier média «&#xa0;%2&#xa0;» serait stocké sous le nom dangereux «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is damaged: the media file %2 is missing.</source>
        <translation>%1 est endommagé&#xa0;: le fichier média %2 est manquant.</translation>
    </message>
    <message>
        <source>%1 is incomplete: the media file %2 is missing.</source>
        <translation>%1 est incomplet&#xa0;: le fichier média %2 est manquant.</translation>
    </message>
    <message>
        <source>%1: cannot read the media file %2 (%3).</source>
        <translation>%1&#xa0;: impossible de lire le fichier média %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not a Capsule project: the file is damaged or is not a zip archive.</source>
        <translation>%1 n’est pas un projet Capsule&#xa0;: le fichier est endommagé ou n’est pas une archive zip.</translation>
    </message>
    <message>
        <source>%1 is not a Capsule project: it has no course.xml.</source>
        <translation>%1 n’est pas un projet Capsule&#xa0;: il ne contient pas de course.xml.</translation>
    </message>
    <message>
        <source>%1 is not a Capsule project folder: it has no course.xml.</source>
        <translation>%1 n’est pas un dossier de projet Capsule&#xa0;: il ne contient pas de course.xml.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 was not saved because the course breaks a rule of the file format: %2</source>
        <translation>%1 n’a pas été enregistré, car le cours enfreint une règle du format de fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not saved: the media file %2 has %3 bytes instead of %4.</source>
        <translation>%1 n’a pas été enregistré&#xa0;: le fichier média %2 fait %3 octets au lieu de %4.</translation>
    </message>
    <message>
        <source>%1 was not saved: the content of the media file %2 does not match its checksum.</source>
        <translation>%1 n’a pas été enregistré&#xa0;: le contenu du fichier média %2 ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>%1 was not saved: the media file %2 changed on disk (%3).</source>
        <translation>%1 n’a pas été enregistré&#xa0;: le fichier média %2 a changé sur le disque (%3).</translation>
    </message>
    <message>
        <source>The media bytes are not available.</source>
        <translation>Les octets du média ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Section %1 › Slide %2</source>
        <translation>Section %1 › Diapositive %2</translation>
    </message>
    <message>
        <source>Section %1 › Slide %2 « %3 »</source>
        <translation>Section %1 › Diapositive %2 «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Section %1 « %2 »</source>
        <translation>Section %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The course has no title.</source>
        <translation>Le cours n’a pas de titre.</translation>
    </message>
    <message>
        <source>The course has no slides.</source>
        <translation>Le cours n’a aucune diapositive.</translation>
    </message>
    <message>
        <source>The passing score is %1 %; it must be between 0 and 100 %.</source>
        <translation>Le seuil de réussite est de %1&#xa0;%&#x202f;; il doit être compris entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The theme logo (%1) is not in the media library.</source>
        <translation>Le logo du thème (%1) n’est pas dans la médiathèque.</translation>
    </message>
    <message>
        <source>The section id “%1” is invalid: ids must be non-empty and contain no white space.</source>
        <translation>L’identifiant de section «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: un identifiant doit être non vide et sans espace.</translation>
    </message>
    <message>
        <source>This section has the same id (“%1”) as section %2.</source>
        <translation>Cette section a le même identifiant («&#xa0;%1&#xa0;») que la section %2.</translation>
    </message>
    <message>
        <source>The slide id “%1” is invalid: ids must be non-empty and contain no white space.</source>
        <translation>L’identifiant de diapositive «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: un identifiant doit être non vide et sans espace.</translation>
    </message>
    <message>
        <source>This slide has the same id (“%1”) as slide %2 of section %3.</source>
        <translation>Cette diapositive a le même identifiant («&#xa0;%1&#xa0;») que la diapositive %2 de la section %3.</translation>
    </message>
    <message>
        <source>%1 contains HTML outside the safe subset (an element, attribute or link that is not allowed, a comment, or a tag that is not closed).</source>
        <translation>%1 contient du HTML hors du sous-ensemble sûr (un élément, un attribut ou un lien non autorisé, un commentaire ou une balise non fermée).</translation>
    </message>
    <message>
        <source>Block %1 is a heading of level %2; heading levels go from 2 to 4.</source>
        <translation>Le bloc %1 est un titre de niveau %2&#x202f;; les niveaux de titre vont de 2 à 4.</translation>
    </message>
    <message>
        <source>The text of block %1</source>
        <translation>Le texte du bloc %1</translation>
    </message>
    <message>
        <source>The callout of block %1</source>
        <translation>L’encadré du bloc %1</translation>
    </message>
    <message>
        <source>Block %1 is an image block without an image.</source>
        <translation>Le bloc %1 est un bloc image sans image.</translation>
    </message>
    <message>
        <source>The image of block %1 (%2) is not in the media library.</source>
        <translation>L’image du bloc %1 (%2) n’est pas dans la médiathèque.</translation>
    </message>
    <message>
        <source>The file of image block %1 (“%2”) is not an image but %3.</source>
        <translation>Le fichier du bloc image %1 («&#xa0;%2&#xa0;») n’est pas une image, mais %3.</translation>
    </message>
    <message>
        <source>The image of block %1 has no alternative text for screen readers.</source>
        <translation>L’image du bloc %1 n’a pas de texte de remplacement pour les lecteurs d’écran.</translation>
    </message>
    <message>
        <source>The question has no prompt.</source>
        <translation>La question n’a pas d’énoncé.</translation>
    </message>
    <message>
        <source>The prompt</source>
        <translation>L’énoncé</translation>
    </message>
    <message>
        <source>The feedback for a correct answer</source>
        <translation>Le commentaire pour une bonne réponse</translation>
    </message>
    <message>
        <source>The feedback for a wrong answer</source>
        <translation>Le commentaire pour une mauvaise réponse</translation>
    </message>
    <message>
        <source>The question is worth %1 points; points must be zero or more.</source>
        <translation>La question vaut %1 points&#x202f;; les points doivent être positifs ou nuls.</translation>
    </message>
    <message>
        <source>A matching question needs at least 2 pairs (it has %1).</source>
        <translation>Une question d’association nécessite au moins 2 paires (elle en a %1).</translation>
    </message>
    <message>
        <source>A sequencing question needs at least 2 items (it has %1).</source>
        <translation>Une question de remise en ordre nécessite au moins 2 éléments (elle en a %1).</translation>
    </message>
    <message>
        <source>A Likert question needs at least 2 scale labels (it has %1).</source>
        <translation>Une question de Likert nécessite au moins 2 libellés d’échelle (elle en a %1).</translation>
    </message>
    <message>
        <source>The question has no correct answer, so it cannot be scored.</source>
        <translation>La question n’a pas de bonne réponse&#xa0;: elle ne peut pas être notée.</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Choix %1</translation>
    </message>
    <message>
        <source>The feedback of choice %1</source>
        <translation>Le commentaire du choix %1</translation>
    </message>
    <message>
        <source>A choice question needs at least 2 choices (it has %1).</source>
        <translation>Une question à choix nécessite au moins 2 choix (elle en a %1).</translation>
    </message>
    <message>
        <source>A single-choice question needs exactly one correct answer (it has none).</source>
        <translation>Une question à choix unique nécessite exactement une bonne réponse (elle n’en a aucune).</translation>
    </message>
    <message>
        <source>A single-choice question needs exactly one correct answer (it has %1).</source>
        <translation>Une question à choix unique nécessite exactement une bonne réponse (elle en a %1).</translation>
    </message>
    <message>
        <source>A multiple-response question needs at least one correct answer.</source>
        <translation>Une question à choix multiples nécessite au moins une bonne réponse.</translation>
    </message>
    <message>
        <source>A fill-in question needs at least one blank.</source>
        <translation>Un texte à trous nécessite au moins un trou.</translation>
    </message>
    <message>
        <source>Blank %1 of the fill-in question has no accepted answer.</source>
        <translation>Le trou %1 du texte à trous n’a aucune réponse acceptée.</translation>
    </message>
    <message numerus="yes">
        <source>The fill-in text refers to blank [[%1]], but the question has %n blank(s).</source>
        <translation>
            <numerusform>Le texte à trous fait référence au trou [[%1]], mais la question n’a que %n trou.</numerusform>
            <numerusform>Le texte à trous fait référence au trou [[%1]], mais la question n’a que %n trous.</numerusform>
        </translation>
    </message>
    <message>
        <source>The expected numeric answer is not a finite number.</source>
        <translation>La réponse numérique attendue n’est pas un nombre fini.</translation>
    </message>
    <message>
        <source>The accepted range is empty: the minimum (%1) is greater than the maximum (%2).</source>
        <translation>L’intervalle accepté est vide&#xa0;: le minimum (%1) est supérieur au maximum (%2).</translation>
    </message>
    <message>
        <source>The tolerance (%1) is negative.</source>
        <translation>La tolérance (%1) est négative.</translation>
    </message>
    <message>
        <source>The answer id “%1” is invalid: ids must be non-empty and contain no white space.</source>
        <translation>L’identifiant de réponse «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: un identifiant doit être non vide et sans espace.</translation>
    </message>
    <message>
        <source>The answer id “%1” is used more than once in this question.</source>
        <translation>L’identifiant de réponse «&#xa0;%1&#xa0;» est utilisé plusieurs fois dans cette question.</translation>
    </message>
    <message>
        <source>The video slide has no video.</source>
        <translation>La diapositive vidéo n’a pas de vidéo.</translation>
    </message>
    <message>
        <source>The video (%1) is not in the media library.</source>
        <translation>La vidéo (%1) n’est pas dans la médiathèque.</translation>
    </message>
    <message>
        <source>The file “%1” of the video slide is not a video but %2.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» de la diapositive vidéo n’est pas une vidéo, mais %2.</translation>
    </message>
    <message>
        <source>The poster image (%1) is not in the media library.</source>
        <translation>L’image d’affiche (%1) n’est pas dans la médiathèque.</translation>
    </message>
    <message>
        <source>The poster “%1” is not an image but %2.</source>
        <translation>L’affiche «&#xa0;%1&#xa0;» n’est pas une image, mais %2.</translation>
    </message>
    <message>
        <source>The share of the video to watch is %1 %; it must be between 0 and 100 %.</source>
        <translation>La part de la vidéo à regarder est de %1&#xa0;%&#x202f;; elle doit être comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Caption track %1 has no WebVTT file.</source>
        <translation>La piste de sous-titres %1 n’a pas de fichier WebVTT.</translation>
    </message>
    <message>
        <source>The file of caption track %1 (%2) is not in the media library.</source>
        <translation>Le fichier de la piste de sous-titres %1 (%2) n’est pas dans la médiathèque.</translation>
    </message>
    <message>
        <source>The file “%1” of caption track %2 is not a WebVTT file but %3.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» de la piste de sous-titres %2 n’est pas un fichier WebVTT, mais %3.</translation>
    </message>
    <message>
        <source>Caption track %1 has no language.</source>
        <translation>La piste de sous-titres %1 n’a pas de langue.</translation>
    </message>
    <message>
        <source>The video has no captions: learners who cannot hear it will miss what is said.</source>
        <translation>La vidéo n’a pas de sous-titres&#xa0;: les apprenants qui ne peuvent pas l’entendre manqueront ce qui est dit.</translation>
    </message>
    <message>
        <source>The message for a passed quiz</source>
        <translation>Le message en cas de réussite au quiz</translation>
    </message>
    <message>
        <source>The message for a failed quiz</source>
        <translation>Le message en cas d’échec au quiz</translation>
    </message>
    <message>
        <source>The completion rule requires passing the quiz, but the course has no graded question.</source>
        <translation>La règle d’achèvement exige de réussir le quiz, mais le cours n’a aucune question notée.</translation>
    </message>
    <message>
        <source>The completion rule requires watching the video, but the course has no video slide.</source>
        <translation>La règle d’achèvement exige de regarder la vidéo, mais le cours n’a aucune diapositive vidéo.</translation>
    </message>
    <message>
        <source>The course has a quiz but no result slide: learners will not see their score.</source>
        <translation>Le cours a un quiz, mais pas de diapositive de résultat&#xa0;: les apprenants ne verront pas leur score.</translation>
    </message>
    <message>
        <source>Saving a learner&apos;s progress may take about %1 characters, more than the %2 SCORM 1.2 allows: in SCORM 1.2 packages some answers may not be restored when a learner comes back.</source>
        <translation>L’enregistrement de la progression d’un apprenant peut occuper environ %1 caractères, plus que les %2 permis par SCORM 1.2&#xa0;: dans les paquets SCORM 1.2, certaines réponses risquent de ne pas être restaurées au retour de l’apprenant.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a file.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: ce n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a zip archive: the file is empty.</source>
        <translation>%1 est endommagé ou n’est pas une archive zip&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a zip archive (%2).</source>
        <translation>%1 est endommagé ou n’est pas une archive zip (%2).</translation>
    </message>
    <message>
        <source>%1 contains an unsafe entry name &quot;%2&quot; (absolute, with &quot;..&quot;, a backslash or a drive letter); it was not opened.</source>
        <translation>%1 contient un nom d’entrée dangereux «&#xa0;%2&#xa0;» (absolu, avec «&#xa0;..&#xa0;», une barre oblique inverse ou une lettre de lecteur)&#x202f;; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>%1 has no entry &quot;%2&quot;.</source>
        <translation>%1 n’a pas d’entrée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The entry &quot;%2&quot; of %1 is too large to be read into memory.</source>
        <translation>L’entrée «&#xa0;%2&#xa0;» de %1 est trop volumineuse pour être lue en mémoire.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%2&quot; in %1: %3.</source>
        <translation>Impossible de lire «&#xa0;%2&#xa0;» dans %1&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: cannot read &quot;%2&quot; (%3).</source>
        <translation>%1 est endommagé&#xa0;: impossible de lire «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>Reading &quot;%2&quot; in %1 was stopped.</source>
        <translation>La lecture de «&#xa0;%2&#xa0;» dans %1 a été interrompue.</translation>
    </message>
    <message>
        <source>Cannot write %1: the entry name &quot;%2&quot; is unsafe or used twice.</source>
        <translation>Impossible d’écrire %1&#xa0;: le nom d’entrée «&#xa0;%2&#xa0;» est dangereux ou utilisé deux fois.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 does not exist or is not a file.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2 n’existe pas ou n’est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: cannot read %2 (%3).</source>
        <translation>Impossible d’écrire %1&#xa0;: impossible de lire %2 (%3).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 has no entry &quot;%3&quot;.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2 n’a pas d’entrée «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write %1: the bytes of &quot;%2&quot; are not available.</source>
        <translation>Impossible d’écrire %1&#xa0;: les octets de «&#xa0;%2&#xa0;» ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>%1 was already written.</source>
        <translation>%1 a déjà été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is damaged: the content of &quot;%3&quot; does not match its checksum.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2 est endommagé, le contenu de «&#xa0;%3&#xa0;» ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>Cannot write %1: cannot read &quot;%2&quot; in %3 (%4).</source>
        <translation>Impossible d’écrire %1&#xa0;: impossible de lire «&#xa0;%2&#xa0;» dans %3 (%4).</translation>
    </message>
    <message>
        <source>unexpected end</source>
        <translation>fin inattendue</translation>
    </message>
    <message>
        <source>it changed while it was read</source>
        <translation>il a changé pendant sa lecture</translation>
    </message>
    <message>
        <source>%1 was not saved: the content of the media file %2 in %3 does not match its checksum.</source>
        <translation>%1 n’a pas été enregistré&#xa0;: le contenu du fichier média %2 dans %3 ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2</source>
        <translation>«&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>The content of the media file %1 does not match its checksum.</source>
        <translation>Le contenu du fichier média %1 ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2.</source>
        <translation>Impossible de remplacer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Writing %1 was cancelled.</source>
        <translation>L’écriture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 — slide “%2”</source>
        <extracomment>History entry: %1 is what was done (&quot;Edit pair&quot;), %2 the slide&apos;s title</extracomment>
        <translation>%1 — diapositive «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Add section “%1”</source>
        <translation>Ajouter la section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add slide “%1”</source>
        <translation>Ajouter la diapositive «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move section “%1”</source>
        <translation>Déplacer la section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move slide “%1”</source>
        <translation>Déplacer la diapositive «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete section “%1”</source>
        <translation>Supprimer la section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete slide “%1”</source>
        <translation>Supprimer la diapositive «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename section “%1”</source>
        <translation>Renommer la section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename slide “%1”</source>
        <translation>Renommer la diapositive «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: course.xml is not valid UTF-8 (byte offset %2, line %3); it was not read.</source>
        <translation>%1&#xa0;: course.xml n’est pas de l’UTF-8 valide (octet à la position %2, ligne %3)&#x202f;; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>%1: course.xml declares an entity (line %2); a Capsule file has no DOCTYPE and no entity declarations.</source>
        <translation>%1&#xa0;: course.xml déclare une entité (ligne %2)&#x202f;; un fichier Capsule n’a ni DOCTYPE ni déclaration d’entité.</translation>
    </message>
    <message>
        <source>%1: course.xml has a DOCTYPE (line %2); a Capsule file has no DOCTYPE and no entity declarations.</source>
        <translation>%1&#xa0;: course.xml contient un DOCTYPE (ligne %2)&#x202f;; un fichier Capsule n’a ni DOCTYPE ni déclaration d’entité.</translation>
    </message>
    <message>
        <source>The media file %1 is too large to be loaded (%2 bytes; the limit is %3 bytes).</source>
        <translation>Le fichier média %1 est trop volumineux pour être chargé (%2 octets&#x202f;; la limite est de %3 octets).</translation>
    </message>
    <message>
        <source>%1: course.xml is too large (%2 bytes; the limit is %3 bytes); it was not read.</source>
        <translation>%1&#xa0;: course.xml est trop volumineux (%2 octets&#x202f;; la limite est de %3 octets)&#x202f;; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>%1 contains the entry &quot;%2&quot; twice, so which one to read is ambiguous; it was not opened.</source>
        <translation>%1 contient deux fois l’entrée «&#xa0;%2&#xa0;»&#xa0;: impossible de savoir laquelle lire&#x202f;; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>%1 contains the folder entry &quot;%2&quot;; a Capsule file has no folder entries, only files. It was not opened.</source>
        <translation>%1 contient l’entrée de dossier «&#xa0;%2&#xa0;»&#x202f;; un fichier Capsule n’a pas d’entrée de dossier, seulement des fichiers. Il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>%1 is damaged: the entry &quot;%2&quot; inflates to more than the %3 bytes its zip directory declares.</source>
        <translation>%1 est endommagé&#xa0;: l’entrée «&#xa0;%2&#xa0;» se décompresse en plus des %3 octets que déclare le répertoire du zip.</translation>
    </message>
    <message>
        <source>Add question bank</source>
        <translation>Ajouter une banque de questions</translation>
    </message>
    <message>
        <source>Add question bank “%1”</source>
        <translation>Ajouter la banque de questions «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add question to bank</source>
        <translation>Ajouter une question à la banque</translation>
    </message>
    <message>
        <source>Add question to bank “%1”</source>
        <translation>Ajouter une question à la banque «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n questions to bank</source>
        <translation>
            <numerusform>Ajouter %n question à la banque</numerusform>
            <numerusform>Ajouter %n questions à la banque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n questions to bank “%1”</source>
        <translation>
            <numerusform>Ajouter %n question à la banque «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Ajouter %n questions à la banque «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Move bank question</source>
        <translation>Déplacer une question de banque</translation>
    </message>
    <message>
        <source>Move question “%1” to bank “%2”</source>
        <translation>Déplacer la question «&#xa0;%1&#xa0;» vers la banque «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Delete question bank</source>
        <translation>Supprimer la banque de questions</translation>
    </message>
    <message>
        <source>Delete question bank “%1”</source>
        <translation>Supprimer la banque de questions «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete bank question</source>
        <translation>Supprimer la question de banque</translation>
    </message>
    <message>
        <source>Delete bank question “%1”</source>
        <translation>Supprimer la question de banque «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename question bank</source>
        <translation>Renommer la banque de questions</translation>
    </message>
    <message>
        <source>Rename question bank “%1”</source>
        <translation>Renommer la banque de questions «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>question bank</source>
        <translation>banque de questions</translation>
    </message>
    <message>
        <source>a question bank holds only question slides, not &lt;slide kind=&quot;%1&quot;&gt;.</source>
        <translation>une banque de questions ne contient que des diapositives de question, pas &lt;slide kind=&quot;%1&quot;&gt;.</translation>
    </message>
    <message>
        <source>only a question slide has a difficulty, not &lt;slide kind=&quot;%1&quot;&gt;.</source>
        <translation>seule une diapositive de question a une difficulté, pas &lt;slide kind=&quot;%1&quot;&gt;.</translation>
    </message>
    <message>
        <source>has an unknown value &quot;%1&quot; (easy, medium or hard).</source>
        <translation>a une valeur inconnue «&#xa0;%1&#xa0;» (easy, medium ou hard).</translation>
    </message>
    <message>
        <source>&lt;draw&gt; names the question bank &quot;%1&quot; twice.</source>
        <translation>&lt;draw&gt; nomme deux fois la banque de questions «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>is out of range: %1 is not between -100 and 100.</source>
        <translation>est hors limites&#xa0;: %1 n’est pas entre -100 et 100.</translation>
    </message>
    <message>
        <source>Unnamed question bank</source>
        <translation>Banque de questions sans nom</translation>
    </message>
    <message>
        <source>Bank « %1 »</source>
        <translation>Banque «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 › Question %2</source>
        <translation>%1 › Question %2</translation>
    </message>
    <message>
        <source>%1 › Question %2 « %3 »</source>
        <translation>%1 › Question %2 «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>The draw slide draws from no question bank.</source>
        <translation>La diapositive de tirage ne tire dans aucune banque de questions.</translation>
    </message>
    <message>
        <source>The draw slide draws from a question bank that does not exist (%1).</source>
        <translation>La diapositive de tirage tire dans une banque de questions qui n’existe pas (%1).</translation>
    </message>
    <message>
        <source>The draw slide draws no question: set how many to draw.</source>
        <translation>La diapositive de tirage ne tire aucune question&#xa0;: indiquez combien en tirer.</translation>
    </message>
    <message numerus="yes">
        <source>The draw slide draws %n question(s), but its banks hold only %1.</source>
        <translation>
            <numerusform>La diapositive de tirage tire %n question, mais ses banques n’en contiennent que %1.</numerusform>
            <numerusform>La diapositive de tirage tire %n questions, mais ses banques n’en contiennent que %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The draw slide draws %n question(s) tagged “%1”, but its banks hold only %2 with that tag.</source>
        <translation>
            <numerusform>La diapositive de tirage tire %n question étiquetée «&#xa0;%1&#xa0;», mais ses banques n’en contiennent que %2 avec cette étiquette.</numerusform>
            <numerusform>La diapositive de tirage tire %n questions étiquetées «&#xa0;%1&#xa0;», mais ses banques n’en contiennent que %2 avec cette étiquette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The draw slide draws %n question(s) of difficulty “%1”, but its banks hold only %2.</source>
        <translation>
            <numerusform>La diapositive de tirage tire %n question de difficulté «&#xa0;%1&#xa0;», mais ses banques n’en contiennent que %2.</numerusform>
            <numerusform>La diapositive de tirage tire %n questions de difficulté «&#xa0;%1&#xa0;», mais ses banques n’en contiennent que %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The draw slide draws %n question(s) of difficulty “%1” tagged “%2”, but its banks hold only %3.</source>
        <translation>
            <numerusform>La diapositive de tirage tire %n question de difficulté «&#xa0;%1&#xa0;» étiquetée «&#xa0;%2&#xa0;», mais ses banques n’en contiennent que %3.</numerusform>
            <numerusform>La diapositive de tirage tire %n questions de difficulté «&#xa0;%1&#xa0;» étiquetées «&#xa0;%2&#xa0;», mais ses banques n’en contiennent que %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>easy</source>
        <translation>facile</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>difficile</translation>
    </message>
    <message>
        <source>The question bank id “%1” is invalid: ids must be non-empty and contain no white space.</source>
        <translation>L’identifiant de banque de questions «&#xa0;%1&#xa0;» est invalide&#xa0;: un identifiant doit être non vide et sans espace.</translation>
    </message>
    <message>
        <source>This question bank has the same id (“%1”) as bank %2.</source>
        <translation>Cette banque de questions a le même identifiant («&#xa0;%1&#xa0;») que la banque %2.</translation>
    </message>
    <message>
        <source>Question bank %1 has no name.</source>
        <translation>La banque de questions %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>Question bank %1 has the same name (“%2”) as bank %3.</source>
        <translation>La banque de questions %1 a le même nom («&#xa0;%2&#xa0;») que la banque %3.</translation>
    </message>
    <message>
        <source>The question bank has no questions.</source>
        <translation>La banque de questions ne contient aucune question.</translation>
    </message>
    <message>
        <source>The question id “%1” is invalid: ids must be non-empty and contain no white space.</source>
        <translation>L’identifiant de question «&#xa0;%1&#xa0;» est invalide&#xa0;: un identifiant doit être non vide et sans espace.</translation>
    </message>
    <message>
        <source>This question has the same id (“%1”) as another slide or bank question.</source>
        <translation>Cette question a le même identifiant («&#xa0;%1&#xa0;») qu’une autre diapositive ou question de banque.</translation>
    </message>
    <message>
        <source>%1 draw slides share question banks and draw %2 questions together, but those banks hold only %3: a question is never drawn twice in an attempt, so some draws will come up short.</source>
        <translation>%1 diapositives de tirage partagent des banques de questions et tirent ensemble %2 questions, mais ces banques n’en contiennent que %3&#xa0;: une question n’est jamais tirée deux fois dans une tentative, certains tirages seront donc incomplets.</translation>
    </message>
    <message>
        <source>The quote of block %1 is empty.</source>
        <translation>La citation du bloc %1 est vide.</translation>
    </message>
    <message>
        <source>The photo of block %1 (%2) is not in the media library.</source>
        <translation>La photo du bloc %1 (%2) n’est pas dans la médiathèque.</translation>
    </message>
    <message>
        <source>The key figure of block %1 has no number.</source>
        <translation>Le chiffre clé du bloc %1 n’a pas de valeur.</translation>
    </message>
    <message>
        <source>The button of block %1 has no label.</source>
        <translation>Le bouton du bloc %1 n’a pas de libellé.</translation>
    </message>
    <message>
        <source>The button of block %1 goes to a slide that is no longer in the course.</source>
        <translation>Le bouton du bloc %1 mène à une diapositive qui n’est plus dans le cours.</translation>
    </message>
    <message>
        <source>The button of block %1 has neither a web address nor a slide to go to.</source>
        <translation>Le bouton du bloc %1 n’a ni adresse web ni diapositive de destination.</translation>
    </message>
    <message>
        <source>The web address of block %1 (“%2”) is not an http:// or https:// address.</source>
        <translation>L’adresse web du bloc %1 («&#xa0;%2&#xa0;») n’est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>The table of block %1 has no rows.</source>
        <translation>Le tableau du bloc %1 n’a aucune ligne.</translation>
    </message>
    <message>
        <source>Block %1 is an audio block without a sound file.</source>
        <translation>Le bloc %1 est un bloc audio sans fichier son.</translation>
    </message>
    <message>
        <source>Block %1 is a video block without a video.</source>
        <translation>Le bloc %1 est un bloc vidéo sans vidéo.</translation>
    </message>
    <message>
        <source>The media of block %1 (%2) is not in the media library.</source>
        <translation>Le média du bloc %1 (%2) n’est pas dans la médiathèque.</translation>
    </message>
    <message>
        <source>The file of block %1 (“%2”) is %3, not %4.</source>
        <translation>Le fichier du bloc %1 («&#xa0;%2&#xa0;») est de type %3, pas %4.</translation>
    </message>
    <message>
        <source>a sound file</source>
        <translation>un fichier son</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>une vidéo</translation>
    </message>
    <message>
        <source>The audio of block %1 has no transcript for learners who cannot hear it.</source>
        <translation>L’audio du bloc %1 n’a pas de transcription pour les apprenants qui ne peuvent pas l’entendre.</translation>
    </message>
    <message>
        <source>A caption file of block %1 (%2) is not in the media library.</source>
        <translation>Un fichier de sous-titres du bloc %1 (%2) n’est pas dans la médiathèque.</translation>
    </message>
    <message>
        <source>Block %1 has no entries yet; learners would see nothing.</source>
        <translation>Le bloc %1 n’a encore aucun élément&#x202f;; les apprenants ne verraient rien.</translation>
    </message>
    <message>
        <source>Entry %1 of block %2</source>
        <translation>L’élément %1 du bloc %2</translation>
    </message>
    <message>
        <source>Entry %1 of block %2 has no title.</source>
        <translation>L’élément %1 du bloc %2 n’a pas de titre.</translation>
    </message>
    <message>
        <source>Picture %1 of block %2 has no image.</source>
        <translation>L’image %1 du bloc %2 n’a pas de fichier image.</translation>
    </message>
    <message>
        <source>The image of entry %1 of block %2 (%3) is not in the media library.</source>
        <translation>L’image de l’élément %1 du bloc %2 (%3) n’est pas dans la médiathèque.</translation>
    </message>
    <message>
        <source>The image of entry %1 of block %2 has no alternative text for screen readers.</source>
        <translation>L’image de l’élément %1 du bloc %2 n’a pas de texte de remplacement pour les lecteurs d’écran.</translation>
    </message>
    <message>
        <source>Change theme</source>
        <translation>Changer de thème</translation>
    </message>
    <message>
        <source>Import theme</source>
        <translation>Importer un thème</translation>
    </message>
    <message>
        <source>the root element is %1, not &lt;capsuleTheme&gt;: this is not a Capsule theme.</source>
        <translation>l’élément racine est %1, pas &lt;capsuleTheme&gt;&#xa0;: ce n’est pas un thème Capsule.</translation>
    </message>
    <message>
        <source>&lt;capsuleTheme&gt; must declare xmlns=&quot;%1&quot;.</source>
        <translation>&lt;capsuleTheme&gt; doit déclarer xmlns=&quot;%1&quot;.</translation>
    </message>
    <message>
        <source>is not a theme format version (3 or later): &quot;%1&quot;.</source>
        <translation>n’est pas une version de format de thème (3 ou plus)&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Editorial</source>
        <translation>Éditorial</translation>
    </message>
    <message>
        <source>Playful</source>
        <translation>Ludique</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Épuré</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Humanist sans-serif</source>
        <translation>Sans empattement humaniste</translation>
    </message>
    <message>
        <source>Geometric sans-serif</source>
        <translation>Sans empattement géométrique</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Avec empattements</translation>
    </message>
    <message>
        <source>Slab serif</source>
        <translation>Égyptienne</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Arrondie</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>Chasse fixe</translation>
    </message>
    <message>
        <source>System sans-serif</source>
        <translation>Sans empattement du système</translation>
    </message>
    <message>
        <source>%1: contrast %2:1, %3:1 needed</source>
        <translation>%1&#xa0;: contraste %2:1, il faut %3:1</translation>
    </message>
    <message>
        <source>Text on the page background</source>
        <translation>Texte sur le fond de page</translation>
    </message>
    <message>
        <source>Text on the card</source>
        <translation>Texte sur la carte</translation>
    </message>
    <message>
        <source>Text on a shaded area</source>
        <translation>Texte sur une zone grisée</translation>
    </message>
    <message>
        <source>Secondary text on the card</source>
        <translation>Texte secondaire sur la carte</translation>
    </message>
    <message>
        <source>Secondary text on the page background</source>
        <translation>Texte secondaire sur le fond de page</translation>
    </message>
    <message>
        <source>Text of an information box</source>
        <translation>Texte d’un encadré d’information</translation>
    </message>
    <message>
        <source>Muted text on the card</source>
        <translation>Texte atténué sur la carte</translation>
    </message>
    <message>
        <source>Muted text on the page background</source>
        <translation>Texte atténué sur le fond de page</translation>
    </message>
    <message>
        <source>Muted text on a shaded area</source>
        <translation>Texte atténué sur une zone grisée</translation>
    </message>
    <message>
        <source>Text on the primary colour</source>
        <translation>Texte sur la couleur principale</translation>
    </message>
    <message>
        <source>Text on a hovered button</source>
        <translation>Texte d’un bouton survolé</translation>
    </message>
    <message>
        <source>Text on the accent colour</source>
        <translation>Texte sur la couleur d’accent</translation>
    </message>
    <message>
        <source>Links and primary text on the card</source>
        <translation>Liens et texte en couleur principale sur la carte</translation>
    </message>
    <message>
        <source>Primary text on the page background</source>
        <translation>Texte en couleur principale sur le fond de page</translation>
    </message>
    <message>
        <source>Current item in the outline</source>
        <translation>Élément actuel du sommaire</translation>
    </message>
    <message>
        <source>Text on a primary tint</source>
        <translation>Texte sur une teinte de la couleur principale</translation>
    </message>
    <message>
        <source>Success feedback</source>
        <translation>Message de réussite</translation>
    </message>
    <message>
        <source>Success text on the card</source>
        <translation>Texte de réussite sur la carte</translation>
    </message>
    <message>
        <source>Error feedback</source>
        <translation>Message d’erreur</translation>
    </message>
    <message>
        <source>Error text on the card</source>
        <translation>Texte d’erreur sur la carte</translation>
    </message>
    <message>
        <source>Warning feedback</source>
        <translation>Message d’avertissement</translation>
    </message>
    <message>
        <source>Warning text on the card</source>
        <translation>Texte d’avertissement sur la carte</translation>
    </message>
    <message>
        <source>Text in the header</source>
        <translation>Texte de l’en-tête</translation>
    </message>
    <message>
        <source>%1: the theme refers to the media %2, which is not in the course.</source>
        <translation>%1&#xa0;: le thème fait référence au média %2, qui n’est pas dans le cours.</translation>
    </message>
    <message>
        <source>%1: the logo and cover image weigh %2 MB; a theme file holds at most %3 MB of images.</source>
        <translation>%1&#xa0;: le logo et l’image de couverture pèsent %2&#xa0;Mo&#x202f;; un fichier de thème contient au plus %3&#xa0;Mo d’images.</translation>
    </message>
    <message>
        <source>%1 is too large for a theme file (%2 bytes; the limit is %3 bytes); it was not read.</source>
        <translation>%1 est trop volumineux pour un fichier de thème (%2&#xa0;octets&#x202f;; la limite est de %3&#xa0;octets)&#x202f;; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>%1 is not a Capsule theme: the file is damaged or is not a zip archive.</source>
        <translation>%1 n’est pas un thème Capsule&#xa0;: le fichier est endommagé ou n’est pas une archive zip.</translation>
    </message>
    <message>
        <source>%1 is not a Capsule theme: it has no theme.xml.</source>
        <translation>%1 n’est pas un thème Capsule&#xa0;: il ne contient pas de theme.xml.</translation>
    </message>
    <message>
        <source>%1: theme.xml is too large (%2 bytes; the limit is %3 bytes); it was not read.</source>
        <translation>%1&#xa0;: theme.xml est trop volumineux (%2&#xa0;octets&#x202f;; la limite est de %3&#xa0;octets)&#x202f;; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>%1: theme.xml lists the media %2, which the theme does not use.</source>
        <translation>%1&#xa0;: theme.xml liste le média %2, que le thème n’utilise pas.</translation>
    </message>
    <message>
        <source>%1: the media %2 is not an image (%3).</source>
        <translation>%1&#xa0;: le média %2 n’est pas une image (%3).</translation>
    </message>
    <message>
        <source>%1: the media %2 listed in theme.xml is missing.</source>
        <translation>%1&#xa0;: le média %2 listé dans theme.xml est absent.</translation>
    </message>
    <message>
        <source>%1: the bytes of the media %2 do not match its name (the file is damaged).</source>
        <translation>%1&#xa0;: les octets du média %2 ne correspondent pas à son nom (le fichier est endommagé).</translation>
    </message>
    <message>
        <source>%1: the theme refers to the media %2, which is not listed.</source>
        <translation>%1&#xa0;: le thème fait référence au média %2, qui n’est pas listé.</translation>
    </message>
    <message>
        <source>%1: unexpected entry &quot;%2&quot;; a theme file holds theme.xml and the media it lists, nothing else.</source>
        <translation>%1&#xa0;: entrée inattendue «&#xa0;%2&#xa0;»&#x202f;; un fichier de thème contient theme.xml et les médias qu’il liste, rien d’autre.</translation>
    </message>
    <message>
        <source>The cover image (%1) is not in the media library.</source>
        <translation>L’image de couverture (%1) n’est pas dans la médiathèque.</translation>
    </message>
    <message>
        <source>The cover image (%1) is not an image.</source>
        <translation>L’image de couverture (%1) n’est pas une image.</translation>
    </message>
    <message>
        <source>%1: the media %2 has %3 bytes; theme.xml says %4.</source>
        <translation>%1&#xa0;: le média %2 fait %3&#xa0;octets&#x202f;; theme.xml indique %4.</translation>
    </message>
    <message>
        <source>%1: the theme&apos;s media weigh more than %2 bytes in all; it was not read.</source>
        <translation>%1&#xa0;: les médias du thème pèsent plus de %2&#xa0;octets au total&#x202f;; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>%1: the media %2 is not a readable image: %3</source>
        <translation>%1&#xa0;: le média %2 n’est pas une image lisible&#xa0;: %3</translation>
    </message>
    <message>
        <source>Paste blocks</source>
        <translation>Coller des blocs</translation>
    </message>
    <message>
        <source>Paste block</source>
        <translation>Coller un bloc</translation>
    </message>
    <message>
        <source>Paste %1 blocks</source>
        <translation>Coller %1 blocs</translation>
    </message>
    <message>
        <source>Paste section “%1”</source>
        <translation>Coller la section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Paste %1 sections</source>
        <translation>Coller %1 sections</translation>
    </message>
    <message>
        <source>Pasted slides</source>
        <translation>Diapositives collées</translation>
    </message>
    <message>
        <source>Paste slide</source>
        <translation>Coller une diapositive</translation>
    </message>
    <message>
        <source>Paste %1 slides</source>
        <translation>Coller %1 diapositives</translation>
    </message>
    <message>
        <source>The selection uses %1 MB of media; at most %2 MB can be copied at once. Copy fewer slides, or slides with smaller media.</source>
        <translation>La sélection utilise %1&#xa0;Mo de médias&#x202f;; on ne peut pas en copier plus de %2&#xa0;Mo à la fois. Copiez moins de diapositives, ou des diapositives aux médias plus légers.</translation>
    </message>
    <message>
        <source>No slide is selected.</source>
        <translation>Aucune diapositive n’est sélectionnée.</translation>
    </message>
    <message>
        <source>No section is selected.</source>
        <translation>Aucune section n’est sélectionnée.</translation>
    </message>
    <message>
        <source>No block is selected.</source>
        <translation>Aucun bloc n’est sélectionné.</translation>
    </message>
    <message>
        <source>The selection takes %1 MB; at most %2 MB can be copied at once.</source>
        <translation>La sélection occupe %1&#xa0;Mo&#x202f;; on ne peut pas copier plus de %2&#xa0;Mo à la fois.</translation>
    </message>
    <message>
        <source>%1: the Capsule fragment takes %2 MB, more than the %3 MB Capsule reads; it was not read.</source>
        <translation>%1&#xa0;: le fragment Capsule occupe %2&#xa0;Mo, plus que les %3&#xa0;Mo que Capsule accepte&#x202f;; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>%1: Capsule fragment, line %2: %3</source>
        <translation>%1&#xa0;: fragment Capsule, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: not a Capsule fragment: the XML is not well-formed (line %2: %3).</source>
        <translation>%1&#xa0;: ce n’est pas un fragment Capsule&#xa0;: le XML est mal formé (ligne %2&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1: a Capsule fragment has no DOCTYPE (line %2).</source>
        <translation>%1&#xa0;: un fragment Capsule n’a pas de DOCTYPE (ligne %2).</translation>
    </message>
    <message>
        <source>%1: not a Capsule fragment: more than one root element.</source>
        <translation>%1&#xa0;: ce n’est pas un fragment Capsule&#xa0;: il y a plus d’un élément racine.</translation>
    </message>
    <message>
        <source>%1: not a Capsule fragment (the root element must be &lt;fragment xmlns=&quot;%2&quot;&gt;).</source>
        <translation>%1&#xa0;: ce n’est pas un fragment Capsule (l’élément racine doit être &lt;fragment xmlns=&quot;%2&quot;&gt;).</translation>
    </message>
    <message>
        <source>%1: the Capsule fragment comes from a newer version of Capsule (fragment format %2); this version reads format %3.</source>
        <translation>%1&#xa0;: le fragment vient d’une version plus récente de Capsule (format de fragment %2)&#x202f;; cette version lit le format %3.</translation>
    </message>
    <message>
        <source>&lt;fragment&gt; has no valid &quot;formatVersion&quot; (&quot;%1&quot;).</source>
        <translation>&lt;fragment&gt; n’a pas de «&#xa0;formatVersion&#xa0;» valide («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>&lt;fragment&gt; has an unknown kind &quot;%1&quot; (slides, sections or blocks).</source>
        <translation>&lt;fragment&gt; a un type inconnu «&#xa0;%1&#xa0;» (slides, sections ou blocks).</translation>
    </message>
    <message>
        <source>&lt;fragment&gt; has an unknown attribute &quot;%1&quot;.</source>
        <translation>&lt;fragment&gt; a un attribut inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;fragment&gt; lacks the required attribute &quot;kind&quot;.</source>
        <translation>il manque à &lt;fragment&gt; l’attribut obligatoire «&#xa0;kind&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;fragment&gt; cannot contain text.</source>
        <translation>&lt;fragment&gt; ne peut pas contenir de texte.</translation>
    </message>
    <message>
        <source>&lt;course&gt; appears more than once.</source>
        <translation>&lt;course&gt; apparaît plusieurs fois.</translation>
    </message>
    <message>
        <source>&lt;course&gt; has an unknown attribute &quot;%1&quot;.</source>
        <translation>&lt;course&gt; a un attribut inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;file&gt; must have exactly one attribute, &quot;id&quot;.</source>
        <translation>&lt;file&gt; doit avoir un seul attribut, «&#xa0;id&#xa0;».</translation>
    </message>
    <message>
        <source>the media %1 has two &lt;file&gt; elements.</source>
        <translation>le média %1 a deux éléments &lt;file&gt;.</translation>
    </message>
    <message>
        <source>%1 is not allowed in &lt;fragment&gt;.</source>
        <translation>%1 n’est pas autorisé dans &lt;fragment&gt;.</translation>
    </message>
    <message>
        <source>&lt;fragment&gt; lacks the required element &lt;course&gt;.</source>
        <translation>il manque à &lt;fragment&gt; l’élément obligatoire &lt;course&gt;.</translation>
    </message>
    <message>
        <source>&lt;course&gt; holds an element; it holds escaped text.</source>
        <translation>&lt;course&gt; contient un élément&#x202f;; il contient du texte échappé.</translation>
    </message>
    <message>
        <source>%1: the Capsule fragment lists the media %2 (%3) but does not hold its bytes.</source>
        <translation>%1&#xa0;: le fragment Capsule cite le média %2 (%3) mais n’en contient pas les octets.</translation>
    </message>
    <message>
        <source>&lt;file&gt; holds an element; it holds base64 text.</source>
        <translation>&lt;file&gt; contient un élément&#x202f;; il contient du texte en base64.</translation>
    </message>
    <message>
        <source>the bytes of the media %1 are not valid base64.</source>
        <translation>les octets du média %1 ne sont pas du base64 valide.</translation>
    </message>
    <message>
        <source>%1: the bytes of the media %2 (%3) in the Capsule fragment are damaged (their size or SHA-256 does not match).</source>
        <translation>%1&#xa0;: les octets du média %2 (%3) dans le fragment Capsule sont endommagés (leur taille ou leur SHA-256 ne correspond pas).</translation>
    </message>
    <message>
        <source>&lt;file&gt; holds the media %1, which the course part does not list.</source>
        <translation>&lt;file&gt; contient le média %1, que la partie de cours ne cite pas.</translation>
    </message>
    <message>
        <source>the course part does not hold what a &quot;%1&quot; fragment holds (see the file format documentation).</source>
        <translation>la partie de cours ne contient pas ce que contient un fragment «&#xa0;%1&#xa0;» (voir la documentation du format de fichier).</translation>
    </message>
    <message>
        <source>A button went to a slide that is not in this course; its link was removed.</source>
        <translation>Un bouton menait à une diapositive absente de ce cours&#x202f;; son lien a été retiré.</translation>
    </message>
    <message>
        <source>%1 buttons went to slides that are not in this course; their links were removed.</source>
        <translation>%1 boutons menaient à des diapositives absentes de ce cours&#x202f;; leurs liens ont été retirés.</translation>
    </message>
    <message>
        <source>A draw used a question bank that is not in this course; it no longer draws from it.</source>
        <translation>Un tirage utilisait une banque de questions absente de ce cours&#x202f;; il n’y puise plus.</translation>
    </message>
    <message>
        <source>%1 question banks used by draws are not in this course; the draws no longer use them.</source>
        <translation>%1 banques de questions utilisées par des tirages sont absentes de ce cours&#x202f;; les tirages ne les utilisent plus.</translation>
    </message>
    <message>
        <source>is not a branch target (&quot;slide:ID&quot; or &quot;section:ID&quot;): &quot;%1&quot;.</source>
        <translation>n’est pas une destination («&#xa0;slide:ID&#xa0;» ou «&#xa0;section:ID&#xa0;»)&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>only a result slide has &quot;%1&quot;, not &lt;slide kind=&quot;%2&quot;&gt;.</source>
        <translation>seule une diapositive de résultat a «&#xa0;%1&#xa0;», pas &lt;slide kind=&quot;%2&quot;&gt;.</translation>
    </message>
    <message>
        <source>&lt;slide kind=&quot;scenario&quot;&gt; has %1 &lt;response&gt; elements; a scenario has 2 to 4.</source>
        <translation>&lt;slide kind=&quot;scenario&quot;&gt; a %1 éléments &lt;response&gt;&#x202f;; une mise en situation en a de 2 à 4.</translation>
    </message>
    <message>
        <source>is not a response id (r1 to r4): &quot;%1&quot;.</source>
        <translation>n’est pas un identifiant de réponse (r1 à r4)&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>response</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>is out of range: %1 is not between -1000 and 1000.</source>
        <translation>est hors limites&#xa0;: %1 n’est pas entre -1000 et 1000.</translation>
    </message>
    <message>
        <source>The scenario has no situation.</source>
        <translation>La mise en situation n’a pas de situation.</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>La situation</translation>
    </message>
    <message>
        <source>The character image (%1) is not in the media library.</source>
        <translation>L’image du personnage (%1) n’est pas dans la médiathèque.</translation>
    </message>
    <message>
        <source>The character&apos;s file (“%1”) is not an image but %2.</source>
        <translation>Le fichier du personnage («&#xa0;%1&#xa0;») n’est pas une image mais %2.</translation>
    </message>
    <message>
        <source>The character image has no alternative text for screen readers.</source>
        <translation>L’image du personnage n’a pas de texte de remplacement pour les lecteurs d’écran.</translation>
    </message>
    <message>
        <source>The scenario needs 2 to 4 responses; it has %1.</source>
        <translation>La mise en situation demande 2 à 4 réponses&#x202f;; elle en a %1.</translation>
    </message>
    <message>
        <source>Response %1 has the id “%2”; ids are r1 to r4, each used once.</source>
        <translation>La réponse %1 a l’identifiant «&#xa0;%2&#xa0;»&#x202f;; les identifiants vont de r1 à r4, chacun utilisé une fois.</translation>
    </message>
    <message>
        <source>Response %1 has no text.</source>
        <translation>La réponse %1 n’a pas de texte.</translation>
    </message>
    <message>
        <source>Response %1 has no consequence: the learner sees nothing after choosing it.</source>
        <translation>La réponse %1 n’a pas de conséquence&#xa0;: l’apprenant ne voit rien après l’avoir choisie.</translation>
    </message>
    <message>
        <source>The consequence of response %1</source>
        <translation>La conséquence de la réponse %1</translation>
    </message>
    <message>
        <source>Response %1 leads to a slide or section that does not exist.</source>
        <translation>La réponse %1 mène à une diapositive ou une section qui n’existe pas.</translation>
    </message>
    <message>
        <source>Make section reached only by a branch</source>
        <translation>Réserver la section aux embranchements</translation>
    </message>
    <message>
        <source>Make section part of the normal flow</source>
        <translation>Remettre la section dans le parcours normal</translation>
    </message>
    <message>
        <source>Make section “%1” reached only by a branch</source>
        <translation>Réserver la section «&#xa0;%1&#xa0;» aux embranchements</translation>
    </message>
    <message>
        <source>Make section “%1” part of the normal flow</source>
        <translation>Remettre la section «&#xa0;%1&#xa0;» dans le parcours normal</translation>
    </message>
    <message>
        <source>A branch went to a slide or section that is not in this course; it now goes to the next slide.</source>
        <translation>Un embranchement menait à une diapositive ou une section absente de ce cours&#x202f;; il mène désormais à la diapositive suivante.</translation>
    </message>
    <message>
        <source>%1 branches went to slides or sections that are not in this course; they now go to the next slide.</source>
        <translation>%1 embranchements menaient à des diapositives ou des sections absentes de ce cours&#x202f;; ils mènent désormais à la diapositive suivante.</translation>
    </message>
    <message>
        <source>a slide that is not in the course</source>
        <translation>une diapositive absente du cours</translation>
    </message>
    <message>
        <source>a section that is not in the course</source>
        <translation>une section absente du cours</translation>
    </message>
    <message>
        <source>the section « %1 », which has no slides</source>
        <translation>la section «&#xa0;%1&#xa0;», qui n’a aucune diapositive</translation>
    </message>
    <message>
        <source>Answer %1 leads to %2.</source>
        <translation>La réponse %1 mène à %2.</translation>
    </message>
    <message>
        <source>A correct answer leads to %1.</source>
        <translation>Une bonne réponse mène à %1.</translation>
    </message>
    <message>
        <source>An incorrect answer leads to %1.</source>
        <translation>Une mauvaise réponse mène à %1.</translation>
    </message>
    <message>
        <source>A passed quiz leads to %1.</source>
        <translation>Un quiz réussi mène à %1.</translation>
    </message>
    <message>
        <source>A failed quiz leads to %1.</source>
        <translation>Un quiz échoué mène à %1.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Nothing branches to the section « %1 », which is only reached by a branch: learners never see its slides.</source>
        <translation>Aucun embranchement ne mène à la section «&#xa0;%1&#xa0;», réservée aux embranchements&#xa0;: les apprenants n’en voient jamais les diapositives.</translation>
    </message>
    <message>
        <source>No path leads to the slide « %1 »: learners never see it.</source>
        <translation>Aucun chemin ne mène à la diapositive «&#xa0;%1&#xa0;»&#xa0;: les apprenants ne la voient jamais.</translation>
    </message>
    <message>
        <source>The slide « %1 » is a dead end: every way out of it leads to a slide or section that does not exist.</source>
        <translation>La diapositive «&#xa0;%1&#xa0;» est une impasse&#xa0;: toutes ses sorties mènent à une diapositive ou une section qui n’existe pas.</translation>
    </message>
    <message>
        <source>The slide « %1 » ends the course inside a section reached only by a branch: learners never come back to the rest of the course.</source>
        <translation>La diapositive «&#xa0;%1&#xa0;» termine le cours dans une section réservée aux embranchements&#xa0;: les apprenants ne reviennent jamais au reste du cours.</translation>
    </message>
    <message>
        <source>From the slide « %1 » on, learners go round in a loop with no way to the end of the course.</source>
        <translation>À partir de la diapositive «&#xa0;%1&#xa0;», les apprenants tournent en boucle sans pouvoir atteindre la fin du cours.</translation>
    </message>
    <message>
        <source>Play section as a game</source>
        <translation>Jouer la section en mode jeu</translation>
    </message>
    <message>
        <source>Stop playing as a game</source>
        <translation>Ne plus jouer en mode jeu</translation>
    </message>
    <message>
        <source>Change game settings</source>
        <translation>Modifier les règles du jeu</translation>
    </message>
    <message>
        <source>This section is played as a game but has no graded question: there is nothing to score.</source>
        <translation>Cette section est jouée en mode jeu mais n’a aucune question notée&#xa0;: il n’y a rien à marquer.</translation>
    </message>
    <message>
        <source>With game bonuses, a learner who answers every question right but earns no bonus scores %1 %, below the passing score of %2 %.</source>
        <translation>Avec les bonus du jeu, un apprenant qui répond juste à toutes les questions sans gagner de bonus obtient %1&#xa0;%, sous le seuil de réussite de %2&#xa0;%.</translation>
    </message>
    <message>
        <source>a question has more than %1 &lt;region&gt; elements.</source>
        <translation>une question a plus de %1 éléments &lt;region&gt;.</translation>
    </message>
    <message>
        <source>a question has more than %1 &lt;dragItem&gt; elements.</source>
        <translation>une question a plus de %1 éléments &lt;dragItem&gt;.</translation>
    </message>
    <message>
        <source>drag item</source>
        <translation>élément à déposer</translation>
    </message>
    <message>
        <source>is not a percentage of the image (0 to 100): &quot;%1&quot;.</source>
        <translation>n’est pas un pourcentage de l’image (0 à 100)&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>is outside the image: %1 is not between 0 and 100.</source>
        <translation>sort de l’image&#xa0;: %1 n’est pas entre 0 et 100.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>is for rectangles; a polygon has only &quot;points&quot;.</source>
        <translation>est réservé aux rectangles&#x202f;; un polygone n’a que «&#xa0;points&#xa0;».</translation>
    </message>
    <message>
        <source>has %1 points; a region has at most %2.</source>
        <translation>a %1 points&#x202f;; une région en a au plus %2.</translation>
    </message>
    <message>
        <source>must be &quot;x,y&quot; pairs separated by spaces, not &quot;%1&quot;.</source>
        <translation>doit être une suite de paires «&#xa0;x,y&#xa0;» séparées par des espaces, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>is for polygons; add shape=&quot;polygon&quot; or use x, y, width and height.</source>
        <translation>est réservé aux polygones&#x202f;; ajoutez shape=&quot;polygon&quot; ou utilisez x, y, width et height.</translation>
    </message>
    <message>
        <source>the rectangle of &lt;region id=&quot;%1&quot;&gt; goes past the edge of the image.</source>
        <translation>le rectangle de &lt;region id=&quot;%1&quot;&gt; dépasse le bord de l’image.</translation>
    </message>
    <message>
        <source>The drag-and-drop question has no image.</source>
        <translation>La question de glisser-déposer n’a pas d’image.</translation>
    </message>
    <message>
        <source>The hotspot question has no image.</source>
        <translation>La question à zone à cliquer n’a pas d’image.</translation>
    </message>
    <message>
        <source>The image of the question (%1) is not in the media library.</source>
        <translation>L’image de la question (%1) n’est pas dans la médiathèque.</translation>
    </message>
    <message>
        <source>The file “%1” of the question is not an image but %2.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» de la question n’est pas une image mais %2.</translation>
    </message>
    <message>
        <source>The image of the question has no alternative text for screen readers.</source>
        <translation>L’image de la question n’a pas de texte de remplacement pour les lecteurs d’écran.</translation>
    </message>
    <message>
        <source>A drag-and-drop question needs at least one zone (it has none).</source>
        <translation>Une question de glisser-déposer doit avoir au moins une zone (elle n’en a aucune).</translation>
    </message>
    <message>
        <source>A hotspot question needs at least 2 regions (it has %1).</source>
        <translation>Une question à zone à cliquer doit avoir au moins 2 régions (elle en a %1).</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>La région %1</translation>
    </message>
    <message>
        <source>Region %1 (“%2”)</source>
        <translation>La région %1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 encloses no area: draw it with at least 3 points that are not on one line.</source>
        <translation>%1 ne délimite aucune surface&#xa0;: tracez-la avec au moins 3 points non alignés.</translation>
    </message>
    <message>
        <source>Region %1 has no name; learners using the keyboard or a screen reader choose regions by name.</source>
        <translation>La région %1 n’a pas de nom&#x202f;; les apprenants au clavier ou avec un lecteur d’écran choisissent les régions par leur nom.</translation>
    </message>
    <message>
        <source>A hotspot question needs at least one correct region.</source>
        <translation>Une question à zone à cliquer doit avoir au moins une bonne région.</translation>
    </message>
    <message>
        <source>A drag-and-drop question needs at least one item to place.</source>
        <translation>Une question de glisser-déposer doit avoir au moins un élément à placer.</translation>
    </message>
    <message>
        <source>Item %1 of the drag-and-drop question has no text.</source>
        <translation>L’élément %1 de la question de glisser-déposer n’a pas de texte.</translation>
    </message>
    <message>
        <source>Item %1 (“%2”) has no correct zone.</source>
        <translation>L’élément %1 («&#xa0;%2&#xa0;») n’a pas de bonne zone.</translation>
    </message>
    <message>
        <source>Item %1 (“%2”) belongs to the zone “%3”, which does not exist.</source>
        <translation>L’élément %1 («&#xa0;%2&#xa0;») correspond à la zone «&#xa0;%3&#xa0;», qui n’existe pas.</translation>
    </message>
    <message>
        <source>Add language %1</source>
        <translation>Ajouter la langue %1</translation>
    </message>
    <message>
        <source>Remove language %1</source>
        <translation>Retirer la langue %1</translation>
    </message>
    <message>
        <source>Set source language to %1</source>
        <translation>Choisir %1 comme langue source</translation>
    </message>
    <message>
        <source>%1 has the attribute &quot;%2&quot;, which came with format %3; this file is format %4.</source>
        <translation>%1 a l’attribut «&#xa0;%2&#xa0;», apparu avec le format %3&#x202f;; ce fichier est au format %4.</translation>
    </message>
    <message>
        <source>%1 came with format %2; this file is format %3.</source>
        <translation>%1 est apparu avec le format %2&#x202f;; ce fichier est au format %3.</translation>
    </message>
    <message>
        <source>a course has at most %1 target languages.</source>
        <translation>un cours a au plus %1 langues cibles.</translation>
    </message>
    <message>
        <source>is not a language tag such as &quot;en&quot;, &quot;en-GB&quot; or &quot;zh-Hant&quot;: &quot;%1&quot;.</source>
        <translation>n’est pas une étiquette de langue comme «&#xa0;en&#xa0;», «&#xa0;en-GB&#xa0;» ou «&#xa0;zh-Hant&#xa0;»&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is listed twice.</source>
        <translation>la langue «&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>is not a unit id (empty or with spaces): &quot;%1&quot;.</source>
        <translation>n’est pas un identifiant d’unité (vide ou avec des espaces)&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>is not a source hash (16 lowercase hex digits): &quot;%1&quot;.</source>
        <translation>n’est pas une empreinte de source (16 chiffres hexadécimaux en minuscules)&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; is translated twice into &quot;%2&quot;.</source>
        <translation>l’unité «&#xa0;%1&#xa0;» est traduite deux fois en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>block</source>
        <translation>bloc</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Encadré</translation>
    </message>
    <message>
        <source>Image and text</source>
        <translation>Image et texte</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Onglets</translation>
    </message>
    <message>
        <source>Accordion</source>
        <translation>Accordéon</translation>
    </message>
    <message>
        <source>Flip cards</source>
        <translation>Cartes à retourner</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Divider</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Spacer</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Bouton</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Labelled graphic</source>
        <translation>Image légendée</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Titre du cours</translation>
    </message>
    <message>
        <source>Course description</source>
        <translation>Description du cours</translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation>Section sans titre</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <source>Question bank “%1”</source>
        <translation>Banque de questions «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Untitled slide</source>
        <translation>Diapositive sans titre</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Titre de la diapositive</translation>
    </message>
    <message>
        <source>Message when passed</source>
        <translation>Message en cas de réussite</translation>
    </message>
    <message>
        <source>Message when failed</source>
        <translation>Message en cas d’échec</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Character, alternative text</source>
        <translation>Personnage, texte de remplacement</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>consequence</source>
        <translation>conséquence</translation>
    </message>
    <message>
        <source>poster</source>
        <translation>image d’affiche</translation>
    </message>
    <message>
        <source>captions “%1”</source>
        <translation>sous-titres «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>menu label</source>
        <translation>libellé du menu</translation>
    </message>
    <message>
        <source>alternative text</source>
        <translation>texte de remplacement</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>source de la citation</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>légende</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>transcription</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>Scale label %1</source>
        <translation>Libellé %1 de l’échelle</translation>
    </message>
    <message>
        <source>Text with blanks</source>
        <translation>Texte à trous</translation>
    </message>
    <message>
        <source>Blank %1</source>
        <translation>Trou %1</translation>
    </message>
    <message>
        <source>accepted answers, one per line</source>
        <translation>réponses acceptées, une par ligne</translation>
    </message>
    <message>
        <source>Pair %1</source>
        <translation>Paire %1</translation>
    </message>
    <message>
        <source>match</source>
        <translation>correspondance</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Élément %1</translation>
    </message>
    <message>
        <source>Picture, alternative text</source>
        <translation>Image, texte de remplacement</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>Item to drag %1</source>
        <translation>Élément à déposer %1</translation>
    </message>
    <message>
        <source>Feedback when correct</source>
        <translation>Commentaire en cas de bonne réponse</translation>
    </message>
    <message>
        <source>Feedback when incorrect</source>
        <translation>Commentaire en cas de mauvaise réponse</translation>
    </message>
    <message>
        <source>The language %1 is both the course&apos;s language and a target language; remove the target language.</source>
        <translation>La langue %1 est à la fois la langue du cours et une langue cible&#x202f;; retirez cette langue cible.</translation>
    </message>
    <message>
        <source>Translation into %1: %2 of %3 texts untranslated, %4 outdated since the source changed; learners see them in the course&apos;s language.</source>
        <translation>Traduction en %1&#xa0;: %2 textes sur %3 non traduits, %4 périmés depuis une modification de la source&#x202f;; les apprenants les voient dans la langue du cours.</translation>
    </message>
</context>
<context>
    <name>CourseSettingsExplainer</name>
    <message>
        <source>Without a language, the player&apos;s buttons and messages are in English.</source>
        <translation>Sans langue, les boutons et messages du lecteur sont en anglais.</translation>
    </message>
    <message>
        <source>“%1” is not a language code (such as fr, en-GB): the LMS will not be told the language.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue (comme fr ou en-GB)&#xa0;: la langue ne sera pas transmise au LMS.</translation>
    </message>
    <message>
        <source>The player&apos;s buttons and messages will be in French; captions in this language are switched on by default.</source>
        <translation>Les boutons et messages du lecteur seront en français&#x202f;; les sous-titres dans cette langue sont activés par défaut.</translation>
    </message>
    <message>
        <source>The player&apos;s buttons and messages will be in English; captions in this language are switched on by default.</source>
        <translation>Les boutons et messages du lecteur seront en anglais&#x202f;; les sous-titres dans cette langue sont activés par défaut.</translation>
    </message>
    <message>
        <source>The player is not translated into “%1” yet: its buttons and messages will be in English; captions in this language are switched on by default.</source>
        <translation>Le lecteur n’est pas encore traduit en «&#xa0;%1&#xa0;»&#xa0;: ses boutons et messages seront en anglais&#x202f;; les sous-titres dans cette langue sont activés par défaut.</translation>
    </message>
    <message>
        <source>Learners can open any slide at any time, from the outline or with Previous and Next.</source>
        <translation>Les apprenants peuvent ouvrir n’importe quelle diapositive à tout moment, depuis le plan ou avec Précédent et Suivant.</translation>
    </message>
    <message>
        <source>Next stays locked until the current slide is done; later slides in the outline stay locked too.</source>
        <translation>Suivant reste bloqué tant que la diapositive en cours n’est pas terminée&#x202f;; les diapositives suivantes du plan restent bloquées elles aussi.</translation>
    </message>
    <message>
        <source>Learners must open every slide; the course counts as completed once they have, whatever their quiz score.</source>
        <translation>Les apprenants doivent ouvrir chaque diapositive&#x202f;; le cours est alors considéré comme terminé, quel que soit leur score au quiz.</translation>
    </message>
    <message>
        <source>Learners must pass the quiz, but this course has no graded question yet: add one, or the export will be refused.</source>
        <translation>Les apprenants doivent réussir le quiz, mais ce cours n’a encore aucune question notée&#xa0;: ajoutez-en une, sinon l’export sera refusé.</translation>
    </message>
    <message>
        <source>Learners must pass the quiz; the course counts as completed as soon as they do, even if they skipped slides.</source>
        <translation>Les apprenants doivent réussir le quiz&#x202f;; le cours est considéré comme terminé dès qu’ils l’ont réussi, même s’ils ont sauté des diapositives.</translation>
    </message>
    <message>
        <source>Learners must open every slide and pass the quiz, but this course has no graded question yet: add one, or the export will be refused.</source>
        <translation>Les apprenants doivent ouvrir chaque diapositive et réussir le quiz, mais ce cours n’a encore aucune question notée&#xa0;: ajoutez-en une, sinon l’export sera refusé.</translation>
    </message>
    <message>
        <source>Learners must open every slide and pass the quiz; the course counts as completed only when both are done.</source>
        <translation>Les apprenants doivent ouvrir chaque diapositive et réussir le quiz&#x202f;; le cours n’est considéré comme terminé que lorsque les deux sont faits.</translation>
    </message>
    <message>
        <source>Learners must watch every video, but this course has no video slide yet: add one, or the export will be refused.</source>
        <translation>Les apprenants doivent regarder chaque vidéo, mais ce cours n’a encore aucune diapositive vidéo&#xa0;: ajoutez-en une, sinon l’export sera refusé.</translation>
    </message>
    <message>
        <source>Learners must watch each video up to its required percentage; the course counts as completed then, other slides are optional.</source>
        <translation>Les apprenants doivent regarder chaque vidéo jusqu’au pourcentage requis&#x202f;; le cours est alors considéré comme terminé, les autres diapositives sont facultatives.</translation>
    </message>
    <message>
        <source>Used once the course has graded questions: learners pass with at least %1% of the points.</source>
        <translation>S’appliquera quand le cours aura des questions notées&#xa0;: les apprenants réussiront avec au moins %1&#xa0;% des points.</translation>
    </message>
    <message>
        <source>Every learner who finishes the quiz passes; the LMS still receives the score as a percentage.</source>
        <translation>Tout apprenant qui termine le quiz le réussit&#x202f;; le LMS reçoit tout de même le score en pourcentage.</translation>
    </message>
    <message>
        <source>Learners pass with at least %1% of the quiz points; the LMS receives the score as a percentage.</source>
        <translation>Les apprenants réussissent avec au moins %1&#xa0;% des points du quiz&#x202f;; le LMS reçoit le score en pourcentage.</translation>
    </message>
    <message>
        <source>Learners who fail can retake the quiz as often as they like, so the course is never reported as failed.</source>
        <translation>Les apprenants qui échouent peuvent repasser le quiz autant de fois qu’ils le souhaitent&#xa0;: le cours n’est donc jamais signalé comme échoué.</translation>
    </message>
    <message>
        <source>One attempt only: a learner who fails the quiz is reported as failed straight away.</source>
        <translation>Une seule tentative&#xa0;: un apprenant qui échoue au quiz est aussitôt signalé comme ayant échoué.</translation>
    </message>
    <message>
        <source>One attempt only: the result slide offers no retake after a failed quiz.</source>
        <translation>Une seule tentative&#xa0;: la diapositive de résultat ne propose pas de repasser un quiz échoué.</translation>
    </message>
    <message>
        <source>After a failed attempt the result slide offers a retake; the course is reported as failed only once all %1 attempts are used.</source>
        <translation>Après une tentative échouée, la diapositive de résultat propose de repasser le quiz&#x202f;; l’échec n’est signalé qu’une fois les %1 tentatives épuisées.</translation>
    </message>
    <message>
        <source>After a failed attempt the result slide offers a retake, up to %1 attempts in all.</source>
        <translation>Après une tentative échouée, la diapositive de résultat propose de repasser le quiz, jusqu’à %1 tentatives en tout.</translation>
    </message>
    <message>
        <source>The LMS shows Completed once the completion rule is met and Incomplete until then; the quiz score is sent but never shown as Passed or Failed.</source>
        <translation>Le LMS affiche Terminé une fois la règle d’achèvement remplie, Incomplet jusque-là&#x202f;; le score du quiz est transmis, mais jamais affiché comme Réussi ou Échoué.</translation>
    </message>
    <message>
        <source>Moodle and other LMSs will show Passed once the completion rule is met (this course has no graded question) and Incomplete until then.</source>
        <translation>Moodle et les autres LMS afficheront Réussi une fois la règle d’achèvement remplie (ce cours n’a aucune question notée), Incomplet jusque-là.</translation>
    </message>
    <message>
        <source>Moodle will show Passed once the rule is met and the quiz passed, Incomplete until then; with unlimited attempts it never shows Failed.</source>
        <translation>Moodle affichera Réussi une fois la règle remplie et le quiz réussi, Incomplet jusque-là&#x202f;; avec des tentatives illimitées, il n’affiche jamais Échoué.</translation>
    </message>
    <message>
        <source>Moodle will show Passed or Failed; learners who fail can retry while attempts remain, and Failed appears only once the last one is used.</source>
        <translation>Moodle affichera Réussi ou Échoué&#x202f;; les apprenants qui échouent peuvent réessayer tant qu’il leur reste des tentatives, et Échoué n’apparaît qu’après la dernière.</translation>
    </message>
    <message>
        <source>The player uses the system font of each learner&apos;s device, always available and easy to read.</source>
        <translation>Le lecteur utilise la police système de l’appareil de chaque apprenant, toujours disponible et facile à lire.</translation>
    </message>
    <message>
        <source>Learners see %1 only if it is installed on their device; otherwise the player falls back to the system font.</source>
        <translation>Les apprenants ne voient %1 que si elle est installée sur leur appareil&#x202f;; sinon, le lecteur utilise la police système.</translation>
    </message>
    <message>
        <source>No logo: the player&apos;s top bar shows only the course title.</source>
        <translation>Aucun logo&#xa0;: la barre supérieure du lecteur n’affiche que le titre du cours.</translation>
    </message>
    <message>
        <source>Shown at the left of the player&apos;s top bar, 32 pixels high; the image is included in every package.</source>
        <translation>Affiché à gauche de la barre supérieure du lecteur, sur 32 pixels de haut&#x202f;; l’image est incluse dans chaque paquet.</translation>
    </message>
    <message>
        <source>Only with the completion rule “Quiz passed” and a graded question; otherwise the LMS always shows the course&apos;s own decision.</source>
        <translation>Seulement avec la règle d’achèvement «&#xa0;Quiz réussi&#xa0;» et une question notée&#x202f;; sinon, le LMS affiche toujours la décision du cours.</translation>
    </message>
    <message>
        <source>The course decides: the LMS shows the status the course reports, and Failed only once every attempt is used.</source>
        <translation>C’est le cours qui décide&#xa0;: le LMS affiche le statut transmis par le cours, et Échoué seulement une fois toutes les tentatives utilisées.</translation>
    </message>
    <message>
        <source>The LMS compares the score with %1% when the learner leaves: Moodle then shows Passed or Failed, even while attempts remain.</source>
        <translation>Le LMS compare le score à %1&#x202f;% quand l’apprenant quitte le cours&#xa0;: Moodle affiche alors Réussi ou Échoué, même s’il reste des tentatives.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The course cannot be exported until these problems are fixed:</source>
        <translation>Le cours ne peut pas être exporté tant que ces problèmes ne sont pas corrigés&#xa0;:</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>No file name was given for the package.</source>
        <translation>Aucun nom de fichier n’a été indiqué pour le paquet.</translation>
    </message>
    <message>
        <source>The learner player is missing (no index.html in %1).</source>
        <translation>Le lecteur de l’apprenant est absent (pas d’index.html dans %1).</translation>
    </message>
    <message>
        <source>The course uses media %1, which is not in its media library.</source>
        <translation>Le cours utilise le média %1, qui n’est pas dans sa médiathèque.</translation>
    </message>
    <message>
        <source>The bytes of media &quot;%1&quot; (%2) are not available.</source>
        <translation>Les octets du média «&#xa0;%1&#xa0;» (%2) ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>SCORM 2004 4th Edition</source>
        <translation>SCORM 2004 4e édition</translation>
    </message>
    <message>
        <source>SCORM 1.2</source>
        <translation>SCORM 1.2</translation>
    </message>
    <message>
        <source>SCORM 2004 4th Edition package: separate completion and success status</source>
        <translation>Paquet SCORM 2004 4e édition&#xa0;: statuts d’achèvement et de réussite séparés</translation>
    </message>
    <message>
        <source>SCORM 1.2 package: accepted by nearly every LMS</source>
        <translation>Paquet SCORM 1.2&#xa0;: accepté par presque tous les LMS</translation>
    </message>
    <message>
        <source>SCORM package (*.zip)</source>
        <translation>Paquet SCORM (*.zip)</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Web site in a zip: open index.html from disk or any web server, no LMS</source>
        <translation>Site web dans un zip&#xa0;: ouvrez index.html depuis le disque ou n’importe quel serveur web, sans LMS</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Where a problem is, then what it is; French puts a space before the colon.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Slide « %1 »: the captions “%2” are larger than %3 KiB, so the web package shows them from a web server but not when opened from disk.</source>
        <translation>Diapositive «&#xa0;%1&#xa0;»&#xa0;: les sous-titres «&#xa0;%2&#xa0;» dépassent %3&#xa0;Kio&#x202f;; le paquet web les affiche depuis un serveur web, mais pas quand il est ouvert depuis le disque.</translation>
    </message>
    <message>
        <source>Language %1: 1 text is not translated and appears in the source language.</source>
        <translation>Langue %1&#xa0;: 1 texte n’est pas traduit et s’affiche dans la langue source.</translation>
    </message>
    <message>
        <source>Language %1: %2 texts are not translated and appear in the source language.</source>
        <translation>Langue %1&#xa0;: %2 textes ne sont pas traduits et s’affichent dans la langue source.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag such as fr or en-GB. This course is in: %2 (or “all”).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue comme fr ou en-GB. Ce cours est en&#xa0;: %2 (ou «&#xa0;all&#xa0;»).</translation>
    </message>
    <message>
        <source>The course has no language “%1”. It is in: %2 (or “all”).</source>
        <translation>Le cours n’a pas de langue «&#xa0;%1&#xa0;». Il est en&#xa0;: %2 (ou «&#xa0;all&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>expected a question before “ANSWER:”</source>
        <translation>une question est attendue avant «&#xa0;ANSWER:&#xa0;»</translation>
    </message>
    <message>
        <source>too many questions (expected at most %1 in one file)</source>
        <translation>trop de questions (%1 au plus attendues dans un fichier)</translation>
    </message>
    <message>
        <source>choice %1 is given twice</source>
        <translation>le choix %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>expected the text of choice %1</source>
        <translation>le texte du choix %1 est attendu</translation>
    </message>
    <message>
        <source>expected choices like “A) …” and “B) …” before “ANSWER:”</source>
        <translation>des choix comme «&#xa0;A) …&#xa0;» et «&#xa0;B) …&#xa0;» sont attendus avant «&#xa0;ANSWER:&#xa0;»</translation>
    </message>
    <message>
        <source>expected one choice letter after “ANSWER:” (Aiken questions have one right answer), not “%1”</source>
        <translation>une seule lettre de choix est attendue après «&#xa0;ANSWER:&#xa0;» (les questions Aiken ont une seule bonne réponse), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected the letter of one of the choices (%1) after “ANSWER:”, not “%2”</source>
        <translation>la lettre d’un des choix (%1) est attendue après «&#xa0;ANSWER:&#xa0;», pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>expected at least 2 choices (found 1)</source>
        <translation>au moins 2 choix sont attendus (1 trouvé)</translation>
    </message>
    <message>
        <source>expected a choice like “%1) …” or “ANSWER: A” (the question at %2 has no answer yet)</source>
        <translation>un choix comme «&#xa0;%1) …&#xa0;» ou «&#xa0;ANSWER: A&#xa0;» est attendu (la question en %2 n’a pas encore de réponse)</translation>
    </message>
    <message>
        <source>expected “ANSWER:” before the end of the file (the question at %1 has no answer)</source>
        <translation>«&#xa0;ANSWER:&#xa0;» est attendu avant la fin du fichier (la question en %1 n’a pas de réponse)</translation>
    </message>
    <message>
        <source>cell too long (expected at most %1 characters in one cell)</source>
        <translation>cellule trop longue (%1 caractères au plus attendus dans une cellule)</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to close the cell opened at %1</source>
        <translation>«&#xa0;&quot;&#xa0;» est attendu pour fermer la cellule ouverte en %1</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; or the end of the line after the closing quote of the cell opened at %2 (write &quot;&quot; for a quote inside a cell)</source>
        <translation>«&#xa0;%1&#xa0;» ou la fin de la ligne est attendu après le guillemet fermant de la cellule ouverte en %2 (écrivez «&#xa0;&quot;&quot;&#xa0;» pour un guillemet dans une cellule)</translation>
    </message>
    <message>
        <source>too many columns (expected at most %1)</source>
        <translation>trop de colonnes (%1 au plus attendues)</translation>
    </message>
    <message>
        <source>expected a question type (%1), not “%2”</source>
        <translation>un type de question est attendu (%1), pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>expected the question in the prompt column</source>
        <translation>la question est attendue dans la colonne prompt</translation>
    </message>
    <message>
        <source>expected a number of points of zero or more, not “%1”</source>
        <translation>un nombre de points positif ou nul est attendu, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected yes or no in the shuffle column, not “%1”</source>
        <translation>yes ou no est attendu dans la colonne shuffle, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected true or false in the correct column, not “%1”</source>
        <translation>true ou false est attendu dans la colonne correct, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected at least %1 answers in the answer columns (found %2)</source>
        <translation>au moins %1 réponses sont attendues dans les colonnes answer (%2 trouvées)</translation>
    </message>
    <message>
        <source>expected the number or letter of a filled answer column in the correct column, not “%1”</source>
        <translation>le numéro ou la lettre d’une colonne answer remplie est attendu dans la colonne correct, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected the right answer&apos;s number or letter in the correct column (1 or A for answer1)</source>
        <translation>le numéro ou la lettre de la bonne réponse est attendu dans la colonne correct (1 ou A pour answer1)</translation>
    </message>
    <message>
        <source>expected one right answer for a single-choice question (found %1; use multiple-response)</source>
        <translation>une seule bonne réponse est attendue pour une question à choix unique (%1 trouvées&#x202f;; utilisez multiple-response)</translation>
    </message>
    <message>
        <source>expected the blank written [[1]] in the text column</source>
        <translation>le trou écrit [[1]] est attendu dans la colonne text</translation>
    </message>
    <message>
        <source>expected one blank, [[1]], in the text column (a CSV fill-in has one blank)</source>
        <translation>un seul trou, [[1]], est attendu dans la colonne text (un texte à trous CSV a un seul trou)</translation>
    </message>
    <message>
        <source>expected “left -&gt; right” in answer%1</source>
        <translation>«&#xa0;gauche -&gt; droite&#xa0;» est attendu dans answer%1</translation>
    </message>
    <message>
        <source>expected text on both sides of “-&gt;” in answer%1</source>
        <translation>du texte est attendu des deux côtés de «&#xa0;-&gt;&#xa0;» dans answer%1</translation>
    </message>
    <message>
        <source>expected a number like 3.14, 3.14:0.01 or 1..5 in the correct column, not “%1”</source>
        <translation>un nombre comme 3.14, 3.14:0.01 ou 1..5 est attendu dans la colonne correct, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected the minimum before the maximum in the range %1</source>
        <translation>le minimum est attendu avant le maximum dans l’intervalle %1</translation>
    </message>
    <message>
        <source>expected a tolerance of zero or more</source>
        <translation>une tolérance positive ou nulle est attendue</translation>
    </message>
    <message>
        <source>expected a header line naming the columns (type, prompt, …)</source>
        <translation>une ligne d’en-tête nommant les colonnes est attendue (type, prompt, …)</translation>
    </message>
    <message>
        <source>unknown column “%1” (expected one of %2, answer%3 at most)</source>
        <translation>colonne inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: %2, answer%3 au plus)</translation>
    </message>
    <message>
        <source>expected a header line with at least the columns type and prompt</source>
        <translation>une ligne d’en-tête avec au moins les colonnes type et prompt est attendue</translation>
    </message>
    <message>
        <source>expected at most %1 cells, as in the header line</source>
        <translation>%1 cellules au plus sont attendues, comme dans la ligne d’en-tête</translation>
    </message>
    <message>
        <source>expected &apos;::&apos; to close the title opened at %1</source>
        <translation>«&#xa0;::&#xa0;» est attendu pour fermer le titre ouvert en %1</translation>
    </message>
    <message>
        <source>unexpected &apos;}&apos; without an opening &apos;{&apos; (write \} for a brace in text)</source>
        <translation>«&#xa0;}&#xa0;» inattendu sans «&#xa0;{&#xa0;» ouvrant (écrivez \} pour une accolade dans le texte)</translation>
    </message>
    <message>
        <source>expected the question text after the title</source>
        <translation>le texte de la question est attendu après le titre</translation>
    </message>
    <message>
        <source>unexpected &apos;{&apos; inside the answer set opened at %1 (write \{ for a brace in text)</source>
        <translation>«&#xa0;{&#xa0;» inattendu dans l’ensemble de réponses ouvert en %1 (écrivez \{ pour une accolade dans le texte)</translation>
    </message>
    <message>
        <source>expected &apos;}&apos; to close the answer set opened at %1</source>
        <translation>«&#xa0;}&#xa0;» est attendu pour fermer l’ensemble de réponses ouvert en %1</translation>
    </message>
    <message>
        <source>expected one answer set per question (the first one was opened at %1)</source>
        <translation>un seul ensemble de réponses est attendu par question (le premier a été ouvert en %1)</translation>
    </message>
    <message>
        <source>expected the question text before the answer set</source>
        <translation>le texte de la question est attendu avant l’ensemble de réponses</translation>
    </message>
    <message>
        <source>expected at most two feedbacks after a true/false answer (#wrong#right)</source>
        <translation>deux commentaires au plus sont attendus après une réponse vrai/faux (#faux#juste)</translation>
    </message>
    <message>
        <source>too many answers (expected at most %1 in one answer set)</source>
        <translation>trop de réponses (%1 au plus attendues dans un ensemble de réponses)</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; (right answer) or &apos;~&apos; (wrong answer) at the start of an answer</source>
        <translation>«&#xa0;=&#xa0;» (bonne réponse) ou «&#xa0;~&#xa0;» (mauvaise réponse) est attendu au début d’une réponse</translation>
    </message>
    <message>
        <source>expected a percentage like %50% after &apos;%1&apos;</source>
        <translation>un pourcentage comme %50% est attendu après «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected a percentage between -100 and 100</source>
        <translation>un pourcentage entre -100 et 100 est attendu</translation>
    </message>
    <message>
        <source>expected a right answer: mark one with &apos;=&apos; or give it a positive percentage like ~%50%</source>
        <translation>une bonne réponse est attendue&#xa0;: marquez-en une avec «&#xa0;=&#xa0;» ou donnez-lui un pourcentage positif comme ~%50%</translation>
    </message>
    <message numerus="yes">
        <source>%n answers are each fully right: the learner must now pick all of them.</source>
        <translation>
            <numerusform>%n réponse est entièrement juste&#xa0;: l’apprenant doit désormais la cocher.</numerusform>
            <numerusform>%n réponses sont chacune entièrement justes&#xa0;: l’apprenant doit désormais toutes les cocher.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected the text of the answer after &apos;%1&apos;</source>
        <translation>le texte de la réponse est attendu après «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Missing word: the answer set in the middle of the text is shown as “_____” in the prompt.</source>
        <translation>Mot manquant&#xa0;: l’ensemble de réponses au milieu du texte est affiché «&#xa0;_____&#xa0;» dans l’énoncé.</translation>
    </message>
    <message>
        <source>expected the text of the answer after &apos;=&apos;</source>
        <translation>le texte de la réponse est attendu après «&#xa0;=&#xa0;»</translation>
    </message>
    <message>
        <source>expected an answer worth 100%: a short answer needs one fully right answer</source>
        <translation>une réponse valant 100&#xa0;% est attendue&#xa0;: une réponse courte nécessite une réponse entièrement juste</translation>
    </message>
    <message>
        <source>Answers with partial credit were dropped: %1.</source>
        <translation>Les réponses à crédit partiel ont été abandonnées&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The feedback of %n other answer(s) was dropped: a fill-in has one feedback for a right answer.</source>
        <translation>
            <numerusform>Le commentaire de %n autre réponse a été abandonné&#xa0;: un texte à trous a un seul commentaire pour une bonne réponse.</numerusform>
            <numerusform>Les commentaires de %n autres réponses ont été abandonnés&#xa0;: un texte à trous a un seul commentaire pour une bonne réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing word: the text around the answer set became the fill-in text; the prompt reads “%1”.</source>
        <translation>Mot manquant&#xa0;: le texte autour de l’ensemble de réponses est devenu le texte à trous&#x202f;; l’énoncé est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>expected &apos;-&gt;&apos; between the two sides of a matching pair</source>
        <translation>«&#xa0;-&gt;&#xa0;» est attendu entre les deux côtés d’une paire</translation>
    </message>
    <message>
        <source>expected the right side of the pair after &apos;-&gt;&apos;</source>
        <translation>le côté droit de la paire est attendu après «&#xa0;-&gt;&#xa0;»</translation>
    </message>
    <message>
        <source>The percentage %1 of a matching pair was dropped.</source>
        <translation>Le pourcentage %1 d’une paire a été abandonné.</translation>
    </message>
    <message>
        <source>expected at least 2 pairs in a matching question (found %1)</source>
        <translation>au moins 2 paires sont attendues dans une question d’appariement (%1 trouvée(s))</translation>
    </message>
    <message>
        <source>Extra wrong matches were dropped (a matching question here offers only the right sides of its pairs): %1.</source>
        <translation>Les associations supplémentaires fausses ont été abandonnées (une question d’appariement ne propose ici que les côtés droits de ses paires)&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The feedback of %n pair(s) was dropped: matching pairs have no feedback of their own.</source>
        <translation>
            <numerusform>Le commentaire de %n paire a été abandonné&#xa0;: les paires n’ont pas de commentaire propre.</numerusform>
            <numerusform>Les commentaires de %n paires ont été abandonnés&#xa0;: les paires n’ont pas de commentaire propre.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a number like 3.14, 3.14:0.01 or 1..5</source>
        <translation>un nombre comme 3.14, 3.14:0.01 ou 1..5 est attendu</translation>
    </message>
    <message>
        <source>expected a right answer: mark one with &apos;=&apos; (and no percentage, or a positive one)</source>
        <translation>une bonne réponse est attendue&#xa0;: marquez-en une avec «&#xa0;=&#xa0;» (sans pourcentage, ou avec un pourcentage positif)</translation>
    </message>
    <message>
        <source>The best answer is worth %1; it now earns full credit.</source>
        <translation>La meilleure réponse vaut %1&#x202f;; elle rapporte désormais tous les points.</translation>
    </message>
    <message>
        <source>A numeric question holds one accepted answer: kept %1, dropped %2.</source>
        <translation>Une question numérique a une seule réponse acceptée&#xa0;: %1 gardée, %2 abandonnée(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong answer(s) with their own feedback were dropped.</source>
        <translation>
            <numerusform>%n mauvaise réponse avec son commentaire a été abandonnée.</numerusform>
            <numerusform>%n mauvaises réponses avec leur commentaire ont été abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete the text.</source>
        <translation>Complétez le texte.</translation>
    </message>
    <message>
        <source>GIFT has no points: the question&apos;s %1 points were not written.</source>
        <translation>GIFT n’a pas de points&#xa0;: les %1 points de la question n’ont pas été écrits.</translation>
    </message>
    <message>
        <source>GIFT essays have no length limit: the limit of %1 characters was not written.</source>
        <translation>Les compositions GIFT n’ont pas de longueur maximale&#xa0;: la limite de %1 caractères n’a pas été écrite.</translation>
    </message>
    <message>
        <source>GIFT has no sequencing questions: the question was not exported.</source>
        <translation>GIFT n’a pas de questions de remise en ordre&#xa0;: la question n’a pas été exportée.</translation>
    </message>
    <message>
        <source>GIFT has no Likert questions: the question was not exported.</source>
        <translation>GIFT n’a pas de questions de Likert&#xa0;: la question n’a pas été exportée.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>GIFT has one general feedback for this question type: the feedbacks for a right and a wrong answer became one.</source>
        <translation>GIFT a un seul commentaire général pour ce type de question&#xa0;: les commentaires pour une bonne et une mauvaise réponse n’en font plus qu’un.</translation>
    </message>
    <message>
        <source>A multiple-response question with one right answer reads back as a single-choice question.</source>
        <translation>Une question à choix multiples avec une seule bonne réponse sera relue comme une question à choix unique.</translation>
    </message>
    <message>
        <source>A single-choice question needs exactly one right answer (it has %1).</source>
        <translation>Une question à choix unique doit avoir exactement une bonne réponse (elle en a %1).</translation>
    </message>
    <message>
        <source>GIFT short answers ignore case: the blank was case-sensitive.</source>
        <translation>Les réponses courtes GIFT ignorent la casse&#xa0;: le trou distinguait les majuscules.</translation>
    </message>
    <message>
        <source>The label of the blank (“%1”) was not written.</source>
        <translation>L’étiquette du trou («&#xa0;%1&#xa0;») n’a pas été écrite.</translation>
    </message>
    <message>
        <source>The feedback for a wrong answer also becomes the feedback for a right answer when read back.</source>
        <translation>Le commentaire pour une mauvaise réponse deviendra aussi celui d’une bonne réponse à la relecture.</translation>
    </message>
    <message>
        <source>The fill-in question has no blank: it was not exported.</source>
        <translation>Le texte à trous n’a pas de trou&#xa0;: il n’a pas été exporté.</translation>
    </message>
    <message>
        <source>GIFT has one answer set per question: only the first of %1 blanks was written.</source>
        <translation>GIFT a un seul ensemble de réponses par question&#xa0;: seul le premier des %1 trous a été écrit.</translation>
    </message>
    <message>
        <source>The fill-in text has no [[1]] blank: it was not written.</source>
        <translation>Le texte à trous n’a pas de trou [[1]]&#xa0;: il n’a pas été écrit.</translation>
    </message>
    <message>
        <source>A GIFT missing-word question is its text: the prompt was not written.</source>
        <translation>Une question GIFT à mot manquant est son propre texte&#xa0;: l’énoncé n’a pas été écrit.</translation>
    </message>
    <message>
        <source>The left side “%1” holds “-&gt;”: it reads back split there.</source>
        <translation>Le côté gauche «&#xa0;%1&#xa0;» contient «&#xa0;-&gt;&#xa0;»&#xa0;: il sera coupé là à la relecture.</translation>
    </message>
    <message>
        <source>Questions exported from Capsule in Moodle&apos;s GIFT format.</source>
        <translation>Questions exportées de Capsule au format GIFT de Moodle.</translation>
    </message>
    <message>
        <source>GIFT questions (*.gift *.txt)</source>
        <translation>Questions GIFT (*.gift *.txt)</translation>
    </message>
    <message>
        <source>Aiken questions (*.txt *.aiken)</source>
        <translation>Questions Aiken (*.txt *.aiken)</translation>
    </message>
    <message>
        <source>CSV questions (*.csv)</source>
        <translation>Questions CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n question(s)</source>
        <translation>
            <numerusform>Importer %n question</numerusform>
            <numerusform>Importer %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (%2 slide) is not a question: not exported.</source>
        <translation>«&#xa0;%1&#xa0;» (diapositive %2) n’est pas une question&#xa0;: non exportée.</translation>
    </message>
    <message>
        <source>%1: the file is %2; question files are limited to %3.</source>
        <translation>%1&#xa0;: le fichier fait %2&#x202f;; les fichiers de questions sont limités à %3.</translation>
    </message>
    <message>
        <source>unexpected NUL byte: this is not a text file (expected UTF-8 text)</source>
        <translation>octet NUL inattendu&#xa0;: ce n’est pas un fichier texte (texte UTF-8 attendu)</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1 (expected UTF-8 text; save the file as UTF-8)</source>
        <translation>octet UTF-8 invalide 0x%1 (texte UTF-8 attendu&#x202f;; enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>line too long (expected at most %1 characters per line)</source>
        <translation>ligne trop longue (%1 caractères au plus attendus par ligne)</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1&#xa0;: impossible d’ouvrir le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected easy, medium or hard (or facile, moyen, difficile) in the difficulty column, not “%1”</source>
        <translation>easy, medium ou hard (ou facile, moyen, difficile) est attendu dans la colonne difficulty, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No choice has a positive percentage: the question cannot be read back.</source>
        <translation>Aucun choix n’a de pourcentage positif&#xa0;: la question ne pourra pas être relue.</translation>
    </message>
    <message>
        <source>With only 0 % and 100 % percentages, partial credit reads back as all or nothing.</source>
        <translation>Avec seulement des pourcentages de 0&#xa0;% et 100&#xa0;%, le crédit partiel sera relu comme du tout ou rien.</translation>
    </message>
    <message>
        <source>GIFT marks right answers by their percentage: the right answers (and the question type) read back from the percentages.</source>
        <translation>GIFT marque les bonnes réponses par leur pourcentage&#xa0;: les bonnes réponses (et le type de question) seront relues d’après les pourcentages.</translation>
    </message>
    <message>
        <source>“%1” is a description, not a question: a question bank holds only questions, so it was not imported.</source>
        <translation>«&#xa0;%1&#xa0;» est une description, pas une question&#xa0;: une banque de questions ne contient que des questions, elle n’a donc pas été importée.</translation>
    </message>
    <message>
        <source>The project has no question bank named “%1”.</source>
        <translation>Le projet n’a pas de banque de questions nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>GIFT has no difficulty: the question&apos;s difficulty was not written.</source>
        <translation>GIFT n’a pas de niveau de difficulté&#xa0;: celui de la question n’a pas été écrit.</translation>
    </message>
    <message>
        <source>“%1” questions are drawn on an image and cannot be imported from CSV: create them in the editor</source>
        <translation>les questions «&#xa0;%1&#xa0;» se tracent sur une image et ne peuvent pas être importées d’un CSV&#xa0;: créez-les dans l’éditeur</translation>
    </message>
    <message>
        <source>GIFT has no drag-and-drop questions: the question was not exported.</source>
        <translation>GIFT n’a pas de questions de glisser-déposer&#xa0;: la question n’a pas été exportée.</translation>
    </message>
    <message>
        <source>GIFT has no hotspot questions: the question was not exported.</source>
        <translation>GIFT n’a pas de questions à zone à cliquer&#xa0;: la question n’a pas été exportée.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Cannot start the preview server on 127.0.0.1:%1: %2.</source>
        <translation>Impossible de démarrer le serveur d’aperçu sur 127.0.0.1:%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No course is open.</source>
        <translation>Aucun cours n’est ouvert.</translation>
    </message>
    <message>
        <source>%1 is not part of the preview.</source>
        <translation>%1 ne fait pas partie de l’aperçu.</translation>
    </message>
    <message>
        <source>The course has no media file %1.</source>
        <translation>Le cours n’a pas de fichier média %1.</translation>
    </message>
    <message>
        <source>Cannot read the media file &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le fichier média «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>a fill-in blank marker is typed as text (“%1”): keep the placeholder of the source instead</source>
        <translation>un repère de trou est tapé comme du texte («&#xa0;%1&#xa0;»)&#xa0;: gardez plutôt l’espace réservé de la source</translation>
    </message>
    <message>
        <source>unknown inline code “%1”: the source has no such code</source>
        <translation>balise «&#xa0;%1&#xa0;» inconnue&#xa0;: la source n’a pas cette balise</translation>
    </message>
    <message>
        <source>inline code %1 (%2) encloses text in the source but stands alone in the target</source>
        <translation>la balise %1 (%2) entoure du texte dans la source mais est seule dans la cible</translation>
    </message>
    <message>
        <source>inline code %1 (%2) stands alone in the source but encloses text in the target</source>
        <translation>la balise %1 (%2) est seule dans la source mais entoure du texte dans la cible</translation>
    </message>
    <message>
        <source>inline code %1 (%2) is closed where it was not opened</source>
        <translation>la balise %1 (%2) est fermée là où elle n’a pas été ouverte</translation>
    </message>
    <message>
        <source>inline code %1 (%2) appears twice in the target</source>
        <translation>la balise %1 (%2) apparaît deux fois dans la cible</translation>
    </message>
    <message>
        <source>inline code %1 (%2) must stay inside code %3 (%4)</source>
        <translation>la balise %1 (%2) doit rester à l’intérieur de la balise %3 (%4)</translation>
    </message>
    <message>
        <source>inline code %1 (%2) must not be moved inside another code</source>
        <translation>la balise %1 (%2) ne doit pas être déplacée dans une autre balise</translation>
    </message>
    <message>
        <source>inline code %1 (%2) is not closed</source>
        <translation>la balise %1 (%2) n’est pas fermée</translation>
    </message>
    <message>
        <source>inline code %1 (%2) of the source is missing</source>
        <translation>la balise %1 (%2) de la source manque</translation>
    </message>
    <message>
        <source>the markup of the translation is not valid</source>
        <translation>la mise en forme de la traduction n’est pas valide</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed in a TMX file</source>
        <translation>un DOCTYPE n’est pas permis dans un fichier TMX</translation>
    </message>
    <message>
        <source>elements are nested more than %1 levels deep</source>
        <translation>des éléments sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>not a TMX file: the root element is &lt;%1&gt;, expected &lt;tmx&gt;</source>
        <translation>ce n’est pas un fichier TMX&#xa0;: l’élément racine est &lt;%1&gt;, &lt;tmx&gt; était attendu</translation>
    </message>
    <message>
        <source>unsupported TMX version “%1”: Capsule reads TMX 1.4</source>
        <translation>version TMX «&#xa0;%1&#xa0;» non prise en charge&#xa0;: Capsule lit TMX 1.4</translation>
    </message>
    <message>
        <source>the file has no &lt;body&gt; element</source>
        <translation>le fichier n’a pas d’élément &lt;body&gt;</translation>
    </message>
    <message>
        <source>more than %1 translation units</source>
        <translation>plus de %1 unités de traduction</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1&#xa0;: le fichier dépasse %2&#xa0;Mo</translation>
    </message>
    <message>
        <source>%1: the file is empty: expected a &lt;tmx&gt; element</source>
        <translation>%1&#xa0;: le fichier est vide&#xa0;: un élément &lt;tmx&gt; était attendu</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed in an XLIFF file</source>
        <translation>un DOCTYPE n’est pas permis dans un fichier XLIFF</translation>
    </message>
    <message>
        <source>not an XLIFF file: the root element is &lt;%1&gt;, expected &lt;xliff&gt;</source>
        <translation>ce n’est pas un fichier XLIFF&#xa0;: l’élément racine est &lt;%1&gt;, &lt;xliff&gt; était attendu</translation>
    </message>
    <message>
        <source>unsupported XLIFF version “%1” in the 1.2 namespace: Capsule reads XLIFF 1.2 and 2.0</source>
        <translation>version XLIFF «&#xa0;%1&#xa0;» non prise en charge dans l’espace de noms 1.2&#xa0;: Capsule lit XLIFF 1.2 et 2.0</translation>
    </message>
    <message>
        <source>unsupported XLIFF version “%1”: Capsule reads XLIFF 1.2 and 2.0</source>
        <translation>version XLIFF «&#xa0;%1&#xa0;» non prise en charge&#xa0;: Capsule lit XLIFF 1.2 et 2.0</translation>
    </message>
    <message>
        <source>unsupported XLIFF version %1: Capsule reads XLIFF 1.2 and 2.0</source>
        <translation>version XLIFF %1 non prise en charge&#xa0;: Capsule lit XLIFF 1.2 et 2.0</translation>
    </message>
    <message>
        <source>the &lt;xliff&gt; element has no namespace: expected %1 or %2</source>
        <translation>l’élément &lt;xliff&gt; n’a pas d’espace de noms&#xa0;: %1 ou %2 était attendu</translation>
    </message>
    <message>
        <source>wrong namespace “%1”: expected %2 or %3</source>
        <translation>mauvais espace de noms «&#xa0;%1&#xa0;»&#xa0;: %2 ou %3 était attendu</translation>
    </message>
    <message>
        <source>the &lt;xliff&gt; element has no srcLang</source>
        <translation>l’élément &lt;xliff&gt; n’a pas d’attribut srcLang</translation>
    </message>
    <message>
        <source>the &lt;xliff&gt; element has no trgLang: the file must be for one target language</source>
        <translation>l’élément &lt;xliff&gt; n’a pas d’attribut trgLang&#xa0;: le fichier doit porter sur une langue cible</translation>
    </message>
    <message>
        <source>the file has no &lt;file&gt; element</source>
        <translation>le fichier n’a pas d’élément &lt;file&gt;</translation>
    </message>
    <message>
        <source>the &lt;file&gt; element has no source-language</source>
        <translation>l’élément &lt;file&gt; n’a pas d’attribut source-language</translation>
    </message>
    <message>
        <source>the &lt;file&gt; element has no target-language</source>
        <translation>l’élément &lt;file&gt; n’a pas d’attribut target-language</translation>
    </message>
    <message>
        <source>this &lt;file&gt; is for %1 → %2, an earlier one for %3 → %4: one XLIFF file holds one language pair</source>
        <translation>cet élément &lt;file&gt; porte sur %1 → %2, un précédent sur %3 → %4&#xa0;: un fichier XLIFF contient une seule paire de langues</translation>
    </message>
    <message>
        <source>more than %1 units</source>
        <translation>plus de %1 unités</translation>
    </message>
    <message>
        <source>more than %1 inline elements in one text</source>
        <translation>plus de %1 balises dans un même texte</translation>
    </message>
    <message>
        <source>line %1: unexpected element &lt;%2&gt; in the text</source>
        <translation>ligne %1&#xa0;: élément &lt;%2&gt; inattendu dans le texte</translation>
    </message>
    <message>
        <source>line %1: &lt;cp&gt; with an invalid hex value</source>
        <translation>ligne %1&#xa0;: &lt;cp&gt; avec une valeur hexadécimale invalide</translation>
    </message>
    <message>
        <source>line %1: inline element &lt;%2&gt; is not one Capsule writes: keep the codes of the source (%3)</source>
        <translation>ligne %1&#xa0;: la balise &lt;%2&gt; n’est pas de celles qu’écrit Capsule&#xa0;: gardez les balises de la source (%3)</translation>
    </message>
    <message>
        <source>%1: the file is empty: expected an &lt;xliff&gt; element</source>
        <translation>%1&#xa0;: le fichier est vide&#xa0;: un élément &lt;xliff&gt; était attendu</translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>%n caractère au plus.</numerusform>
            <numerusform>%n caractères au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Titre du cours</translation>
    </message>
    <message>
        <source>Course description</source>
        <translation>Description du cours</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titre de section</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Titre de diapositive</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Texte courant</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Titre d’élément</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Image description (alternative text for screen readers)</source>
        <translation>Description d’image (texte de remplacement pour les lecteurs d’écran)</translation>
    </message>
    <message>
        <source>Button label</source>
        <translation>Libellé de bouton</translation>
    </message>
    <message>
        <source>Table cell</source>
        <translation>Cellule de tableau</translation>
    </message>
    <message>
        <source>Caption track label</source>
        <translation>Nom de piste de sous-titres</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Fill-in text: keep each blank placeholder where its answer goes</source>
        <translation>Texte à trous&#xa0;: placez chaque espace réservé de trou là où va sa réponse</translation>
    </message>
    <message>
        <source>Answer choice</source>
        <translation>Choix de réponse</translation>
    </message>
    <message>
        <source>Feedback for one choice</source>
        <translation>Commentaire d’un choix</translation>
    </message>
    <message>
        <source>Feedback for a correct answer</source>
        <translation>Commentaire d’une bonne réponse</translation>
    </message>
    <message>
        <source>Feedback for an incorrect answer</source>
        <translation>Commentaire d’une mauvaise réponse</translation>
    </message>
    <message>
        <source>Label of a blank</source>
        <translation>Libellé d’un trou</translation>
    </message>
    <message>
        <source>Accepted answers, one per line</source>
        <translation>Réponses acceptées, une par ligne</translation>
    </message>
    <message>
        <source>Matching: item</source>
        <translation>Association&#xa0;: élément</translation>
    </message>
    <message>
        <source>Matching: its match</source>
        <translation>Association&#xa0;: son correspondant</translation>
    </message>
    <message>
        <source>Item to put in order</source>
        <translation>Élément à remettre dans l’ordre</translation>
    </message>
    <message>
        <source>Rating scale label</source>
        <translation>Libellé d’échelle d’évaluation</translation>
    </message>
    <message>
        <source>Label of an image region</source>
        <translation>Libellé d’une zone d’image</translation>
    </message>
    <message>
        <source>Item to drag</source>
        <translation>Élément à glisser</translation>
    </message>
    <message>
        <source>Message when the learner passes</source>
        <translation>Message quand l’apprenant réussit</translation>
    </message>
    <message>
        <source>Message when the learner fails</source>
        <translation>Message quand l’apprenant échoue</translation>
    </message>
    <message>
        <source>Scenario: situation</source>
        <translation>Scénario&#xa0;: situation</translation>
    </message>
    <message>
        <source>Scenario: response</source>
        <translation>Scénario&#xa0;: réponse</translation>
    </message>
    <message>
        <source>Scenario: consequence</source>
        <translation>Scénario&#xa0;: conséquence</translation>
    </message>
    <message>
        <source>%1 is the course&apos;s source language: export a target language</source>
        <translation>%1 est la langue source du cours&#xa0;: exportez une langue cible</translation>
    </message>
    <message>
        <source>the course has no target language yet: add “%1” first</source>
        <translation>le cours n’a pas encore de langue cible&#xa0;: ajoutez d’abord «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the course has no target language “%1” (it has: %2)</source>
        <translation>le cours n’a pas la langue cible «&#xa0;%1&#xa0;» (il a&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: the file translates from “%2” but the course&apos;s source language is “%3”</source>
        <translation>%1&#xa0;: le fichier traduit depuis «&#xa0;%2&#xa0;» mais la langue source du cours est «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the file&apos;s target language “%2” is the course&apos;s source language</source>
        <translation>%1&#xa0;: la langue cible du fichier, «&#xa0;%2&#xa0;», est la langue source du cours</translation>
    </message>
    <message>
        <source>%1: wrong target language “%2”: the course&apos;s target languages are %3; add the language to the course first</source>
        <translation>%1&#xa0;: mauvaise langue cible «&#xa0;%2&#xa0;»&#xa0;: les langues cibles du cours sont %3&#x202f;; ajoutez d’abord la langue au cours</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>this unit id appears a second time (first on line %1); the first one counts</source>
        <translation>cet identifiant d’unité apparaît une deuxième fois (d’abord ligne %1)&#x202f;; seule la première compte</translation>
    </message>
    <message>
        <source>unknown unit id: the course has no such text (deleted since the export, or not from this course)</source>
        <translation>identifiant d’unité inconnu&#xa0;: le cours n’a pas ce texte (supprimé depuis l’export, ou venu d’un autre cours)</translation>
    </message>
    <message>
        <source>the source text changed since the export (now “%1”): export again and translate the new text</source>
        <translation>le texte source a changé depuis l’export (désormais «&#xa0;%1&#xa0;»)&#xa0;: exportez à nouveau et traduisez le nouveau texte</translation>
    </message>
    <message>
        <source>the target is in “%1”, not in the file&apos;s language “%2”</source>
        <translation>la cible est en «&#xa0;%1&#xa0;», pas dans la langue du fichier, «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>empty target: nothing to import</source>
        <translation>cible vide&#xa0;: rien à importer</translation>
    </message>
    <message>
        <source>the translation has %1 characters, more than the %2 this text allows</source>
        <translation>la traduction a %1 caractères, plus que les %2 que permet ce texte</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Translation(s)</source>
        <translation>
            <numerusform>Importer %n traduction</numerusform>
            <numerusform>Importer %n traductions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Project to open.</source>
        <translation>Projet à ouvrir.</translation>
    </message>
</context>
</TS>
