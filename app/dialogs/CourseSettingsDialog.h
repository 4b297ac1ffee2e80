// SPDX-License-Identifier: MIT
#pragma once

#include "core/CourseSettings.h"
#include "core/MediaAsset.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace Core {
class Document;
}

namespace App {

class ColorButton;

/**
 * Edits the course's metadata and settings. Widgets hold only an edit buffer: on accept the
 * dialog pushes SetCourseMetadata and SetCourseSettings (only the changed ones), plus AddAsset
 * for a newly imported logo, inside one undo macro. Every option shows a one-line explanation
 * of what learners and the LMS will see (CourseSettingsExplainer), kept up to date.
 * The document must outlive the dialog.
 */
class CourseSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CourseSettingsDialog(Core::Document *document, QWidget *parent = nullptr);
    ~CourseSettingsDialog() override;

    /** The values currently shown (what accept() would apply). */
    Core::CourseMetadata editedMetadata() const;
    Core::CourseSettings editedSettings() const;

    /**
     * Imports an image file as the logo (MediaImporter::import); it joins the media library
     * only on accept. On failure the logo explanation shows the reason; returns false.
     */
    bool importLogo(const QString &filePath);
    /** Writes the theme shown to a theme file; false (and the reason under the buttons) on failure.
     */
    bool saveTheme(const QString &filePath);
    /**
     * Reads a theme file into the Theme page: its logo and cover image join the media library
     * on accept. False (and the reason, naming the file, under the buttons) on failure.
     */
    bool importTheme(const QString &filePath);
    /** Shows builtinId's theme in the page (keeping the course's logo, cover and font). */
    void chooseBuiltinTheme(const QString &builtinId);

    void accept() override;

private:
    QWidget *createDetailsPage();
    QWidget *createLearningPage();
    QWidget *createThemePage();
    QWidget *createCustomiseBox(QWidget *parent);
    void setThemeControls(const Core::Theme &theme);
    /** The theme the page's controls show. */
    Core::Theme editedTheme() const;
    void themeEdited();
    void refreshGallery();
    void addImageItem(const Core::MediaAsset &asset);
    QImage themeThumbnail(const Core::Theme &theme, QSize size) const;
    QWidget *createReportingPage();
    QLabel *createExplanation(const QString &objectName);
    /** The BCP 47 code chosen: an offered language's code, or the text typed. */
    QString languageCode() const;
    void load();
    void chooseLogoFile();
    void addLogoItem(const Core::MediaAsset &asset);
    const Core::MediaAsset *logoAsset(const Core::AssetId &id) const;
    void updateLogoPreview();
    void updateExplanations();

    Core::Document *m_document;
    std::vector<Core::MediaAsset> m_importedAssets; ///< imported here, added on accept if chosen

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_version = nullptr;
    QLineEdit *m_keywords = nullptr;
    QSpinBox *m_duration = nullptr;

    QComboBox *m_navigation = nullptr;
    QComboBox *m_completion = nullptr;
    QSpinBox *m_passingScore = nullptr;
    QSpinBox *m_maxAttempts = nullptr;

    QListWidget *m_gallery = nullptr;
    QLabel *m_themeName = nullptr;
    QLabel *m_themePreview = nullptr;
    ColorButton *m_primary = nullptr;
    ColorButton *m_accent = nullptr;
    ColorButton *m_background = nullptr;
    ColorButton *m_surface = nullptr;
    ColorButton *m_text = nullptr;
    QLabel *m_contrastWarning = nullptr;
    QComboBox *m_headingFont = nullptr;
    QComboBox *m_bodyFont = nullptr;
    QSpinBox *m_radius = nullptr;
    QComboBox *m_density = nullptr;
    QComboBox *m_header = nullptr;
    QComboBox *m_page = nullptr;
    QCheckBox *m_coverPage = nullptr;
    QComboBox *m_coverImage = nullptr;
    QCheckBox *m_sectionPages = nullptr;
    QLabel *m_themeMessage = nullptr;
    QString m_builtinId;         ///< the built-in theme shown, empty once customised
    bool m_settingTheme = false; ///< setThemeControls() running: not a user edit
    QCheckBox *m_defaultFont = nullptr;
    QFontComboBox *m_font = nullptr;
    QComboBox *m_logo = nullptr;
    QLabel *m_logoPreview = nullptr;

    QComboBox *m_reporting = nullptr;
    QCheckBox *m_lmsJudges = nullptr;

    QLabel *m_languageExplanation = nullptr;
    QLabel *m_navigationExplanation = nullptr;
    QLabel *m_completionExplanation = nullptr;
    QLabel *m_passingScoreExplanation = nullptr;
    QLabel *m_maxAttemptsExplanation = nullptr;
    QLabel *m_fontExplanation = nullptr;
    QLabel *m_logoExplanation = nullptr;
    QLabel *m_reportingExplanation = nullptr;
    QLabel *m_lmsJudgesExplanation = nullptr;
    QString m_logoError;
};

} // namespace App
