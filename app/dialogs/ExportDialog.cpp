// SPDX-License-Identifier: MIT
#include "ExportDialog.h"

#include "ExportJob.h"
#include "app/spelling/SpellingProperties.h"
#include "core/Document.h"
#include "core/Translation.h"
#include "export/ExporterRegistry.h"
#include "export/PackageLanguages.h"
#include "export/PlayerData.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace {

/** "zip" from "SCORM package (*.zip)"; zip when the filter names no extension. */
QString extensionOf(const QString &fileNameFilter)
{
    static const QRegularExpression pattern(u"\\*\\.([A-Za-z0-9.]+)"_s);
    const auto match = pattern.match(fileNameFilter);
    return match.hasMatch() ? match.captured(1) : u"zip"_s;
}

/** A file-name-safe version of a course title. */
QString fileNameStem(const QString &title)
{
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_s);
    QString stem = title;
    stem.replace(unsafe, u"-"_s);
    return stem.simplified();
}

} // namespace

ExportDialog::ExportDialog(const Core::Document &document,
                           const Export::ExporterRegistry &registry,
                           QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_registry(registry)
    , m_job(new ExportJob(this))
{
    setWindowTitle(tr("Export Course"));

    m_format = new QComboBox(this);
    m_format->setObjectName(u"format"_s);
    for (const Export::Exporter *exporter : m_registry.all()) {
        m_format->addItem(exporter->displayName(), exporter->id());
        m_format->setItemData(m_format->count() - 1, exporter->description(), Qt::ToolTipRole);
    }
    m_formatDescription = new QLabel(this);
    m_formatDescription->setObjectName(u"formatDescription"_s);
    m_formatDescription->setWordWrap(true);

    // Only a course with translations offers a choice (docs/export.md "Languages").
    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    const Core::Course &course = m_document.course();
    const auto languageItem = [](const QString &code) {
        return u"%1 (%2)"_s.arg(Export::PlayerData::languageName(code), code);
    };
    m_language->addItem(tr("%1, the source language").arg(languageItem(course.metadata().language)),
                        QString());
    for (const QString &target : course.languages().targets)
        m_language->addItem(languageItem(target), target);
    m_language->addItem(tr("All languages in one package"), QString(Export::PackageLanguages::all));
    m_language->setItemData(m_language->count() - 1,
                            tr("The learner starts in the language of the platform or browser and "
                               "can switch languages in the course menu."),
                            Qt::ToolTipRole);
    m_languageLabel = new QLabel(tr("&Language:"), this);
    m_languageLabel->setBuddy(m_language);
    const bool translated = !course.languages().targets.isEmpty();
    m_language->setVisible(translated);
    m_languageLabel->setVisible(translated);

    m_target = new QLineEdit(this);
    m_target->setObjectName(u"target"_s);
    Spelling::setSpellCheckable(m_target, false);
    m_target->setMinimumWidth(360);
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setObjectName(u"browse"_s);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_formatDescription);
    form->addRow(m_languageLabel, m_language);
    // A label of its own: a row given as a layout cannot be the buddy of its label.
    auto *targetLabel = new QLabel(tr("&Save as:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_cancelButton = new QPushButton(tr("&Cancel Export"), this);
    m_cancelButton->setObjectName(u"cancelExport"_s);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);

    m_statusIcon = new QLabel(this);
    m_statusIcon->setObjectName(u"statusIcon"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);

    m_warningsTitle = new QLabel(this);
    m_warningsTitle->setObjectName(u"warningsTitle"_s);
    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(u"warnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setAlternatingRowColors(true);
    m_warnings->setMinimumHeight(120);
    m_warningsTitle->setBuddy(m_warnings);

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(u"export"_s);
    m_exportButton->setDefault(true);
    m_showFolderButton = buttons->addButton(tr("Show in &Folder"), QDialogButtonBox::ActionRole);
    m_showFolderButton->setObjectName(u"showInFolder"_s);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"close"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(progressRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_warningsTitle);
    layout->addWidget(m_warnings, 1);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_target, &QLineEdit::textEdited, this, [this] {
        m_pathEdited = true;
        updateButtons();
    });
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, m_job, &ExportJob::cancel);
    connect(m_showFolderButton, &QPushButton::clicked, this, &ExportDialog::showInFolder);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_job, &ExportJob::progressChanged, this, &ExportDialog::onProgress);
    connect(m_job, &ExportJob::finished, this, &ExportDialog::onJobFinished);

    m_warningsTitle->hide();
    m_warnings->hide();
    setStatus(QString(), false);
    onFormatChanged();
    resize(sizeHint().expandedTo(QSize(600, 0)));
}

ExportDialog::~ExportDialog()
{
    // Stop and wait for a running export before the widgets it reports to go away.
    m_job->disconnect(this);
    delete m_job;
}

const Export::Exporter *ExportDialog::currentExporter() const
{
    return m_registry.byId(m_format->currentData().toString());
}

QString ExportDialog::currentLanguage() const
{
    return m_language ? m_language->currentData().toString() : QString();
}

QString ExportDialog::targetPath() const
{
    return m_target->text().trimmed();
}

void ExportDialog::setTargetPath(const QString &path)
{
    m_target->setText(QDir::toNativeSeparators(path));
    m_pathEdited = true;
    updateButtons();
}

bool ExportDialog::isExporting() const
{
    return m_job->isRunning();
}

