<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <source>unknown command "%1"</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Run '%1 --help' for usage.</source>
        <translation>Lancez « %1 --help » pour l’aide.</translation>
    </message>
    <message>
        <source>Create a new project from a template.</source>
        <translation>Crée un projet à partir d’un modèle.</translation>
    </message>
    <message>
        <source>Template: blank or sample (default: blank).</source>
        <translation>Modèle : blank ou sample (par défaut : blank).</translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation>Le fichier de projet à créer.</translation>
    </message>
    <message>
        <source>unknown template "%1" (use blank or sample)</source>
        <translation>modèle inconnu « %1 » (utilisez blank ou sample)</translation>
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
        <translation>Titre :               %1</translation>
    </message>
    <message>
        <source>Language:           %1</source>
        <translation>Langue :              %1</translation>
    </message>
    <message>
        <source>Estimated duration: %1 min</source>
        <translation>Durée estimée :       %1 min</translation>
    </message>
    <message>
        <source>Sections:           %1</source>
        <translation>Sections :            %1</translation>
    </message>
    <message>
        <source>Slides:             %1</source>
        <translation>Diapositives :        %1</translation>
    </message>
    <message>
        <source>Questions:          %1</source>
        <translation>Questions :           %1</translation>
    </message>
    <message>
        <source>Media:              %1 files, %2</source>
        <translation>Médias :              %1 fichiers, %2</translation>
    </message>
    <message>
        <source>Validate a project. Exit status 0: valid; 1: problems found.</source>
        <translation>Valide un projet. Code de sortie 0 : valide ; 1 : problèmes trouvés.</translation>
    </message>
    <message>
        <source>%1 is valid (%2 errors, %3 warnings)</source>
        <translation>%1 est valide (erreurs : %2, avertissements : %3)</translation>
    </message>
    <message>
        <source>%1 has problems (%2 errors, %3 warnings)</source>
        <translation>%1 a des problèmes (erreurs : %2, avertissements : %3)</translation>
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
        <source>unknown format "%1" (see --list-formats)</source>
        <translation>format inconnu « %1 » (voir --list-formats)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 exporté vers %2</translation>
    </message>
    <message>
        <source>Cannot recover “%1”: the file cannot be moved to %2.</source>
        <translation>Impossible de récupérer « %1 » : le fichier ne peut pas être déplacé vers %2.</translation>
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
        <translation>Question : %1</translation>
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
        <translation>Félicitations, vous avez réussi !</translation>
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
        <translation>Ajouter des médias à « %1 »</translation>
    </message>
    <message>
        <source>Add media to slide</source>
        <translation>Ajouter des médias à la diapositive</translation>
    </message>
    <message>
        <source>Preview a project in a browser, beside a strict LMS simulator. The preview follows the file: save it and the page refreshes. Stop with Ctrl+C.</source>
        <translation>Prévisualise un projet dans un navigateur, à côté d’un LMS simulé strict. L’aperçu suit le fichier : enregistrez-le et la page se met à jour. Arrêt avec Ctrl+C.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: any free port).</source>
        <translation>Port sur 127.0.0.1 (par défaut : un port libre).</translation>
    </message>
    <message>
        <source>SCORM version the simulator starts with: 1.2 or 2004.</source>
        <translation>Version SCORM du simulateur au démarrage : 1.2 ou 2004.</translation>
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
        <translation>avertissement : l’aperçu garde la dernière version : %1</translation>
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
        <translation>avertissement : impossible de lancer un navigateur ; ouvrez l’adresse ci-dessus.</translation>
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

Ce qui est vérifié : la structure du zip ; course.xml (schéma et règles) ; la
présence de chaque fichier média utilisé par le cours, avec la taille que donne
course.xml. Les octets des médias sont copiés tels quels et vérifiés avec le CRC-32
enregistré dans le fichier de projet : cela détecte un dommage (disque défectueux,
téléchargement corrompu), pas une modification délibérée dont le CRC-32 a été
recalculé. Avec --verify, le SHA-256 de chaque fichier média est vérifié d’abord,
comme à l’ouverture du projet dans l’éditeur (tous les octets des médias sont relus).
En cas d’échec, aucun paquet n’est laissé.</translation>
    </message>
    <message>
        <source>Check the SHA-256 of every media file before exporting (slower; detects altered media, not only damaged ones).</source>
        <translation>Vérifier le SHA-256 de chaque fichier média avant l’export (plus lent ; détecte les médias modifiés, pas seulement les médias endommagés).</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS] FILE.capsule

Create, inspect, check and publish Capsule e-learning projects.

Commands:
  new [--template blank|sample] FILE.capsule   create a project
  info [--json] FILE.capsule                   summarise a project
  check [--json] FILE.capsule                  validate a project (exit 1 on problems)
  export --format ID -o OUT FILE.capsule       publish a package
  preview [--port N] [--open] FILE.capsule     preview in a browser, with an LMS simulator
  questions import|export ...                  read GIFT, Aiken or CSV questions into a project; write them as GIFT
  --list-formats                               list the export formats
  --help, --version

Run '%1 COMMAND --help' for a command's options.
Exit status: 0 success, 1 failure, 2 usage error.
</source>
        <translation>Utilisation : %1 COMMANDE [OPTIONS] FICHIER.capsule

Créez, examinez, vérifiez et publiez des projets e-learning Capsule.

Commandes :
  new [--template blank|sample] FICHIER.capsule   crée un projet
  info [--json] FICHIER.capsule                   résume un projet
  check [--json] FICHIER.capsule                  valide un projet (code 1 en cas de problème)
  export --format ID -o SORTIE FICHIER.capsule    publie un paquet
  preview [--port N] [--open] FICHIER.capsule     prévisualise dans un navigateur, avec un LMS simulé
  questions import|export ...                     lit des questions GIFT, Aiken ou CSV dans un projet ; les écrit en GIFT
  --list-formats                                  liste les formats d’export
  --help, --version

Lancez « %1 COMMANDE --help » pour les options d’une commande.
Code de sortie : 0 succès, 1 échec, 2 erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>questions needs import or export</source>
        <translation>questions attend import ou export</translation>
    </message>
    <message>
        <source>gift, aiken or csv (default: from the file's extension).</source>
        <translation>gift, aiken ou csv (par défaut : d’après l’extension du fichier).</translation>
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
        <source>unknown question format "%1" (use gift, aiken or csv)</source>
        <translation>format de questions inconnu « %1 » (utilisez gift, aiken ou csv)</translation>
    </message>
    <message>
        <source>cannot tell the format of %1 from its extension: give --format gift, aiken or csv</source>
        <translation>impossible de déduire le format de %1 de son extension : indiquez --format gift, aiken ou csv</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>warning: %1:%2: “%3”: %4</source>
        <translation>avertissement : %1:%2 : « %3 » : %4</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <source>%1: %2 to import, %3 with errors, %4 warnings</source>
        <translation>%1 : %2 à importer, %3 avec erreurs, %4 avertissements</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) with errors; nothing was imported.</source>
        <translation>
            <numerusform>%n question avec erreur ; rien n’a été importé.</numerusform>
            <numerusform>%n questions avec erreurs ; rien n’a été importé.</numerusform>
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
        <translation>%1 n’a pas de section intitulée « %2 »</translation>
    </message>
    <message>
        <source>no question to export</source>
        <translation>aucune question à exporter</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
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
        <translation>Utilisation : %1 %2 [options] %3</translation>
    </message>
    <message>
        <source>%1 expects %2</source>
        <translation>%1 attend %2</translation>
    </message>
    <message>
        <source>Usage: %1 questions import [--format gift|aiken|csv] [--bank NAME | --section TITLE] [--dry-run] FILE PROJECT.capsule
       %1 questions export --format gift [--bank NAME | --section TITLE] -o FILE PROJECT.capsule
</source>
        <translation>Usage : %1 questions import [--format gift|aiken|csv] [--bank NOM | --section TITRE] [--dry-run] FICHIER PROJET.capsule
       %1 questions export --format gift [--bank NOM | --section TITRE] -o FICHIER PROJET.capsule
