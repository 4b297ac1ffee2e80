// SPDX-License-Identifier: MIT
#include "CourseSettingsDialog.h"

#include "ColorButton.h"
#include "CourseSettingsExplainer.h"
#include "LanguageNames.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/MediaImporter.h"
#include "core/ProjectFile.h"
#include "core/commands/AddAsset.h"
#include "core/commands/SetCourseMetadata.h"
#include "core/commands/SetCourseSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace App {

namespace {

const QSize logoPreviewSize(180, 56);

/** Common BCP 47 codes offered first; the combo stays editable for any other. */
const QStringList &commonLanguages()
{
    static const QStringList codes{
        u"fr"_s, u"en"_s, u"fr-CA"_s, u"en-GB"_s, u"de"_s, u"es"_s, u"it"_s, u"pt"_s, u"nl"_s};
    return codes;
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(std::max(index, 0));
}

} // namespace

CourseSettingsDialog::CourseSettingsDialog(Core::Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    Q_ASSERT(document);
    setWindowTitle(tr("Course Settings"));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createDetailsPage(), tr("&Details"));
    m_tabs->addTab(createLearningPage(), tr("&Learning path"));
    m_tabs->addTab(createAppearancePage(), tr("&Appearance"));
    m_tabs->addTab(createReportingPage(), tr("LMS &reporting"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CourseSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CourseSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);

    load();
    updateExplanations();

    // Any change refreshes every explanation: some depend on several options.
    const auto refresh = [this] { updateExplanations(); };
    connect(m_language, &QComboBox::currentTextChanged, this, refresh);
    connect(m_navigation, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_completion, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_passingScore, &QSpinBox::valueChanged, this, refresh);
    connect(m_maxAttempts, &QSpinBox::valueChanged, this, refresh);
    connect(m_reporting, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_lmsJudges, &QCheckBox::toggled, this, refresh);
    connect(m_font, &QFontComboBox::currentFontChanged, this, refresh);
    connect(m_defaultFont, &QCheckBox::toggled, this, [this](bool checked) {
        m_font->setEnabled(!checked);
        updateExplanations();
    });
    connect(m_primary, &ColorButton::colorChanged, this, &CourseSettingsDialog::updateLogoPreview);
    connect(m_logo, &QComboBox::currentIndexChanged, this, [this] {
        m_logoError.clear();
        updateLogoPreview();
        updateExplanations();
    });
    resize(sizeHint().expandedTo(QSize(640, 0)));
}

CourseSettingsDialog::~CourseSettingsDialog() = default;

QString CourseSettingsDialog::languageCode() const
{
    const QString text = m_language->currentText().trimmed();
    const int index = m_language->findText(text, Qt::MatchFixedString);
    return index >= 0 ? m_language->itemData(index).toString() : text;
}

QLabel *CourseSettingsDialog::createExplanation(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    QPalette palette = label->palette();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    palette.setColor(QPalette::WindowText,
                     QColor::fromRgbF(text.redF() * 0.7f + window.redF() * 0.3f,
                                      text.greenF() * 0.7f + window.greenF() * 0.3f,
                                      text.blueF() * 0.7f + window.blueF() * 0.3f));
    label->setPalette(palette);
    return label;
}

