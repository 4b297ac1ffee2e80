// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "app/dialogs/ColorButton.h"
#include "app/dialogs/CourseSettingsDialog.h"
#include "core/Document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Core::Document> sampleDocument()
{
    auto document = Core::Document::fromTemplate(u"sample"_s);
    REQUIRE(document);
    return std::move(document).value();
}

template <typename T> T *child(const QWidget &parent, const QString &name)
{
    auto *widget = parent.findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(widget);
    return widget;
}

QString explanation(const QWidget &dialog, const QString &name)
{
    return child<QLabel>(dialog, name)->text();
}

void selectData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("Course settings dialog applies every change as one undo step", "[app][dialogs]")
{
    auto document = sampleDocument();
    const Core::CourseMetadata originalMeta = document->course().metadata();
    const Core::CourseSettings originalSettings = document->course().settings();
    const int steps = document->undoStack()->count();

    App::CourseSettingsDialog dialog(document.get());
    CHECK(child<QLineEdit>(dialog, u"title"_s)->text() == originalMeta.title);
    const Core::CourseMetadata shown = dialog.editedMetadata();
    CHECK(shown.title == originalMeta.title);
    CHECK(shown.description == originalMeta.description);
    CHECK(shown.language == originalMeta.language);
    CHECK(shown.author == originalMeta.author);
    CHECK(shown.version == originalMeta.version);
    CHECK(shown.keywords == originalMeta.keywords);
    CHECK(shown.estimatedMinutes == originalMeta.estimatedMinutes);
    CHECK(shown == originalMeta);
    CHECK(dialog.editedSettings() == originalSettings);

    child<QLineEdit>(dialog, u"title"_s)->setText(u"  Nouveau titre "_s);
    child<QPlainTextEdit>(dialog, u"description"_s)->setPlainText(u"Une description."_s);
    child<QComboBox>(dialog, u"language"_s)->setEditText(u"fr-CA"_s);
    child<QLineEdit>(dialog, u"author"_s)->setText(u"Équipe formation"_s);
    child<QLineEdit>(dialog, u"version"_s)->setText(u"2.1"_s);
    child<QLineEdit>(dialog, u"keywords"_s)->setText(u"écoute, , client ,écoute,qualité"_s);
    child<QSpinBox>(dialog, u"duration"_s)->setValue(25);
    selectData(child<QComboBox>(dialog, u"navigation"_s), int(Core::NavigationMode::Linear));
    selectData(child<QComboBox>(dialog, u"completion"_s), int(Core::CompletionRule::QuizPassed));
    child<QSpinBox>(dialog, u"passingScore"_s)->setValue(60);
    child<QSpinBox>(dialog, u"maxAttempts"_s)->setValue(0);
    selectData(child<QComboBox>(dialog, u"scorm12Reporting"_s),
               int(Core::Scorm12Reporting::CompletedIncomplete));
    REQUIRE(child<QCheckBox>(dialog, u"lmsJudgesByScore"_s)->isEnabled());
    child<QCheckBox>(dialog, u"lmsJudgesByScore"_s)->setChecked(true);
    child<App::ColorButton>(dialog, u"primaryColor"_s)->setColor(QColor(0x11, 0x22, 0x33));
    child<App::ColorButton>(dialog, u"accentColor"_s)->setColor(QColor(0xaa, 0xbb, 0xcc));
    child<QComboBox>(dialog, u"logo"_s)->setCurrentIndex(0); // No logo

    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);

    const Core::CourseMetadata &meta = document->course().metadata();
    CHECK(meta.title == u"Nouveau titre"_s);
    CHECK(meta.description == u"Une description."_s);
    CHECK(meta.language == u"fr-CA"_s);
    CHECK(meta.author == u"Équipe formation"_s);
    CHECK(meta.version == u"2.1"_s);
    CHECK(meta.keywords == QStringList{u"écoute"_s, u"client"_s, u"qualité"_s});
    CHECK(meta.estimatedMinutes == 25);

    const Core::CourseSettings &settings = document->course().settings();
    CHECK(settings.navigation == Core::NavigationMode::Linear);
    CHECK(settings.completion == Core::CompletionRule::QuizPassed);
    CHECK(settings.passingScorePercent == 60);
    CHECK(settings.maxAttempts == 0);
    CHECK(settings.scorm12Reporting == Core::Scorm12Reporting::CompletedIncomplete);
    CHECK(settings.lmsJudgesByScore);
    CHECK(settings.theme.primary == QColor(0x11, 0x22, 0x33));
    CHECK(settings.theme.accent == QColor(0xaa, 0xbb, 0xcc));
    CHECK(settings.theme.logo.isNull());

    REQUIRE(document->undoStack()->count() == steps + 1);
    CHECK(document->undoStack()->undoText() == u"Edit course settings"_s);
    document->undoStack()->undo();
    CHECK(document->course().metadata() == originalMeta);
    CHECK(document->course().settings() == originalSettings);
    document->undoStack()->redo();
    CHECK(document->course().metadata().title == u"Nouveau titre"_s);
}

