// SPDX-License-Identifier: MIT
#include "CourseSettingsDialog.h"

#include "ColorButton.h"
#include "CourseSettingsExplainer.h"
#include "LanguageNames.h"
#include "app/models/ThumbnailRenderer.h"
#include "app/spelling/SpellingProperties.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/MediaImporter.h"
#include "core/ProjectFile.h"
#include "core/Theme.h"
#include "core/ThemeFile.h"
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
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace App {

namespace {

const QSize logoPreviewSize(180, 56);
const QSize galleryThumbnailSize(176, 99);
const QSize previewThumbnailSize(240, 135);

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
    m_tabs->addTab(createThemePage(), tr("&Theme"));
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
    connect(m_font, &QFontComboBox::currentFontChanged, this, [this] {
        updateExplanations();
        themeEdited();
    });
    connect(m_defaultFont, &QCheckBox::toggled, this, [this](bool checked) {
        m_font->setEnabled(!checked);
        updateExplanations();
        themeEdited();
    });
    connect(m_logo, &QComboBox::currentIndexChanged, this, [this] {
        m_logoError.clear();
        updateLogoPreview();
        updateExplanations();
        themeEdited();
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
    Spelling::setSpellCheckable(m_author, false); // a name
    form->addRow(tr("A&uthor:"), m_author);

    m_version = new QLineEdit(page);
    m_version->setObjectName(u"version"_s);
    Spelling::setSpellCheckable(m_version, false);
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

QWidget *CourseSettingsDialog::createThemePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *galleryLabel = new QLabel(tr("&Built-in themes, shown on this course:"), page);
    m_gallery = new QListWidget(page);
    m_gallery->setObjectName(u"themeGallery"_s);
    galleryLabel->setBuddy(m_gallery);
    m_gallery->setViewMode(QListView::IconMode);
    m_gallery->setMovement(QListView::Static);
    m_gallery->setResizeMode(QListView::Adjust);
    m_gallery->setWrapping(true);
    m_gallery->setUniformItemSizes(true);
    m_gallery->setIconSize(galleryThumbnailSize);
    m_gallery->setSpacing(6);
    m_gallery->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gallery->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rowHeight = galleryThumbnailSize.height() + fontMetrics().height() + 24;
    m_gallery->setMinimumHeight(2 * rowHeight);
    m_gallery->setMinimumWidth(3 * (galleryThumbnailSize.width() + 24) + 24);
    for (const Core::Theme &theme : Core::builtinThemes()) {
        auto *item = new QListWidgetItem(Core::themeDisplayName(theme.builtinId), m_gallery);
        item->setData(Qt::UserRole, theme.builtinId);
        item->setToolTip(tr("Use the %1 theme").arg(Core::themeDisplayName(theme.builtinId)));
    }
    connect(m_gallery, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        chooseBuiltinTheme(item->data(Qt::UserRole).toString());
    });
    connect(m_gallery, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !m_settingTheme && item->data(Qt::UserRole).toString() != m_builtinId)
            chooseBuiltinTheme(item->data(Qt::UserRole).toString());
    });
    layout->addWidget(galleryLabel);
    layout->addWidget(m_gallery);
    layout->addWidget(createCustomiseBox(page));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    // As wide as the page needs: only the height scrolls.
    scroll->setMinimumWidth(page->sizeHint().width()
                            + scroll->verticalScrollBar()->sizeHint().width() + 4);
    return scroll;
}