QWidget *CourseSettingsDialog::createDetailsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_title = new QLineEdit(page);
    m_title->setObjectName(u"title"_s);
    form->addRow(tr("&Title:"), m_title);
    auto *titleNote = createExplanation(u"titleExplanation"_s);
    titleNote->setText(tr("Shown in the player's top bar and as the course name in the LMS."));
    form->addRow(QString(), titleNote);

    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(u"description"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("D&escription:"), m_description);

    m_keywords = new QLineEdit(page);
    m_keywords->setObjectName(u"keywords"_s);
    m_keywords->setPlaceholderText(tr("customer service, listening, communication"));
    form->addRow(tr("&Keywords:"), m_keywords);
    auto *catalogueNote = createExplanation(u"keywordsExplanation"_s);
    catalogueNote->setText(tr("Description and keywords (separated by commas) go into the "
                              "package; some LMSs show them in their catalogue."));
    form->addRow(QString(), catalogueNote);

    m_language = new QComboBox(page);
    m_language->setObjectName(u"language"_s);
    m_language->setEditable(true);
    m_language->setInsertPolicy(QComboBox::NoInsert);
    // Names for people, codes for the package: a typed text that is no name is a code.
    for (const QString &code : commonLanguages()) {
        m_language->addItem(LanguageNames::displayName(code), code);
        m_language->setItemData(m_language->count() - 1, code, Qt::ToolTipRole);
    }
    m_language->setToolTip(tr("Pick a language, or type a BCP 47 language code such as fr "
                              "or en-GB."));
    form->addRow(tr("&Language:"), m_language);
    m_languageExplanation = createExplanation(u"languageExplanation"_s);
    form->addRow(QString(), m_languageExplanation);

    m_author = new QLineEdit(page);
    m_author->setObjectName(u"author"_s);
    form->addRow(tr("A&uthor:"), m_author);

    m_version = new QLineEdit(page);
    m_version->setObjectName(u"version"_s);
    form->addRow(tr("&Version:"), m_version);

    m_duration = new QSpinBox(page);
    m_duration->setObjectName(u"duration"_s);
    m_duration->setRange(0, 6000);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("Not specified"));
    form->addRow(tr("Estimated &duration:"), m_duration);
    auto *privateNote = createExplanation(u"authorExplanation"_s);
    privateNote->setText(tr("Author, version and duration are for you and your team: learners "
                            "do not see them."));
    form->addRow(QString(), privateNote);
    return page;
}

QWidget *CourseSettingsDialog::createLearningPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_navigation = new QComboBox(page);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->addItem(tr("Free: any slide, in any order"),
                          QVariant::fromValue(int(Core::NavigationMode::Free)));
    m_navigation->addItem(tr("Linear: one slide after the other"),
                          QVariant::fromValue(int(Core::NavigationMode::Linear)));
    form->addRow(tr("&Navigation:"), m_navigation);
    m_navigationExplanation = createExplanation(u"navigationExplanation"_s);
    form->addRow(QString(), m_navigationExplanation);

    m_completion = new QComboBox(page);
    m_completion->setObjectName(u"completion"_s);
    m_completion->addItem(tr("All slides viewed"),
                          QVariant::fromValue(int(Core::CompletionRule::AllSlidesViewed)));
    m_completion->addItem(tr("Quiz passed"),
                          QVariant::fromValue(int(Core::CompletionRule::QuizPassed)));
    m_completion->addItem(
        tr("All slides viewed and quiz passed"),
        QVariant::fromValue(int(Core::CompletionRule::AllSlidesViewedAndQuizPassed)));
    m_completion->addItem(tr("Videos watched"),
                          QVariant::fromValue(int(Core::CompletionRule::VideoWatched)));
    form->addRow(tr("&Completed when:"), m_completion);
    m_completionExplanation = createExplanation(u"completionExplanation"_s);
    form->addRow(QString(), m_completionExplanation);

    m_passingScore = new QSpinBox(page);
    m_passingScore->setObjectName(u"passingScore"_s);
    m_passingScore->setRange(0, 100);
    m_passingScore->setSuffix(tr("%", "passing score suffix"));
    form->addRow(tr("&Passing score:"), m_passingScore);
    m_passingScoreExplanation = createExplanation(u"passingScoreExplanation"_s);
    form->addRow(QString(), m_passingScoreExplanation);

    m_maxAttempts = new QSpinBox(page);
    m_maxAttempts->setObjectName(u"maxAttempts"_s);
    m_maxAttempts->setRange(0, 99);
    m_maxAttempts->setSpecialValueText(tr("Unlimited"));
    form->addRow(tr("Quiz &attempts:"), m_maxAttempts);
    m_maxAttemptsExplanation = createExplanation(u"maxAttemptsExplanation"_s);
    form->addRow(QString(), m_maxAttemptsExplanation);
    return page;
}