TEST_CASE("Course settings dialog adds no undo step when nothing changed", "[app][dialogs]")
{
    auto document = sampleDocument();
    const int steps = document->undoStack()->count();
    App::CourseSettingsDialog dialog(document.get());
    dialog.accept();
    CHECK(document->undoStack()->count() == steps);
    CHECK_FALSE(document->isModified());
}

TEST_CASE("Course settings dialog pushes only the part that changed", "[app][dialogs]")
{
    auto document = sampleDocument();
    const Core::CourseSettings originalSettings = document->course().settings();
    App::CourseSettingsDialog dialog(document.get());
    child<QLineEdit>(dialog, u"version"_s)->setText(u"3.0"_s);
    dialog.accept();
    CHECK(document->course().metadata().version == u"3.0"_s);
    CHECK(document->course().settings() == originalSettings);
    document->undoStack()->undo();
    CHECK(document->course().metadata().version == u"1.0"_s);
    CHECK_FALSE(document->isModified());
}

TEST_CASE("Course settings explanations follow the choices", "[app][dialogs]")
{
    auto document = sampleDocument();
    App::CourseSettingsDialog dialog(document.get());
    auto *navigation = child<QComboBox>(dialog, u"navigation"_s);
    auto *completion = child<QComboBox>(dialog, u"completion"_s);
    auto *attempts = child<QSpinBox>(dialog, u"maxAttempts"_s);
    auto *reporting = child<QComboBox>(dialog, u"scorm12Reporting"_s);

    SECTION("navigation")
    {
        selectData(navigation, int(Core::NavigationMode::Free));
        const QString free = explanation(dialog, u"navigationExplanation"_s);
        selectData(navigation, int(Core::NavigationMode::Linear));
        const QString linear = explanation(dialog, u"navigationExplanation"_s);
        CHECK(free != linear);
        CHECK(linear.contains(u"Next stays locked"_s));
    }
    SECTION("completion")
    {
        QStringList texts;
        for (int i = 0; i < completion->count(); ++i) {
            completion->setCurrentIndex(i);
            texts << explanation(dialog, u"completionExplanation"_s);
        }
        texts.removeDuplicates();
        CHECK(texts.size() == completion->count());
        selectData(completion, int(Core::CompletionRule::AllSlidesViewed));
        CHECK(explanation(dialog, u"completionExplanation"_s).contains(u"open every slide"_s));
    }
    SECTION("attempts and SCORM 1.2 reporting: Failed only once attempts are used up")
    {
        selectData(reporting, int(Core::Scorm12Reporting::PassedFailed));
        attempts->setValue(3);
        CHECK(explanation(dialog, u"maxAttemptsExplanation"_s).contains(u"3"_s));
        CHECK(explanation(dialog, u"scorm12ReportingExplanation"_s)
                  .contains(u"Moodle will show Passed or Failed"_s));
        attempts->setValue(0);
        CHECK(explanation(dialog, u"scorm12ReportingExplanation"_s)
                  .contains(u"never shows Failed"_s));
        CHECK(explanation(dialog, u"maxAttemptsExplanation"_s)
                  .contains(u"never reported as failed"_s));
        selectData(reporting, int(Core::Scorm12Reporting::CompletedIncomplete));
        CHECK(explanation(dialog, u"scorm12ReportingExplanation"_s).contains(u"Completed"_s));
    }
    SECTION("letting the LMS judge by score: off by default, only with \"quiz passed\"")
    {
        auto *judges = child<QCheckBox>(dialog, u"lmsJudgesByScore"_s);
        CHECK_FALSE(judges->isChecked());
        selectData(completion, int(Core::CompletionRule::AllSlidesViewedAndQuizPassed));
        CHECK_FALSE(judges->isEnabled());
        CHECK(explanation(dialog, u"lmsJudgesByScoreExplanation"_s).contains(u"Quiz passed"_s));
        selectData(completion, int(Core::CompletionRule::QuizPassed));
        CHECK(judges->isEnabled());
        CHECK(explanation(dialog, u"lmsJudgesByScoreExplanation"_s)
                  .contains(u"The course decides"_s));
        judges->setChecked(true);
        CHECK(explanation(dialog, u"lmsJudgesByScoreExplanation"_s)
                  .contains(u"even while attempts remain"_s));
        CHECK(dialog.editedSettings().lmsJudgesByScore);
    }
    SECTION("language and font")
    {
        auto *language = child<QComboBox>(dialog, u"language"_s);
        language->setEditText(u"en-GB"_s);
        CHECK(explanation(dialog, u"languageExplanation"_s).contains(u"English"_s));
        language->setEditText(u"de"_s);
        CHECK(explanation(dialog, u"languageExplanation"_s).contains(u"“de”"_s));
        language->setEditText(u"not a code!"_s);
        CHECK(explanation(dialog, u"languageExplanation"_s).contains(u"not a language code"_s));

        auto *playerDefault = child<QCheckBox>(dialog, u"defaultFont"_s);
        playerDefault->setChecked(true);
        const QString defaultFont = explanation(dialog, u"fontExplanation"_s);
        playerDefault->setChecked(false);
        CHECK(explanation(dialog, u"fontExplanation"_s) != defaultFont);
        CHECK_FALSE(dialog.editedSettings().theme.fontFamily.isEmpty());
    }
}