QWidget *CourseSettingsDialog::createCustomiseBox(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Customise"), parent);
    auto *columns = new QHBoxLayout(box);
    auto *form = new QFormLayout;
    columns->addLayout(form, 1);

    // The theme being edited, as the first slide will look.
    auto *previewColumn = new QVBoxLayout;
    m_themePreview = new QLabel(box);
    m_themePreview->setObjectName(u"themePreview"_s);
    m_themePreview->setFixedSize(previewThumbnailSize);
    m_themeName = new QLabel(box);
    m_themeName->setObjectName(u"themeName"_s);
    m_themeName->setAlignment(Qt::AlignHCenter);
    previewColumn->addWidget(m_themePreview);
    previewColumn->addWidget(m_themeName);
    previewColumn->addStretch();
    columns->addLayout(previewColumn);

    auto colourButton = [&](ColorButton *&button, const QString &name, const QString &title) {
        button = new ColorButton(box);
        button->setObjectName(name);
        button->setDialogTitle(title);
        connect(button, &ColorButton::colorChanged, this, &CourseSettingsDialog::themeEdited);
        return button;
    };
    form->addRow(tr("&Primary colour:"),
                 colourButton(m_primary, u"primaryColor"_s, tr("Primary Colour")));
    form->addRow(tr("A&ccent colour:"),
                 colourButton(m_accent, u"accentColor"_s, tr("Accent Colour")));
    form->addRow(tr("Page &background:"),
                 colourButton(m_background, u"backgroundColor"_s, tr("Page Background")));
    form->addRow(tr("Cards and pan&els:"),
                 colourButton(m_surface, u"surfaceColor"_s, tr("Cards and Panels")));
    form->addRow(tr("Te&xt colour:"), colourButton(m_text, u"textColor"_s, tr("Text Colour")));
    auto *colourNote = createExplanation(u"colorExplanation"_s);
    colourNote->setText(tr("The primary colour fills the top bar and main buttons; the accent "
                           "colour marks progress and keyboard focus. Other colours are derived "
                           "from these five and kept readable."));
    form->addRow(QString(), colourNote);
    m_contrastWarning = new QLabel(box);
    m_contrastWarning->setObjectName(u"contrastWarning"_s);
    m_contrastWarning->setWordWrap(true);
    m_contrastWarning->setTextFormat(Qt::PlainText);
    QPalette warning = m_contrastWarning->palette();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    warning.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0xb4, 0x5a) : QColor(0xa1, 0x45, 0x0a));
    m_contrastWarning->setPalette(warning);
    form->addRow(QString(), m_contrastWarning);

    auto fontCombo = [&](QComboBox *&combo, const QString &name) {
        combo = new QComboBox(box);
        combo->setObjectName(name);
        for (Core::ThemeFont font : {Core::ThemeFont::System,
                                     Core::ThemeFont::Humanist,
                                     Core::ThemeFont::Geometric,
                                     Core::ThemeFont::Serif,
                                     Core::ThemeFont::Slab,
                                     Core::ThemeFont::Rounded,
                                     Core::ThemeFont::Mono})
            combo->addItem(Core::fontDisplayName(font), int(font));
        connect(combo, &QComboBox::currentIndexChanged, this, &CourseSettingsDialog::themeEdited);
        return combo;
    };
    form->addRow(tr("&Headings:"), fontCombo(m_headingFont, u"headingFont"_s));
    form->addRow(tr("B&ody text:"), fontCombo(m_bodyFont, u"bodyFont"_s));

    m_defaultFont = new QCheckBox(tr("&None"), box);
    m_defaultFont->setObjectName(u"defaultFont"_s);
    m_font = new QFontComboBox(box);
    m_font->setObjectName(u"font"_s);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_defaultFont);
    fontRow->addWidget(m_font, 1);
    // A layout cannot be a buddy: without an explicit label the mnemonic shows as a literal '&'.
    auto *fontLabel = new QLabel(tr("Installed &font:"), box);
    fontLabel->setBuddy(m_defaultFont);
    form->addRow(fontLabel, fontRow);
    m_fontExplanation = createExplanation(u"fontExplanation"_s);
    form->addRow(QString(), m_fontExplanation);

    m_radius = new QSpinBox(box);
    m_radius->setObjectName(u"cornerRadius"_s);
    m_radius->setRange(Core::minCornerRadius, Core::maxCornerRadius);
    m_radius->setSuffix(tr(" px"));
    connect(m_radius, &QSpinBox::valueChanged, this, &CourseSettingsDialog::themeEdited);
    form->addRow(tr("Corner &radius:"), m_radius);

    auto choiceCombo = [&](QComboBox *&combo,
                           const QString &name,
                           const std::vector<std::pair<QString, int>> &choices) {
        combo = new QComboBox(box);
        combo->setObjectName(name);
        for (const auto &[text, value] : choices)
            combo->addItem(text, value);
        connect(combo, &QComboBox::currentIndexChanged, this, &CourseSettingsDialog::themeEdited);
        return combo;
    };
    form->addRow(tr("&Density:"),
                 choiceCombo(m_density,
                             u"density"_s,
                             {{tr("Compact"), int(Core::ThemeDensity::Compact)},
                              {tr("Comfortable"), int(Core::ThemeDensity::Comfortable)},
                              {tr("Spacious"), int(Core::ThemeDensity::Spacious)}}));
    form->addRow(tr("Top b&ar:"),
                 choiceCombo(m_header,
                             u"headerStyle"_s,
                             {{tr("Filled with the primary colour"), int(Core::ThemeHeader::Bar)},
                              {tr("Plain, with a coloured rule"), int(Core::ThemeHeader::Plain)},
                              {tr("Plain, title centred"), int(Core::ThemeHeader::Centered)}}));
    form->addRow(tr("Pa&ges:"),
                 choiceCombo(m_page,
                             u"pageStyle"_s,
                             {{tr("Cards on a background"), int(Core::ThemePage::Card)},
                              {tr("Full width"), int(Core::ThemePage::FullBleed)}}));

    m_coverPage = new QCheckBox(tr("Open with a co&ver page: the course title over an image"), box);
    m_coverPage->setObjectName(u"coverPage"_s);
    connect(m_coverPage, &QCheckBox::toggled, this, &CourseSettingsDialog::themeEdited);
    form->addRow(QString(), m_coverPage);
    m_coverImage = new QComboBox(box);
    m_coverImage->setObjectName(u"coverImage"_s);
    connect(
        m_coverImage, &QComboBox::currentIndexChanged, this, &CourseSettingsDialog::themeEdited);
    auto *coverLabel = new QLabel(tr("Cover &image:"), box);
    coverLabel->setBuddy(m_coverImage);
    form->addRow(coverLabel, m_coverImage);
    m_sectionPages = new QCheckBox(tr("A title page before each &section"), box);
    m_sectionPages->setObjectName(u"sectionPages"_s);
    connect(m_sectionPages, &QCheckBox::toggled, this, &CourseSettingsDialog::themeEdited);
    form->addRow(QString(), m_sectionPages);

    m_logo = new QComboBox(box);
    m_logo->setObjectName(u"logo"_s);
    auto *importButton = new QPushButton(tr("&Import Image…"), box);
    importButton->setObjectName(u"importLogo"_s);
    connect(importButton, &QPushButton::clicked, this, &CourseSettingsDialog::chooseLogoFile);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(importButton);
    auto *logoLabel = new QLabel(tr("&Logo:"), box);
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, logoRow);

    m_logoPreview = new QLabel(box);
    m_logoPreview->setObjectName(u"logoPreview"_s);
    m_logoPreview->setFixedSize(logoPreviewSize + QSize(16, 16));
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setAutoFillBackground(true);
    form->addRow(QString(), m_logoPreview);
    m_logoExplanation = createExplanation(u"logoExplanation"_s);
    form->addRow(QString(), m_logoExplanation);

    auto *saveButton = new QPushButton(tr("&Save Theme…"), box);
    saveButton->setObjectName(u"saveTheme"_s);
    auto *importThemeButton = new QPushButton(tr("I&mport Theme…"), box);
    importThemeButton->setObjectName(u"importTheme"_s);
    const QString filter = tr("Capsule themes (*%1)").arg(Core::ThemeFile::suffix());
    connect(saveButton, &QPushButton::clicked, this, [this, filter] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Save Theme"), QString(), filter);
        if (!path.isEmpty())
            saveTheme(path);
    });
    connect(importThemeButton, &QPushButton::clicked, this, [this, filter] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Import Theme"), QString(), filter);
        if (!path.isEmpty())
            importTheme(path);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(saveButton);
    fileRow->addWidget(importThemeButton);
    fileRow->addStretch();
    form->addRow(QString(), fileRow);
    m_themeMessage = createExplanation(u"themeMessage"_s);
    m_themeMessage->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_themeMessage);
    return box;
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

    m_logo->addItem(tr("No logo"), QString());
    m_coverImage->addItem(tr("None: the primary colour"), QString());
    for (const auto &[id, asset] : course.assets()) {
        if (asset.isImage())
            addImageItem(asset);
    }
    // An image that is somehow not an image of the library still shows, rather than vanishing.
    for (QComboBox *combo : {m_logo, m_coverImage}) {
        const Core::AssetId id = combo == m_logo ? settings.theme.logo : settings.theme.coverImage;
        if (!id.isNull() && combo->findData(id.toString()) < 0)
            combo->addItem(id.toString(), id.toString());
    }
    setThemeControls(settings.theme);
}

