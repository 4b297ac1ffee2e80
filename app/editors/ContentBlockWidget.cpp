// SPDX-License-Identifier: MIT
#include "ContentBlockWidget.h"

#include "AssetComboBox.h"
#include "BlockItemsEditor.h"
#include "CaptionTracksEditor.h"
#include "QuietSetters.h"
#include "RichTextEdit.h"
#include "app/Icons.h"
#include "app/spelling/SpellingProperties.h"
#include "core/Document.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDrag>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace {

using QuietSetters::setTextInPlace;

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
    , m_more(new QToolButton(this))
    , m_grip(new QLabel(this))
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

    m_grip->setObjectName(u"blockGrip"_s);
    m_grip->setText(u"⠿"_s);
    m_grip->setToolTip(tr("Drag to move this block; Alt+Up and Alt+Down move it too"));
    m_grip->setCursor(Qt::OpenHandCursor);
    m_grip->setForegroundRole(QPalette::PlaceholderText);
    m_grip->installEventFilter(this);
    m_more->setObjectName(u"blockMenuButton"_s);
    m_more->setText(u"⋯"_s);
    m_more->setToolTip(tr("More actions for this block"));
    m_more->setAccessibleName(tr("Block actions"));
    m_more->setAutoRaise(true);
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_more);
    const auto action = [&](const QString &text, const QString &name, auto handler) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, handler);
        return a;
    };
    action(
        tr("&Duplicate"), u"duplicateBlockAction"_s, [this] { emit duplicateRequested(m_index); });
    menu->addSeparator();
    QAction *cut
        = action(tr("Cu&t Block"), u"cutBlockAction"_s, [this] { emit cutRequested(m_index); });
    QAction *copy
        = action(tr("&Copy Block"), u"copyBlockAction"_s, [this] { emit copyRequested(m_index); });
    QAction *paste = action(
        tr("&Paste Block After"), u"pasteBlockAction"_s, [this] { emit pasteRequested(m_index); });
    // Ctrl+X/C/V from the card's buttons, grip and menu; text fields keep them for their text
    // (they accept the shortcut override of the standard keys).
    cut->setShortcut(QKeySequence::Cut);
    copy->setShortcut(QKeySequence::Copy);
    paste->setShortcut(QKeySequence::Paste);
    for (QAction *a : {cut, copy, paste}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    menu->addSeparator();
    QAction *up = action(
        tr("Move &Up"), u"moveBlockUpAction"_s, [this] { emit moveRequested(m_index, -1); });
    QAction *down = action(
        tr("Move Do&wn"), u"moveBlockDownAction"_s, [this] { emit moveRequested(m_index, +1); });
    // Alt+Up / Alt+Down from any field of the card.
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    up->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    down->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(up);
    addAction(down);
    menu->addSeparator();
    action(tr("&Remove"), u"removeBlockAction"_s, [this] { emit removeRequested(m_index); });
    m_more->setMenu(menu);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this, menu](const QPoint &pos) {
        menu->popup(mapToGlobal(pos));
    });

    auto *header = new QHBoxLayout;
    header->setSpacing(2);
    header->addWidget(m_grip);
    header->addSpacing(4);
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_up);
    header->addWidget(m_down);
    header->addWidget(m_remove);
    header->addWidget(m_more);

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
        buildImageFields(form, true);
        m_imageSize = new QComboBox(this);
        m_imageSize->setObjectName(u"imageSizeCombo"_s);
        m_imageSize->addItem(tr("Full width, edge to edge"), int(Core::ImageSize::Full));
        m_imageSize->addItem(tr("Wide: the width of the text"), int(Core::ImageSize::Wide));
        m_imageSize->addItem(tr("Medium"), int(Core::ImageSize::Medium));
        m_imageSize->addItem(tr("Small"), int(Core::ImageSize::Small));
        m_imageSize->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        form->addRow(tr("Size:"), m_imageSize);
        connect(m_imageSize, &QComboBox::activated, this, [this] {
            m_block.imageSize = Core::ImageSize(m_imageSize->currentData().toInt());
            edit({}, tr("Change image size"));
        });
        auto *focus = new QHBoxLayout;
        m_focusX = new QSpinBox(this);
        m_focusY = new QSpinBox(this);
        m_focusX->setObjectName(u"focusXSpin"_s);
        m_focusY->setObjectName(u"focusYSpin"_s);
        m_focusX->setAccessibleName(tr("Focal point from the left"));
        m_focusY->setAccessibleName(tr("Focal point from the top"));
        for (QSpinBox *spin : {m_focusX, m_focusY}) {
            spin->setRange(0, 100);
            spin->setSuffix(tr(" %"));
        }
        focus->addWidget(new QLabel(tr("from the left"), this));
        focus->addWidget(m_focusX);
        focus->addSpacing(12);
        focus->addWidget(new QLabel(tr("from the top"), this));
        focus->addWidget(m_focusY);
        focus->addStretch();
        form->addRow(tr("Focal point:"), focus);
        m_focusX->setToolTip(tr("The part of the image kept in view when it is cropped; click "
                                "the preview to set it"));
        m_focusY->setToolTip(m_focusX->toolTip());
        connect(m_focusX, &QSpinBox::valueChanged, this, [this](int value) {
            m_block.focusX = value;
            edit(u"focus"_s, tr("Move focal point"));
        });
        connect(m_focusY, &QSpinBox::valueChanged, this, [this](int value) {
            m_block.focusY = value;
            edit(u"focus"_s, tr("Move focal point"));
        });
        m_preview->installEventFilter(this);
        m_preview->setCursor(Qt::CrossCursor);

        m_caption = new QLineEdit(this);
        m_caption->setObjectName(u"captionEdit"_s);
        m_caption->setPlaceholderText(tr("Optional, shown under the image"));
        form->addRow(tr("Caption:"), m_caption);
        layout->addLayout(form);
        connect(m_caption, &QLineEdit::textEdited, this, [this](const QString &text) {
            m_block.caption = text;
            edit(u"caption"_s, tr("Edit caption"));
        });
        break;
    }
    case Type::ImageText: {
        auto *form = makeForm();
        buildImageFields(form, true);
        m_imageSide = new QComboBox(this);
        m_imageSide->setObjectName(u"imageSideCombo"_s);
        m_imageSide->addItem(tr("Image on the left"), int(Core::ImageSide::Left));
        m_imageSide->addItem(tr("Image on the right"), int(Core::ImageSide::Right));
        m_imageShare = new QComboBox(this);
        m_imageShare->setObjectName(u"imageShareCombo"_s);
        m_imageShare->addItem(tr("Half the width"), int(Core::ImageShare::Half));
        m_imageShare->addItem(tr("A third of the width"), int(Core::ImageShare::Third));
        auto *row = new QHBoxLayout;
        row->addWidget(m_imageSide);
        row->addWidget(m_imageShare);
        row->addStretch();
        form->addRow(tr("Layout:"), row);
        layout->addLayout(form);
        connect(m_imageSide, &QComboBox::activated, this, [this] {
            m_block.imageSide = Core::ImageSide(m_imageSide->currentData().toInt());
            edit({}, tr("Change image side"));
        });
        connect(m_imageShare, &QComboBox::activated, this, [this] {
            m_block.imageShare = Core::ImageShare(m_imageShare->currentData().toInt());
            edit({}, tr("Change image width"));
        });
        m_richText = new RichTextEdit(this);
        m_richText->setPlaceholderText(tr("The text beside the image…"));
        m_richText->setHeadingsAllowed(false);
        layout->addWidget(m_richText);
        connect(m_richText, &RichTextEdit::htmlEdited, this, [this](const QString &html) {
            m_block.text = html;
            edit(u"text"_s, tr("Edit text"));
        });
        break;
    }
    case Type::Tabs:
    case Type::Accordion:
    case Type::FlipCards:
    case Type::Steps:
    case Type::Checklist:
    case Type::LabelledGraphic:
    case Type::Gallery: {
        if (type == Type::LabelledGraphic) {
            auto *form = makeForm();
            buildImageFields(form, true);
            layout->addLayout(form);
        }
        m_items = new BlockItemsEditor(type, m_document, this);
        layout->addWidget(m_items);
        connect(m_items,
                &BlockItemsEditor::itemsEdited,
                this,
                [this](const std::vector<Core::BlockItem> &items,
                       const QString &key,
                       const QString &text) {
                    m_block.items = items;
                    edit(key, text);
                });
        if (type == Type::Tabs || type == Type::Accordion || type == Type::FlipCards
            || type == Type::LabelledGraphic)
            buildRequiredBox(layout);
        break;
    }
    case Type::Quote: {
        m_richText = new RichTextEdit(this);
        m_richText->setPlaceholderText(tr("The words quoted…"));
        m_richText->setHeadingsAllowed(false);
        layout->addWidget(m_richText);
        connect(m_richText, &RichTextEdit::htmlEdited, this, [this](const QString &html) {
            m_block.text = html;
            edit(u"text"_s, tr("Edit quote"));
        });
        auto *form = makeForm();
        m_caption = new QLineEdit(this);
        m_caption->setObjectName(u"captionEdit"_s);
        m_caption->setPlaceholderText(tr("Who said it: name, role"));
        form->addRow(tr("Attribution:"), m_caption);
        connect(m_caption, &QLineEdit::textEdited, this, [this](const QString &text) {
            m_block.caption = text;
            edit(u"caption"_s, tr("Edit attribution"));
        });
        m_image = new AssetComboBox(AssetComboBox::Filter::Images, this);
        m_image->setObjectName(u"imageAssetCombo"_s);
        m_image->setDocument(m_document);
        m_image->setToolTip(tr("An optional portrait, shown small beside the attribution"));
        form->addRow(tr("Photo:"), m_image);
        connect(m_image, &AssetComboBox::assetChosen, this, [this](const Core::AssetId &id) {
            m_block.image = id;
            edit({}, tr("Choose photo"));
        });
        layout->addLayout(form);
        break;
    }
    case Type::KeyFigure: {
        auto *form = makeForm();
        m_plainText = new QLineEdit(this);
        m_plainText->setObjectName(u"figureEdit"_s);
        m_plainText->setPlaceholderText(tr("87 %, 3 out of 4, 1,200…"));
        form->addRow(tr("Figure:"), m_plainText);
        m_caption = new QLineEdit(this);
        m_caption->setObjectName(u"captionEdit"_s);
        m_caption->setPlaceholderText(tr("What the figure counts"));
        form->addRow(tr("Label:"), m_caption);
        layout->addLayout(form);
        connect(m_plainText, &QLineEdit::textEdited, this, [this](const QString &text) {
            m_block.text = text;
            edit(u"text"_s, tr("Edit figure"));
        });
        connect(m_caption, &QLineEdit::textEdited, this, [this](const QString &text) {
            m_block.caption = text;
            edit(u"caption"_s, tr("Edit label"));
        });
        break;
    }
    case Type::Divider:
    case Type::Spacer: {
        auto *note = new QLabel(type == Type::Divider
                                    ? tr("A thin line separating what comes before from what "
                                         "follows.")
                                    : tr("Extra vertical space between two blocks."),
                                this);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
        break;
    }
    case Type::Button: {
        auto *form = makeForm();
        buildButtonFields(form);
        layout->addLayout(form);
        break;
    }
    case Type::Table:
        buildTableFields(layout);
        break;
    case Type::Audio:
    case Type::Video: {
        auto *form = makeForm();
        buildMediaFields(form);
        layout->addLayout(form);
        if (type == Type::Audio) {
            m_richText = new RichTextEdit(this);
            m_richText->setPlaceholderText(tr("Transcript: everything said, for learners who "
                                              "cannot hear it…"));
            m_richText->setHeadingsAllowed(false);
            layout->addWidget(m_richText);
            connect(m_richText, &RichTextEdit::htmlEdited, this, [this](const QString &html) {
                m_block.text = html;
                edit(u"text"_s, tr("Edit transcript"));
            });
        }
        break;
    }
    }
}

