// SPDX-License-Identifier: MIT
#include "RegionEditor.h"

#include "AssetComboBox.h"
#include "RegionCanvas.h"
#include "core/Document.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace App {

namespace {

/** "z4" when z1..z3 exist: one more than the highest number used with the prefix. */
template <typename T> QString nextId(const std::vector<T> &existing, QChar prefix)
{
    int highest = 0;
    for (const T &entry : existing) {
        bool ok = false;
        const int n = QStringView(entry.id).mid(1).toInt(&ok);
        if (entry.id.startsWith(prefix) && ok)
            highest = qMax(highest, n);
    }
    return prefix + QString::number(highest + 1);
}

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

RegionEditor::RegionEditor(QWidget *parent)
    : QWidget(parent)
    , m_image(new AssetComboBox(AssetComboBox::Filter::Images, this))
    , m_alt(new QLineEdit(this))
    , m_tools(new QButtonGroup(this))
    , m_delete(new QToolButton(this))
    , m_canvas(new RegionCanvas(this))
    , m_regionList(new QListWidget(this))
    , m_regionName(new QLineEdit(this))
    , m_help(new QLabel(this))
    , m_itemsBox(new QWidget(this))
    , m_items(new QTableWidget(0, 2, this))
    , m_removeItem(new QPushButton(tr("Remove item"), this))
{
    setObjectName(u"regionEditor"_s);
    m_image->setObjectName(u"regionImageCombo"_s);
    m_alt->setObjectName(u"regionImageAltEdit"_s);
    m_alt->setPlaceholderText(tr("What the image shows, for screen readers"));
    auto *imageForm = new QFormLayout;
    imageForm->setContentsMargins(0, 0, 0, 0);
    imageForm->addRow(tr("I&mage:"), m_image);
    imageForm->addRow(tr("&Alternative text:"), m_alt);

    // Tools
    auto *select = toolButton(tr("Select"), tr("Select a region; drag it to move it"), this);
    auto *rectangle
        = toolButton(tr("Rectangle"), tr("Drag on the image to draw a rectangle"), this);
    auto *polygon = toolButton(
        tr("Polygon"),
        tr("Click each corner; double-click, press Enter or click the first corner to close"),
        this);
    select->setObjectName(u"regionSelectTool"_s);
    rectangle->setObjectName(u"regionRectangleTool"_s);
    polygon->setObjectName(u"regionPolygonTool"_s);
    m_tools->addButton(select, int(RegionCanvas::Tool::Select));
    m_tools->addButton(rectangle, int(RegionCanvas::Tool::Rectangle));
    m_tools->addButton(polygon, int(RegionCanvas::Tool::Polygon));
    rectangle->setChecked(true);
    m_delete->setObjectName(u"regionDeleteButton"_s);
    m_delete->setText(tr("Delete region"));
    m_delete->setToolTip(tr("Delete the selected region (Delete)"));
    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(4);
    toolbar->addWidget(new QLabel(tr("Draw:"), this));
    toolbar->addWidget(select);
    toolbar->addWidget(rectangle);
    toolbar->addWidget(polygon);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_delete);
    toolbar->addStretch();