QWidget *CourseSettingsDialog::createAppearancePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_primary = new ColorButton(page);
    m_primary->setObjectName(u"primaryColor"_s);
    m_primary->setDialogTitle(tr("Primary Colour"));
    form->addRow(tr("&Primary colour:"), m_primary);
    m_accent = new ColorButton(page);
    m_accent->setObjectName(u"accentColor"_s);
    m_accent->setDialogTitle(tr("Accent Colour"));
    form->addRow(tr("A&ccent colour:"), m_accent);
    auto *colourNote = createExplanation(u"colorExplanation"_s);
    colourNote->setText(tr("The primary colour fills the player's top bar and main buttons; the "
                           "accent colour marks progress and keyboard focus."));
    form->addRow(QString(), colourNote);

    m_defaultFont = new QCheckBox(tr("Player &default"), page);
    m_defaultFont->setObjectName(u"defaultFont"_s);
    m_font = new QFontComboBox(page);
    m_font->setObjectName(u"font"_s);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_defaultFont);
    fontRow->addWidget(m_font, 1);
    // A layout cannot be a buddy: without an explicit label the mnemonic shows as a literal '&'.
    auto *fontLabel = new QLabel(tr("&Font:"), page);
    fontLabel->setBuddy(m_defaultFont);
    form->addRow(fontLabel, fontRow);
    m_fontExplanation = createExplanation(u"fontExplanation"_s);
    form->addRow(QString(), m_fontExplanation);

    m_logo = new QComboBox(page);
    m_logo->setObjectName(u"logo"_s);
    auto *importButton = new QPushButton(tr("&Import Image…"), page);
    importButton->setObjectName(u"importLogo"_s);
    connect(importButton, &QPushButton::clicked, this, &CourseSettingsDialog::chooseLogoFile);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(importButton);
    auto *logoLabel = new QLabel(tr("&Logo:"), page);
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, logoRow);

    m_logoPreview = new QLabel(page);
    m_logoPreview->setObjectName(u"logoPreview"_s);
    m_logoPreview->setFixedSize(logoPreviewSize + QSize(16, 16));
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setAutoFillBackground(true);
    form->addRow(QString(), m_logoPreview);
    m_logoExplanation = createExplanation(u"logoExplanation"_s);
    form->addRow(QString(), m_logoExplanation);
    return page;
}

QWidget *CourseSettingsDialog::createReportingPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_reporting = new QComboBox(page);
    m_reporting->setObjectName(u"scorm12Reporting"_s);
    m_reporting->addItem(tr("Passed / Failed"),
                         QVariant::fromValue(int(Core::Scorm12Reporting::PassedFailed)));
    m_reporting->addItem(tr("Completed / Incomplete"),
                         QVariant::fromValue(int(Core::Scorm12Reporting::CompletedIncomplete)));
    form->addRow(tr("SCORM 1.2 &status:"), m_reporting);
    m_reportingExplanation = createExplanation(u"scorm12ReportingExplanation"_s);
    form->addRow(QString(), m_reportingExplanation);

    m_lmsJudges = new QCheckBox(tr("Let the LMS judge by &score"), page);
    m_lmsJudges->setObjectName(u"lmsJudgesByScore"_s);
    form->addRow(QString(), m_lmsJudges);
    m_lmsJudgesExplanation = createExplanation(u"lmsJudgesByScoreExplanation"_s);
    form->addRow(QString(), m_lmsJudgesExplanation);

    auto *otherFormats = createExplanation(u"otherFormatsExplanation"_s);
    otherFormats->setText(tr("SCORM 1.2 has a single status, so choose which one your LMS should "
                             "show. SCORM 2004 packages always report completion and success "
                             "separately; web packages report to no LMS."));
    form->addRow(QString(), otherFormats);
    return page;
}

void CourseSettingsDialog::load()
{
    const Core::Course &course = m_document->course();
    const Core::CourseMetadata &meta = course.metadata();
    const Core::CourseSettings &settings = course.settings();

    m_title->setText(meta.title);
    m_description->setPlainText(meta.description);
    if (const int index = m_language->findData(meta.language); index >= 0)
        m_language->setCurrentIndex(index);
    else
        m_language->setEditText(meta.language);
    m_author->setText(meta.author);
    m_version->setText(meta.version);
    m_keywords->setText(meta.keywords.join(u", "_s));
    m_duration->setValue(meta.estimatedMinutes);

    selectData(m_navigation, int(settings.navigation));
    selectData(m_completion, int(settings.completion));
    m_passingScore->setValue(settings.passingScorePercent);
    m_maxAttempts->setValue(settings.maxAttempts);
    selectData(m_reporting, int(settings.scorm12Reporting));
    m_lmsJudges->setChecked(settings.lmsJudgesByScore);

    m_primary->setColor(settings.theme.primary);
    m_accent->setColor(settings.theme.accent);
    m_defaultFont->setChecked(settings.theme.fontFamily.isEmpty());
    m_font->setEnabled(!settings.theme.fontFamily.isEmpty());
    if (!settings.theme.fontFamily.isEmpty())
        m_font->setCurrentFont(QFont(settings.theme.fontFamily));

    m_logo->addItem(tr("No logo"), QString());
    for (const auto &[id, asset] : course.assets()) {
        if (asset.isImage())
            addLogoItem(asset);
    }
    // A logo that is somehow not an image of the library still shows, rather than vanishing.
    if (!settings.theme.logo.isNull() && m_logo->findData(settings.theme.logo.toString()) < 0) {
        m_logo->addItem(settings.theme.logo.toString(), settings.theme.logo.toString());
    }
    selectData(m_logo, settings.theme.logo.toString());
    updateLogoPreview();
}