void CourseSettingsDialog::addImageItem(const Core::MediaAsset &asset)
{
    addLogoItem(asset);
    m_coverImage->addItem(m_logo->itemText(m_logo->count() - 1), asset.id.toString());
}

void CourseSettingsDialog::setThemeControls(const Core::Theme &theme)
{
    const QScopedValueRollback<bool> guard(m_settingTheme, true);
    m_builtinId = theme.builtinId;
    m_primary->setColor(theme.primary);
    m_accent->setColor(theme.accent);
    m_background->setColor(theme.background);
    m_surface->setColor(theme.surface);
    m_text->setColor(theme.text);
    selectData(m_headingFont, int(theme.headingFont));
    selectData(m_bodyFont, int(theme.bodyFont));
    m_defaultFont->setChecked(theme.fontFamily.isEmpty());
    m_font->setEnabled(!theme.fontFamily.isEmpty());
    if (!theme.fontFamily.isEmpty())
        m_font->setCurrentFont(QFont(theme.fontFamily));
    m_radius->setValue(theme.cornerRadius);
    selectData(m_density, int(theme.density));
    selectData(m_header, int(theme.header));
    selectData(m_page, int(theme.page));
    m_coverPage->setChecked(theme.coverPage);
    selectData(m_coverImage, theme.coverImage.toString());
    m_coverImage->setEnabled(theme.coverPage);
    m_sectionPages->setChecked(theme.sectionPages);
    selectData(m_logo, theme.logo.toString());
    updateLogoPreview();
    refreshGallery();
}