void ContentBlockWidget::buildImageFields(QFormLayout *form, bool withAltText)
{
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
    connect(m_image, &AssetComboBox::assetChosen, this, [this](const Core::AssetId &id) {
        m_block.image = id;
        updateImageExtras();
        edit({}, tr("Choose image"));
    });
    connect(import, &QPushButton::clicked, this, [this] { emit importImageRequested(m_index); });
    if (!withAltText)
        return;

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
    connect(m_altText, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_block.altText = text;
        m_altWarning->setVisible(text.trimmed().isEmpty());
        edit(u"alt"_s, tr("Edit alternative text"));
    });
}

void ContentBlockWidget::buildRequiredBox(QVBoxLayout *layout)
{
    using Type = Core::ContentBlock::Type;
    QString text;
    switch (m_block.type) {
    case Type::Tabs:
        text = tr("Learners must open every tab before the slide counts as viewed");
        break;
    case Type::Accordion:
        text = tr("Learners must open every section before the slide counts as viewed");
        break;
    case Type::FlipCards:
        text = tr("Learners must turn every card before the slide counts as viewed");
        break;
    default:
        text = tr("Learners must open every marker before the slide counts as viewed");
        break;
    }
    m_required = new QCheckBox(text, this);
    m_required->setObjectName(u"requiredCheck"_s);
    layout->addWidget(m_required);
    connect(m_required, &QCheckBox::toggled, this, [this](bool on) {
        m_block.required = on;
        edit({}, on ? tr("Require opening every item") : tr("Do not require opening items"));
    });
}