TEST_CASE("Course settings dialog imports a logo inside the same undo step", "[app][dialogs]")
{
    auto document = sampleDocument();
    const size_t assetCount = document->course().assets().size();
    const int steps = document->undoStack()->count();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString logoPath = dir.filePath(u"nouveau-logo.png"_s);
    QImage image(120, 40, QImage::Format_ARGB32);
    image.fill(QColor(0x33, 0x99, 0x66));
    REQUIRE(image.save(logoPath));

    App::CourseSettingsDialog dialog(document.get());
    SECTION("an image")
    {
        REQUIRE(dialog.importLogo(logoPath));
        const Core::AssetId logo = dialog.editedSettings().theme.logo;
        REQUIRE_FALSE(logo.isNull());
        CHECK(document->course().asset(logo) == nullptr); // not before accept
        CHECK_FALSE(child<QLabel>(dialog, u"logoPreview"_s)->pixmap().isNull());

        dialog.accept();
        REQUIRE(document->course().asset(logo) != nullptr);
        CHECK(document->course().asset(logo)->fileName == u"nouveau-logo.png"_s);
        CHECK(document->course().settings().theme.logo == logo);
        CHECK(document->undoStack()->count() == steps + 1);

        document->undoStack()->undo();
        CHECK(document->course().asset(logo) == nullptr);
        CHECK(document->course().assets().size() == assetCount);
        CHECK(document->course().settings().theme.logo != logo);
    }
    SECTION("a file that is not an image is refused with a message")
    {
        const QString notImage = dir.filePath(u"notes.png"_s);
        QFile file(notImage);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a png");
        file.close();
        const Core::AssetId before = dialog.editedSettings().theme.logo;
        CHECK_FALSE(dialog.importLogo(notImage));
        CHECK(dialog.editedSettings().theme.logo == before);
        CHECK(explanation(dialog, u"logoExplanation"_s).contains(u"notes.png"_s));
    }
    SECTION("an imported logo that is not chosen in the end is not added")
    {
        REQUIRE(dialog.importLogo(logoPath));
        child<QComboBox>(dialog, u"logo"_s)->setCurrentIndex(0);
        dialog.accept();
        CHECK(document->course().assets().size() == assetCount);
        CHECK(document->course().settings().theme.logo.isNull());
    }
}