Core::Theme CourseSettingsDialog::editedTheme() const
{
    Core::Theme theme;
    theme.builtinId = m_builtinId;
    theme.primary = m_primary->color();
    theme.accent = m_accent->color();
    theme.background = m_background->color();
    theme.surface = m_surface->color();
    theme.text = m_text->color();
    theme.headingFont = Core::ThemeFont(m_headingFont->currentData().toInt());
    theme.bodyFont = Core::ThemeFont(m_bodyFont->currentData().toInt());
    theme.cornerRadius = m_radius->value();
    theme.density = Core::ThemeDensity(m_density->currentData().toInt());
    theme.header = Core::ThemeHeader(m_header->currentData().toInt());
    theme.page = Core::ThemePage(m_page->currentData().toInt());
    theme.coverPage = m_coverPage->isChecked();
    theme.coverImage = Core::AssetId(m_coverImage->currentData().toString());
    theme.sectionPages = m_sectionPages->isChecked();
    theme.fontFamily = m_defaultFont->isChecked() ? QString() : m_font->currentFont().family();
    theme.logo = Core::AssetId(m_logo->currentData().toString());
    return theme;
}

void CourseSettingsDialog::themeEdited()
{
    if (m_settingTheme)
        return;
    // The logo, cover image and installed font are the course's identity, kept by every
    // built-in theme; any other change makes the theme the author's own.
    const Core::Theme theme = editedTheme();
    if (!m_builtinId.isEmpty()
        && Core::withIdentity(Core::builtinTheme(m_builtinId), theme) != theme)
        m_builtinId.clear();
    m_coverImage->setEnabled(m_coverPage->isChecked());
    updateLogoPreview();
    refreshGallery();
}