void ContentBlockWidget::buildButtonFields(QFormLayout *form)
{
    m_buttonForm = form;
    m_plainText = new QLineEdit(this);
    m_plainText->setObjectName(u"buttonLabelEdit"_s);
    m_plainText->setPlaceholderText(tr("What the button says"));
    form->addRow(tr("Label:"), m_plainText);
    connect(m_plainText, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_block.text = text;
        edit(u"text"_s, tr("Edit button label"));
    });
    m_target = new QComboBox(this);
    m_target->setObjectName(u"buttonTargetCombo"_s);
    m_target->addItem(tr("Opens a web page in a new tab"), 0);
    m_target->addItem(tr("Goes to a slide of this course"), 1);
    m_target->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("Action:"), m_target);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"buttonUrlEdit"_s);
    Spelling::setSpellCheckable(m_url, false);
    m_url->setPlaceholderText(u"https://"_s);
    form->addRow(tr("Web address:"), m_url);
    m_slide = new QComboBox(this);
    m_slide->setObjectName(u"buttonSlideCombo"_s);
    form->addRow(tr("Slide:"), m_slide);
    connect(m_target, &QComboBox::activated, this, [this] {
        const bool toSlide = m_target->currentData().toInt() == 1;
        if (toSlide) {
            refreshSlideTargets();
            const int first = m_slide->count() > 1 ? 1 : 0;
            m_block.targetSlide = Core::SlideId(m_slide->itemData(first).toString());
        } else {
            m_block.targetSlide = {};
        }
        edit({}, tr("Change button action"));
    });
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_block.url = text;
        edit(u"url"_s, tr("Edit web address"));
    });
    connect(m_slide, &QComboBox::activated, this, [this] {
        m_block.targetSlide = Core::SlideId(m_slide->currentData().toString());
        edit({}, tr("Choose the button's slide"));
    });
}