void CourseSettingsDialog::addLogoItem(const Core::MediaAsset &asset)
{
    QString label = asset.fileName.isEmpty() ? asset.id.toString().left(12) : asset.fileName;
    if (asset.imageSize.isValid())
        label = tr("%1 (%2 × %3)")
                    .arg(label)
                    .arg(asset.imageSize.width())
                    .arg(asset.imageSize.height());
    m_logo->addItem(label, asset.id.toString());
}

const Core::MediaAsset *CourseSettingsDialog::logoAsset(const Core::AssetId &id) const
{
    if (id.isNull())
        return nullptr;
    if (const Core::MediaAsset *asset = m_document->course().asset(id))
        return asset;
    const auto it = std::find_if(m_importedAssets.begin(),
                                 m_importedAssets.end(),
                                 [&](const Core::MediaAsset &a) { return a.id == id; });
    return it == m_importedAssets.end() ? nullptr : &*it;
}

void CourseSettingsDialog::chooseLogoFile()
{
    QStringList patterns;
    for (const QString &pattern : Core::MediaImporter::nameFilters()) {
        static const QStringList imageExtensions{
            u"*.png"_s, u"*.jpg"_s, u"*.jpeg"_s, u"*.gif"_s, u"*.webp"_s, u"*.svg"_s};
        if (imageExtensions.contains(pattern, Qt::CaseInsensitive))
            patterns << pattern;
    }
    const QString filter = tr("Images (%1)").arg(patterns.join(u' '));
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Logo"), QString(), filter);
    if (!path.isEmpty())
        importLogo(path);
}

bool CourseSettingsDialog::importLogo(const QString &filePath)
{
    auto imported = Core::MediaImporter::import(filePath);
    if (!imported) {
        m_logoError = imported.error().message;
    } else if (!imported->isImage()) {
        m_logoError = tr("%1 is not an image: choose a PNG, JPEG, GIF, WebP or SVG file.")
                          .arg(QFileInfo(filePath).fileName());
    } else {
        Core::MediaAsset asset = std::move(imported).value();
        const QString id = asset.id.toString();
        if (m_logo->findData(id) < 0) {
            m_importedAssets.push_back(asset);
            addLogoItem(asset);
        }
        selectData(m_logo, id);
        m_logoError.clear();
        updateLogoPreview();
        updateExplanations();
        return true;
    }
    updateExplanations();
    return false;
}