void CourseSettingsDialog::chooseBuiltinTheme(const QString &builtinId)
{
    bool found = false;
    const Core::Theme builtin = Core::builtinTheme(builtinId, &found);
    if (!found)
        return;
    m_themeMessage->clear();
    setThemeControls(Core::withIdentity(builtin, editedTheme()));
}

QImage CourseSettingsDialog::themeThumbnail(const Core::Theme &theme, QSize size) const
{
    // The course's cover page when the theme has one, else its first slide.
    const Core::Course &course = m_document->course();
    ThumbnailRenderer::SlideSnapshot snapshot;
    if (theme.coverPage) {
        snapshot = ThumbnailRenderer::coverSnapshot(course, theme);
    } else {
        const Core::Slide *first = nullptr;
        for (const auto &section : course.sections()) {
            if (!section->slides.empty()) {
                first = section->slides.front().get();
                break;
            }
        }
        Core::Slide example = Core::Slide::create(Core::SlideKind::Content, tr("Welcome"));
        if (!first) {
            Core::ContentBlock heading;
            heading.type = Core::ContentBlock::Type::Heading;
            heading.text = tr("What you will learn");
            Core::ContentBlock text;
            text.text = tr("<p>A first slide shows here once the course has one.</p>");
            std::get<Core::ContentBody>(example.body).blocks = {heading, text};
        }
        snapshot = ThumbnailRenderer::snapshot(course, first ? *first : example, theme);
    }
    // Images imported in this dialog are not in the course yet.
    for (const Core::AssetId &id : {theme.logo, theme.coverImage}) {
        if (const Core::MediaAsset *asset = logoAsset(id); asset && !snapshot.images.contains(id))
            snapshot.images.insert(id, asset->source);
    }
    const qreal ratio = devicePixelRatioF();
    return ThumbnailRenderer::render(snapshot, size, ratio);
}

void CourseSettingsDialog::refreshGallery()
{
    const Core::Theme current = editedTheme();
    for (int row = 0; row < m_gallery->count(); ++row) {
        QListWidgetItem *item = m_gallery->item(row);
        const Core::Theme theme
            = Core::withIdentity(Core::builtinTheme(item->data(Qt::UserRole).toString()), current);
        const size_t key
            = qHashMulti(0, theme.logo, theme.coverImage, theme.fontFamily, theme.coverPage);
        if (item->data(Qt::UserRole + 1).value<size_t>() != key || item->icon().isNull()) {
            // The same picture when selected: the selection shows around it, not over it.
            const QPixmap pixmap = QPixmap::fromImage(themeThumbnail(theme, galleryThumbnailSize));
            QIcon icon(pixmap);
            icon.addPixmap(pixmap, QIcon::Selected);
            item->setIcon(icon);
            item->setData(Qt::UserRole + 1, QVariant::fromValue(key));
        }
    }
    {
        const QSignalBlocker blocker(m_gallery);
        const QList<QListWidgetItem *> matches
            = m_builtinId.isEmpty() ? QList<QListWidgetItem *>()
                                    : m_gallery->findItems(QString(), Qt::MatchContains);
        m_gallery->setCurrentItem(nullptr);
        m_gallery->clearSelection();
        for (QListWidgetItem *item : matches) {
            if (item->data(Qt::UserRole).toString() == m_builtinId) {
                m_gallery->setCurrentItem(item);
                item->setSelected(true);
            }
        }
    }
    m_themePreview->setPixmap(QPixmap::fromImage(themeThumbnail(current, previewThumbnailSize)));
    m_themeName->setText(Core::themeDisplayName(m_builtinId));

    const QList<Core::ContrastProblem> problems = Core::contrastProblems(current);
    QStringList lines;
    for (const Core::ContrastProblem &problem : problems)
        lines << problem.message();
    m_contrastWarning->setText(problems.isEmpty()
                                   ? QString()
                                   : tr("Hard to read for some learners (WCAG 2.1 AA):") + u'\n'
                                         + lines.join(u'\n'));
    m_contrastWarning->setVisible(!problems.isEmpty());
}