    // Regions list beside the canvas
    m_regionList->setObjectName(u"regionList"_s);
    m_regionList->setAccessibleName(tr("Regions"));
    m_regionList->setMinimumWidth(180);
    m_regionName->setObjectName(u"regionNameEdit"_s);
    m_regionName->setPlaceholderText(tr("Name of the selected region"));
    m_regionName->setAccessibleName(tr("Region name"));
    // The canvas takes the full width (the picture is what the author works on); the list of
    // regions and the selected one's name sit under it, side by side.
    m_regionList->setMaximumHeight(120);
    auto *side = new QVBoxLayout;
    side->addWidget(m_regionName);
    side->addWidget(m_help);
    side->addStretch();
    auto *listRow = new QHBoxLayout;
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(new QLabel(tr("Regions:"), this));
    listColumn->addWidget(m_regionList);
    listRow->addLayout(listColumn, 1);
    listRow->addLayout(side, 1);
    auto *canvasRow = new QVBoxLayout;
    m_canvas->setMinimumHeight(280);
    canvasRow->addWidget(m_canvas, 1);
    canvasRow->addLayout(listRow);

    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);

    // Items (drag-drop)
    m_items->setObjectName(u"dragItemTable"_s);
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("Correct zone")});
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_items->verticalHeader()->hide();
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setMinimumHeight(130);
    auto *addItemButton = new QPushButton(tr("Add item"), this);
    addItemButton->setObjectName(u"addDragItemButton"_s);
    m_removeItem->setObjectName(u"removeDragItemButton"_s);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(addItemButton);
    itemButtons->addWidget(m_removeItem);
    itemButtons->addStretch();
    auto *itemsLayout = new QVBoxLayout(m_itemsBox);
    itemsLayout->setContentsMargins(0, 8, 0, 0);
    itemsLayout->addWidget(
        new QLabel(tr("Items to drop, each with the zone it belongs to:"), this));
    itemsLayout->addWidget(m_items);
    itemsLayout->addLayout(itemButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(imageForm);
    layout->addLayout(toolbar);
    layout->addLayout(canvasRow, 1);
    layout->addWidget(m_itemsBox);

    // Edits
    connect(m_image, &AssetComboBox::assetChosen, this, [this](const Core::AssetId &id) {
        change([id](Core::Question &q) { q.image = id; }, tr("Change question image"));
    });
    connect(m_alt, &QLineEdit::editingFinished, this, [this] {
        const QString alt = m_alt->text().trimmed();
        change([alt](Core::Question &q) { q.imageAlt = alt; }, tr("Edit alternative text"));
    });
    connect(m_tools, &QButtonGroup::idClicked, this, [this](int id) {
        m_canvas->setTool(RegionCanvas::Tool(id));
        m_canvas->setFocus();
    });
    connect(m_canvas, &RegionCanvas::regionDrawn, this, &RegionEditor::addRegion);
    connect(m_canvas, &RegionCanvas::regionMoved, this, [this](int index, Core::ImageRegion r) {
        change([index, r](Core::Question &q) { q.regions[size_t(index)] = r; }, tr("Move region"));
    });
    connect(m_canvas, &RegionCanvas::selectionChanged, this, &RegionEditor::setCurrentRegion);
    connect(m_canvas, &RegionCanvas::deleteRequested, this, &RegionEditor::removeRegion);
    connect(m_delete, &QToolButton::clicked, this, [this] { removeRegion(currentRegion()); });
    connect(m_regionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_updating)
            return;
        m_canvas->setSelected(row);
        refreshSelection();
    });
    connect(m_regionList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating)
            return;
        const int row = m_regionList->row(item);
        const bool on = item->checkState() == Qt::Checked;
        change([row, on](Core::Question &q) { q.regions[size_t(row)].correct = on; },
               on ? tr("Mark region correct") : tr("Mark region incorrect"));
    });
    connect(m_regionName, &QLineEdit::editingFinished, this, [this] {
        const int row = currentRegion();
        const QString name = m_regionName->text().trimmed();
        if (row < 0)
            return;
        change([row, name](Core::Question &q) { q.regions[size_t(row)].label = name; },
               tr("Rename region"));
    });
    connect(addItemButton, &QPushButton::clicked, this, &RegionEditor::addItem);
    connect(m_removeItem, &QPushButton::clicked, this, &RegionEditor::removeItem);
    connect(m_items, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating || item->column() != 0)
            return;
        const int row = item->row();
        const QString text = item->text().trimmed();
        change([row, text](Core::Question &q) { q.dragItems[size_t(row)].text = text; },
               tr("Edit item"));
    });
    connect(m_items, &QTableWidget::itemSelectionChanged, this, [this] {
        m_removeItem->setEnabled(m_items->currentRow() >= 0);
    });
}

void RegionEditor::setDocument(Core::Document *document)
{
    m_document = document;
    m_image->setDocument(document);
    m_shownImage = {};
}

void RegionEditor::setQuestion(const Core::Question &question)
{
    m_question = question;
    m_image->setCurrentAsset(question.image);
    if (!m_alt->hasFocus() || m_alt->text().trimmed() != question.imageAlt)
        m_alt->setText(question.imageAlt);
    refreshImage();
    m_canvas->setRegions(question.regions);
    refreshLists();
}

int RegionEditor::currentRegion() const
{
    return m_canvas->selected();
}

void RegionEditor::setCurrentRegion(int index)
{
    m_canvas->setSelected(index);
    refreshSelection();
}

void RegionEditor::refreshSelection()
{
    const int current = currentRegion();
    const bool updating = std::exchange(m_updating, true);
    m_regionList->setCurrentRow(current);
    m_updating = updating;
    m_regionName->setEnabled(current >= 0);
    m_delete->setEnabled(current >= 0);
    if (!m_regionName->hasFocus() || current < 0)
        m_regionName->setText(current >= 0 ? m_question.regions[size_t(current)].label : QString());
}

void RegionEditor::focusIssue(int index)
{
    const bool itemIssue = m_question.type == Core::QuestionType::DragDrop && index >= 0
                           && index < int(m_question.dragItems.size())
                           && index >= int(m_question.regions.size());
    if (itemIssue) {
        m_items->setCurrentCell(index, 0);
        m_items->setFocus();
        return;
    }
    setCurrentRegion(index);
    m_regionList->setFocus();
}

void RegionEditor::change(const std::function<void(Core::Question &)> &edit,
                          const QString &undoText)
{
    Core::Question next = m_question;
    edit(next);
    if (next == m_question)
        return;
    emit questionEdited(next, undoText);
}