void ContentBlockWidget::refreshSlideTargets()
{
    const QSignalBlocker blocker(m_slide);
    m_slide->clear();
    m_slide->addItem(tr("Choose a slide"), QString());
    if (!m_document)
        return;
    int number = 0;
    for (const Core::Slide *slide : m_document->course().allSlides()) {
        ++number;
        const QString title = slide->title.isEmpty() ? tr("Untitled") : slide->title;
        m_slide->addItem(tr("%1. %2").arg(number).arg(title), slide->id.toString());
    }
    m_slide->setCurrentIndex(qMax(0, m_slide->findData(m_block.targetSlide.toString())));
}

void ContentBlockWidget::buildTableFields(QVBoxLayout *layout)
{
    m_headerRow = new QCheckBox(tr("The first row holds the column headers"), this);
    m_headerRow->setObjectName(u"headerRowCheck"_s);
    layout->addWidget(m_headerRow);
    connect(m_headerRow, &QCheckBox::toggled, this, [this](bool on) {
        m_block.headerRow = on;
        edit({}, on ? tr("Use a header row") : tr("Remove header row"));
    });
    m_table = new QTableWidget(this);
    m_table->setObjectName(u"tableCells"_s);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(120);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const int r = item->row(), c = item->column();
        if (r < 0 || r >= int(m_block.rows.size()))
            return;
        QStringList &row = m_block.rows[size_t(r)];
        while (row.size() <= c)
            row.append(QString());
        row[c] = item->text();
        // Trailing empty cells carry nothing; a ragged row reads like a short one.
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast();
        edit(u"cell:%1:%2"_s.arg(r).arg(c), tr("Edit table cell"));
    });
    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &name, auto handler) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        buttons->addWidget(b);
        connect(b, &QPushButton::clicked, this, handler);
    };
    button(tr("Add row"), u"addRowButton"_s, [this] {
        m_block.rows.emplace_back();
        editTable(tr("Add table row"));
    });
    button(tr("Add column"), u"addColumnButton"_s, [this] {
        const int columns = m_table->columnCount();
        if (m_block.rows.empty())
            m_block.rows.emplace_back();
        for (QStringList &row : m_block.rows) {
            while (row.size() < columns)
                row.append(QString());
        }
        m_block.rows.front().append(tr("Column %1").arg(columns + 1));
        editTable(tr("Add table column"));
    });
    button(tr("Remove row"), u"removeRowButton"_s, [this] {
        const int r
            = m_table->currentRow() >= 0 ? m_table->currentRow() : int(m_block.rows.size()) - 1;
        if (r < 0 || r >= int(m_block.rows.size()))
            return;
        m_block.rows.erase(m_block.rows.begin() + r);
        editTable(tr("Remove table row"));
    });
    button(tr("Remove column"), u"removeColumnButton"_s, [this] {
        const int c
            = m_table->currentColumn() >= 0 ? m_table->currentColumn() : m_table->columnCount() - 1;
        if (c < 0)
            return;
        for (QStringList &row : m_block.rows) {
            if (c < row.size())
                row.removeAt(c);
        }
        editTable(tr("Remove table column"));
    });
    buttons->addStretch();
    layout->addLayout(buttons);
}