bool CourseSettingsDialog::saveTheme(const QString &filePath)
{
    QString path = filePath;
    if (!path.endsWith(Core::ThemeFile::suffix(), Qt::CaseInsensitive))
        path += Core::ThemeFile::suffix();
    const Core::Theme theme = editedTheme();
    // The logo and cover image may have been imported here and not be in the course yet.
    Core::Course media;
    for (const Core::AssetId &id : {theme.logo, theme.coverImage}) {
        if (const Core::MediaAsset *asset = logoAsset(id))
            media.assets().emplace(id, *asset);
    }
    const auto written = Core::ThemeFile::write(theme, media, path);
    m_themeMessage->setText(written ? tr("Saved the theme to %1.").arg(QFileInfo(path).fileName())
                                    : written.error().message);
    return bool(written);
}

bool CourseSettingsDialog::importTheme(const QString &filePath)
{
    auto read = Core::ThemeFile::read(filePath);
    if (!read) {
        QString message = read.error().message;
        const QString name = QFileInfo(filePath).fileName();
        if (!message.contains(name))
            message = tr("Could not import %1: %2").arg(name, message);
        m_themeMessage->setText(message);
        return false;
    }
    for (const Core::MediaAsset &asset : read->assets) {
        if (!logoAsset(asset.id) && asset.isImage()) {
            m_importedAssets.push_back(asset);
            addImageItem(asset);
        }
    }
    setThemeControls(read->theme);
    m_themeMessage->setText(
        tr("Imported the theme from %1; OK applies it.").arg(QFileInfo(filePath).fileName()));
    updateExplanations();
    return true;
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
            addImageItem(asset);
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
    settings.theme = editedTheme();
    return settings;
}

void CourseSettingsDialog::accept()
{
    const Core::Course &course = m_document->course();
    const Core::CourseMetadata meta = editedMetadata();
    const Core::CourseSettings settings = editedSettings();
    std::vector<const Core::MediaAsset *> newImages; // imported here: the logo, the cover image
    for (const Core::AssetId &id : {settings.theme.logo, settings.theme.coverImage}) {
        if (!id.isNull() && !course.asset(id)) {
            const Core::MediaAsset *asset = logoAsset(id);
            if (asset && std::find(newImages.begin(), newImages.end(), asset) == newImages.end())
                newImages.push_back(asset);
        }
    }

    const bool metadataChanged = meta != course.metadata();
    const bool settingsChanged = settings != course.settings();
    if (metadataChanged || settingsChanged) {
        QUndoStack *stack = m_document->undoStack();
        stack->beginMacro(tr("Edit course settings"));
        for (const Core::MediaAsset *asset : newImages)
            m_document->push(std::make_unique<Core::AddAsset>(m_document, *asset));
        if (metadataChanged)
            m_document->push(std::make_unique<Core::SetCourseMetadata>(m_document, meta));
        if (settingsChanged)
            m_document->push(std::make_unique<Core::SetCourseSettings>(m_document, settings));
        stack->endMacro();
    }
    QDialog::accept();
}

} // namespace App
