// SPDX-License-Identifier: MIT
#include "ContentBlockWidget.h"

#include "AssetComboBox.h"
#include "RichTextEdit.h"
#include "app/Icons.h"
#include "core/Document.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace {

void setTextInPlace(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    const int position = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(qMin(position, int(text.size())));
}

void setComboData(QComboBox *combo, const QVariant &data)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(qMax(0, combo->findData(data)));
}

QFormLayout *makeForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return form;
}

} // namespace

ContentBlockWidget::ContentBlockWidget(Core::ContentBlock::Type type,
                                       Core::Document *document,
                                       QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    using Type = Core::ContentBlock::Type;
    m_block.type = type;
    setObjectName(u"contentBlock"_s);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_up->setObjectName(u"moveBlockUpButton"_s);
    m_up->setIcon(Icons::icon(u"move-up"_s));
    m_up->setToolTip(tr("Move this block up"));
    m_up->setAutoRaise(true);
    m_down->setObjectName(u"moveBlockDownButton"_s);
    m_down->setIcon(Icons::icon(u"move-down"_s));
    m_down->setToolTip(tr("Move this block down"));
    m_down->setAutoRaise(true);
    m_remove->setObjectName(u"removeBlockButton"_s);
    m_remove->setIcon(Icons::icon(u"delete"_s));
    m_remove->setToolTip(tr("Remove this block"));
    m_remove->setAutoRaise(true);

    auto *header = new QHBoxLayout;
    header->setSpacing(2);
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_up);
    header->addWidget(m_down);
    header->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 10);
    layout->setSpacing(6);
    layout->addLayout(header);

    connect(m_up, &QToolButton::clicked, this, [this] { emit moveRequested(m_index, -1); });
    connect(m_down, &QToolButton::clicked, this, [this] { emit moveRequested(m_index, +1); });
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(m_index); });

    switch (type) {
    case Type::Heading: {
        auto *row = new QHBoxLayout;
        m_headingLevel = new QComboBox(this);
        m_headingLevel->setObjectName(u"headingLevelCombo"_s);
        m_headingLevel->setToolTip(tr("Heading level: 2 for a section of the slide, 3 and 4 "
                                      "for parts of it"));
        m_headingLevel->addItem(tr("Heading 2"), 2);
        m_headingLevel->addItem(tr("Heading 3"), 3);
        m_headingLevel->addItem(tr("Heading 4"), 4);
        m_headingText = new QLineEdit(this);
        m_headingText->setObjectName(u"headingTextEdit"_s);
        m_headingText->setPlaceholderText(tr("Heading text"));
        row->addWidget(m_headingLevel);
        row->addWidget(m_headingText, 1);
        layout->addLayout(row);
        connect(m_headingText, &QLineEdit::textEdited, this, [this](const QString &text) {
            m_block.text = text;
            edit(u"text"_s, tr("Edit heading"));
        });
        connect(m_headingLevel, &QComboBox::activated, this, [this] {
            m_block.headingLevel = m_headingLevel->currentData().toInt();
            edit({}, tr("Change heading level"));
        });
        break;
    }
    case Type::RichText:
    case Type::Callout: {
        if (type == Type::Callout) {
            auto *form = makeForm();
            m_calloutStyle = new QComboBox(this);
            m_calloutStyle->setObjectName(u"calloutStyleCombo"_s);
            m_calloutStyle->addItem(tr("Information"), int(Core::CalloutStyle::Info));
            m_calloutStyle->addItem(tr("Tip"), int(Core::CalloutStyle::Tip));
            m_calloutStyle->addItem(tr("Warning"), int(Core::CalloutStyle::Warning));
            m_calloutStyle->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
            form->addRow(tr("Style:"), m_calloutStyle);
            layout->addLayout(form);
            connect(m_calloutStyle, &QComboBox::activated, this, [this] {
                m_block.calloutStyle = Core::CalloutStyle(m_calloutStyle->currentData().toInt());
                edit({}, tr("Change callout style"));
            });
        }
        m_richText = new RichTextEdit(this);
        m_richText->setPlaceholderText(type == Type::Callout
                                           ? tr("A short note set apart from the text: a tip, "
                                                "a reminder, a warning…")
                                           : tr("Write the text of the slide…"));
        m_richText->setHeadingsAllowed(type == Type::RichText);
        layout->addWidget(m_richText);
        connect(m_richText, &RichTextEdit::htmlEdited, this, [this](const QString &html) {
            m_block.text = html;
            edit(u"text"_s, tr("Edit text"));
        });
        break;
    }
    case Type::Image: {
        auto *form = makeForm();
        m_image = new AssetComboBox(AssetComboBox::Filter::Images, this);
        m_image->setObjectName(u"imageAssetCombo"_s);
        m_image->setDocument(m_document);
        auto *import = new QPushButton(tr("Import…"), this);
        import->setObjectName(u"importImageButton"_s);
        import->setToolTip(tr("Add an image file to the media library and use it here"));
        auto *imageRow = new QHBoxLayout;
        imageRow->addWidget(m_image, 1);
        imageRow->addWidget(import);
        form->addRow(tr("Image:"), imageRow);

        m_preview = new QLabel(this);
        m_preview->setObjectName(u"imagePreview"_s);
        m_preview->setMinimumHeight(40);
        m_preview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        form->addRow(QString(), m_preview);

        m_altText = new QLineEdit(this);
        m_altText->setObjectName(u"altTextEdit"_s);
        m_altText->setPlaceholderText(tr("What the image shows, for learners who cannot see it"));
        form->addRow(tr("Alternative text:"), m_altText);
        m_altWarning = new QLabel(tr("⚠ Without alternative text, screen-reader users miss "
                                     "this image."),
                                  this);
        m_altWarning->setObjectName(u"altTextWarning"_s);
        m_altWarning->setWordWrap(true);
        QPalette warningPalette = m_altWarning->palette();
        const bool dark = warningPalette.color(QPalette::Window).lightness() < 128;
        warningPalette.setColor(QPalette::WindowText,
                                dark ? QColor(0xff, 0xc1, 0x07) : QColor(0x9a, 0x5b, 0x00));
        m_altWarning->setPalette(warningPalette);
        form->addRow(QString(), m_altWarning);

        m_caption = new QLineEdit(this);
        m_caption->setObjectName(u"captionEdit"_s);
        m_caption->setPlaceholderText(tr("Optional, shown under the image"));
        form->addRow(tr("Caption:"), m_caption);
        layout->addLayout(form);

        connect(m_image, &AssetComboBox::assetChosen, this, [this](const Core::AssetId &id) {
            m_block.image = id;
            updateImageExtras();
            edit({}, tr("Choose image"));
        });
        connect(
            import, &QPushButton::clicked, this, [this] { emit importImageRequested(m_index); });
        connect(m_altText, &QLineEdit::textEdited, this, [this](const QString &text) {
            m_block.altText = text;
            m_altWarning->setVisible(text.trimmed().isEmpty());
            edit(u"alt"_s, tr("Edit alternative text"));
        });
        connect(m_caption, &QLineEdit::textEdited, this, [this](const QString &text) {
            m_block.caption = text;
            edit(u"caption"_s, tr("Edit caption"));
        });
        break;
    }
    }
}