</translation>
    </message>
    <message>
        <source>Import the questions of a GIFT, Aiken or CSV file into a project's question banks: one bank per category (questions without one go to a bank named after the file), or the --bank given, or as slides of the --section given; saved in one step. Nothing is written when a question has an error.</source>
        <translation>Importe les questions d’un fichier GIFT, Aiken ou CSV dans les banques de questions d’un projet : une banque par catégorie (les questions sans catégorie vont dans une banque nommée d’après le fichier), ou dans la banque donnée par --bank, ou comme diapositives de la section donnée par --section ; enregistré en une fois. Rien n’est écrit si une question comporte une erreur.</translation>
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
        <source>Export the questions of a project's question banks (or of one --bank, or of the question slides of one --section) as GIFT. Default: every bank; a project without banks: every section.</source>
        <translation>Exporte au format GIFT les questions des banques d’un projet (ou d’une seule banque avec --bank, ou les diapositives de question d’une section avec --section). Par défaut : toutes les banques ; pour un projet sans banque : toutes les sections.</translation>
    </message>
    <message>
        <source>Only this question bank (default: every bank).</source>
        <translation>Seulement cette banque de questions (par défaut : toutes les banques).</translation>
    </message>
    <message>
        <source>The question slides of this section instead.</source>
        <translation>Les diapositives de question de cette section à la place.</translation>
    </message>
    <message>
        <source>%1 has no question bank named “%2”</source>
        <translation>%1 n’a pas de banque de questions nommée « %2 »</translation>
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
        <translation>Déplacer la question vers « %1 »</translation>
    </message>
    <message>
        <source>Move %1 questions to “%2”</source>
        <translation>Déplacer %1 questions vers « %2 »</translation>
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
        <extracomment>%1 asked, %2 available, %3 a difficulty ("easy")</extracomment>
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
        <translation>Pas assez de questions : %1.</translation>
    </message>
    <message>
        <source>Draws %1 (%2 easy, %3 medium, %4 hard) of %5 matching questions.</source>
        <translation>Tire %1 questions (%2 faciles, %3 moyennes, %4 difficiles) parmi %5 qui correspondent.</translation>
    </message>
    <message>
        <source>The banks hold no matching question: the draw asks for %1.</source>
        <translation>Les banques ne contiennent aucune question qui corresponde : le tirage en demande %1.</translation>
    </message>
    <message>
        <source>The banks hold only one matching question: the draw asks for %1.</source>
        <translation>Les banques ne contiennent qu’une question qui corresponde : le tirage en demande %1.</translation>
    </message>
    <message>
        <source>The banks hold only %1 matching questions: the draw asks for %2.</source>
        <translation>Les banques ne contiennent que %1 questions qui correspondent : le tirage en demande %2.</translation>
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
        <translation>Résume un projet : diapositives et questions par type, banques de questions, médias.</translation>
    </message>
    <message>
        <source>Question banks:     %1</source>
        <translation>Banques de questions : %1</translation>
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
        <translation>Impossible d’enregistrer le modèle dans %1 : %2</translation>
    </message>
    <message>
        <source>The template %1 could not be deleted: %2</source>
        <translation>Impossible de supprimer le modèle %1 : %2</translation>
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
        <translation>✖ Erreur : %1</translation>
    </message>
    <message>
        <source>⚠ Warning: %1</source>
        <translation>⚠ Avertissement : %1</translation>
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
        <translation>Monter : %1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>Descendre : %1</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Retirer : %1</translation>
    </message>
    <message>
        <source>Tab label:</source>
        <translation>Libellé de l’onglet :</translation>
    </message>
    <message>
        <source>Front:</source>
        <translation>Recto :</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Légende :</translation>
    </message>
    <message>
        <source>Optional, shown under the picture</source>
        <translation>Facultative, affichée sous l’image</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>What the image shows, for learners who cannot see it</source>
        <translation>Ce que montre l’image, pour les apprenants qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <source>Alternative text:</source>
        <translation>Texte de remplacement :</translation>
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
        <translation> %</translation>
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
        <translation>Position :</translation>
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
        <source>What the marker's popup says…</source>
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
        <translation>Aller à la diapositive %1 « %2 »</translation>
    </message>
    <message>
        <source>Go to section %1</source>
        <translation>Aller à la section %1</translation>
    </message>
    <message>
        <source>Go to section “%1”</source>
        <translation>Aller à la section « %1 »</translation>
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
        <translation>« %1 » n’est pas un fichier de sous-titres WebVTT (.vtt).</translation>
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
        <translation>Niveau de titre : 2 pour une partie de la diapositive, 3 et 4 pour ses sous-parties</translation>
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
        <translation>Style :</translation>
    </message>
    <message>
        <source>Change callout style</source>
        <translation>Changer le style de l’encadré</translation>
    </message>
    <message>
        <source>A short note set apart from the text: a tip, a reminder, a warning…</source>
        <translation>Une courte note mise en valeur à côté du texte : une astuce, un rappel, une mise en garde…</translation>
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
        <translation>Image :</translation>
    </message>
    <message>
        <source>What the image shows, for learners who cannot see it</source>
        <translation>Ce que montre l’image, pour les apprenants qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <source>Alternative text:</source>
        <translation>Texte de remplacement :</translation>
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
        <translation>Légende :</translation>
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
        <translation>Faites glisser pour déplacer ce bloc ; Alt+Haut et Alt+Bas le déplacent aussi</translation>
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
        <translation>Large : la largeur du texte</translation>
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
        <translation>Taille :</translation>
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
        <translation> %</translation>
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
        <translation>Point focal :</translation>
    </message>
    <message>
        <source>The part of the image kept in view when it is cropped; click the preview to set it</source>
        <translation>La partie de l’image gardée visible quand elle est recadrée ; cliquez sur l’aperçu pour la choisir</translation>
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
        <translation>Disposition :</translation>
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
        <translation>Qui l’a dit : nom, fonction</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Auteur :</translation>
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
        <translation>Photo :</translation>
    </message>
    <message>
        <source>Choose photo</source>
        <translation>Choisir la photo</translation>
    </message>
    <message>
        <source>87 %, 3 out of 4, 1,200…</source>
        <translation>87 %, 3 sur 4, 1 200…</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Chiffre :</translation>
    </message>
    <message>
        <source>What the figure counts</source>
        <translation>Ce que compte le chiffre</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé :</translation>
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
        <translation>Transcription : tout ce qui est dit, pour les apprenants qui ne peuvent pas l’entendre…</translation>
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
        <translation>Action :</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Adresse web :</translation>
    </message>
    <message>
        <source>Slide:</source>
        <translation>Diapositive :</translation>
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
        <source>Choose the button's slide</source>
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
        <translation>Fichier son :</translation>
    </message>
    <message>
        <source>Video:</source>
        <translation>Vidéo :</translation>
    </message>
    <message>
        <source>Choose media file</source>
        <translation>Choisir le fichier média</translation>
    </message>
    <message>
        <source>Poster image:</source>
        <translation>Image d’affiche :</translation>
    </message>
    <message>
        <source>Choose poster image</source>
        <translation>Choisir l’image d’affiche</translation>
    </message>
    <message>
        <source>Captions:</source>
        <translation>Sous-titres :</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>How much learners must listen to before the slide counts as viewed; 0: optional</source>
        <translation>La part que les apprenants doivent écouter pour que la diapositive compte comme vue ; 0 : facultatif</translation>
    </message>
    <message>
        <source>How much learners must watch before the slide counts as viewed; 0: optional</source>
        <translation>La part que les apprenants doivent regarder pour que la diapositive compte comme vue ; 0 : facultatif</translation>
    </message>
    <message>
        <source>Required listening:</source>
        <translation>Écoute exigée :</translation>
    </message>
    <message>
        <source>Required viewing:</source>
        <translation>Visionnage exigé :</translation>
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
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Ajouter :</translation>
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
        <translation>Ajouter un bloc « %1 » à la fin de la diapositive</translation>
    </message>
    <message>
        <source>Add %1 block</source>
        <translation>Ajouter un bloc « %1 »</translation>
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
        <translation>Retirer le bloc « %1 »</translation>
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
        <translation>« %1 » n’est pas une image.</translation>
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
        <translation>Dupliquer le bloc « %1 »</translation>
    </message>
    <message>
        <source>Cut %1 block</source>
        <translation>Couper le bloc « %1 »</translation>
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
        <translation>« %1 » n’est pas un fichier son.</translation>
    </message>
    <message>
        <source>“%1” is not a video.</source>
        <translation>« %1 » n’est pas une vidéo.</translation>
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
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Shown in the player's top bar and as the course name in the LMS.</source>
        <translation>Affiché dans la barre supérieure du lecteur et comme nom du cours dans le LMS.</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>customer service, listening, communication</source>
        <translation>service client, écoute, communication</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <source>Description and keywords (separated by commas) go into the package; some LMSs show them in their catalogue.</source>
        <translation>La description et les mots-clés (séparés par des virgules) sont inclus dans le paquet ; certains LMS les affichent dans leur catalogue.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur :</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
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
        <translation>&amp;Durée estimée :</translation>
    </message>
    <message>
        <source>Author, version and duration are for you and your team: learners do not see them.</source>
        <translation>L’auteur, la version et la durée sont pour vous et votre équipe : les apprenants ne les voient pas.</translation>
    </message>
    <message>
        <source>Free: any slide, in any order</source>
        <translation>Libre : n’importe quelle diapositive, dans n’importe quel ordre</translation>
    </message>
    <message>
        <source>Linear: one slide after the other</source>
        <translation>Linéaire : une diapositive après l’autre</translation>
    </message>
    <message>
        <source>&amp;Navigation:</source>
        <translation>&amp;Navigation :</translation>
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
        <translation>&amp;Terminé quand :</translation>
    </message>
    <message>
        <source>%</source>
        <comment>passing score suffix</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Passing score:</source>
        <translation>&amp;Seuil de réussite :</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimitées</translation>
    </message>
    <message>
        <source>Quiz &amp;attempts:</source>
        <translation>Tentatives au &amp;quiz :</translation>
    </message>
    <message>
        <source>Primary Colour</source>
        <translation>Couleur principale</translation>
    </message>
    <message>
        <source>&amp;Primary colour:</source>
        <translation>Couleur p&amp;rincipale :</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <source>A&amp;ccent colour:</source>
        <translation>Couleur d’a&amp;ccent :</translation>
    </message>
    <message>
        <source>&amp;Import Image…</source>
        <translation>&amp;Importer une image…</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>L&amp;ogo :</translation>
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
        <translation>&amp;Statut SCORM 1.2 :</translation>
    </message>
    <message>
        <source>SCORM 1.2 has a single status, so choose which one your LMS should show. SCORM 2004 packages always report completion and success separately; web packages report to no LMS.</source>
        <translation>SCORM 1.2 n’a qu’un seul statut : choisissez celui que votre LMS doit afficher. Les paquets SCORM 2004 transmettent toujours l’achèvement et la réussite séparément ; les paquets web ne transmettent rien à un LMS.</translation>
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
        <translation>%1 n’est pas une image : choisissez un fichier PNG, JPEG, GIF, WebP ou SVG.</translation>
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
        <translation>Thèmes prédé&amp;finis, appliqués à ce cours :</translation>
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
        <translation>&amp;Fond de page :</translation>
    </message>
    <message>
        <source>Page Background</source>
        <translation>Fond de page</translation>
    </message>
    <message>
        <source>Cards and pan&amp;els:</source>
        <translation>Cart&amp;es et panneaux :</translation>
    </message>
    <message>
        <source>Cards and Panels</source>
        <translation>Cartes et panneaux</translation>
    </message>
    <message>
        <source>Te&amp;xt colour:</source>
        <translation>Couleur du te&amp;xte :</translation>
    </message>
    <message>
        <source>Text Colour</source>
        <translation>Couleur du texte</translation>
    </message>
    <message>
        <source>The primary colour fills the top bar and main buttons; the accent colour marks progress and keyboard focus. Other colours are derived from these five and kept readable.</source>
        <translation>La couleur principale remplit la barre du haut et les boutons principaux ; la couleur d’accent signale la progression et le focus clavier. Les autres couleurs sont tirées de ces cinq-là et restent lisibles.</translation>
    </message>
    <message>
        <source>&amp;Headings:</source>
        <translation>&amp;Titres :</translation>
    </message>
    <message>
        <source>B&amp;ody text:</source>
        <translation>Te&amp;xte courant :</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucune</translation>
    </message>
    <message>
        <source>Installed &amp;font:</source>
        <translation>&amp;Police installée :</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Corner &amp;radius:</source>
        <translation>A&amp;rrondi des angles :</translation>
    </message>
    <message>
        <source>&amp;Density:</source>
        <translation>&amp;Densité :</translation>
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
        <translation>B&amp;arre du haut :</translation>
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
        <translation>Pa&amp;ges :</translation>
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
        <translation>Ouvrir sur une page de &amp;couverture : le titre du cours sur une image</translation>
    </message>
    <message>
        <source>Cover &amp;image:</source>
        <translation>&amp;Image de couverture :</translation>
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
        <translation>Aucune : la couleur principale</translation>
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
        <translation>Difficile à lire pour certains apprenants (WCAG 2.1 AA) :</translation>
    </message>
    <message>
        <source>Saved the theme to %1.</source>
        <translation>Thème enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Impossible d’importer %1 : %2</translation>
    </message>
    <message>
        <source>Imported the theme from %1; OK applies it.</source>
        <translation>Thème importé de %1 ; OK l’appliquera.</translation>
    </message>
</context>
<context>
    <name>App::DrawEditor</name>
    <message>
        <source>&amp;Any difficulty:</source>
        <translation>&amp;Toutes difficultés :</translation>
    </message>
    <message>
        <source>By &amp;difficulty:</source>
        <translation>Par &amp;difficulté :</translation>
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
        <extracomment>After the number of questions to draw: "[5] questions, picked at random"</extracomment>
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
        <translation>Tirer &amp;dans :</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>&amp;Combien ?</translation>
    </message>
    <message>
        <source>Only &amp;tagged:</source>
        <translation>&amp;Étiquette requise :</translation>
    </message>
    <message>
        <source>Each learner gets questions drawn at random when the attempt starts, and new ones when they retry; a resumed attempt keeps its questions. No question is drawn twice in one attempt, even by two draw slides.</source>
        <translation>Chaque apprenant reçoit des questions tirées au sort au début de sa tentative, et de nouvelles s’il recommence ; une tentative reprise garde ses questions. Aucune question n’est tirée deux fois dans une même tentative, même par deux diapositives de tirage.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
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
        <translation>Tirer seulement l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>Choose banks to draw from</source>
        <translation>Choisir les banques du tirage</translation>
    </message>
    <message>
        <source>%1  (1 question)</source>
        <extracomment>A bank in the draw editor's list, with its question count</extracomment>
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
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
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
        <translation>Export annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message>
        <source>1 warning: the package works, but learners may miss something.</source>
        <translation>1 avertissement : le paquet fonctionne, mais les apprenants risquent de manquer quelque chose.</translation>
    </message>
    <message>
        <source>%1 warnings: the package works, but learners may miss something.</source>
        <translation>%1 avertissements : le paquet fonctionne, mais les apprenants risquent de manquer quelque chose.</translation>
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
        <translation>%1 %</translation>
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
        <source>“%1” is not part of the guide built into Capsule; it is in the project's source code.</source>
        <translation>« %1 » ne fait pas partie du guide intégré à Capsule ; il se trouve dans le code source du projet.</translation>
    </message>
    <message>
        <source>Question banks, import and export</source>
        <translation>Banques de questions, import et export</translation>
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
        <translation>Section « %1 »</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Dans :</translation>
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
        <translation>Choisissez un fichier de questions. GIFT et Aiken viennent de Moodle et de la plupart des outils de quiz ; le modèle CSV s’ouvre dans Excel ou LibreOffice.</translation>
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
        <translation>Impossible d’écrire %1 : %2</translation>
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
        <translation>La section « %1 » ne contient aucune question.</translation>
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
        <translation>GIFT ne peut pas tout contenir :</translation>
    </message>
    <message>
        <source>Question banks, one per category</source>
        <translation>Banques de questions, une par catégorie</translation>
    </message>
    <message>
        <source>Bank “%1”</source>
        <extracomment>Import preview: where a question goes; %1 is the bank's or section's name</extracomment>
        <translation>Banque « %1 »</translation>
    </message>
    <message>
        <source>Question banks feed the draw slides, which pick questions at random; sections show every question, in order.</source>
        <translation>Les banques alimentent les diapositives de tirage, qui choisissent des questions au hasard ; les sections montrent toutes les questions, dans l’ordre.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Skipped: a description is not a question and cannot go into a bank (import it into a section instead)</source>
        <translation>Ignorée : une description n’est pas une question et ne peut pas aller dans une banque (importez-la plutôt dans une section)</translation>
    </message>
    <message>
        <source>The bank “%1” holds no question.</source>
        <translation>La banque « %1 » ne contient aucune question.</translation>
    </message>