void RegionEditor::refreshImage()
{
    if (m_question.image == m_shownImage)
        return;
    m_shownImage = m_question.image;
    QImage image;
    if (m_document && !m_question.image.isNull()) {
        if (const Core::MediaAsset *asset = m_document->course().asset(m_question.image))
            image = AssetComboBox::thumbnail(*asset, QSize(1600, 1000));
    }
    m_canvas->setImage(image);
}

void RegionEditor::refreshLists()
{
    m_updating = true;
    const bool hotspot = m_question.type == Core::QuestionType::Hotspot;
    m_regionList->clear();
    for (const Core::ImageRegion &region : m_question.regions) {
        auto *item = new QListWidgetItem(region.label.isEmpty() ? tr("(unnamed %1)").arg(region.id)
                                                                : region.label,
                                         m_regionList);
        item->setToolTip(region.shape == Core::RegionShape::Polygon ? tr("Polygon")
                                                                    : tr("Rectangle"));
        if (hotspot) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(region.correct ? Qt::Checked : Qt::Unchecked);
        }
    }
    refreshSelection();
    m_help->setText(hotspot ? tr("Tick the correct region(s) in the list: learners click one "
                                 "region; any correct one is right.")
                            : tr("A zone may take several items, or none (a distractor)."));

    m_itemsBox->setVisible(!hotspot);
    const int currentItem = m_items->currentRow();
    m_items->setRowCount(int(m_question.dragItems.size()));
    for (int row = 0; row < int(m_question.dragItems.size()); ++row) {
        const Core::DragItem &dragItem = m_question.dragItems[size_t(row)];
        m_items->setItem(row, 0, new QTableWidgetItem(dragItem.text));
        auto *zone = new QComboBox(m_items);
        zone->setAccessibleName(tr("Correct zone of “%1”").arg(dragItem.text));
        zone->addItem(tr("(none)"), QString());
        for (const Core::ImageRegion &region : m_question.regions)
            zone->addItem(region.label.isEmpty() ? region.id : region.label, region.id);
        zone->setCurrentIndex(std::max(0, zone->findData(dragItem.zone)));
        connect(zone, &QComboBox::activated, this, [this, row, zone] {
            const QString id = zone->currentData().toString();
            change([row, id](Core::Question &q) { q.dragItems[size_t(row)].zone = id; },
                   tr("Change item zone"));
        });
        m_items->setCellWidget(row, 1, zone);
    }
    if (currentItem >= 0 && currentItem < m_items->rowCount())
        m_items->setCurrentCell(currentItem, 0);
    m_removeItem->setEnabled(m_items->currentRow() >= 0);
    m_updating = false;
}

void RegionEditor::addRegion(Core::ImageRegion region)
{
    if (int(m_question.regions.size()) >= Core::Question::maxRegions)
        return;
    region.id = nextId(m_question.regions, u'z');
    region.label = tr("Zone %1").arg(m_question.regions.size() + 1);
    const int index = int(m_question.regions.size());
    change([region](Core::Question &q) { q.regions.push_back(region); },
           region.shape == Core::RegionShape::Polygon ? tr("Draw polygon") : tr("Draw rectangle"));
    setCurrentRegion(index);
    m_regionName->setFocus();
    m_regionName->selectAll();
}

void RegionEditor::removeRegion(int index)
{
    if (index < 0 || index >= int(m_question.regions.size()))
        return;
    // Items that belonged to it keep no zone: the Validator asks for a new one.
    change(
        [index](Core::Question &q) {
            const QString id = q.regions[size_t(index)].id;
            q.regions.erase(q.regions.begin() + index);
            for (Core::DragItem &item : q.dragItems) {
                if (item.zone == id)
                    item.zone.clear();
            }
        },
        tr("Delete region"));
    setCurrentRegion(-1);
}

void RegionEditor::addItem()
{
    if (int(m_question.dragItems.size()) >= Core::Question::maxDragItems)
        return;
    Core::DragItem item{nextId(m_question.dragItems, u'i'),
                        tr("Item %1").arg(m_question.dragItems.size() + 1),
                        m_question.regions.empty() ? QString() : m_question.regions.front().id};
    const int row = int(m_question.dragItems.size());
    change([item](Core::Question &q) { q.dragItems.push_back(item); }, tr("Add item"));
    if (row < m_items->rowCount()) {
        m_items->setCurrentCell(row, 0);
        m_items->editItem(m_items->item(row, 0));
    }
}

void RegionEditor::removeItem()
{
    const int row = m_items->currentRow();
    if (row < 0 || row >= int(m_question.dragItems.size()))
        return;
    change([row](Core::Question &q) { q.dragItems.erase(q.dragItems.begin() + row); },
           tr("Remove item"));
}

} // namespace App
