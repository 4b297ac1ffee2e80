// SPDX-License-Identifier: MIT
#include "BlockItemsEditor.h"

#include "AssetComboBox.h"
#include "QuietSetters.h"
#include "RichTextEdit.h"
#include "app/Icons.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace {

using QuietSetters::setTextInPlace;
using QuietSetters::setValue;

} // namespace

BlockItemsEditor::BlockItemsEditor(Core::ContentBlock::Type type,
                                   Core::Document *document,
                                   QWidget *parent)
    : QWidget(parent)
    , m_type(type)
    , m_document(document)
    , m_hasText(type != Core::ContentBlock::Type::Checklist
                && type != Core::ContentBlock::Type::Gallery)
    , m_hasImage(type == Core::ContentBlock::Type::FlipCards
                 || type == Core::ContentBlock::Type::Gallery)
    , m_hasPosition(type == Core::ContentBlock::Type::LabelledGraphic)
    , m_list(new QVBoxLayout)
    , m_add(new QPushButton(this))
{
    setObjectName(u"blockItemsEditor"_s);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(6);
    m_add->setObjectName(u"addItemButton"_s);
    m_add->setIcon(Icons::icon(u"add-slide"_s));
    m_add->setText(addText(type));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(m_list);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch();
    layout->addLayout(addRow);
    connect(m_add, &QPushButton::clicked, this, [this] {
        std::vector<Core::BlockItem> items = m_items;
        items.emplace_back();
        structural(std::move(items), addText(m_type));
        if (!m_rows.empty())
            m_rows.back().title->setFocus();
    });
}

QString BlockItemsEditor::itemName(Core::ContentBlock::Type type, int number)
{
    using Type = Core::ContentBlock::Type;
    switch (type) {
    case Type::Tabs:
        return tr("Tab %1").arg(number);
    case Type::Accordion:
        return tr("Section %1").arg(number);
    case Type::FlipCards:
        return tr("Card %1").arg(number);
    case Type::Steps:
        return tr("Step %1").arg(number);
    case Type::Checklist:
        return tr("Line %1").arg(number);
    case Type::LabelledGraphic:
        return tr("Marker %1").arg(number);
    case Type::Gallery:
        return tr("Picture %1").arg(number);
    default:
        return tr("Entry %1").arg(number);
    }
}

QString BlockItemsEditor::addText(Core::ContentBlock::Type type)
{
    using Type = Core::ContentBlock::Type;
    switch (type) {
    case Type::Tabs:
        return tr("Add Tab");
    case Type::Accordion:
        return tr("Add Section");
    case Type::FlipCards:
        return tr("Add Card");
    case Type::Steps:
        return tr("Add Step");
    case Type::Checklist:
        return tr("Add Line");
    case Type::LabelledGraphic:
        return tr("Add Marker");
    case Type::Gallery:
        return tr("Add Picture");
    default:
        return tr("Add Entry");
    }
}

QLineEdit *BlockItemsEditor::titleEdit(int i) const
{
    return i >= 0 && i < int(m_rows.size()) ? m_rows[size_t(i)].title : nullptr;
}

void BlockItemsEditor::setItems(const std::vector<Core::BlockItem> &items)
{
    const bool sameCount = items.size() == m_items.size() && m_rows.size() == items.size();
    m_items = items;
    if (!sameCount)
        rebuild();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const Core::BlockItem &item = m_items[i];
        row.number->setText(itemName(m_type, int(i) + 1));
        setTextInPlace(row.title, item.title);
        if (row.text)
            row.text->setHtml(item.text);
        if (row.image) {
            row.image->setCurrentAsset(item.image);
            setTextInPlace(row.alt, item.altText);
        }
        setValue(row.x, item.x);
        setValue(row.y, item.y);
        row.up->setEnabled(i > 0);
        row.down->setEnabled(i + 1 < m_rows.size());
    }
}

void BlockItemsEditor::rebuild()
{
    for (const Row &row : m_rows)
        delete row.frame;
    m_rows.clear();
    for (size_t i = 0; i < m_items.size(); ++i) {
        m_rows.push_back(makeRow(int(i)));
        m_list->addWidget(m_rows.back().frame);
    }
}