</context>
<context>
    <name>App::IssueListWidget</name>
    <message>
        <source>✖ %1</source>
        <extracomment>Prefix of a validation problem; %1 is the problem's message</extracomment>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
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
        <translation>Adresse du lien (http, https ou mailto) :</translation>
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
        <translation>Afficher la diapositive comme sur un téléphone (360 px de large)</translation>
    </message>
    <message>
        <source>Show the slide as on a tablet (768 px wide)</source>
        <translation>Afficher la diapositive comme sur une tablette (768 px de large)</translation>
    </message>
    <message>
        <source>Show the slide as on a computer: the whole dock</source>
        <translation>Afficher la diapositive comme sur un ordinateur : tout le panneau</translation>
    </message>
    <message>
        <source>Click on the slide to edit what you clicked; off, the slide works as for a learner (Alt+click still edits)</source>
        <translation>Cliquer sur la diapositive pour modifier l’élément cliqué ; désactivé, la diapositive réagit comme pour un apprenant (Alt+clic modifie toujours)</translation>
    </message>
    <message>
        <source>Starting the preview…</source>
        <translation>Démarrage de l’aperçu…</translation>
    </message>
    <message>
        <source>This build of Capsule shows the preview in your web browser: use Course › Preview in Browser.</source>
        <translation>Cette version de Capsule affiche l’aperçu dans votre navigateur web : utilisez Cours › Prévisualiser dans le navigateur.</translation>
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
        <translation>L’enregistrement automatique a échoué : %1</translation>
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
        <translation>Récupérer le travail non enregistré ?</translation>
    </message>
    <message>
        <source>Capsule did not close properly. Changes to %1 were autosaved on %2.</source>
        <translation>Capsule ne s’est pas fermé correctement. Les modifications de %1 ont été enregistrées automatiquement le %2.</translation>
    </message>
    <message>
        <source>Recover them, or discard them for good?</source>
        <translation>Voulez-vous les récupérer, ou les abandonner définitivement ?</translation>
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
        <translation>Le cours contient des modifications non enregistrées. Voulez-vous les enregistrer ?</translation>
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
        <translation>Diapositives : %1 · Sections : %2</translation>
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
        <source>Do&amp;n't Save</source>
        <translation>Ne &amp;pas enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>Short toolbar label of Export (publishing a package), the same verb as the menu's</extracomment>
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
        <translation> · Banques : %1 · Questions en banque : %2</translation>
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
        <translation>« %1 » est le logo du cours.</translation>
    </message>
    <message>
        <source>No slide uses “%1”.</source>
        <translation>Aucune diapositive n’utilise « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is used in:</source>
        <translation>« %1 » est utilisé dans :</translation>
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
        <translation>Utilisé dans :
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
        <translation>« %1 » ajoutée</translation>
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
        <translation>Le presse-papiers contient des blocs de contenu : sélectionnez une diapositive de contenu pour les coller.</translation>
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
        <translation>Modèle « %1 » enregistré. Insérez-le avec Diapositive ▸ Nouvelle diapositive à partir d’un modèle…</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Nom du modèle :</translation>
    </message>
    <message>
        <source>Only Reached by a &amp;Branch</source>
        <translation>Accessible uniquement par un &amp;embranchement</translation>
    </message>
    <message>
        <source>Learners reach this section only when an answer or a result sends them there (remediation); “Next” skips it and its last slide takes them back where they branched.</source>
        <translation>Les apprenants n’arrivent dans cette section que lorsqu’une réponse ou un résultat les y envoie (remédiation) ; « Suivant » la saute et sa dernière diapositive les ramène là où ils l’ont quittée.</translation>
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
        <translation>✖ Erreur : %1</translation>
    </message>
    <message>
        <source>⚠ Warning: %1</source>
        <translation>⚠ Avertissement : %1</translation>
    </message>
    <message>
        <source>%1 · 1 question</source>
        <extracomment>Outline subtitle of a draw slide: "Random draw · 5 questions"</extracomment>
        <translation>%1 · 1 question</translation>
    </message>
    <message>
        <source>%1 · %2 questions</source>
        <translation>%1 · %2 questions</translation>
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
        <translation>&amp;Langue de l’interface :</translation>
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
        <translation>%1 · %2 — les erreurs empêchent l’export ; les avertissements, non.</translation>
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
        <translation>Supprimer la banque et ses questions ; les diapositives de tirage n’y puisent plus</translation>
    </message>
    <message>
        <source>&amp;Export Bank to GIFT…</source>
        <translation>&amp;Exporter la banque en GIFT…</translation>
    </message>
    <message>
        <source>Save the bank's questions as a GIFT file for Moodle</source>
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
        <translation>Questions de « %1 »</translation>
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
Ajoutez une banque, ou importez un fichier GIFT, Aiken ou CSV (Fichier ▸ Importer des questions) : chaque catégorie devient une banque. Les diapositives de tirage y piochent ensuite des questions au hasard.</translation>
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
        <translation>Question ajoutée : %1</translation>
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
        <translation>Banque « %1 » supprimée (Annuler la rétablit)</translation>
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
        <translation>0 point : la question est posée, mais ne compte pas dans le score</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>É&amp;noncé :</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>P&amp;oints :</translation>
    </message>
    <message>
        <source>Shown after a correct answer (optional)</source>
        <translation>Affiché après une bonne réponse (facultatif)</translation>
    </message>
    <message>
        <source>Shown after a wrong answer: explain the right one (optional)</source>
        <translation>Affiché après une mauvaise réponse : expliquez la bonne (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Correct:</source>
        <translation>&amp;Bonne réponse :</translation>
    </message>
    <message>
        <source>&amp;Incorrect:</source>
        <translation>&amp;Mauvaise réponse :</translation>
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
        <translation>L’affirmation de l’énoncé est :</translation>
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
        <translation>Rédigez le texte et placez un repère à l’endroit de chaque trou : [[1]] pour le premier trou de la liste ci-dessous, [[2]] pour le deuxième, et ainsi de suite.</translation>
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
        <translation>Réponses acceptées : séparez-les par des virgules.</translation>
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
        <translation>Chaque ligne est une paire correcte ; les apprenants voient la colonne de droite mélangée.</translation>
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
        <translation>Listez les étapes dans le bon ordre ; les apprenants les voient mélangées et doivent les remettre en ordre.</translation>
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
        <translation>Accepter :</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Tolérance :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Change numeric answer</source>
        <translation>Modifier la réponse numérique</translation>
    </message>
    <message>
        <source>The labels of the scale, from the lowest to the highest (for example from “Strongly disagree” to “Strongly agree”).</source>
        <translation>Les libellés de l’échelle, du plus bas au plus haut (par exemple de « Pas du tout d’accord » à « Tout à fait d’accord »).</translation>
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
        <translation>Longueur maximale :</translation>
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
        <translation>Cochez chaque bonne réponse ; les apprenants doivent toutes les trouver.</translation>
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
        <translation>&amp;Difficulté :</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes :</translation>
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
        <translation>Crédit &amp;partiel : chaque réponse choisie rapporte un pourcentage des points</translation>
    </message>
    <message>
        <source>Give each choice a credit from -100 % to 100 %. The score is the sum of the chosen choices' credits, between 0 and 100 %. Without it, only the exact right answer scores.</source>
        <translation>Donnez à chaque choix un crédit de -100 % à 100 %. Le score est la somme des crédits des choix retenus, entre 0 et 100 %. Sans crédit partiel, seule la réponse exacte rapporte des points.</translation>
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
        <translation>Question de la banque « %1 »</translation>
    </message>
    <message>
        <source>Mark the correct answers and give each choice its credit: learners earn the sum of the credits of what they choose.</source>
        <translation>Marquez les bonnes réponses et donnez à chaque choix son crédit : les apprenants obtiennent la somme des crédits de leurs choix.</translation>
    </message>
    <message>
        <source>Where learners go next</source>
        <translation>Suite du parcours</translation>
    </message>
    <message>
        <source>After a correct ans&amp;wer:</source>
        <translation>Ap&amp;rès une bonne réponse :</translation>
    </message>
    <message>
        <source>After an i&amp;ncorrect answer:</source>
        <translation>Après une ma&amp;uvaise réponse :</translation>
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
        <translation>Réponse %1 :</translation>
    </message>
    <message>
        <source>Choice %1 “%2”:</source>
        <translation>Réponse %1 « %2 » :</translation>
    </message>
    <message>
        <source>Where learners go when they choose this answer; “Next slide” follows the correct or incorrect answer's setting.</source>
        <translation>Où vont les apprenants qui choisissent cette réponse ; « Diapositive suivante » suit le réglage de la bonne ou de la mauvaise réponse.</translation>
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
        <translation>&amp;Titre :</translation>
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
        <translation>Après un quiz &amp;réussi :</translation>
    </message>
    <message>
        <source>After a fai&amp;led quiz:</source>
        <translation>Après un quiz é&amp;choué :</translation>
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
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type de question :</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points :</translation>
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
</context>
<context>
    <name>App::SlideTitleEdit</name>
    <message>
        <source>Slide title, shown in the course menu</source>
        <translation>Titre de la diapositive, affiché dans le menu du cours</translation>
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
        <translation>Supprimer le modèle « %1 » ? Cette action est définitive.</translation>
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
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Poster:</source>
        <translation>Affiche :</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Learners must &amp;watch:</source>
        <translation>Les apprenants doivent &amp;regarder :</translation>
    </message>
    <message>
        <source>The share of the video to watch before the slide counts as seen; 0 % means opening the slide is enough.</source>
        <translation>La part de la vidéo à regarder pour que la diapositive compte comme vue ; 0 % signifie qu’il suffit d’ouvrir la diapositive.</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>One WebVTT file (.vtt) per language. The language is a code such as “fr” or “en-GB”; the label is what learners see in the captions menu.</source>
        <translation>Un fichier WebVTT (.vtt) par langue. La langue est un code comme « fr » ou « en-GB » ; le libellé est ce que les apprenants voient dans le menu des sous-titres.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>The video cannot be played here: %1</source>
        <translation>La vidéo ne peut pas être lue ici : %1</translation>
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
        <translation>« %1 » n’est pas une vidéo.</translation>
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
        <translation>%1 ajouté, mais ce n’est pas du WebVTT valide : %2</translation>
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
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>This video cannot be played in the editor: this computer lacks the codec for its format. The published course is not affected (learners' browsers play MP4 and WebM). To watch it here, install the GStreamer plug-ins — on Debian or Ubuntu: gstreamer1.0-plugins-good, gstreamer1.0-plugins-bad and gstreamer1.0-libav — then reopen the project.</source>
        <translation>Cette vidéo ne peut pas être lue dans l’éditeur : il manque à cet ordinateur le codec de son format. Le cours publié n’est pas concerné (les navigateurs des apprenants lisent le MP4 et le WebM). Pour la regarder ici, installez les greffons GStreamer — sous Debian ou Ubuntu : gstreamer1.0-plugins-good, gstreamer1.0-plugins-bad et gstreamer1.0-libav —, puis rouvrez le projet.</translation>
    </message>
    <message>
        <source>This video cannot be played in the editor: its file cannot be read (permission denied).</source>
        <translation>Cette vidéo ne peut pas être lue dans l’éditeur : son fichier est illisible (accès refusé).</translation>
    </message>
    <message>
        <source>This video cannot be played in the editor: its file could not be reached.</source>
        <translation>Cette vidéo ne peut pas être lue dans l’éditeur : son fichier est inaccessible.</translation>
    </message>
    <message>
        <source>This video cannot be played in the editor.</source>
        <translation>Cette vidéo ne peut pas être lue dans l’éditeur.</translation>
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
        <translation>%1 : course.xml, ligne %2 : %3</translation>
    </message>
    <message>
        <source>attribute "%1" of %2 %3</source>
        <translation>l’attribut « %1 » de %2 %3</translation>
    </message>
    <message>
        <source>%1 has an unknown attribute "%2".</source>
        <translation>%1 a un attribut inconnu « %2 ».</translation>
    </message>
    <message>
        <source>%1 has the attribute "%2" twice.</source>
        <translation>%1 a deux fois l’attribut « %2 ».</translation>
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
        <translation>%1 contient un élément %2 : le texte, même enrichi, doit être échappé (&amp;lt;p&amp;gt;) ou placé dans une section CDATA.</translation>
    </message>
    <message>
        <source>%1 lacks the required attribute "%2".</source>
        <translation>%1 n’a pas l’attribut obligatoire « %2 ».</translation>
    </message>
    <message>
        <source>is out of range: %1 is not between %2 and %3.</source>
        <translation>est hors limites : %1 n’est pas entre %2 et %3.</translation>
    </message>
    <message>
        <source>is not an integer: "%1".</source>
        <translation>n’est pas un entier : « %1 ».</translation>
    </message>
    <message>
        <source>is not a finite number: "%1".</source>
        <translation>n’est pas un nombre fini : « %1 ».</translation>
    </message>
    <message>
        <source>must be "true" or "false", not "%1".</source>
        <translation>doit valoir « true » ou « false », pas « %1 ».</translation>
    </message>
    <message>
        <source>has an unknown value "%1".</source>
        <translation>a une valeur inconnue « %1 ».</translation>
    </message>
    <message>
        <source>is not a colour of the form #rrggbb: "%1".</source>
        <translation>n’est pas une couleur de la forme #rrggbb : « %1 ».</translation>
    </message>
    <message>
        <source>is not a valid identifier (empty or with spaces): "%1".</source>
        <translation>n’est pas un identifiant valide (vide ou avec des espaces) : « %1 ».</translation>
    </message>
    <message>
        <source>is not a SHA-256 (64 lowercase hex digits): "%1".</source>
        <translation>n’est pas un SHA-256 (64 chiffres hexadécimaux en minuscules) : « %1 ».</translation>
    </message>
    <message>
        <source>%1 refers to the media %2, which is not listed in &lt;media&gt;.</source>
        <translation>%1 fait référence au média %2, qui n’est pas listé dans &lt;media&gt;.</translation>
    </message>
    <message>
        <source>the %1 id "%2" is used twice.</source>
        <translation>l’identifiant de %1 « %2 » est utilisé deux fois.</translation>
    </message>
    <message>
        <source>%1: course.xml is not well-formed XML (line %2: %3).</source>
        <translation>%1 : course.xml n’est pas du XML bien formé (ligne %2 : %3).</translation>
    </message>
    <message>
        <source>%1: course.xml is not well-formed XML (line %2: text outside the root element).</source>
        <translation>%1 : course.xml n’est pas du XML bien formé (ligne %2 : texte hors de l’élément racine).</translation>
    </message>
    <message>
        <source>%1: course.xml has more than one root element (line %2).</source>
        <translation>%1 : course.xml a plus d’un élément racine (ligne %2).</translation>
    </message>
    <message>
        <source>%1: course.xml has no root element.</source>
        <translation>%1 : course.xml n’a pas d’élément racine.</translation>
    </message>
    <message>
        <source>the root element is %1, not &lt;capsule&gt;: this is not a Capsule course.</source>
        <translation>l’élément racine est %1, pas &lt;capsule&gt; : ce n’est pas un cours Capsule.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Capsule (format %2); this version reads format %3.</source>
        <translation>%1 a été enregistré par une version plus récente de Capsule (format %2) ; cette version lit le format %3.</translation>
    </message>
    <message>
        <source>is not a format version: "%1".</source>
        <translation>n’est pas une version de format : « %1 ».</translation>
    </message>
    <message>
        <source>&lt;capsule&gt; must declare xmlns="%1".</source>
        <translation>&lt;capsule&gt; doit déclarer xmlns="%1".</translation>
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
        <source>Unknown template "%1" (available: blank, sample).</source>
        <translation>Modèle inconnu « %1 » (disponibles : blank, sample).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2 (%3) is not a supported media type. Capsule accepts PNG, JPEG, GIF, WebP and SVG images, MP4 and WebM videos, WebVTT captions and MP3, Ogg and M4A audio.</source>
        <translation>Impossible d’importer « %1 » : %2 (%3) n’est pas un type de média pris en charge. Capsule accepte les images PNG, JPEG, GIF, WebP et SVG, les vidéos MP4 et WebM, les sous-titres WebVTT et le son MP3, Ogg et M4A.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file is not a valid WebP image.</source>
        <translation>Impossible d’importer « %1 » : le fichier n’est pas une image WebP valide.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file is not a valid %2 image.</source>
        <translation>Impossible d’importer « %1 » : le fichier n’est pas une image %2 valide.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid cue timing line; expected “00:00:01.000 --&gt; 00:00:04.000” (hours are optional).</source>
        <translation>« %1 » n’est pas une ligne de minutage valide ; attendu : « 00:00:01.000 --&gt; 00:00:04.000 » (les heures sont facultatives).</translation>
    </message>
    <message>
        <source>the cue ends (%1) before it starts (%2).</source>
        <translation>le sous-titre se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file does not exist.</source>
        <translation>Impossible d’importer « %1 » : le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is a folder, not a file.</source>
        <translation>Impossible d’importer « %1 » : c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file is empty.</source>
        <translation>Impossible d’importer « %1 » : le fichier est vide.</translation>
    </message>
    <message>
        <source>unnamed data</source>
        <translation>données sans nom</translation>
    </message>
    <message>
        <source>a WebVTT file must start with “WEBVTT”.</source>
        <translation>un fichier WebVTT doit commencer par « WEBVTT ».</translation>
    </message>
    <message>
        <source>the cue “%1” has no timing line; expected “00:00:01.000 --&gt; 00:00:04.000” after its identifier.</source>
        <translation>le sous-titre « %1 » n’a pas de ligne de minutage ; attendu : « 00:00:01.000 --&gt; 00:00:04.000 » après son identifiant.</translation>
    </message>
    <message>
        <source>"%1" (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: the media file %2 has %3 bytes instead of %4.</source>
        <translation>%1 est endommagé : le fichier média %2 fait %3 octets au lieu de %4.</translation>
    </message>
    <message>
        <source>%1 is damaged: the content of the media file %2 does not match its checksum.</source>
        <translation>%1 est endommagé : le contenu du fichier média %2 ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>%1: the media file "%2" would be stored under the unsafe name "%3".</source>
        <translation>%1 : le fichier média « %2 » serait stocké sous le nom dangereux « %3 ».</translation>
    </message>
    <message>
        <source>%1 is damaged: the media file %2 is missing.</source>
        <translation>%1 est endommagé : le fichier média %2 est manquant.</translation>
    </message>
    <message>
        <source>%1 is incomplete: the media file %2 is missing.</source>
        <translation>%1 est incomplet : le fichier média %2 est manquant.</translation>
    </message>
    <message>
        <source>%1: cannot read the media file %2 (%3).</source>
        <translation>%1 : impossible de lire le fichier média %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not a Capsule project: the file is damaged or is not a zip archive.</source>
        <translation>%1 n’est pas un projet Capsule : le fichier est endommagé ou n’est pas une archive zip.</translation>
    </message>
    <message>
        <source>%1 is not a Capsule project: it has no course.xml.</source>
        <translation>%1 n’est pas un projet Capsule : il ne contient pas de course.xml.</translation>
    </message>
    <message>
        <source>%1 is not a Capsule project folder: it has no course.xml.</source>
        <translation>%1 n’est pas un dossier de projet Capsule : il ne contient pas de course.xml.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 was not saved because the course breaks a rule of the file format: %2</source>
        <translation>%1 n’a pas été enregistré, car le cours enfreint une règle du format de fichier : %2</translation>
    </message>
    <message>
        <source>%1 was not saved: the media file %2 has %3 bytes instead of %4.</source>
        <translation>%1 n’a pas été enregistré : le fichier média %2 fait %3 octets au lieu de %4.</translation>
    </message>
    <message>
        <source>%1 was not saved: the content of the media file %2 does not match its checksum.</source>
        <translation>%1 n’a pas été enregistré : le contenu du fichier média %2 ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>%1 was not saved: the media file %2 changed on disk (%3).</source>
        <translation>%1 n’a pas été enregistré : le fichier média %2 a changé sur le disque (%3).</translation>
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
        <translation>Section %1 › Diapositive %2 « %3 »</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Section %1 « %2 »</source>
        <translation>Section %1 « %2 »</translation>
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
        <translation>Le seuil de réussite est de %1 % ; il doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>The theme logo (%1) is not in the media library.</source>
        <translation>Le logo du thème (%1) n’est pas dans la médiathèque.</translation>
    </message>
    <message>
        <source>The section id “%1” is invalid: ids must be non-empty and contain no white space.</source>
        <translation>L’identifiant de section « %1 » n’est pas valide : un identifiant doit être non vide et sans espace.</translation>
    </message>
    <message>
        <source>This section has the same id (“%1”) as section %2.</source>
        <translation>Cette section a le même identifiant (« %1 ») que la section %2.</translation>
    </message>
    <message>
        <source>The slide id “%1” is invalid: ids must be non-empty and contain no white space.</source>
        <translation>L’identifiant de diapositive « %1 » n’est pas valide : un identifiant doit être non vide et sans espace.</translation>
    </message>
    <message>
        <source>This slide has the same id (“%1”) as slide %2 of section %3.</source>
        <translation>Cette diapositive a le même identifiant (« %1 ») que la diapositive %2 de la section %3.</translation>
    </message>
    <message>
        <source>%1 contains HTML outside the safe subset (an element, attribute or link that is not allowed, a comment, or a tag that is not closed).</source>
        <translation>%1 contient du HTML hors du sous-ensemble sûr (un élément, un attribut ou un lien non autorisé, un commentaire ou une balise non fermée).</translation>
    </message>
    <message>
        <source>Block %1 is a heading of level %2; heading levels go from 2 to 4.</source>
        <translation>Le bloc %1 est un titre de niveau %2 ; les niveaux de titre vont de 2 à 4.</translation>
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
        <translation>Le fichier du bloc image %1 (« %2 ») n’est pas une image, mais %3.</translation>
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
        <translation>La question vaut %1 points ; les points doivent être positifs ou nuls.</translation>
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
        <translation>La question n’a pas de bonne réponse : elle ne peut pas être notée.</translation>
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
        <translation>L’intervalle accepté est vide : le minimum (%1) est supérieur au maximum (%2).</translation>
    </message>
    <message>
        <source>The tolerance (%1) is negative.</source>
        <translation>La tolérance (%1) est négative.</translation>
    </message>
    <message>
        <source>The answer id “%1” is invalid: ids must be non-empty and contain no white space.</source>
        <translation>L’identifiant de réponse « %1 » n’est pas valide : un identifiant doit être non vide et sans espace.</translation>
    </message>
    <message>
        <source>The answer id “%1” is used more than once in this question.</source>
        <translation>L’identifiant de réponse « %1 » est utilisé plusieurs fois dans cette question.</translation>
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
        <translation>Le fichier « %1 » de la diapositive vidéo n’est pas une vidéo, mais %2.</translation>
    </message>
    <message>
        <source>The poster image (%1) is not in the media library.</source>
        <translation>L’image d’affiche (%1) n’est pas dans la médiathèque.</translation>
    </message>
    <message>
        <source>The poster “%1” is not an image but %2.</source>
        <translation>L’affiche « %1 » n’est pas une image, mais %2.</translation>
    </message>
    <message>
        <source>The share of the video to watch is %1 %; it must be between 0 and 100 %.</source>
        <translation>La part de la vidéo à regarder est de %1 % ; elle doit être comprise entre 0 et 100 %.</translation>
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
        <translation>Le fichier « %1 » de la piste de sous-titres %2 n’est pas un fichier WebVTT, mais %3.</translation>
    </message>
    <message>
        <source>Caption track %1 has no language.</source>
        <translation>La piste de sous-titres %1 n’a pas de langue.</translation>
    </message>
    <message>
        <source>The video has no captions: learners who cannot hear it will miss what is said.</source>
        <translation>La vidéo n’a pas de sous-titres : les apprenants qui ne peuvent pas l’entendre manqueront ce qui est dit.</translation>
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
        <translation>Le cours a un quiz, mais pas de diapositive de résultat : les apprenants ne verront pas leur score.</translation>
    </message>
    <message>
        <source>Saving a learner's progress may take about %1 characters, more than the %2 SCORM 1.2 allows: in SCORM 1.2 packages some answers may not be restored when a learner comes back.</source>
        <translation>L’enregistrement de la progression d’un apprenant peut occuper environ %1 caractères, plus que les %2 permis par SCORM 1.2 : dans les paquets SCORM 1.2, certaines réponses risquent de ne pas être restaurées au retour de l’apprenant.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>Impossible d’ouvrir %1 : le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a file.</source>
        <translation>Impossible d’ouvrir %1 : ce n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a zip archive: the file is empty.</source>
        <translation>%1 est endommagé ou n’est pas une archive zip : le fichier est vide.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Impossible d’ouvrir %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a zip archive (%2).</source>
        <translation>%1 est endommagé ou n’est pas une archive zip (%2).</translation>
    </message>
    <message>
        <source>%1 contains an unsafe entry name "%2" (absolute, with "..", a backslash or a drive letter); it was not opened.</source>
        <translation>%1 contient un nom d’entrée dangereux « %2 » (absolu, avec « .. », une barre oblique inverse ou une lettre de lecteur) ; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>%1 has no entry "%2".</source>
        <translation>%1 n’a pas d’entrée « %2 ».</translation>
    </message>
    <message>
        <source>The entry "%2" of %1 is too large to be read into memory.</source>
        <translation>L’entrée « %2 » de %1 est trop volumineuse pour être lue en mémoire.</translation>
    </message>
    <message>
        <source>Cannot read "%2" in %1: %3.</source>
        <translation>Impossible de lire « %2 » dans %1 : %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: cannot read "%2" (%3).</source>
        <translation>%1 est endommagé : impossible de lire « %2 » (%3).</translation>
    </message>
    <message>
        <source>Reading "%2" in %1 was stopped.</source>
        <translation>La lecture de « %2 » dans %1 a été interrompue.</translation>
    </message>
    <message>
        <source>Cannot write %1: the entry name "%2" is unsafe or used twice.</source>
        <translation>Impossible d’écrire %1 : le nom d’entrée « %2 » est dangereux ou utilisé deux fois.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 does not exist or is not a file.</source>
        <translation>Impossible d’écrire %1 : %2 n’existe pas ou n’est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: cannot read %2 (%3).</source>
        <translation>Impossible d’écrire %1 : impossible de lire %2 (%3).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 has no entry "%3".</source>
        <translation>Impossible d’écrire %1 : %2 n’a pas d’entrée « %3 ».</translation>
    </message>
    <message>
        <source>Cannot write %1: the bytes of "%2" are not available.</source>
        <translation>Impossible d’écrire %1 : les octets de « %2 » ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>%1 was already written.</source>
        <translation>%1 a déjà été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is damaged: the content of "%3" does not match its checksum.</source>
        <translation>Impossible d’écrire %1 : %2 est endommagé, le contenu de « %3 » ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>Cannot write %1: cannot read "%2" in %3 (%4).</source>
        <translation>Impossible d’écrire %1 : impossible de lire « %2 » dans %3 (%4).</translation>
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
        <translation>%1 n’a pas été enregistré : le contenu du fichier média %2 dans %3 ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>"%1" in %2</source>
        <translation>« %1 » dans %2</translation>
    </message>
    <message>
        <source>The content of the media file %1 does not match its checksum.</source>
        <translation>Le contenu du fichier média %1 ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2.</source>
        <translation>Impossible de remplacer %1 : %2.</translation>
    </message>
    <message>
        <source>Writing %1 was cancelled.</source>
        <translation>L’écriture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 — slide “%2”</source>
        <extracomment>History entry: %1 is what was done ("Edit pair"), %2 the slide's title</extracomment>
        <translation>%1 — diapositive « %2 »</translation>
    </message>
    <message>
        <source>Add section “%1”</source>
        <translation>Ajouter la section « %1 »</translation>
    </message>
    <message>
        <source>Add slide “%1”</source>
        <translation>Ajouter la diapositive « %1 »</translation>
    </message>
    <message>
        <source>Move section “%1”</source>
        <translation>Déplacer la section « %1 »</translation>
    </message>
    <message>
        <source>Move slide “%1”</source>
        <translation>Déplacer la diapositive « %1 »</translation>
    </message>
    <message>
        <source>Delete section “%1”</source>
        <translation>Supprimer la section « %1 »</translation>
    </message>
    <message>
        <source>Delete slide “%1”</source>
        <translation>Supprimer la diapositive « %1 »</translation>
    </message>
    <message>
        <source>Rename section “%1”</source>
        <translation>Renommer la section « %1 »</translation>
    </message>
    <message>
        <source>Rename slide “%1”</source>
        <translation>Renommer la diapositive « %1 »</translation>
    </message>
    <message>
        <source>%1: course.xml is not valid UTF-8 (byte offset %2, line %3); it was not read.</source>
        <translation>%1 : course.xml n’est pas de l’UTF-8 valide (octet à la position %2, ligne %3) ; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>%1: course.xml declares an entity (line %2); a Capsule file has no DOCTYPE and no entity declarations.</source>
        <translation>%1 : course.xml déclare une entité (ligne %2) ; un fichier Capsule n’a ni DOCTYPE ni déclaration d’entité.</translation>
    </message>
    <message>
        <source>%1: course.xml has a DOCTYPE (line %2); a Capsule file has no DOCTYPE and no entity declarations.</source>
        <translation>%1 : course.xml contient un DOCTYPE (ligne %2) ; un fichier Capsule n’a ni DOCTYPE ni déclaration d’entité.</translation>
    </message>
    <message>
        <source>The media file %1 is too large to be loaded (%2 bytes; the limit is %3 bytes).</source>
        <translation>Le fichier média %1 est trop volumineux pour être chargé (%2 octets ; la limite est de %3 octets).</translation>
    </message>
    <message>
        <source>%1: course.xml is too large (%2 bytes; the limit is %3 bytes); it was not read.</source>
        <translation>%1 : course.xml est trop volumineux (%2 octets ; la limite est de %3 octets) ; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>%1 contains the entry "%2" twice, so which one to read is ambiguous; it was not opened.</source>
        <translation>%1 contient deux fois l’entrée « %2 » : impossible de savoir laquelle lire ; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>%1 contains the folder entry "%2"; a Capsule file has no folder entries, only files. It was not opened.</source>
        <translation>%1 contient l’entrée de dossier « %2 » ; un fichier Capsule n’a pas d’entrée de dossier, seulement des fichiers. Il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>%1 is damaged: the entry "%2" inflates to more than the %3 bytes its zip directory declares.</source>
        <translation>%1 est endommagé : l’entrée « %2 » se décompresse en plus des %3 octets que déclare le répertoire du zip.</translation>
    </message>
    <message>
        <source>Add question bank</source>
        <translation>Ajouter une banque de questions</translation>
    </message>
    <message>
        <source>Add question bank “%1”</source>
        <translation>Ajouter la banque de questions « %1 »</translation>
    </message>
    <message>
        <source>Add question to bank</source>
        <translation>Ajouter une question à la banque</translation>
    </message>
    <message>
        <source>Add question to bank “%1”</source>
        <translation>Ajouter une question à la banque « %1 »</translation>
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
            <numerusform>Ajouter %n question à la banque « %1 »</numerusform>
            <numerusform>Ajouter %n questions à la banque « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>Move bank question</source>
        <translation>Déplacer une question de banque</translation>
    </message>
    <message>
        <source>Move question “%1” to bank “%2”</source>
        <translation>Déplacer la question « %1 » vers la banque « %2 »</translation>
    </message>
    <message>
        <source>Delete question bank</source>
        <translation>Supprimer la banque de questions</translation>
    </message>
    <message>
        <source>Delete question bank “%1”</source>
        <translation>Supprimer la banque de questions « %1 »</translation>
    </message>
    <message>
        <source>Delete bank question</source>
        <translation>Supprimer la question de banque</translation>
    </message>
    <message>
        <source>Delete bank question “%1”</source>
        <translation>Supprimer la question de banque « %1 »</translation>
    </message>
    <message>
        <source>Rename question bank</source>
        <translation>Renommer la banque de questions</translation>
    </message>
    <message>
        <source>Rename question bank “%1”</source>
        <translation>Renommer la banque de questions « %1 »</translation>
    </message>
    <message>
        <source>question bank</source>
        <translation>banque de questions</translation>
    </message>
    <message>
        <source>a question bank holds only question slides, not &lt;slide kind="%1"&gt;.</source>
        <translation>une banque de questions ne contient que des diapositives de question, pas &lt;slide kind="%1"&gt;.</translation>
    </message>
    <message>
        <source>only a question slide has a difficulty, not &lt;slide kind="%1"&gt;.</source>
        <translation>seule une diapositive de question a une difficulté, pas &lt;slide kind="%1"&gt;.</translation>
    </message>
    <message>
        <source>has an unknown value "%1" (easy, medium or hard).</source>
        <translation>a une valeur inconnue « %1 » (easy, medium ou hard).</translation>
    </message>
    <message>
        <source>&lt;draw&gt; names the question bank "%1" twice.</source>
        <translation>&lt;draw&gt; nomme deux fois la banque de questions « %1 ».</translation>
    </message>
    <message>
        <source>is out of range: %1 is not between -100 and 100.</source>
        <translation>est hors limites : %1 n’est pas entre -100 et 100.</translation>
    </message>
    <message>
        <source>Unnamed question bank</source>
        <translation>Banque de questions sans nom</translation>
    </message>
    <message>
        <source>Bank « %1 »</source>
        <translation>Banque « %1 »</translation>
    </message>
    <message>
        <source>%1 › Question %2</source>
        <translation>%1 › Question %2</translation>
    </message>
    <message>
        <source>%1 › Question %2 « %3 »</source>
        <translation>%1 › Question %2 « %3 »</translation>
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
        <translation>La diapositive de tirage ne tire aucune question : indiquez combien en tirer.</translation>
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
            <numerusform>La diapositive de tirage tire %n question étiquetée « %1 », mais ses banques n’en contiennent que %2 avec cette étiquette.</numerusform>
            <numerusform>La diapositive de tirage tire %n questions étiquetées « %1 », mais ses banques n’en contiennent que %2 avec cette étiquette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The draw slide draws %n question(s) of difficulty “%1”, but its banks hold only %2.</source>
        <translation>
            <numerusform>La diapositive de tirage tire %n question de difficulté « %1 », mais ses banques n’en contiennent que %2.</numerusform>
            <numerusform>La diapositive de tirage tire %n questions de difficulté « %1 », mais ses banques n’en contiennent que %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The draw slide draws %n question(s) of difficulty “%1” tagged “%2”, but its banks hold only %3.</source>
        <translation>
            <numerusform>La diapositive de tirage tire %n question de difficulté « %1 » étiquetée « %2 », mais ses banques n’en contiennent que %3.</numerusform>
            <numerusform>La diapositive de tirage tire %n questions de difficulté « %1 » étiquetées « %2 », mais ses banques n’en contiennent que %3.</numerusform>
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
        <translation>L’identifiant de banque de questions « %1 » est invalide : un identifiant doit être non vide et sans espace.</translation>
    </message>
    <message>
        <source>This question bank has the same id (“%1”) as bank %2.</source>
        <translation>Cette banque de questions a le même identifiant (« %1 ») que la banque %2.</translation>
    </message>
    <message>
        <source>Question bank %1 has no name.</source>
        <translation>La banque de questions %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>Question bank %1 has the same name (“%2”) as bank %3.</source>
        <translation>La banque de questions %1 a le même nom (« %2 ») que la banque %3.</translation>
    </message>
    <message>
        <source>The question bank has no questions.</source>
        <translation>La banque de questions ne contient aucune question.</translation>
    </message>
    <message>
        <source>The question id “%1” is invalid: ids must be non-empty and contain no white space.</source>
        <translation>L’identifiant de question « %1 » est invalide : un identifiant doit être non vide et sans espace.</translation>
    </message>
    <message>
        <source>This question has the same id (“%1”) as another slide or bank question.</source>
        <translation>Cette question a le même identifiant (« %1 ») qu’une autre diapositive ou question de banque.</translation>
    </message>
    <message>
        <source>%1 draw slides share question banks and draw %2 questions together, but those banks hold only %3: a question is never drawn twice in an attempt, so some draws will come up short.</source>
        <translation>%1 diapositives de tirage partagent des banques de questions et tirent ensemble %2 questions, mais ces banques n’en contiennent que %3 : une question n’est jamais tirée deux fois dans une tentative, certains tirages seront donc incomplets.</translation>
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
        <translation>L’adresse web du bloc %1 (« %2 ») n’est pas une adresse http:// ou https://.</translation>
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
        <translation>Le fichier du bloc %1 (« %2 ») est de type %3, pas %4.</translation>
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
        <translation>Le bloc %1 n’a encore aucun élément ; les apprenants ne verraient rien.</translation>
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
        <translation>l’élément racine est %1, pas &lt;capsuleTheme&gt; : ce n’est pas un thème Capsule.</translation>
    </message>
    <message>
        <source>&lt;capsuleTheme&gt; must declare xmlns="%1".</source>
        <translation>&lt;capsuleTheme&gt; doit déclarer xmlns="%1".</translation>
    </message>
    <message>
        <source>is not a theme format version (3 or later): "%1".</source>
        <translation>n’est pas une version de format de thème (3 ou plus) : « %1 ».</translation>
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
        <translation>%1 : contraste %2:1, il faut %3:1</translation>
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
        <translation>%1 : le thème fait référence au média %2, qui n’est pas dans le cours.</translation>
    </message>
    <message>
        <source>%1: the logo and cover image weigh %2 MB; a theme file holds at most %3 MB of images.</source>
        <translation>%1 : le logo et l’image de couverture pèsent %2 Mo ; un fichier de thème contient au plus %3 Mo d’images.</translation>
    </message>
    <message>
        <source>%1 is too large for a theme file (%2 bytes; the limit is %3 bytes); it was not read.</source>
        <translation>%1 est trop volumineux pour un fichier de thème (%2 octets ; la limite est de %3 octets) ; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>%1 is not a Capsule theme: the file is damaged or is not a zip archive.</source>
        <translation>%1 n’est pas un thème Capsule : le fichier est endommagé ou n’est pas une archive zip.</translation>
    </message>
    <message>
        <source>%1 is not a Capsule theme: it has no theme.xml.</source>
        <translation>%1 n’est pas un thème Capsule : il ne contient pas de theme.xml.</translation>
    </message>
    <message>
        <source>%1: theme.xml is too large (%2 bytes; the limit is %3 bytes); it was not read.</source>
        <translation>%1 : theme.xml est trop volumineux (%2 octets ; la limite est de %3 octets) ; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>%1: theme.xml lists the media %2, which the theme does not use.</source>
        <translation>%1 : theme.xml liste le média %2, que le thème n’utilise pas.</translation>
    </message>
    <message>
        <source>%1: the media %2 is not an image (%3).</source>
        <translation>%1 : le média %2 n’est pas une image (%3).</translation>
    </message>
    <message>
        <source>%1: the media %2 listed in theme.xml is missing.</source>
        <translation>%1 : le média %2 listé dans theme.xml est absent.</translation>
    </message>
    <message>
        <source>%1: the bytes of the media %2 do not match its name (the file is damaged).</source>
        <translation>%1 : les octets du média %2 ne correspondent pas à son nom (le fichier est endommagé).</translation>
    </message>
    <message>
        <source>%1: the theme refers to the media %2, which is not listed.</source>
        <translation>%1 : le thème fait référence au média %2, qui n’est pas listé.</translation>
    </message>
    <message>
        <source>%1: unexpected entry "%2"; a theme file holds theme.xml and the media it lists, nothing else.</source>
        <translation>%1 : entrée inattendue « %2 » ; un fichier de thème contient theme.xml et les médias qu’il liste, rien d’autre.</translation>
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
        <translation>%1 : le média %2 fait %3 octets ; theme.xml indique %4.</translation>
    </message>
    <message>
        <source>%1: the theme's media weigh more than %2 bytes in all; it was not read.</source>
        <translation>%1 : les médias du thème pèsent plus de %2 octets au total ; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>%1: the media %2 is not a readable image: %3</source>
        <translation>%1 : le média %2 n’est pas une image lisible : %3</translation>
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
        <translation>Coller la section « %1 »</translation>
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
        <translation>La sélection utilise %1 Mo de médias ; on ne peut pas en copier plus de %2 Mo à la fois. Copiez moins de diapositives, ou des diapositives aux médias plus légers.</translation>
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
        <translation>La sélection occupe %1 Mo ; on ne peut pas copier plus de %2 Mo à la fois.</translation>
    </message>
    <message>
        <source>%1: the Capsule fragment takes %2 MB, more than the %3 MB Capsule reads; it was not read.</source>
        <translation>%1 : le fragment Capsule occupe %2 Mo, plus que les %3 Mo que Capsule accepte ; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>%1: Capsule fragment, line %2: %3</source>
        <translation>%1 : fragment Capsule, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: not a Capsule fragment: the XML is not well-formed (line %2: %3).</source>
        <translation>%1 : ce n’est pas un fragment Capsule : le XML est mal formé (ligne %2 : %3).</translation>
    </message>
    <message>
        <source>%1: a Capsule fragment has no DOCTYPE (line %2).</source>
        <translation>%1 : un fragment Capsule n’a pas de DOCTYPE (ligne %2).</translation>
    </message>
    <message>
        <source>%1: not a Capsule fragment: more than one root element.</source>
        <translation>%1 : ce n’est pas un fragment Capsule : il y a plus d’un élément racine.</translation>
    </message>
    <message>
        <source>%1: not a Capsule fragment (the root element must be &lt;fragment xmlns="%2"&gt;).</source>
        <translation>%1 : ce n’est pas un fragment Capsule (l’élément racine doit être &lt;fragment xmlns="%2"&gt;).</translation>
    </message>
    <message>
        <source>%1: the Capsule fragment comes from a newer version of Capsule (fragment format %2); this version reads format %3.</source>
        <translation>%1 : le fragment vient d’une version plus récente de Capsule (format de fragment %2) ; cette version lit le format %3.</translation>
    </message>
    <message>
        <source>&lt;fragment&gt; has no valid "formatVersion" ("%1").</source>
        <translation>&lt;fragment&gt; n’a pas de « formatVersion » valide (« %1 »).</translation>
    </message>
    <message>
        <source>&lt;fragment&gt; has an unknown kind "%1" (slides, sections or blocks).</source>
        <translation>&lt;fragment&gt; a un type inconnu « %1 » (slides, sections ou blocks).</translation>
    </message>
    <message>
        <source>&lt;fragment&gt; has an unknown attribute "%1".</source>
        <translation>&lt;fragment&gt; a un attribut inconnu « %1 ».</translation>
    </message>
    <message>
        <source>&lt;fragment&gt; lacks the required attribute "kind".</source>
        <translation>il manque à &lt;fragment&gt; l’attribut obligatoire « kind ».</translation>
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
        <source>&lt;course&gt; has an unknown attribute "%1".</source>
        <translation>&lt;course&gt; a un attribut inconnu « %1 ».</translation>
    </message>
    <message>
        <source>&lt;file&gt; must have exactly one attribute, "id".</source>
        <translation>&lt;file&gt; doit avoir un seul attribut, « id ».</translation>
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
        <translation>&lt;course&gt; contient un élément ; il contient du texte échappé.</translation>
    </message>
    <message>
        <source>%1: the Capsule fragment lists the media %2 (%3) but does not hold its bytes.</source>
        <translation>%1 : le fragment Capsule cite le média %2 (%3) mais n’en contient pas les octets.</translation>
    </message>
    <message>
        <source>&lt;file&gt; holds an element; it holds base64 text.</source>
        <translation>&lt;file&gt; contient un élément ; il contient du texte en base64.</translation>
    </message>
    <message>
        <source>the bytes of the media %1 are not valid base64.</source>
        <translation>les octets du média %1 ne sont pas du base64 valide.</translation>
    </message>
    <message>
        <source>%1: the bytes of the media %2 (%3) in the Capsule fragment are damaged (their size or SHA-256 does not match).</source>
        <translation>%1 : les octets du média %2 (%3) dans le fragment Capsule sont endommagés (leur taille ou leur SHA-256 ne correspond pas).</translation>
    </message>
    <message>
        <source>&lt;file&gt; holds the media %1, which the course part does not list.</source>
        <translation>&lt;file&gt; contient le média %1, que la partie de cours ne cite pas.</translation>
    </message>
    <message>
        <source>the course part does not hold what a "%1" fragment holds (see the file format documentation).</source>
        <translation>la partie de cours ne contient pas ce que contient un fragment « %1 » (voir la documentation du format de fichier).</translation>
    </message>
    <message>
        <source>A button went to a slide that is not in this course; its link was removed.</source>
        <translation>Un bouton menait à une diapositive absente de ce cours ; son lien a été retiré.</translation>
    </message>
    <message>
        <source>%1 buttons went to slides that are not in this course; their links were removed.</source>
        <translation>%1 boutons menaient à des diapositives absentes de ce cours ; leurs liens ont été retirés.</translation>
    </message>
    <message>
        <source>A draw used a question bank that is not in this course; it no longer draws from it.</source>
        <translation>Un tirage utilisait une banque de questions absente de ce cours ; il n’y puise plus.</translation>
    </message>
    <message>
        <source>%1 question banks used by draws are not in this course; the draws no longer use them.</source>
        <translation>%1 banques de questions utilisées par des tirages sont absentes de ce cours ; les tirages ne les utilisent plus.</translation>
    </message>
    <message>
        <source>Make section reached only by a branch</source>
        <translation>Rendre la section accessible uniquement par un embranchement</translation>
    </message>
    <message>
        <source>Make section part of the normal flow</source>
        <translation>Remettre la section dans le parcours normal</translation>
    </message>
    <message>
        <source>Make section “%1” reached only by a branch</source>
        <translation>Rendre la section « %1 » accessible uniquement par un embranchement</translation>
    </message>
    <message>
        <source>Make section “%1” part of the normal flow</source>
        <translation>Remettre la section « %1 » dans le parcours normal</translation>
    </message>
    <message>
        <source>A branch went to a slide or section that is not in this course; it now goes to the next slide.</source>
        <translation>Un embranchement menait à une diapositive ou une section absente de ce cours ; il mène désormais à la diapositive suivante.</translation>
    </message>
    <message>
        <source>%1 branches went to slides or sections that are not in this course; they now go to the next slide.</source>
        <translation>%1 embranchements menaient à des diapositives ou des sections absentes de ce cours ; ils mènent désormais à la diapositive suivante.</translation>
    </message>
    <message>
        <source>is not a branch target ("slide:ID" or "section:ID"): "%1".</source>
        <translation>n’est pas une destination d’embranchement (« slide:ID » ou « section:ID ») : « %1 ».</translation>
    </message>
    <message>
        <source>only a result slide has "%1", not &lt;slide kind="%2"&gt;.</source>
        <translation>seule une diapositive de résultat a « %1 », pas &lt;slide kind="%2"&gt;.</translation>
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
        <translation>la section « %1 », qui n’a aucune diapositive</translation>
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
        <translation>Aucun embranchement ne mène à la section « %1 », accessible uniquement par un embranchement : les apprenants n’en voient jamais les diapositives.</translation>
    </message>
    <message>
        <source>No path leads to the slide « %1 »: learners never see it.</source>
        <translation>Aucun chemin ne mène à la diapositive « %1 » : les apprenants ne la voient jamais.</translation>
    </message>
    <message>
        <source>The slide « %1 » is a dead end: every way out of it leads to a slide or section that does not exist.</source>
        <translation>La diapositive « %1 » est une impasse : toutes ses sorties mènent à une diapositive ou une section qui n’existe pas.</translation>
    </message>
    <message>
        <source>The slide « %1 » ends the course inside a section reached only by a branch: learners never come back to the rest of the course.</source>
        <translation>La diapositive « %1 » termine le cours dans une section accessible uniquement par un embranchement : les apprenants ne reviennent jamais au reste du cours.</translation>
    </message>
    <message>
        <source>From the slide « %1 » on, learners go round in a loop with no way to the end of the course.</source>
        <translation>À partir de la diapositive « %1 », les apprenants tournent en boucle sans pouvoir atteindre la fin du cours.</translation>
    </message>
</context>
<context>
    <name>CourseSettingsExplainer</name>
    <message>
        <source>Without a language, the player's buttons and messages are in English.</source>
        <translation>Sans langue, les boutons et messages du lecteur sont en anglais.</translation>
    </message>
    <message>
        <source>“%1” is not a language code (such as fr, en-GB): the LMS will not be told the language.</source>
        <translation>« %1 » n’est pas un code de langue (comme fr ou en-GB) : la langue ne sera pas transmise au LMS.</translation>
    </message>
    <message>
        <source>The player's buttons and messages will be in French; captions in this language are switched on by default.</source>
        <translation>Les boutons et messages du lecteur seront en français ; les sous-titres dans cette langue sont activés par défaut.</translation>
    </message>
    <message>
        <source>The player's buttons and messages will be in English; captions in this language are switched on by default.</source>
        <translation>Les boutons et messages du lecteur seront en anglais ; les sous-titres dans cette langue sont activés par défaut.</translation>
    </message>
    <message>
        <source>The player is not translated into “%1” yet: its buttons and messages will be in English; captions in this language are switched on by default.</source>
        <translation>Le lecteur n’est pas encore traduit en « %1 » : ses boutons et messages seront en anglais ; les sous-titres dans cette langue sont activés par défaut.</translation>
    </message>
    <message>
        <source>Learners can open any slide at any time, from the outline or with Previous and Next.</source>
        <translation>Les apprenants peuvent ouvrir n’importe quelle diapositive à tout moment, depuis le plan ou avec Précédent et Suivant.</translation>
    </message>
    <message>
        <source>Next stays locked until the current slide is done; later slides in the outline stay locked too.</source>
        <translation>Suivant reste bloqué tant que la diapositive en cours n’est pas terminée ; les diapositives suivantes du plan restent bloquées elles aussi.</translation>
    </message>
    <message>
        <source>Learners must open every slide; the course counts as completed once they have, whatever their quiz score.</source>
        <translation>Les apprenants doivent ouvrir chaque diapositive ; le cours est alors considéré comme terminé, quel que soit leur score au quiz.</translation>
    </message>
    <message>
        <source>Learners must pass the quiz, but this course has no graded question yet: add one, or the export will be refused.</source>
        <translation>Les apprenants doivent réussir le quiz, mais ce cours n’a encore aucune question notée : ajoutez-en une, sinon l’export sera refusé.</translation>
    </message>
    <message>
        <source>Learners must pass the quiz; the course counts as completed as soon as they do, even if they skipped slides.</source>
        <translation>Les apprenants doivent réussir le quiz ; le cours est considéré comme terminé dès qu’ils l’ont réussi, même s’ils ont sauté des diapositives.</translation>
    </message>
    <message>
        <source>Learners must open every slide and pass the quiz, but this course has no graded question yet: add one, or the export will be refused.</source>
        <translation>Les apprenants doivent ouvrir chaque diapositive et réussir le quiz, mais ce cours n’a encore aucune question notée : ajoutez-en une, sinon l’export sera refusé.</translation>
    </message>
    <message>
        <source>Learners must open every slide and pass the quiz; the course counts as completed only when both are done.</source>
        <translation>Les apprenants doivent ouvrir chaque diapositive et réussir le quiz ; le cours n’est considéré comme terminé que lorsque les deux sont faits.</translation>
    </message>
    <message>
        <source>Learners must watch every video, but this course has no video slide yet: add one, or the export will be refused.</source>
        <translation>Les apprenants doivent regarder chaque vidéo, mais ce cours n’a encore aucune diapositive vidéo : ajoutez-en une, sinon l’export sera refusé.</translation>
    </message>
    <message>
        <source>Learners must watch each video up to its required percentage; the course counts as completed then, other slides are optional.</source>
        <translation>Les apprenants doivent regarder chaque vidéo jusqu’au pourcentage requis ; le cours est alors considéré comme terminé, les autres diapositives sont facultatives.</translation>
    </message>
    <message>
        <source>Used once the course has graded questions: learners pass with at least %1% of the points.</source>
        <translation>S’appliquera quand le cours aura des questions notées : les apprenants réussiront avec au moins %1 % des points.</translation>
    </message>
    <message>
        <source>Every learner who finishes the quiz passes; the LMS still receives the score as a percentage.</source>
        <translation>Tout apprenant qui termine le quiz le réussit ; le LMS reçoit tout de même le score en pourcentage.</translation>
    </message>
    <message>
        <source>Learners pass with at least %1% of the quiz points; the LMS receives the score as a percentage.</source>
        <translation>Les apprenants réussissent avec au moins %1 % des points du quiz ; le LMS reçoit le score en pourcentage.</translation>
    </message>
    <message>
        <source>Learners who fail can retake the quiz as often as they like, so the course is never reported as failed.</source>
        <translation>Les apprenants qui échouent peuvent repasser le quiz autant de fois qu’ils le souhaitent : le cours n’est donc jamais signalé comme échoué.</translation>
    </message>
    <message>
        <source>One attempt only: a learner who fails the quiz is reported as failed straight away.</source>
        <translation>Une seule tentative : un apprenant qui échoue au quiz est aussitôt signalé comme ayant échoué.</translation>
    </message>
    <message>
        <source>One attempt only: the result slide offers no retake after a failed quiz.</source>
        <translation>Une seule tentative : la diapositive de résultat ne propose pas de repasser un quiz échoué.</translation>
    </message>
    <message>
        <source>After a failed attempt the result slide offers a retake; the course is reported as failed only once all %1 attempts are used.</source>
        <translation>Après une tentative échouée, la diapositive de résultat propose de repasser le quiz ; l’échec n’est signalé qu’une fois les %1 tentatives épuisées.</translation>
    </message>
    <message>
        <source>After a failed attempt the result slide offers a retake, up to %1 attempts in all.</source>
        <translation>Après une tentative échouée, la diapositive de résultat propose de repasser le quiz, jusqu’à %1 tentatives en tout.</translation>
    </message>
    <message>
        <source>The LMS shows Completed once the completion rule is met and Incomplete until then; the quiz score is sent but never shown as Passed or Failed.</source>
        <translation>Le LMS affiche Terminé une fois la règle d’achèvement remplie, Incomplet jusque-là ; le score du quiz est transmis, mais jamais affiché comme Réussi ou Échoué.</translation>
    </message>
    <message>
        <source>Moodle and other LMSs will show Passed once the completion rule is met (this course has no graded question) and Incomplete until then.</source>
        <translation>Moodle et les autres LMS afficheront Réussi une fois la règle d’achèvement remplie (ce cours n’a aucune question notée), Incomplet jusque-là.</translation>
    </message>
    <message>
        <source>Moodle will show Passed once the rule is met and the quiz passed, Incomplete until then; with unlimited attempts it never shows Failed.</source>
        <translation>Moodle affichera Réussi une fois la règle remplie et le quiz réussi, Incomplet jusque-là ; avec des tentatives illimitées, il n’affiche jamais Échoué.</translation>
    </message>
    <message>
        <source>Moodle will show Passed or Failed; learners who fail can retry while attempts remain, and Failed appears only once the last one is used.</source>
        <translation>Moodle affichera Réussi ou Échoué ; les apprenants qui échouent peuvent réessayer tant qu’il leur reste des tentatives, et Échoué n’apparaît qu’après la dernière.</translation>
    </message>
    <message>
        <source>The player uses the system font of each learner's device, always available and easy to read.</source>
        <translation>Le lecteur utilise la police système de l’appareil de chaque apprenant, toujours disponible et facile à lire.</translation>
    </message>
    <message>
        <source>Learners see %1 only if it is installed on their device; otherwise the player falls back to the system font.</source>
        <translation>Les apprenants ne voient %1 que si elle est installée sur leur appareil ; sinon, le lecteur utilise la police système.</translation>
    </message>
    <message>
        <source>No logo: the player's top bar shows only the course title.</source>
        <translation>Aucun logo : la barre supérieure du lecteur n’affiche que le titre du cours.</translation>
    </message>
    <message>
        <source>Shown at the left of the player's top bar, 32 pixels high; the image is included in every package.</source>
        <translation>Affiché à gauche de la barre supérieure du lecteur, sur 32 pixels de haut ; l’image est incluse dans chaque paquet.</translation>
    </message>
    <message>
        <source>Only with the completion rule “Quiz passed” and a graded question; otherwise the LMS always shows the course's own decision.</source>
        <translation>Seulement avec la règle d’achèvement « Quiz réussi » et une question notée ; sinon, le LMS affiche toujours la décision du cours.</translation>
    </message>
    <message>
        <source>The course decides: the LMS shows the status the course reports, and Failed only once every attempt is used.</source>
        <translation>C’est le cours qui décide : le LMS affiche le statut transmis par le cours, et Échoué seulement une fois toutes les tentatives utilisées.</translation>
    </message>
    <message>
        <source>The LMS compares the score with %1% when the learner leaves: Moodle then shows Passed or Failed, even while attempts remain.</source>
        <translation>Le LMS compare le score à %1 % quand l’apprenant quitte le cours : Moodle affiche alors Réussi ou Échoué, même s’il reste des tentatives.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The course cannot be exported until these problems are fixed:</source>
        <translation>Le cours ne peut pas être exporté tant que ces problèmes ne sont pas corrigés :</translation>
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
        <source>The bytes of media "%1" (%2) are not available.</source>
        <translation>Les octets du média « %1 » (%2) ne sont pas disponibles.</translation>
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
        <translation>Paquet SCORM 2004 4e édition : statuts d’achèvement et de réussite séparés</translation>
    </message>
    <message>
        <source>SCORM 1.2 package: accepted by nearly every LMS</source>
        <translation>Paquet SCORM 1.2 : accepté par presque tous les LMS</translation>
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
        <translation>Site web dans un zip : ouvrez index.html depuis le disque ou n’importe quel serveur web, sans LMS</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Where a problem is, then what it is; French puts a space before the colon.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Slide « %1 »: the captions “%2” are larger than %3 KiB, so the web package shows them from a web server but not when opened from disk.</source>
        <translation>Diapositive « %1 » : les sous-titres « %2 » dépassent %3 Kio ; le paquet web les affiche depuis un serveur web, mais pas quand il est ouvert depuis le disque.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>expected a question before “ANSWER:”</source>
        <translation>une question est attendue avant « ANSWER: »</translation>
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
        <translation>des choix comme « A) … » et « B) … » sont attendus avant « ANSWER: »</translation>
    </message>
    <message>
        <source>expected one choice letter after “ANSWER:” (Aiken questions have one right answer), not “%1”</source>
        <translation>une seule lettre de choix est attendue après « ANSWER: » (les questions Aiken ont une seule bonne réponse), pas « %1 »</translation>
    </message>
    <message>
        <source>expected the letter of one of the choices (%1) after “ANSWER:”, not “%2”</source>
        <translation>la lettre d’un des choix (%1) est attendue après « ANSWER: », pas « %2 »</translation>
    </message>
    <message>
        <source>expected at least 2 choices (found 1)</source>
        <translation>au moins 2 choix sont attendus (1 trouvé)</translation>
    </message>
    <message>
        <source>expected a choice like “%1) …” or “ANSWER: A” (the question at %2 has no answer yet)</source>
        <translation>un choix comme « %1) … » ou « ANSWER: A » est attendu (la question en %2 n’a pas encore de réponse)</translation>
    </message>
    <message>
        <source>expected “ANSWER:” before the end of the file (the question at %1 has no answer)</source>
        <translation>« ANSWER: » est attendu avant la fin du fichier (la question en %1 n’a pas de réponse)</translation>
    </message>
    <message>
        <source>cell too long (expected at most %1 characters in one cell)</source>
        <translation>cellule trop longue (%1 caractères au plus attendus dans une cellule)</translation>
    </message>
    <message>
        <source>expected '"' to close the cell opened at %1</source>
        <translation>« " » est attendu pour fermer la cellule ouverte en %1</translation>
    </message>
    <message>
        <source>expected '%1' or the end of the line after the closing quote of the cell opened at %2 (write "" for a quote inside a cell)</source>
        <translation>« %1 » ou la fin de la ligne est attendu après le guillemet fermant de la cellule ouverte en %2 (écrivez « "" » pour un guillemet dans une cellule)</translation>
    </message>
    <message>
        <source>too many columns (expected at most %1)</source>
        <translation>trop de colonnes (%1 au plus attendues)</translation>
    </message>
    <message>
        <source>expected a question type (%1), not “%2”</source>
        <translation>un type de question est attendu (%1), pas « %2 »</translation>
    </message>
    <message>
        <source>expected the question in the prompt column</source>
        <translation>la question est attendue dans la colonne prompt</translation>
    </message>
    <message>
        <source>expected a number of points of zero or more, not “%1”</source>
        <translation>un nombre de points positif ou nul est attendu, pas « %1 »</translation>
    </message>
    <message>
        <source>expected yes or no in the shuffle column, not “%1”</source>
        <translation>yes ou no est attendu dans la colonne shuffle, pas « %1 »</translation>
    </message>
    <message>
        <source>expected true or false in the correct column, not “%1”</source>
        <translation>true ou false est attendu dans la colonne correct, pas « %1 »</translation>
    </message>
    <message>
        <source>expected at least %1 answers in the answer columns (found %2)</source>
        <translation>au moins %1 réponses sont attendues dans les colonnes answer (%2 trouvées)</translation>
    </message>
    <message>
        <source>expected the number or letter of a filled answer column in the correct column, not “%1”</source>
        <translation>le numéro ou la lettre d’une colonne answer remplie est attendu dans la colonne correct, pas « %1 »</translation>
    </message>
    <message>
        <source>expected the right answer's number or letter in the correct column (1 or A for answer1)</source>
        <translation>le numéro ou la lettre de la bonne réponse est attendu dans la colonne correct (1 ou A pour answer1)</translation>
    </message>
    <message>
        <source>expected one right answer for a single-choice question (found %1; use multiple-response)</source>
        <translation>une seule bonne réponse est attendue pour une question à choix unique (%1 trouvées ; utilisez multiple-response)</translation>
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
        <translation>« gauche -&gt; droite » est attendu dans answer%1</translation>
    </message>
    <message>
        <source>expected text on both sides of “-&gt;” in answer%1</source>
        <translation>du texte est attendu des deux côtés de « -&gt; » dans answer%1</translation>
    </message>
    <message>
        <source>expected a number like 3.14, 3.14:0.01 or 1..5 in the correct column, not “%1”</source>
        <translation>un nombre comme 3.14, 3.14:0.01 ou 1..5 est attendu dans la colonne correct, pas « %1 »</translation>
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
        <translation>colonne inconnue « %1 » (attendu : %2, answer%3 au plus)</translation>
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
        <source>expected '::' to close the title opened at %1</source>
        <translation>« :: » est attendu pour fermer le titre ouvert en %1</translation>
    </message>
    <message>
        <source>unexpected '}' without an opening '{' (write \} for a brace in text)</source>
        <translation>« } » inattendu sans « { » ouvrant (écrivez \} pour une accolade dans le texte)</translation>
    </message>
    <message>
        <source>expected the question text after the title</source>
        <translation>le texte de la question est attendu après le titre</translation>
    </message>
    <message>
        <source>unexpected '{' inside the answer set opened at %1 (write \{ for a brace in text)</source>
        <translation>« { » inattendu dans l’ensemble de réponses ouvert en %1 (écrivez \{ pour une accolade dans le texte)</translation>
    </message>
    <message>
        <source>expected '}' to close the answer set opened at %1</source>
        <translation>« } » est attendu pour fermer l’ensemble de réponses ouvert en %1</translation>
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
        <source>expected '=' (right answer) or '~' (wrong answer) at the start of an answer</source>
        <translation>« = » (bonne réponse) ou « ~ » (mauvaise réponse) est attendu au début d’une réponse</translation>
    </message>
    <message>
        <source>expected a percentage like %50% after '%1'</source>
        <translation>un pourcentage comme %50% est attendu après « %1 »</translation>
    </message>
    <message>
        <source>expected a percentage between -100 and 100</source>
        <translation>un pourcentage entre -100 et 100 est attendu</translation>
    </message>
    <message>
        <source>expected a right answer: mark one with '=' or give it a positive percentage like ~%50%</source>
        <translation>une bonne réponse est attendue : marquez-en une avec « = » ou donnez-lui un pourcentage positif comme ~%50%</translation>
    </message>
    <message numerus="yes">
        <source>%n answers are each fully right: the learner must now pick all of them.</source>
        <translation>
            <numerusform>%n réponse est entièrement juste : l’apprenant doit désormais la cocher.</numerusform>
            <numerusform>%n réponses sont chacune entièrement justes : l’apprenant doit désormais toutes les cocher.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected the text of the answer after '%1'</source>
        <translation>le texte de la réponse est attendu après « %1 »</translation>
    </message>
    <message>
        <source>Missing word: the answer set in the middle of the text is shown as “_____” in the prompt.</source>
        <translation>Mot manquant : l’ensemble de réponses au milieu du texte est affiché « _____ » dans l’énoncé.</translation>
    </message>
    <message>
        <source>expected the text of the answer after '='</source>
        <translation>le texte de la réponse est attendu après « = »</translation>
    </message>
    <message>
        <source>expected an answer worth 100%: a short answer needs one fully right answer</source>
        <translation>une réponse valant 100 % est attendue : une réponse courte nécessite une réponse entièrement juste</translation>
    </message>
    <message>
        <source>Answers with partial credit were dropped: %1.</source>
        <translation>Les réponses à crédit partiel ont été abandonnées : %1.</translation>
    </message>
    <message numerus="yes">
        <source>The feedback of %n other answer(s) was dropped: a fill-in has one feedback for a right answer.</source>
        <translation>
            <numerusform>Le commentaire de %n autre réponse a été abandonné : un texte à trous a un seul commentaire pour une bonne réponse.</numerusform>
            <numerusform>Les commentaires de %n autres réponses ont été abandonnés : un texte à trous a un seul commentaire pour une bonne réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing word: the text around the answer set became the fill-in text; the prompt reads “%1”.</source>
        <translation>Mot manquant : le texte autour de l’ensemble de réponses est devenu le texte à trous ; l’énoncé est « %1 ».</translation>
    </message>
    <message>
        <source>expected '-&gt;' between the two sides of a matching pair</source>
        <translation>« -&gt; » est attendu entre les deux côtés d’une paire</translation>
    </message>
    <message>
        <source>expected the right side of the pair after '-&gt;'</source>
        <translation>le côté droit de la paire est attendu après « -&gt; »</translation>
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
        <translation>Les associations supplémentaires fausses ont été abandonnées (une question d’appariement ne propose ici que les côtés droits de ses paires) : %1.</translation>
    </message>
    <message numerus="yes">
        <source>The feedback of %n pair(s) was dropped: matching pairs have no feedback of their own.</source>
        <translation>
            <numerusform>Le commentaire de %n paire a été abandonné : les paires n’ont pas de commentaire propre.</numerusform>
            <numerusform>Les commentaires de %n paires ont été abandonnés : les paires n’ont pas de commentaire propre.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a number like 3.14, 3.14:0.01 or 1..5</source>
        <translation>un nombre comme 3.14, 3.14:0.01 ou 1..5 est attendu</translation>
    </message>
    <message>
        <source>expected a right answer: mark one with '=' (and no percentage, or a positive one)</source>
        <translation>une bonne réponse est attendue : marquez-en une avec « = » (sans pourcentage, ou avec un pourcentage positif)</translation>
    </message>
    <message>
        <source>The best answer is worth %1; it now earns full credit.</source>
        <translation>La meilleure réponse vaut %1 ; elle rapporte désormais tous les points.</translation>
    </message>
    <message>
        <source>A numeric question holds one accepted answer: kept %1, dropped %2.</source>
        <translation>Une question numérique a une seule réponse acceptée : %1 gardée, %2 abandonnée(s).</translation>
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
        <source>GIFT has no points: the question's %1 points were not written.</source>
        <translation>GIFT n’a pas de points : les %1 points de la question n’ont pas été écrits.</translation>
    </message>
    <message>
        <source>GIFT essays have no length limit: the limit of %1 characters was not written.</source>
        <translation>Les compositions GIFT n’ont pas de longueur maximale : la limite de %1 caractères n’a pas été écrite.</translation>
    </message>
    <message>
        <source>GIFT has no sequencing questions: the question was not exported.</source>
        <translation>GIFT n’a pas de questions de remise en ordre : la question n’a pas été exportée.</translation>
    </message>
    <message>
        <source>GIFT has no Likert questions: the question was not exported.</source>
        <translation>GIFT n’a pas de questions de Likert : la question n’a pas été exportée.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>GIFT has one general feedback for this question type: the feedbacks for a right and a wrong answer became one.</source>
        <translation>GIFT a un seul commentaire général pour ce type de question : les commentaires pour une bonne et une mauvaise réponse n’en font plus qu’un.</translation>
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
        <translation>Les réponses courtes GIFT ignorent la casse : le trou distinguait les majuscules.</translation>
    </message>
    <message>
        <source>The label of the blank (“%1”) was not written.</source>
        <translation>L’étiquette du trou (« %1 ») n’a pas été écrite.</translation>
    </message>
    <message>
        <source>The feedback for a wrong answer also becomes the feedback for a right answer when read back.</source>
        <translation>Le commentaire pour une mauvaise réponse deviendra aussi celui d’une bonne réponse à la relecture.</translation>
    </message>
    <message>
        <source>The fill-in question has no blank: it was not exported.</source>
        <translation>Le texte à trous n’a pas de trou : il n’a pas été exporté.</translation>
    </message>
    <message>
        <source>GIFT has one answer set per question: only the first of %1 blanks was written.</source>
        <translation>GIFT a un seul ensemble de réponses par question : seul le premier des %1 trous a été écrit.</translation>
    </message>
    <message>
        <source>The fill-in text has no [[1]] blank: it was not written.</source>
        <translation>Le texte à trous n’a pas de trou [[1]] : il n’a pas été écrit.</translation>
    </message>
    <message>
        <source>A GIFT missing-word question is its text: the prompt was not written.</source>
        <translation>Une question GIFT à mot manquant est son propre texte : l’énoncé n’a pas été écrit.</translation>
    </message>
    <message>
        <source>The left side “%1” holds “-&gt;”: it reads back split there.</source>
        <translation>Le côté gauche « %1 » contient « -&gt; » : il sera coupé là à la relecture.</translation>
    </message>
    <message>
        <source>Questions exported from Capsule in Moodle's GIFT format.</source>
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
        <translation>« %1 » (diapositive %2) n’est pas une question : non exportée.</translation>
    </message>
    <message>
        <source>%1: the file is %2; question files are limited to %3.</source>
        <translation>%1 : le fichier fait %2 ; les fichiers de questions sont limités à %3.</translation>
    </message>
    <message>
        <source>unexpected NUL byte: this is not a text file (expected UTF-8 text)</source>
        <translation>octet NUL inattendu : ce n’est pas un fichier texte (texte UTF-8 attendu)</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1 (expected UTF-8 text; save the file as UTF-8)</source>
        <translation>octet UTF-8 invalide 0x%1 (texte UTF-8 attendu ; enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>line too long (expected at most %1 characters per line)</source>
        <translation>ligne trop longue (%1 caractères au plus attendus par ligne)</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1 : impossible d’ouvrir le fichier : %2</translation>
    </message>
    <message>
        <source>expected easy, medium or hard (or facile, moyen, difficile) in the difficulty column, not “%1”</source>
        <translation>easy, medium ou hard (ou facile, moyen, difficile) est attendu dans la colonne difficulty, pas « %1 »</translation>
    </message>
    <message>
        <source>No choice has a positive percentage: the question cannot be read back.</source>
        <translation>Aucun choix n’a de pourcentage positif : la question ne pourra pas être relue.</translation>
    </message>
    <message>
        <source>With only 0 % and 100 % percentages, partial credit reads back as all or nothing.</source>
        <translation>Avec seulement des pourcentages de 0 % et 100 %, le crédit partiel sera relu comme du tout ou rien.</translation>
    </message>
    <message>
        <source>GIFT marks right answers by their percentage: the right answers (and the question type) read back from the percentages.</source>
        <translation>GIFT marque les bonnes réponses par leur pourcentage : les bonnes réponses (et le type de question) seront relues d’après les pourcentages.</translation>
    </message>
    <message>
        <source>“%1” is a description, not a question: a question bank holds only questions, so it was not imported.</source>
        <translation>« %1 » est une description, pas une question : une banque de questions ne contient que des questions, elle n’a donc pas été importée.</translation>
    </message>
    <message>
        <source>The project has no question bank named “%1”.</source>
        <translation>Le projet n’a pas de banque de questions nommée « %1 ».</translation>
    </message>
    <message>
        <source>GIFT has no difficulty: the question's difficulty was not written.</source>
        <translation>GIFT n’a pas de niveau de difficulté : celui de la question n’a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Cannot start the preview server on 127.0.0.1:%1: %2.</source>
        <translation>Impossible de démarrer le serveur d’aperçu sur 127.0.0.1:%1 : %2.</translation>
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
        <source>Cannot read the media file "%1": %2</source>
        <translation>Impossible de lire le fichier média « %1 » : %2</translation>
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