QString ContentBlockWidget::typeName(Core::ContentBlock::Type type)
{
    switch (type) {
    case Core::ContentBlock::Type::Heading:
        return tr("Heading");
    case Core::ContentBlock::Type::RichText:
        return tr("Text");
    case Core::ContentBlock::Type::Image:
        return tr("Image");
    case Core::ContentBlock::Type::Callout:
        return tr("Callout");
    }
    return {};
}

void ContentBlockWidget::setBlock(int index, int count, const Core::ContentBlock &block)
{
    const Core::AssetId previousImage = m_block.image;
    m_index = index;
    m_block = block;
    m_title->setText(tr("%1. %2").arg(index + 1).arg(typeName(block.type)));
    m_up->setEnabled(index > 0);
    m_down->setEnabled(index + 1 < count);
    if (m_headingText) {
        setTextInPlace(m_headingText, block.text);
        setComboData(m_headingLevel, block.headingLevel);
    }
    if (m_richText)
        m_richText->setHtml(block.text);
    if (m_calloutStyle)
        setComboData(m_calloutStyle, int(block.calloutStyle));
    if (m_image) {
        m_image->setCurrentAsset(block.image);
        setTextInPlace(m_altText, block.altText);
        setTextInPlace(m_caption, block.caption);
        const bool available = m_document && m_document->course().asset(block.image);
        // The first time too: a new block says what to do rather than showing nothing.
        if (!m_imageShown || previousImage != block.image
            || m_preview->pixmap().isNull() == available)
            updateImageExtras();
        m_imageShown = true;
        m_altWarning->setVisible(block.altText.trimmed().isEmpty());
    }
}

void ContentBlockWidget::focusMainField()
{
    if (m_headingText)
        m_headingText->setFocus();
    else if (m_richText)
        m_richText->textEdit()->setFocus();
    else if (m_image)
        m_image->setFocus();
}

void ContentBlockWidget::edit(const QString &field, const QString &text)
{
    const QString key = field.isEmpty() ? QString() : u"block:%1:%2"_s.arg(m_index).arg(field);
    emit blockEdited(m_index, m_block, key, text);
}

void ContentBlockWidget::updateImageExtras()
{
    const Core::MediaAsset *asset = m_document && !m_block.image.isNull()
                                        ? m_document->course().asset(m_block.image)
                                        : nullptr;
    if (!asset) {
        m_preview->setPixmap(QPixmap());
        m_preview->setMinimumHeight(40);
        m_preview->setText(m_block.image.isNull() ? tr("Choose an image from the media library "
                                                       "or import one.")
                                                  : tr("This image is missing from the media "
                                                       "library."));
        m_preview->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    const QImage image = AssetComboBox::thumbnail(*asset, QSize(320, 180));
    if (image.isNull()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setMinimumHeight(40);
        m_preview->setText(tr("No preview available."));
    } else {
        m_preview->setText(QString());
        m_preview->setPixmap(QPixmap::fromImage(image));
        // The whole thumbnail, never a centred slice of it: the form would otherwise give the
        // label only its 40-pixel minimum when the card is laid out before the image arrives.
        m_preview->setMinimumHeight(image.height());
    }
}

} // namespace App
