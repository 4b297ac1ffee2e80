// SPDX-License-Identifier: MIT
#include "ImportQuestionsDialog.h"

#include "app/Icons.h"
#include "app/spelling/SpellingProperties.h"
#include "core/Course.h"
#include "core/Document.h"
#include "import/QuestionImport.h"
#include "import/csv/CsvReader.h"
#include "import/gift/GiftWriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUndoCommand>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace App {

namespace {

constexpr Import::QuestionFormat formats[] = {
    Import::QuestionFormat::Gift,
    Import::QuestionFormat::Aiken,
    Import::QuestionFormat::Csv,
};

QString formatName(Import::QuestionFormat format)
{
    switch (format) {
    case Import::QuestionFormat::Gift:
        return ImportQuestionsDialog::tr("GIFT (Moodle)");
    case Import::QuestionFormat::Aiken:
        return ImportQuestionsDialog::tr("Aiken");
    case Import::QuestionFormat::Csv:
        return ImportQuestionsDialog::tr("CSV (spreadsheet)");
    }
    return {};
}

QString typeLabel(const Import::ImportedItem &item)
{
    if (!item.isImportable())
        return ImportQuestionsDialog::tr("Error");
    if (item.kind == Import::ImportedItem::Kind::Content)
        return ImportQuestionsDialog::tr("Content slide");
    switch (item.question.type) {
    case Core::QuestionType::SingleChoice:
        return ImportQuestionsDialog::tr("Single choice");
    case Core::QuestionType::MultipleResponse:
        return ImportQuestionsDialog::tr("Multiple response");
    case Core::QuestionType::TrueFalse:
        return ImportQuestionsDialog::tr("True / false");
    case Core::QuestionType::FillIn:
        return ImportQuestionsDialog::tr("Fill in the blank");
    case Core::QuestionType::Matching:
        return ImportQuestionsDialog::tr("Matching");
    case Core::QuestionType::Sequencing:
        return ImportQuestionsDialog::tr("Sequencing");
    case Core::QuestionType::Numeric:
        return ImportQuestionsDialog::tr("Numeric");
    case Core::QuestionType::Likert:
        return ImportQuestionsDialog::tr("Likert scale");
    case Core::QuestionType::OpenText:
        return ImportQuestionsDialog::tr("Open text");
    case Core::QuestionType::DragDrop:
        return ImportQuestionsDialog::tr("Drag and drop");
    case Core::QuestionType::Hotspot:
        return ImportQuestionsDialog::tr("Hotspot");
    }
    return {};
}

constexpr int destinationKindRole = Qt::UserRole;
constexpr int destinationNameRole = Qt::UserRole + 1;

bool goesToBank(Import::ImportDestination::Kind kind)
{
    return kind == Import::ImportDestination::Kind::BanksPerCategory
           || kind == Import::ImportDestination::Kind::Bank;
}

/** Writes items to a GIFT file (asking for it when targetPath is empty) and reports. */
bool writeGift(QWidget *parent,
               const Core::Document &document,
               const std::vector<Import::ImportedItem> &items,
               const QStringList &skipped,
               const QString &suggestedName,
               const QString &nothingMessage,
               const QString &targetPath)
{
    const Import::GiftWriter::Output output = Import::GiftWriter::write(items);
    const QString title = ImportQuestionsDialog::tr("Export Questions to GIFT");
    if (output.written == 0) {
        if (targetPath.isEmpty())
            QMessageBox::information(parent, title, nothingMessage);
        return false;
    }
    QString path = targetPath;
    if (path.isEmpty()) {
        const QString folder
            = document.filePath().isEmpty()
                  ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                  : QFileInfo(document.filePath()).path();
        path = QFileDialog::getSaveFileName(parent,
                                            title,
                                            QDir(folder).filePath(suggestedName + u".gift"_s),
                                            Import::fileDialogFilter(Import::QuestionFormat::Gift));
        if (path.isEmpty())
            return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(output.text.toUtf8()) < 0
        || !file.commit()) {
        if (targetPath.isEmpty())
            QMessageBox::warning(parent,
                                 title,
                                 ImportQuestionsDialog::tr("Cannot write %1: %2")
                                     .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QStringList warnings = skipped + output.warnings;
    if (targetPath.isEmpty() && !warnings.isEmpty()) {
        QMessageBox box(
            QMessageBox::Information,
            title,
            ImportQuestionsDialog::tr("Exported %n question(s) to %1.", nullptr, output.written)
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Ok,
            parent);
        box.setInformativeText(ImportQuestionsDialog::tr("GIFT cannot hold everything:"));
        box.setDetailedText(warnings.join(u'\n'));
        box.exec();
    }
    return true;
}

} // namespace

ImportQuestionsDialog::ImportQuestionsDialog(Core::Document &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Import Questions"));
    setObjectName(u"importQuestionsDialog"_s);

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"filePath"_s);
    Spelling::setSpellCheckable(m_path, false);
    m_path->setPlaceholderText(tr("A GIFT, Aiken or CSV file"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportQuestionsDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] { setFilePath(m_path->text()); });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"format"_s);
    for (Import::QuestionFormat format : formats)
        m_format->addItem(formatName(format), int(format));
    connect(m_format, &QComboBox::activated, this, &ImportQuestionsDialog::reload);
    auto *templateButton = new QPushButton(tr("Save CSV &Template…"), this);
    templateButton->setObjectName(u"saveTemplate"_s);
    templateButton->setToolTip(tr("A spreadsheet with one example of every question type, "
                                  "to fill in and import"));
    connect(templateButton, &QPushButton::clicked, this, &ImportQuestionsDialog::saveTemplate);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format, 1);
    formatRow->addWidget(templateButton);

    m_target = new QComboBox(this);
    m_target->setObjectName(u"target"_s);
    using Kind = Import::ImportDestination::Kind;
    auto addTarget
        = [this](const QIcon &icon, const QString &text, Kind kind, const QString &name) {
              m_target->addItem(icon, text);
              m_target->setItemData(m_target->count() - 1, int(kind), destinationKindRole);
              m_target->setItemData(m_target->count() - 1, name, destinationNameRole);
          };
    const QIcon bankIcon = Icons::icon(u"question-bank"_s);
    addTarget(bankIcon, tr("Question banks, one per category"), Kind::BanksPerCategory, {});
    for (const auto &bank : m_document.course().banks())
        addTarget(bankIcon, tr("Bank “%1”").arg(bank->name), Kind::Bank, bank->name);
    m_target->insertSeparator(m_target->count());
    const QIcon sectionIcon = Icons::icon(u"add-section"_s);
    addTarget(sectionIcon, tr("New sections, one per category"), Kind::SectionsPerCategory, {});
    for (const auto &section : m_document.course().sections())
        addTarget(
            sectionIcon, tr("Section “%1”").arg(section->title), Kind::Section, section->title);
    m_target->setToolTip(tr("Question banks feed the draw slides, which pick questions at "
                            "random; sections show every question, in order."));
    connect(m_target, &QComboBox::activated, this, &ImportQuestionsDialog::fillPreview);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &text, QWidget *buddy, QLayout *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    addRow(tr("&File:"), m_path, fileRow);
    addRow(tr("F&ormat:"), m_format, formatRow);
    auto *targetLabel = new QLabel(tr("&Into:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, m_target);

    m_preview = new QTableWidget(0, 5, this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Type"), tr("Title"), tr("Destination"), tr("Warnings and errors")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false); // one line per question; the tooltip holds everything
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setColumnWidth(0, 60);
    m_preview->setColumnWidth(1, 130);
    m_preview->setColumnWidth(2, 200);
    m_preview->setColumnWidth(3, 200); // fillPreview() fits it to the bank and section names

    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { importQuestions(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(980, 520);
    fillPreview();
}

void ImportQuestionsDialog::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    QFile probe(path);
    const QByteArray head = probe.open(QIODevice::ReadOnly) ? probe.read(64 * 1024) : QByteArray();
    if (const auto detected = Import::detectFormat(path, head))
        m_format->setCurrentIndex(m_format->findData(int(*detected)));
    reload();
}

QString ImportQuestionsDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ImportQuestionsDialog::setFormat(Import::QuestionFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
    reload();
}

Import::QuestionFormat ImportQuestionsDialog::format() const
{
    return Import::QuestionFormat(m_format->currentData().toInt());
}

void ImportQuestionsDialog::setTargetSection(const QString &title)
{
    if (title.isEmpty())
        setDestination(Import::ImportDestination::Kind::SectionsPerCategory);
    else
        setDestination(Import::ImportDestination::Kind::Section, title);
}

void ImportQuestionsDialog::setDestination(Import::ImportDestination::Kind kind,
                                           const QString &name)
{
    int found = 0;
    for (int i = 0; i < m_target->count(); ++i) {
        if (m_target->itemData(i, destinationKindRole).toInt() == int(kind)
            && m_target->itemData(i, destinationNameRole).toString() == name) {
            found = i;
            break;
        }
    }
    m_target->setCurrentIndex(found);
    fillPreview();
}

Import::ImportDestination ImportQuestionsDialog::destination() const
{
    Import::ImportDestination destination;
    destination.kind
        = Import::ImportDestination::Kind(m_target->currentData(destinationKindRole).toInt());
    destination.name = m_target->currentData(destinationNameRole).toString();
    destination.defaultName = QFileInfo(filePath()).completeBaseName();
    return destination;
}

int ImportQuestionsDialog::importCount() const
{
    const bool banks = goesToBank(destination().kind);
    int count = 0;
    for (const Import::ImportedItem &item : m_result.items) {
        if (item.isImportable() && !(banks && item.kind == Import::ImportedItem::Kind::Content))
            ++count;
    }
    return count;
}

void ImportQuestionsDialog::browse()
{
    QStringList filters;
    for (Import::QuestionFormat format : formats)
        filters.append(Import::fileDialogFilter(format));
    const QString all = tr("Question files (*.gift *.txt *.aiken *.csv)");
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Import Questions"),
                                                      QFileInfo(filePath()).path(),
                                                      (QStringList{all} + filters).join(u";;"_s));
    if (!path.isEmpty())
        setFilePath(path);
}

ImportQuestionsDialog::~ImportQuestionsDialog()
{
    // The path field loses the focus while QWidget deletes the children: its editingFinished
    // would then reload into widgets already gone.
    disconnect(m_path, nullptr, this, nullptr);
}

void ImportQuestionsDialog::reload()
{
    m_result = {};
    m_readError.clear();
    if (!filePath().isEmpty()) {
        auto read = Import::readQuestionFile(filePath(), format());
        if (read)
            m_result = std::move(read).value();
        else
            m_readError = read.error().message;
    }
    fillPreview();
}

void ImportQuestionsDialog::fillPreview()
{
    const Import::ImportDestination target = destination();
    const bool banks = goesToBank(target.kind);
    m_preview->setRowCount(int(m_result.items.size()));
    int row = 0;
    for (const Import::ImportedItem &item : m_result.items) {
        const QString name = !target.name.isEmpty()    ? target.name
                             : item.category.isEmpty() ? target.defaultName
                                                       : item.category;
        const bool skipped = banks && item.kind == Import::ImportedItem::Kind::Content;
        QStringList messages;
        if (!item.isImportable())
            messages.append(item.error);
        if (item.isImportable() && skipped)
            messages.append(tr("Skipped: a description is not a question and cannot go into a "
                               "bank (import it into a section instead)"));
        messages.append(item.warnings);
        //: Import preview: where a question goes; %1 is the bank's or section's name
        const QString where = banks ? tr("Bank “%1”").arg(name) : tr("Section “%1”").arg(name);
        const QStringList cells{item.position.toString(),
                                typeLabel(item),
                                item.title,
                                item.isImportable() && !skipped ? where : QString(),
                                messages.join(u"  ·  "_s)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells[column]);
            cell->setToolTip(column == 4 ? messages.join(u'\n') : cells[column]);
            if (!item.isImportable())
                cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            if (column == 4 && !item.isImportable())
                cell->setForeground(QColor(0xb0, 0x20, 0x20));
            m_preview->setItem(row, column, cell);
        }
        ++row;
    }
    // Bank and section names matter more than the title: fit them, within reason.
    m_preview->resizeColumnToContents(3);
    m_preview->setColumnWidth(3, std::clamp(m_preview->columnWidth(3), 120, 300));

    const int importable = importCount();
    m_importButton->setEnabled(importable > 0);
    m_importButton->setText(importable > 0 ? tr("&Import %n Question(s)", nullptr, importable)
                                           : tr("&Import"));
    if (!m_readError.isEmpty())
        m_status->setText(m_readError);
    else if (filePath().isEmpty())
        m_status->setText(tr("Choose a question file. GIFT and Aiken come from Moodle and most "
                             "quiz tools; the CSV template opens in Excel or LibreOffice."));
    else
        m_status->setText(tr("%n question(s) to import", nullptr, importable) + u" · "_s
                          + tr("%n with errors (skipped)", nullptr, m_result.errorCount())
                          + u" · "_s + tr("%n warning(s)", nullptr, m_result.warningCount()));
}

QString ImportQuestionsDialog::statusText() const
{
    return m_status->text();
}

bool ImportQuestionsDialog::importQuestions()
{
    auto command = Import::QuestionImport::makeCommand(&m_document, m_result.items, destination());
    if (!command)
        return false;
    m_document.push(std::move(command));
    accept();
    return true;
}

Core::Result<void> ImportQuestionsDialog::saveCsvTemplate(const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = Import::CsvReader::templateFile();
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) < 0
        || !file.commit()) {
        return Core::makeError(
            Core::ErrorCode::Io,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

void ImportQuestionsDialog::saveTemplate()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getSaveFileName(this,
                                       tr("Save CSV Template"),
                                       QDir(documents).filePath(u"questions-template.csv"_s),
                                       Import::fileDialogFilter(Import::QuestionFormat::Csv));
    if (path.isEmpty())
        return;
    if (auto saved = saveCsvTemplate(path); !saved)
        QMessageBox::warning(this, tr("Save CSV Template"), saved.error().message);
}

bool ImportQuestionsDialog::exportSectionAsGift(QWidget *parent,
                                                const Core::Document &document,
                                                const Core::SlideId &slide,
                                                const QString &targetPath)
{
    const Core::Course &course = document.course();
    if (course.sections().empty())
        return false;
    const Core::SlidePosition position = course.slidePosition(slide);
    const Core::Section &section
        = *course.sections()[size_t(position.isValid() ? position.section : 0)];
    QStringList skipped;
    const auto items = Import::QuestionImport::itemsFromCourse(course, section.title, &skipped);
    return writeGift(parent,
                     document,
                     items,
                     skipped,
                     section.title,
                     tr("The section “%1” holds no question.").arg(section.title),
                     targetPath);
}

bool ImportQuestionsDialog::exportBankAsGift(QWidget *parent,
                                             const Core::Document &document,
                                             const Core::BankId &bankId,
                                             const QString &targetPath)
{
    const Core::QuestionBank *bank = document.course().bank(bankId);
    if (!bank)
        return false;
    QStringList skipped;
    const auto items
        = Import::QuestionImport::itemsFromBank(document.course(), bank->name, &skipped);
    return writeGift(parent,
                     document,
                     items,
                     skipped,
                     bank->name,
                     tr("The bank “%1” holds no question.").arg(bank->name),
                     targetPath);
}

} // namespace App
