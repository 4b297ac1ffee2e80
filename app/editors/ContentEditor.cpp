// SPDX-License-Identifier: MIT
#include "ContentEditor.h"

#include "ContentBlockWidget.h"
#include "FocusHelpers.h"
#include "IssueListWidget.h"
#include "SlideTitleEdit.h"
#include "app/models/DeferredIssues.h"
#include "core/Document.h"
#include "core/MediaImporter.h"
#include "core/commands/AddAsset.h"
#include "core/commands/SetSlideBody.h"

#include <QApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

ContentEditor::ContentEditor(QWidget *parent)
    : Editor(parent)
    , m_title(new SlideTitleEdit(this))
    , m_scroll(new QScrollArea(this))
    , m_blocksContainer(new QWidget)
    , m_blocksLayout(new QVBoxLayout(m_blocksContainer))
    , m_emptyLabel(new QLabel(tr("This slide has no content yet. Add a heading, some text, an "
                                 "image or a callout with the buttons above."),
                              m_blocksContainer))
    , m_issues(new IssueListWidget(this))
{
    using Type = Core::ContentBlock::Type;
    setObjectName(u"contentEditor"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);

    auto *addRow = new QHBoxLayout;
    addRow->setSpacing(6);
    addRow->addWidget(new QLabel(tr("Add:"), this));
    const std::pair<Type, QString> addButtons[] = {
        {Type::Heading, tr("Heading")},
        {Type::RichText, tr("Text")},
        {Type::Image, tr("Image")},
        {Type::Callout, tr("Callout")},
    };
    const QString names[]
        = {u"addHeadingButton"_s, u"addTextButton"_s, u"addImageButton"_s, u"addCalloutButton"_s};
    int n = 0;
    for (const auto &[type, label] : addButtons) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(names[n++]);
        button->setToolTip(tr("Add a %1 block at the end of the slide")
                               .arg(ContentBlockWidget::typeName(type).toLower()));
        connect(button, &QPushButton::clicked, this, [this, type = type] { addBlock(type); });
        addRow->addWidget(button);
    }
    addRow->addStretch();

    m_emptyLabel->setObjectName(u"noBlocksLabel"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setMinimumHeight(80);
    m_blocksLayout->setContentsMargins(0, 0, 6, 0);
    m_blocksLayout->setSpacing(10);
    m_blocksLayout->addWidget(m_emptyLabel);
    m_blocksLayout->addStretch();

    m_scroll->setObjectName(u"blocksScrollArea"_s);
    m_scroll->setWidget(m_blocksContainer);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addLayout(addRow);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_issues);

    connect(qApp, &QApplication::focusChanged, this, &ContentEditor::onFocusChanged);
    connect(DeferredIssues::instance(), &DeferredIssues::changed, this, [this] {
        m_issues->showIssuesOf(document() ? &document()->course() : nullptr, slideId());
    });
}

const Core::ContentBody *ContentEditor::body() const
{
    const Core::Slide *s = slide();
    return s ? std::get_if<Core::ContentBody>(&s->body) : nullptr;
}

void ContentEditor::refresh()
{
    if (!m_deferredSlide.isNull() && m_deferredSlide != slideId()) {
        // The author left the slide: what was held back for it counts again.
        const Core::SlideId left = std::exchange(m_deferredSlide, {});
        DeferredIssues::instance()->release(left);
    }
    m_title->setDocument(document());
    m_title->setSlide(slideId());
    const Core::ContentBody *content = body();
    const std::vector<Core::ContentBlock> blocks
        = content ? content->blocks : std::vector<Core::ContentBlock>{};
    bool sameTypes = blocks.size() == m_blockWidgets.size();
    for (size_t i = 0; sameTypes && i < blocks.size(); ++i)
        sameTypes = blocks[i].type == m_blockWidgets[i]->type();
    if (!sameTypes)
        rebuildBlocks(blocks);
    for (size_t i = 0; i < blocks.size(); ++i)
        m_blockWidgets[i]->setBlock(int(i), int(blocks.size()), blocks[i]);
    m_emptyLabel->setVisible(blocks.empty() && content);
    m_issues->showIssuesOf(document() ? &document()->course() : nullptr, slideId());
}

void ContentEditor::rebuildBlocks(const std::vector<Core::ContentBlock> &blocks)
{
    for (ContentBlockWidget *widget : m_blockWidgets)
        delete widget;
    m_blockWidgets.clear();
    for (size_t i = 0; i < blocks.size(); ++i) {
        auto *widget = new ContentBlockWidget(blocks[i].type, document(), m_blocksContainer);
        connect(widget, &ContentBlockWidget::blockEdited, this, &ContentEditor::editBlock);
        connect(widget, &ContentBlockWidget::moveRequested, this, &ContentEditor::moveBlock);
        connect(widget, &ContentBlockWidget::removeRequested, this, &ContentEditor::removeBlock);
        connect(widget,
                &ContentBlockWidget::importImageRequested,
                this,
                &ContentEditor::chooseImageFile);
        m_blocksLayout->insertWidget(int(i) + 1, widget); // after the empty-state label
        m_blockWidgets.push_back(widget);
    }
}

