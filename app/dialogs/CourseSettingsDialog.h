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
class QPlainTextEdit;
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

    void accept() override;

private:
    QWidget *createDetailsPage();
    QWidget *createLearningPage();
    QWidget *createAppearancePage();
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

    ColorButton *m_primary = nullptr;
    ColorButton *m_accent = nullptr;
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