QString ExportDialog::defaultTargetPath(const Export::Exporter &exporter) const
{
    const QString extension = extensionOf(exporter.fileNameFilter());
    QString folder;
    QString stem;
    if (!m_document.filePath().isEmpty()) {
        const QFileInfo project(m_document.filePath());
        folder = project.absolutePath();
        stem = project.completeBaseName();
    } else {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        stem = fileNameStem(m_document.course().metadata().title);
        if (stem.isEmpty())
            stem = tr("course", "default export file name");
    }
    // A package in one target language, or in all of them, says so in its name.
    if (const QString language = currentLanguage(); !language.isEmpty())
        stem += u'-' + language;
    return QDir(folder).filePath(u"%1-%2.%3"_s.arg(stem, exporter.id(), extension));
}

void ExportDialog::onFormatChanged()
{
    const Export::Exporter *exporter = currentExporter();
    m_formatDescription->setText(exporter ? exporter->description() : QString());
    fitContent();
    if (exporter) {
        if (!m_pathEdited || targetPath().isEmpty()) {
            m_target->setText(QDir::toNativeSeparators(defaultTargetPath(*exporter)));
        } else {
            // Keep the user's folder and name, but give the file the format's extension.
            const QFileInfo info(QDir::fromNativeSeparators(targetPath()));
            const QString extension = extensionOf(exporter->fileNameFilter());
            if (info.suffix().compare(extension, Qt::CaseInsensitive) != 0)
                m_target->setText(QDir::toNativeSeparators(
                    info.dir().filePath(info.completeBaseName() + u'.' + extension)));
        }
    }
    updateButtons();
}

void ExportDialog::browse()
{
    const Export::Exporter *exporter = currentExporter();
    if (!exporter)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export As"), targetPath(), exporter->fileNameFilter());
    if (!path.isEmpty())
        setTargetPath(path);
}

void ExportDialog::startExport()
{
    const Export::Exporter *exporter = currentExporter();
    if (!exporter || isExporting())
        return;
    const QString path = QDir::fromNativeSeparators(targetPath());
    if (path.isEmpty()) {
        setStatus(tr("Choose where to save the package."), true);
        return;
    }
    m_warnings->clear();
    m_warningsTitle->hide();
    m_warnings->hide();
    m_lastPackage.clear();
    m_progress->setValue(0);
    setStatus(tr("Exporting %1…").arg(exporter->displayName()), false);

    Export::ExportOptions options;
    options.targetPath = QFileInfo(path).absoluteFilePath();
    options.language = currentLanguage();
    m_job->start(m_document.course(), *exporter, options);
    updateButtons();
}

void ExportDialog::onProgress(int percent)
{
    m_progress->setValue(percent);
}

void ExportDialog::onJobFinished()
{
    const auto &warnings = m_job->warnings();
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Export::ExportWarning &warning : warnings) {
        auto *item = new QListWidgetItem(warningIcon, warning.message, m_warnings);
        item->setToolTip(warning.code);
        item->setData(Qt::UserRole, warning.code);
    }
    // Spelled out rather than "%n warning(s)": English has no catalogue with plural forms.
    m_warningsTitle->setText(
        warnings.size() == 1
            ? tr("1 warning: the package works, but learners may miss something.")
            : tr("%1 warnings: the package works, but learners may miss something.")
                  .arg(warnings.size()));
    m_warningsTitle->setVisible(!warnings.empty());
    m_warnings->setVisible(!warnings.empty());

    const Core::Result<void> &result = m_job->result();
    const QString path = QDir::fromNativeSeparators(targetPath());
    if (result) {
        m_progress->setValue(100);
        m_lastPackage = QFileInfo(path).absoluteFilePath();
        const qint64 size = QFileInfo(m_lastPackage).size();
        setStatus(
            tr("Package exported to %1 (%2).")
                .arg(QDir::toNativeSeparators(m_lastPackage), QLocale().formattedDataSize(size)),
            false);
    } else if (result.error().code == Core::ErrorCode::Cancelled) {
        m_progress->setValue(0);
        setStatus(tr("Export cancelled: no file was written."), false);
    } else {
        m_progress->setValue(0);
        setStatus(tr("The export failed: %1").arg(result.error().message), true);
    }
    updateButtons();
    emit exportFinished(bool(result));
}

void ExportDialog::showInFolder()
{
    if (m_lastPackage.isEmpty())
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastPackage).absolutePath()));
}

void ExportDialog::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QIcon icon;
    if (isError)
        icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    else if (!m_lastPackage.isEmpty())
        icon = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const int extent = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(extent, extent));
    m_statusIcon->setVisible(!icon.isNull());
    fitContent();
}

void ExportDialog::fitContent()
{
    // Wrapped labels need more height as their text grows, and a top-level layout does not
    // grow its window for height-for-width content: without this, a long status squeezes
    // the format description and cuts both off.
    // Hidden, there is nothing to clip (and an export just started must not wait on layout).
    QLayout *layout = this->layout();
    if (!layout || !isVisible())
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width())
                                                   : layout->totalMinimumSize().height();
    setMinimumHeight(std::max(needed, layout->totalMinimumSize().height()));
    if (height() < minimumHeight())
        resize(width(), minimumHeight());
}

void ExportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        QMetaObject::invokeMethod(this, &ExportDialog::fitContent, Qt::QueuedConnection);
}

void ExportDialog::updateButtons()
{
    const bool running = isExporting();
    m_format->setEnabled(!running);
    m_language->setEnabled(!running);
    m_target->setEnabled(!running);
    m_browseButton->setEnabled(!running);
    m_exportButton->setEnabled(!running && currentExporter() && !targetPath().isEmpty());
    m_cancelButton->setEnabled(running);
    m_showFolderButton->setVisible(!m_lastPackage.isEmpty() && !running);
}

void ExportDialog::reject()
{
    if (isExporting()) {
        // Escape or Close during an export stops it first; the dialog stays to say so.
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace App
