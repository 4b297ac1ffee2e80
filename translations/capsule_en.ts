<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>%n question(s) with errors; nothing was imported.</source>
        <translation>
            <numerusform>%n question with errors; nothing was imported.</numerusform>
            <numerusform>%n questions with errors; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s) into %1</source>
        <translation>
            <numerusform>Imported %n question into %1</numerusform>
            <numerusform>Imported %n questions into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to %1</source>
        <translation>
            <numerusform>Exported %n question to %1</numerusform>
            <numerusform>Exported %n questions to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n text(s) to %1 (XLIFF %2, %3 → %4)</source>
        <translation>
            <numerusform>Exported %n text to %1 (XLIFF %2, %3 → %4)</numerusform>
            <numerusform>Exported %n texts to %1 (XLIFF %2, %3 → %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s): %1 to apply, %2 refused, %3 not translated, %4 unchanged</source>
        <translation>
            <numerusform>%n unit: %1 to apply, %2 refused, %3 not translated, %4 unchanged</numerusform>
            <numerusform>%n units: %1 to apply, %2 refused, %3 not translated, %4 unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) refused; nothing was imported (--strict).</source>
        <translation>
            <numerusform>%n unit refused; nothing was imported (--strict).</numerusform>
            <numerusform>%n units refused; nothing was imported (--strict).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n approved translation(s) to the translation memory %1</source>
        <translation>
            <numerusform>Added %n approved translation to the translation memory %1</numerusform>
            <numerusform>Added %n approved translations to the translation memory %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n translation(s) into %1 (%2)</source>
        <translation>
            <numerusform>Imported %n translation into %1 (%2)</numerusform>
            <numerusform>Imported %n translations into %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n translation(s) into %2: write to a copy with -o COPY.capsule, or replace them with --force</source>
        <translation>
            <numerusform>%1 already has %n translation into %2: write to a copy with -o COPY.capsule, or replace them with --force</numerusform>
            <numerusform>%1 already has %n translations into %2: write to a copy with -o COPY.capsule, or replace them with --force</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pseudo-translated %n text(s) into %1 in %2</source>
        <translation>
            <numerusform>Pseudo-translated %n text into %1 in %2</numerusform>
            <numerusform>Pseudo-translated %n texts into %1 in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n translation(s) to %1</source>
        <translation>
            <numerusform>Added %n translation to %1</numerusform>
            <numerusform>Added %n translations to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The memory holds %n translation(s).</source>
        <translation>
            <numerusform>The memory holds %n translation.</numerusform>
            <numerusform>The memory holds %n translations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n translation(s) to %1</source>
        <translation>
            <numerusform>Exported %n translation to %1</numerusform>
            <numerusform>Exported %n translations to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::BankListModel</name>
    <message numerus="yes">
        <source>%1 — %n question(s)</source>
        <translation>
            <numerusform>%1 — %n question</numerusform>
            <numerusform>%1 — %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::CaptionTracksEditor</name>
    <message numerus="yes">
        <source>%n cue(s)</source>
        <translation>
            <numerusform>%n cue</numerusform>
            <numerusform>%n cues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::ImportQuestionsDialog</name>
    <message numerus="yes">
        <source>Exported %n question(s) to %1.</source>
        <translation>
            <numerusform>Exported %n question to %1.</numerusform>
            <numerusform>Exported %n questions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Question(s)</source>
        <translation>
            <numerusform>&amp;Import %n Question</numerusform>
            <numerusform>&amp;Import %n Questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to import</source>
        <translation>
            <numerusform>%n question to import</numerusform>
            <numerusform>%n questions to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors (skipped)</source>
        <translation>
            <numerusform>%n with errors (skipped)</numerusform>
            <numerusform>%n with errors (skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::QuestionBankDock</name>
    <message numerus="yes">
        <source>Moved %n question(s)</source>
        <translation>
            <numerusform>Moved %n question</numerusform>
            <numerusform>Moved %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %n question(s)</source>
        <translation>
            <numerusform>Duplicated %n question</numerusform>
            <numerusform>Duplicated %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n question(s)</source>
        <translation>
            <numerusform>Deleted %n question</numerusform>
            <numerusform>Deleted %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::SectionPropertiesDialog</name>
    <message numerus="yes">
        <source>%n graded question(s), up to %1 points with every bonus.</source>
        <translation>
            <numerusform>%n graded question, up to %1 points with every bonus.</numerusform>
            <numerusform>%n graded questions, up to %1 points with every bonus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::SpellingReportDialog</name>
    <message numerus="yes">
        <source>%1 (%n word(s))</source>
        <extracomment>A language in the spelling report and its number of misspelled words</extracomment>
        <translation>
            <numerusform>%1 (%n word)</numerusform>
            <numerusform>%1 (%n words)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) to check. Double-click one to show it in the editor.</source>
        <translation>
            <numerusform>%n word to check. Double-click it to show it in the editor.</numerusform>
            <numerusform>%n words to check. Double-click one to show it in the editor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::TranslationMenu</name>
    <message numerus="yes">
        <source>%n translation(s) added to your translation memory, which now holds %1.</source>
        <translation>
            <numerusform>%n translation added to your translation memory, which now holds %1.</numerusform>
            <numerusform>%n translations added to your translation memory, which now holds %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::XliffImportDialog</name>
    <message numerus="yes">
        <source>&amp;Import %n Translation(s)</source>
        <translation>
            <numerusform>&amp;Import %n Translation</numerusform>
            <numerusform>&amp;Import %n Translations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n unit(s).</source>
        <translation>
            <numerusform>%1 (%2): %n unit.</numerusform>
            <numerusform>%1 (%2): %n units.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) to apply</source>
        <translation>
            <numerusform>%n translation to apply</numerusform>
            <numerusform>%n translations to apply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not translated yet</source>
        <translation>
            <numerusform>%n not translated yet</numerusform>
            <numerusform>%n not translated yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message numerus="yes">
        <source>Add %n questions to bank</source>
        <translation>
            <numerusform>Add %n question to bank</numerusform>
            <numerusform>Add %n questions to bank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n questions to bank “%1”</source>
        <translation>
            <numerusform>Add %n question to bank “%1”</numerusform>
            <numerusform>Add %n questions to bank “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fill-in text refers to blank [[%1]], but the question has %n blank(s).</source>
        <translation>
            <numerusform>The fill-in text refers to blank [[%1]], but the question has %n blank.</numerusform>
            <numerusform>The fill-in text refers to blank [[%1]], but the question has %n blanks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The draw slide draws %n question(s), but its banks hold only %1.</source>
        <translation>
            <numerusform>The draw slide draws %n question, but its banks hold only %1.</numerusform>
            <numerusform>The draw slide draws %n questions, but its banks hold only %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The draw slide draws %n question(s) tagged “%1”, but its banks hold only %2 with that tag.</source>
        <translation>
            <numerusform>The draw slide draws %n question tagged “%1”, but its banks hold only %2 with that tag.</numerusform>
            <numerusform>The draw slide draws %n questions tagged “%1”, but its banks hold only %2 with that tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The draw slide draws %n question(s) of difficulty “%1”, but its banks hold only %2.</source>
        <translation>
            <numerusform>The draw slide draws %n question of difficulty “%1”, but its banks hold only %2.</numerusform>
            <numerusform>The draw slide draws %n questions of difficulty “%1”, but its banks hold only %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The draw slide draws %n question(s) of difficulty “%1” tagged “%2”, but its banks hold only %3.</source>
        <translation>
            <numerusform>The draw slide draws %n question of difficulty “%1” tagged “%2”, but its banks hold only %3.</numerusform>
            <numerusform>The draw slide draws %n questions of difficulty “%1” tagged “%2”, but its banks hold only %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n answers are each fully right: the learner must now pick all of them.</source>
        <translation>
            <numerusform>%n answer is fully right: the learner must now pick it.</numerusform>
            <numerusform>%n answers are each fully right: the learner must now pick all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The feedback of %n other answer(s) was dropped: a fill-in has one feedback for a right answer.</source>
        <translation>
            <numerusform>The feedback of %n other answer was dropped: a fill-in has one feedback for a right answer.</numerusform>
            <numerusform>The feedback of %n other answers was dropped: a fill-in has one feedback for a right answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The feedback of %n pair(s) was dropped: matching pairs have no feedback of their own.</source>
        <translation>
            <numerusform>The feedback of %n pair was dropped: matching pairs have no feedback of their own.</numerusform>
            <numerusform>The feedback of %n pairs was dropped: matching pairs have no feedback of their own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong answer(s) with their own feedback were dropped.</source>
        <translation>
            <numerusform>%n wrong answer with its own feedback was dropped.</numerusform>
            <numerusform>%n wrong answers with their own feedback were dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n question(s)</source>
        <translation>
            <numerusform>Import %n question</numerusform>
            <numerusform>Import %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message numerus="yes">
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Translation(s)</source>
        <translation>
            <numerusform>Import %n Translation</numerusform>
            <numerusform>Import %n Translations</numerusform>
        </translation>
    </message>
</context>
</TS>