void ContentBlockWidget::editTable(const QString &text)
{
    edit({}, text);
}

void ContentBlockWidget::refreshTable()
{
    qsizetype columns = 1;
    for (const QStringList &row : m_block.rows)
        columns = std::max(columns, row.size());
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_block.rows.size()));
    m_table->setColumnCount(int(columns));
    for (int r = 0; r < int(m_block.rows.size()); ++r) {
        const QStringList &row = m_block.rows[size_t(r)];
        for (int c = 0; c < int(columns); ++c) {
            const QString text = c < row.size() ? row[c] : QString();
            QTableWidgetItem *item = m_table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem(text);
                m_table->setItem(r, c, item);
            } else if (item->text() != text) {
                item->setText(text);
            }
            QFont font = item->font();
            font.setBold(r == 0 && m_block.headerRow);
            item->setFont(font);
        }
    }
}

void ContentBlockWidget::buildMediaFields(QFormLayout *form)
{
    const bool audio = m_block.type == Core::ContentBlock::Type::Audio;
    m_media = new AssetComboBox(
        audio ? AssetComboBox::Filter::Audio : AssetComboBox::Filter::Videos, this);
    m_media->setObjectName(u"mediaAssetCombo"_s);
    m_media->setDocument(m_document);
    auto *import = new QPushButton(tr("Import…"), this);
    import->setObjectName(u"importMediaButton"_s);
    import->setToolTip(audio ? tr("Add an MP3, Ogg or M4A file to the media library and use it "
                                  "here")
                             : tr("Add a video file to the media library and use it here"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_media, 1);
    row->addWidget(import);
    form->addRow(audio ? tr("Sound file:") : tr("Video:"), row);
    connect(m_media, &AssetComboBox::assetChosen, this, [this](const Core::AssetId &id) {
        m_block.media.video = id;
        edit({}, tr("Choose media file"));
    });
    connect(import, &QPushButton::clicked, this, [this] { emit importMediaRequested(m_index); });
    if (!audio) {
        m_poster = new AssetComboBox(AssetComboBox::Filter::Images, this);
        m_poster->setObjectName(u"posterAssetCombo"_s);
        m_poster->setDocument(m_document);
        form->addRow(tr("Poster image:"), m_poster);
        connect(m_poster, &AssetComboBox::assetChosen, this, [this](const Core::AssetId &id) {
            m_block.media.poster = id;
            edit({}, tr("Choose poster image"));
        });
        // The same track list as a video slide's: several languages, each with its label.
        m_captions = new CaptionTracksEditor(this);
        m_captions->setDocument(m_document);
        form->addRow(tr("Captions:"), m_captions);
        connect(m_captions,
                &CaptionTracksEditor::tracksEdited,
                this,
                [this](const std::vector<Core::CaptionTrack> &tracks,
                       const QString &text,
                       const QString &mergeKey) {
                    m_block.media.captions = tracks;
                    edit(mergeKey, text);
                });
        connect(m_captions, &CaptionTracksEditor::addRequested, this, [this] {
            emit addCaptionsRequested(m_index);
        });
    }
    m_requiredPercent = new QSpinBox(this);
    m_requiredPercent->setObjectName(u"requiredPercentSpin"_s);
    m_requiredPercent->setRange(0, 100);
    m_requiredPercent->setSuffix(tr(" %"));
    m_requiredPercent->setSpecialValueText(tr("Optional"));
    m_requiredPercent->setToolTip(audio ? tr("How much learners must listen to before the "
                                             "slide counts as viewed; 0: optional")
                                        : tr("How much learners must watch before the slide "
                                             "counts as viewed; 0: optional"));
    m_requiredPercent->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(audio ? tr("Required listening:") : tr("Required viewing:"), m_requiredPercent);
    connect(m_requiredPercent, &QSpinBox::valueChanged, this, [this](int value) {
        m_block.media.requiredWatchedPercent = value;
        edit(u"required"_s, tr("Change required share"));
    });
}

void ContentBlockWidget::keyPressEvent(QKeyEvent *event)
{
    // Alt+Up/Down from a field that does not use them, when the shortcuts did not take them
    // (no active window, e.g. under a screen reader's virtual focus or in tests).
    if (event->modifiers() == Qt::AltModifier
        && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        emit moveRequested(m_index, event->key() == Qt::Key_Up ? -1 : +1);
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

QString ContentBlockWidget::dragMimeType()
{
    return u"application/x-capsule-block-index"_s;
}

bool ContentBlockWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grip) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressPos = static_cast<QMouseEvent *>(event)->position().toPoint();
            return true;
        }
        if (event->type() == QEvent::MouseMove) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (!(mouse->buttons() & Qt::LeftButton)
                || (mouse->position().toPoint() - m_pressPos).manhattanLength()
                       < QApplication::startDragDistance())
                return true;
            auto *drag = new QDrag(this);
            auto *mime = new QMimeData;
            mime->setData(dragMimeType(), QByteArray::number(m_index));
            drag->setMimeData(mime);
            drag->setPixmap(grab().scaledToWidth(qMin(width(), 320), Qt::SmoothTransformation));
            drag->exec(Qt::MoveAction);
            return true;
        }
    }
    // A click on the image preview sets the focal point there.
    if (watched == m_preview && m_focusX && event->type() == QEvent::MouseButtonPress) {
        const QPixmap pixmap = m_preview->pixmap();
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (!pixmap.isNull()) {
            const QSizeF size = pixmap.deviceIndependentSize();
            const QPointF at
                = mouse->position() - QPointF(0, (m_preview->height() - size.height()) / 2);
            if (at.x() >= 0 && at.y() >= 0 && at.x() <= size.width() && at.y() <= size.height()) {
                m_block.focusX = qRound(100 * at.x() / size.width());
                m_block.focusY = qRound(100 * at.y() / size.height());
                {
                    const QSignalBlocker bx(m_focusX), by(m_focusY);
                    m_focusX->setValue(m_block.focusX);
                    m_focusY->setValue(m_block.focusY);
                }
                edit({}, tr("Move focal point"));
                return true;
            }
        }
    }
    return QFrame::eventFilter(watched, event);
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
    case Core::ContentBlock::Type::ImageText:
        return tr("Image and text");
    case Core::ContentBlock::Type::Tabs:
        return tr("Tabs");
    case Core::ContentBlock::Type::Accordion:
        return tr("Accordion");
    case Core::ContentBlock::Type::FlipCards:
        return tr("Flip cards");
    case Core::ContentBlock::Type::Steps:
        return tr("Steps");
    case Core::ContentBlock::Type::Quote:
        return tr("Quote");
    case Core::ContentBlock::Type::KeyFigure:
        return tr("Key figure");
    case Core::ContentBlock::Type::Checklist:
        return tr("Checklist");
    case Core::ContentBlock::Type::Divider:
        return tr("Divider");
    case Core::ContentBlock::Type::Spacer:
        return tr("Spacer");
    case Core::ContentBlock::Type::Button:
        return tr("Button");
    case Core::ContentBlock::Type::Table:
        return tr("Table");
    case Core::ContentBlock::Type::LabelledGraphic:
        return tr("Labelled graphic");
    case Core::ContentBlock::Type::Gallery:
        return tr("Gallery");
    case Core::ContentBlock::Type::Audio:
        return tr("Audio");
    case Core::ContentBlock::Type::Video:
        return tr("Video");
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
        if (m_preview) {
            const bool available = m_document && m_document->course().asset(block.image);
            // The first time too: a new block says what to do rather than showing nothing.
            if (!m_imageShown || previousImage != block.image
                || m_preview->pixmap().isNull() == available)
                updateImageExtras();
            m_imageShown = true;
        }
        if (m_altWarning)
            m_altWarning->setVisible(block.altText.trimmed().isEmpty());
    } else {
        setTextInPlace(m_caption, block.caption);
    }
    setTextInPlace(m_plainText, block.text);
    if (m_imageSize)
        setComboData(m_imageSize, int(block.imageSize));
    QuietSetters::setValue(m_focusX, block.focusX);
    QuietSetters::setValue(m_focusY, block.focusY);
    if (m_imageSide) {
        setComboData(m_imageSide, int(block.imageSide));
        setComboData(m_imageShare, int(block.imageShare));
    }
    if (m_items)
        m_items->setItems(block.items);
    if (m_required) {
        const QSignalBlocker blocker(m_required);
        m_required->setChecked(block.required);
    }
    if (m_target) {
        const bool toSlide = !block.targetSlide.isNull();
        setComboData(m_target, toSlide ? 1 : 0);
        setTextInPlace(m_url, block.url);
        refreshSlideTargets();
        m_buttonForm->setRowVisible(m_url, !toSlide);
        m_buttonForm->setRowVisible(m_slide, toSlide);
    }
    if (m_table) {
        const QSignalBlocker blocker(m_headerRow);
        m_headerRow->setChecked(block.headerRow);
        refreshTable();
    }
    if (m_media) {
        m_media->setCurrentAsset(block.media.video);
        if (m_poster)
            m_poster->setCurrentAsset(block.media.poster);
        if (m_captions)
            m_captions->setTracks(block.media.captions);
        QuietSetters::setValue(m_requiredPercent, block.media.requiredWatchedPercent);
    }
}

void ContentBlockWidget::focusMainField()
{
    if (m_headingText)
        m_headingText->setFocus();
    else if (m_richText)
        m_richText->textEdit()->setFocus();
    else if (m_plainText)
        m_plainText->setFocus();
    else if (m_image)
        m_image->setFocus();
    else if (m_items && m_items->titleEdit(0))
        m_items->titleEdit(0)->setFocus();
    else if (m_media)
        m_media->setFocus();
    else if (m_table)
        m_table->setFocus();
    else
        m_remove->setFocus();
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