BlockItemsEditor::Row BlockItemsEditor::makeRow(int i)
{
    using Type = Core::ContentBlock::Type;
    Row row;
    auto *frame = new QFrame(this);
    frame->setObjectName(u"blockItem"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    row.frame = frame;
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    row.number = new QLabel(frame);
    row.number->setForegroundRole(QPalette::PlaceholderText);
    const auto tool = [&](const QString &icon, const QString &tip, const QString &objectName) {
        auto *button = new QToolButton(frame);
        button->setIcon(Icons::icon(icon));
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setAutoRaise(true);
        button->setObjectName(objectName);
        return button;
    };
    row.up
        = tool(u"move-up"_s, tr("Move up: %1").arg(itemName(m_type, i + 1)), u"moveItemUpButton"_s);
    row.down = tool(
        u"move-down"_s, tr("Move down: %1").arg(itemName(m_type, i + 1)), u"moveItemDownButton"_s);
    row.remove
        = tool(u"delete"_s, tr("Remove: %1").arg(itemName(m_type, i + 1)), u"removeItemButton"_s);
    header->addWidget(row.number);
    header->addStretch();
    header->addWidget(row.up);
    header->addWidget(row.down);
    header->addWidget(row.remove);
    layout->addLayout(header);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    row.title = new QLineEdit(frame);
    row.title->setObjectName(u"itemTitleEdit"_s);
    QString titleLabel;
    switch (m_type) {
    case Type::Tabs:
        titleLabel = tr("Tab label:");
        break;
    case Type::FlipCards:
        titleLabel = tr("Front:");
        break;
    case Type::Checklist:
        titleLabel = tr("Text:");
        break;
    case Type::Gallery:
        titleLabel = tr("Caption:");
        row.title->setPlaceholderText(tr("Optional, shown under the picture"));
        break;
    default:
        titleLabel = tr("Title:");
        break;
    }
    form->addRow(titleLabel, row.title);
    connect(row.title, &QLineEdit::textEdited, this, [this, i](const QString &text) {
        m_items[size_t(i)].title = text;
        edit(i, u"title"_s, tr("Edit %1").arg(itemName(m_type, i + 1)));
    });

    if (m_hasImage) {
        row.image = new AssetComboBox(AssetComboBox::Filter::Images, frame);
        row.image->setObjectName(u"itemImageCombo"_s);
        row.image->setDocument(m_document);
        form->addRow(tr("Image:"), row.image);
        row.alt = new QLineEdit(frame);
        row.alt->setObjectName(u"itemAltTextEdit"_s);
        row.alt->setPlaceholderText(tr("What the image shows, for learners who cannot see it"));
        form->addRow(tr("Alternative text:"), row.alt);
        connect(row.image, &AssetComboBox::assetChosen, this, [this, i](const Core::AssetId &id) {
            m_items[size_t(i)].image = id;
            edit(i, {}, tr("Choose image"));
        });
        connect(row.alt, &QLineEdit::textEdited, this, [this, i](const QString &text) {
            m_items[size_t(i)].altText = text;
            edit(i, u"alt"_s, tr("Edit alternative text"));
        });
    }
    if (m_hasPosition) {
        auto *position = new QHBoxLayout;
        row.x = new QSpinBox(frame);
        row.y = new QSpinBox(frame);
        row.x->setObjectName(u"markerXSpin"_s);
        row.y->setObjectName(u"markerYSpin"_s);
        for (QSpinBox *spin : {row.x, row.y}) {
            spin->setRange(0, 100);
            spin->setSuffix(tr(" %"));
        }
        row.x->setAccessibleName(tr("Marker position from the left"));
        row.y->setAccessibleName(tr("Marker position from the top"));
        position->addWidget(new QLabel(tr("from the left"), frame));
        position->addWidget(row.x);
        position->addSpacing(12);
        position->addWidget(new QLabel(tr("from the top"), frame));
        position->addWidget(row.y);
        position->addStretch();
        form->addRow(tr("Position:"), position);
        connect(row.x, &QSpinBox::valueChanged, this, [this, i](int value) {
            m_items[size_t(i)].x = value;
            edit(i, u"x"_s, tr("Move marker"));
        });
        connect(row.y, &QSpinBox::valueChanged, this, [this, i](int value) {
            m_items[size_t(i)].y = value;
            edit(i, u"y"_s, tr("Move marker"));
        });
    }
    layout->addLayout(form);
    if (m_hasText) {
        row.text = new RichTextEdit(frame);
        row.text->setObjectName(u"itemTextEdit"_s);
        row.text->setMinimumLines(2);
        row.text->setHeadingsAllowed(false);
        row.text->setPlaceholderText(
            m_type == Type::FlipCards         ? tr("What the back of the card says…")
            : m_type == Type::LabelledGraphic ? tr("What the marker's popup says…")
                                              : tr("Text shown when the learner opens it…"));
        if (m_type == Type::Steps)
            row.text->setPlaceholderText(tr("What happens in this step…"));
        layout->addWidget(row.text);
        connect(row.text, &RichTextEdit::htmlEdited, this, [this, i](const QString &html) {
            m_items[size_t(i)].text = html;
            edit(i, u"text"_s, tr("Edit %1").arg(itemName(m_type, i + 1)));
        });
    }

    connect(row.up, &QToolButton::clicked, this, [this, i] {
        if (i <= 0)
            return;
        std::vector<Core::BlockItem> items = m_items;
        std::swap(items[size_t(i)], items[size_t(i - 1)]);
        structural(std::move(items), tr("Move up: %1").arg(itemName(m_type, i + 1)));
        m_rows[size_t(i - 1)].up->setFocus();
    });
    connect(row.down, &QToolButton::clicked, this, [this, i] {
        if (i + 1 >= int(m_items.size()))
            return;
        std::vector<Core::BlockItem> items = m_items;
        std::swap(items[size_t(i)], items[size_t(i + 1)]);
        structural(std::move(items), tr("Move down: %1").arg(itemName(m_type, i + 1)));
        m_rows[size_t(i + 1)].down->setFocus();
    });
    connect(row.remove, &QToolButton::clicked, this, [this, i] {
        std::vector<Core::BlockItem> items = m_items;
        items.erase(items.begin() + i);
        structural(std::move(items), tr("Remove: %1").arg(itemName(m_type, i + 1)));
        if (!m_rows.empty())
            m_rows[size_t(std::min(i, int(m_rows.size()) - 1))].title->setFocus();
        else
            m_add->setFocus();
    });
    return row;
}

void BlockItemsEditor::edit(int i, const QString &field, const QString &text)
{
    const QString key = field.isEmpty() ? QString() : u"item:%1:%2"_s.arg(i).arg(field);
    emit itemsEdited(m_items, key, text);
}

void BlockItemsEditor::structural(std::vector<Core::BlockItem> items, const QString &text)
{
    emit itemsEdited(items, {}, text);
}

} // namespace App