void ContentEditor::addBlock(Core::ContentBlock::Type type)
{
    const Core::ContentBody *content = body();
    if (!content)
        return;
    Core::ContentBody next = *content;
    Core::ContentBlock block;
    block.type = type;
    next.blocks.push_back(block);
    if (type == Core::ContentBlock::Type::Image) {
        // "No image" is the state of every new image block: the block itself says what to do
        // until the author leaves it, and only then does it count as a problem.
        DeferredIssues::instance()->defer(slideId(),
                                          u"content.image-missing"_s,
                                          Core::Validator::Field::Block,
                                          int(next.blocks.size()) - 1);
        m_deferredSlide = slideId();
    }
    pushBody(std::move(next), tr("Add %1 block").arg(ContentBlockWidget::typeName(type).toLower()));
    if (!m_blockWidgets.empty()) {
        ContentBlockWidget *added = m_blockWidgets.back();
        added->focusMainField();
        // Once the layout has placed the new card, bring it into view.
        QTimer::singleShot(0, this, [this, added] {
            if (std::find(m_blockWidgets.begin(), m_blockWidgets.end(), added)
                != m_blockWidgets.end())
                m_scroll->ensureWidgetVisible(added);
        });
    }
}

void ContentEditor::editBlock(int index,
                              const Core::ContentBlock &block,
                              const QString &mergeKey,
                              const QString &text)
{
    const Core::ContentBody *content = body();
    if (!content || index < 0 || index >= int(content->blocks.size()))
        return;
    Core::ContentBody next = *content;
    next.blocks[size_t(index)] = block;
    pushBody(std::move(next), text, mergeKey);
}

void ContentEditor::moveBlock(int index, int delta)
{
    const Core::ContentBody *content = body();
    const int to = index + delta;
    if (!content || index < 0 || to < 0 || index >= int(content->blocks.size())
        || to >= int(content->blocks.size()))
        return;
    releaseDeferred(); // block numbers change
    Core::ContentBody next = *content;
    std::swap(next.blocks[size_t(index)], next.blocks[size_t(to)]);
    pushBody(std::move(next), delta < 0 ? tr("Move block up") : tr("Move block down"));
}

void ContentEditor::removeBlock(int index)
{
    const Core::ContentBody *content = body();
    if (!content || index < 0 || index >= int(content->blocks.size()))
        return;
    releaseDeferred(); // block numbers change
    Core::ContentBody next = *content;
    const QString name = ContentBlockWidget::typeName(next.blocks[size_t(index)].type);
    next.blocks.erase(next.blocks.begin() + index);
    pushBody(std::move(next), tr("Remove %1 block").arg(name.toLower()));
    emit statusMessageRequested(tr("Block removed. Undo brings it back."));
}

void ContentEditor::releaseDeferred(int index)
{
    if (m_deferredSlide.isNull())
        return;
    DeferredIssues::instance()->release(m_deferredSlide, index);
}

void ContentEditor::onFocusChanged(QWidget *old, QWidget *now)
{
    if (m_deferredSlide.isNull() || !old || !now || now->window() != window())
        return; // a file dialog or another window does not count as leaving the block
    for (size_t i = 0; i < m_blockWidgets.size(); ++i) {
        ContentBlockWidget *block = m_blockWidgets[i];
        if (block->isAncestorOf(old) && !block->isAncestorOf(now))
            releaseDeferred(int(i));
    }
}

void ContentEditor::focusField(Core::Validator::Field field, int index)
{
    if (field == Core::Validator::Field::Block && index >= 0
        && index < int(m_blockWidgets.size())) {
        ContentBlockWidget *block = m_blockWidgets[size_t(index)];
        m_scroll->ensureWidgetVisible(block);
        block->focusMainField();
        return;
    }
    FocusHelpers::focusAndReveal(m_title);
}

void ContentEditor::chooseImageFile(int index)
{
    QStringList patterns;
    for (const QString &pattern : Core::MediaImporter::nameFilters()) {
        if (pattern == u"*.png" || pattern == u"*.jpg" || pattern == u"*.jpeg"
            || pattern == u"*.gif" || pattern == u"*.webp" || pattern == u"*.svg")
            patterns.append(pattern);
    }
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Image"), QString(), tr("Images (%1)").arg(patterns.join(u' ')));
    if (!path.isEmpty())
        importImage(index, path);
}

bool ContentEditor::importImage(int index, const QString &filePath)
{
    const Core::ContentBody *content = body();
    if (!content || index < 0 || index >= int(content->blocks.size()))
        return false;
    Core::Result<Core::MediaAsset> imported = Core::MediaImporter::import(filePath);
    if (!imported) {
        emit statusMessageRequested(imported.error().message);
        return false;
    }
    if (!imported->isImage()) {
        emit statusMessageRequested(tr("“%1” is not an image.").arg(imported->fileName));
        return false;
    }
    Core::ContentBody next = *content;
    next.blocks[size_t(index)].image = imported->id;
    Core::Document *doc = document();
    doc->undoStack()->beginMacro(tr("Import image %1").arg(imported->fileName));
    doc->push(std::make_unique<Core::AddAsset>(doc, imported.value()));
    pushBody(std::move(next), tr("Choose image"));
    doc->undoStack()->endMacro();
    emit statusMessageRequested(tr("Imported %1.").arg(imported->fileName));
    return true;
}

} // namespace App