void CourseSettingsDialog::updateLogoPreview()
{
    const Core::MediaAsset *asset = logoAsset(Core::AssetId(m_logo->currentData().toString()));
    QImage image;
    if (asset) {
        if (auto bytes = Core::ProjectFile::readAssetBytes(
                asset->source, Core::ProjectFile::maxDecodedImageFileBytes))
            image = QImage::fromData(*bytes);
    }
    if (image.isNull()) {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(asset ? tr("No preview") : tr("No logo"));
        m_logoPreview->setBackgroundRole(QPalette::Window);
        return;
    }
    // On the primary colour, as learners will see it in the top bar.
    QPalette palette = m_logoPreview->palette();
    palette.setColor(QPalette::Window, m_primary->color());
    m_logoPreview->setPalette(palette);
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(
        image.scaled(logoPreviewSize * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_logoPreview->setPixmap(pixmap);
}

void CourseSettingsDialog::updateExplanations()
{
    const auto facts = CourseSettingsExplainer::factsOf(m_document->course());
    const Core::CourseSettings settings = editedSettings();
    m_languageExplanation->setText(CourseSettingsExplainer::language(languageCode()));
    m_navigationExplanation->setText(CourseSettingsExplainer::navigation(settings.navigation));
    m_completionExplanation->setText(
        CourseSettingsExplainer::completion(settings.completion, facts));
    m_passingScoreExplanation->setText(
        CourseSettingsExplainer::passingScore(settings.passingScorePercent, facts));
    m_maxAttemptsExplanation->setText(
        CourseSettingsExplainer::maxAttempts(settings.maxAttempts, settings.scorm12Reporting));
    m_reportingExplanation->setText(CourseSettingsExplainer::scorm12Reporting(settings, facts));
    // The choice is kept when another completion rule is picked, but applies only to "quiz passed".
    m_lmsJudges->setEnabled(settings.completion == Core::CompletionRule::QuizPassed
                            && facts.hasGradedQuestion);
    m_lmsJudgesExplanation->setText(CourseSettingsExplainer::lmsJudgesByScore(settings, facts));
    m_fontExplanation->setText(CourseSettingsExplainer::font(settings.theme.fontFamily));
    m_logoExplanation->setText(m_logoError.isEmpty()
                                   ? CourseSettingsExplainer::logo(!settings.theme.logo.isNull())
                                   : m_logoError);
}

Core::CourseMetadata CourseSettingsDialog::editedMetadata() const
{
    Core::CourseMetadata meta = m_document->course().metadata();
    meta.title = m_title->text().trimmed();
    // toPlainText() would turn the non-breaking spaces of French typography into spaces.
    QString description = m_description->document()->toRawText();
    description.replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n');
    meta.description = description.trimmed();
    meta.language = languageCode();
    meta.author = m_author->text().trimmed();
    meta.version = m_version->text().trimmed();
    meta.keywords.clear();
    const QStringList parts = m_keywords->text().split(u',');
    for (const QString &part : parts) {
        const QString keyword = part.simplified();
        if (!keyword.isEmpty() && !meta.keywords.contains(keyword))
            meta.keywords << keyword;
    }
    meta.estimatedMinutes = m_duration->value();
    return meta;
}

Core::CourseSettings CourseSettingsDialog::editedSettings() const
{
    Core::CourseSettings settings = m_document->course().settings();
    settings.navigation = Core::NavigationMode(m_navigation->currentData().toInt());
    settings.completion = Core::CompletionRule(m_completion->currentData().toInt());
    settings.passingScorePercent = m_passingScore->value();
    settings.maxAttempts = m_maxAttempts->value();
    settings.scorm12Reporting = Core::Scorm12Reporting(m_reporting->currentData().toInt());
    settings.lmsJudgesByScore = m_lmsJudges->isChecked();
    settings.theme.primary = m_primary->color();
    settings.theme.accent = m_accent->color();
    if (settings.theme.primary != m_document->course().settings().theme.primary
        || settings.theme.accent != m_document->course().settings().theme.accent) {
        settings.theme.builtinId.clear(); // no longer a built-in theme's colours: custom
    }
    settings.theme.fontFamily
        = m_defaultFont->isChecked() ? QString() : m_font->currentFont().family();
    settings.theme.logo = Core::AssetId(m_logo->currentData().toString());
    return settings;
}

void CourseSettingsDialog::accept()
{
    const Core::Course &course = m_document->course();
    const Core::CourseMetadata meta = editedMetadata();
    const Core::CourseSettings settings = editedSettings();
    const Core::MediaAsset *newLogo = nullptr;
    if (!settings.theme.logo.isNull() && !course.asset(settings.theme.logo))
        newLogo = logoAsset(settings.theme.logo);

    const bool metadataChanged = meta != course.metadata();
    const bool settingsChanged = settings != course.settings();
    if (metadataChanged || settingsChanged) {
        QUndoStack *stack = m_document->undoStack();
        stack->beginMacro(tr("Edit course settings"));
        if (newLogo)
            m_document->push(std::make_unique<Core::AddAsset>(m_document, *newLogo));
        if (metadataChanged)
            m_document->push(std::make_unique<Core::SetCourseMetadata>(m_document, meta));
        if (settingsChanged)
            m_document->push(std::make_unique<Core::SetCourseSettings>(m_document, settings));
        stack->endMacro();
    }
    QDialog::accept();
}

} // namespace App
