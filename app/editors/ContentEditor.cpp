// SPDX-License-Identifier: MIT
#include "ContentEditor.h"

#include "CaptionTracksEditor.h"
#include "ContentBlockWidget.h"
#include "FocusHelpers.h"
#include "IssueListWidget.h"
#include "SlideTitleEdit.h"
#include "app/models/DeferredIssues.h"
#include "app/models/FragmentClipboard.h"
#include "core/Document.h"
#include "core/MediaImporter.h"
#include "core/commands/AddAsset.h"
#include "core/commands/PasteFragment.h"
#include "core/commands/SetSlideBody.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
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
    , m_dropIndicator(new QWidget(m_blocksContainer))
    , m_pasteButton(new QPushButton(tr("Paste Block"), this))
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
    auto *more = new QPushButton(tr("More"), this);
    more->setObjectName(u"addMoreBlocksButton"_s);
    more->setToolTip(tr("Add an interactive, layout or media block"));
    auto *menu = new QMenu(more);
    const std::pair<QString, std::vector<Type>> groups[] = {
        {tr("Layout"), {Type::ImageText, Type::Divider, Type::Spacer}},
        {tr("Interactive"),
         {Type::Tabs, Type::Accordion, Type::FlipCards, Type::LabelledGraphic, Type::Gallery}},
        {tr("Text"),
         {Type::Quote, Type::KeyFigure, Type::Checklist, Type::Steps, Type::Table, Type::Button}},
        {tr("Media"), {Type::Audio, Type::Video}},
    };
    for (const auto &[group, types] : groups) {
        menu->addSection(group);
        for (const Type type : types) {
            QAction *action = menu->addAction(ContentBlockWidget::typeName(type));
            action->setObjectName(u"add-"_s + Core::toString(type));
            connect(action, &QAction::triggered, this, [this, type] { addBlock(type); });
        }
    }
    more->setMenu(menu);
    addRow->addWidget(more);
    m_pasteButton->setObjectName(u"pasteBlockButton"_s);
    m_pasteButton->setToolTip(tr("Paste the copied block at the end of the slide"));
    connect(m_pasteButton, &QPushButton::clicked, this, [this] { pasteBlock(-1); });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        m_pasteButton->setEnabled(canPasteBlock());
    });
    addRow->addWidget(m_pasteButton);
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

    m_dropIndicator->setObjectName(u"blockDropIndicator"_s);
    m_dropIndicator->setFixedHeight(3);
    m_dropIndicator->setAutoFillBackground(true);
    m_dropIndicator->setBackgroundRole(QPalette::Highlight);
    m_dropIndicator->hide();
    m_blocksContainer->setAcceptDrops(true);
    m_blocksContainer->installEventFilter(this);

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
    m_pasteButton->setEnabled(canPasteBlock());
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
        connect(widget,
                &ContentBlockWidget::importMediaRequested,
                this,
                &ContentEditor::chooseMediaFile);
        connect(widget, &ContentBlockWidget::addCaptionsRequested, this, [this](int index) {
            const QString path = CaptionTracksEditor::chooseFile(this);
            if (!path.isEmpty())
                addCaptionTrack(index, path);
        });
        connect(
            widget, &ContentBlockWidget::duplicateRequested, this, &ContentEditor::duplicateBlock);
        connect(widget, &ContentBlockWidget::copyRequested, this, &ContentEditor::copyBlock);
        connect(widget, &ContentBlockWidget::cutRequested, this, &ContentEditor::cutBlock);
        connect(widget, &ContentBlockWidget::pasteRequested, this, &ContentEditor::pasteBlock);
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
    using Type = Core::ContentBlock::Type;
    Core::ContentBlock block;
    block.type = type;
    // Blocks of entries start with two empty ones to fill in, tables with a 2 x 2 grid.
    if (type == Type::Tabs || type == Type::Accordion || type == Type::FlipCards
        || type == Type::Steps || type == Type::Checklist)
        block.items.resize(2);
    if (type == Type::Table)
        block.rows = {{tr("Column 1"), tr("Column 2")}, {QString(), QString()}};
    next.blocks.push_back(block);
    // What every new block of its type lacks is not yet a problem: the block itself says what
    // to do until the author leaves it, and only then does it count.
    QStringList deferred;
    switch (type) {
    case Type::Image:
        deferred = {u"content.image-missing"_s};
        break;
    case Type::ImageText:
    case Type::LabelledGraphic:
        deferred = {u"content.image-missing"_s, u"image.no-alt-text"_s, u"content.no-items"_s};
        break;
    case Type::Audio:
    case Type::Video:
        deferred = {u"content.media-missing"_s, u"content.audio-no-transcript"_s};
        break;
    case Type::Button:
        deferred = {u"content.button-no-target"_s, u"content.button-no-label"_s};
        break;
    case Type::Quote:
    case Type::KeyFigure:
        deferred = {u"content.empty-quote"_s, u"content.empty-figure"_s};
        break;
    default:
        deferred = {u"content.no-items"_s, u"content.empty-item"_s};
        break;
    }
    for (const QString &code : std::as_const(deferred))
        DeferredIssues::instance()->defer(
            slideId(), code, Core::Validator::Field::Block, int(next.blocks.size()) - 1);
    m_deferredSlide = slideId();
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
    focusBlockSoon(to);
}

void ContentEditor::moveBlockTo(int from, int to)
{
    const Core::ContentBody *content = body();
    const int count = content ? int(content->blocks.size()) : 0;
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    releaseDeferred();
    Core::ContentBody next = *content;
    Core::ContentBlock block = std::move(next.blocks[size_t(from)]);
    next.blocks.erase(next.blocks.begin() + from);
    next.blocks.insert(next.blocks.begin() + to, std::move(block));
    pushBody(std::move(next), tr("Move block"));
    focusBlockSoon(to);
}

void ContentEditor::insertBlock(int at, const Core::ContentBlock &block, const QString &text)
{
    const Core::ContentBody *content = body();
    if (!content)
        return;
    at = std::clamp(at, 0, int(content->blocks.size()));
    releaseDeferred();
    Core::ContentBody next = *content;
    next.blocks.insert(next.blocks.begin() + at, block);
    pushBody(std::move(next), text);
    focusBlockSoon(at);
}

void ContentEditor::duplicateBlock(int index)
{
    const Core::ContentBody *content = body();
    if (!content || index < 0 || index >= int(content->blocks.size()))
        return;
    const Core::ContentBlock block = content->blocks[size_t(index)];
    insertBlock(index + 1,
                block,
                tr("Duplicate %1 block").arg(ContentBlockWidget::typeName(block.type).toLower()));
}

bool ContentEditor::copyToClipboard(int index)
{
    const Core::ContentBody *content = body();
    if (!content || index < 0 || index >= int(content->blocks.size()))
        return false;
    auto fragment = Core::CourseFragment::fromBlocks(document()->course(), slideId(), {index});
    if (fragment) {
        if (auto copied = FragmentClipboard::copy(*fragment); copied)
            return true;
        else
            QMessageBox::warning(this, tr("Copy"), copied.error().message);
    } else {
        QMessageBox::warning(this, tr("Copy"), fragment.error().message);
    }
    return false;
}

void ContentEditor::copyBlock(int index)
{
    if (!copyToClipboard(index))
        return;
    m_pasteButton->setEnabled(canPasteBlock());
    emit statusMessageRequested(
        tr("Block copied. Paste it on any content slide, in this course or another one."));
}

void ContentEditor::cutBlock(int index)
{
    if (!copyToClipboard(index))
        return;
    releaseDeferred();
    Core::ContentBody next = *body();
    const QString name = ContentBlockWidget::typeName(next.blocks[size_t(index)].type);
    next.blocks.erase(next.blocks.begin() + index);
    pushBody(std::move(next), tr("Cut %1 block").arg(name.toLower()));
    emit statusMessageRequested(
        tr("Block cut. Paste it on any content slide, in this course or another one."));
}

bool ContentEditor::canPasteBlock() const
{
    return body() && FragmentClipboard::kind() == Core::CourseFragment::Kind::Blocks;
}

void ContentEditor::pasteBlock(int index)
{
    if (!canPasteBlock()) {
        emit statusMessageRequested(tr("The clipboard holds no content block."));
        return;
    }
    auto fragment = FragmentClipboard::paste();
    if (!fragment)
        return;
    if (!*fragment) {
        QMessageBox::warning(this, tr("Paste"), fragment->error().message);
        return;
    }
    const int at = index < 0 ? int(body()->blocks.size()) : index + 1;
    releaseDeferred();
    auto command = std::make_unique<Core::PasteFragment>(
        document(), **fragment, Core::PasteTarget{{}, at, slideId()});
    if (!command->isValid())
        return;
    QStringList message;
    const int count = int((*fragment)->blocks().size());
    message << (count == 1 ? tr("Pasted 1 block") : tr("Pasted %1 blocks").arg(count));
    message << command->notes();
    document()->push(std::move(command));
    focusBlockSoon(at);
    emit statusMessageRequested(message.join(u' '));
}

void ContentEditor::focusBlockSoon(int index)
{
    // Once the layout has placed the card, bring it into view with the focus in its main field.
    QTimer::singleShot(0, this, [this, index] {
        if (index < 0 || index >= int(m_blockWidgets.size()))
            return;
        ContentBlockWidget *block = m_blockWidgets[size_t(index)];
        m_scroll->ensureWidgetVisible(block);
        if (!block->isAncestorOf(QApplication::focusWidget()))
            block->focusMainField();
    });
}

int ContentEditor::dropIndex(int y) const
{
    for (size_t i = 0; i < m_blockWidgets.size(); ++i) {
        const QRect r = m_blockWidgets[i]->geometry();
        if (y < r.center().y())
            return int(i);
    }
    return int(m_blockWidgets.size());
}

bool ContentEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_blocksContainer)
        return Editor::eventFilter(watched, event);
    const QString mime = ContentBlockWidget::dragMimeType();
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const auto *source = qobject_cast<const QWidget *>(drag->source());
        if (!drag->mimeData()->hasFormat(mime) || !source || !isAncestorOf(source)) {
            drag->ignore();
            return true;
        }
        drag->setDropAction(Qt::MoveAction);
        drag->accept();
        const int at = dropIndex(drag->position().toPoint().y());
        const int y
            = at < int(m_blockWidgets.size())
                  ? m_blockWidgets[size_t(at)]->geometry().top() - 6
                  : (m_blockWidgets.empty() ? 0 : m_blockWidgets.back()->geometry().bottom() + 4);
        m_dropIndicator->setGeometry(0, std::max(0, y), m_blocksContainer->width() - 6, 3);
        m_dropIndicator->show();
        m_dropIndicator->raise();
        return true;
    }
    case QEvent::DragLeave:
        m_dropIndicator->hide();
        return true;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        m_dropIndicator->hide();
        const auto *source = qobject_cast<const QWidget *>(drop->source());
        if (!drop->mimeData()->hasFormat(mime) || !source || !isAncestorOf(source))
            return true;
        bool ok = false;
        const int from = drop->mimeData()->data(mime).toInt(&ok);
        if (!ok)
            return true;
        int to = dropIndex(drop->position().toPoint().y());
        if (to > from)
            --to; // the block leaves its place first
        drop->setDropAction(Qt::MoveAction);
        drop->accept();
        // After the drag's event loop: the dragged card may be rebuilt by the move.
        QTimer::singleShot(0, this, [this, from, to] { moveBlockTo(from, to); });
        return true;
    }
    default:
        return Editor::eventFilter(watched, event);
    }
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

void ContentEditor::chooseMediaFile(int index)
{
    const Core::ContentBody *content = body();
    if (!content || index < 0 || index >= int(content->blocks.size()))
        return;
    const bool audio = content->blocks[size_t(index)].type == Core::ContentBlock::Type::Audio;
    const QString filter = audio ? tr("Sound files (*.mp3 *.ogg *.oga *.opus *.m4a)")
                                 : tr("Videos (*.mp4 *.m4v *.webm)");
    const QString path = QFileDialog::getOpenFileName(
        this, audio ? tr("Import Sound File") : tr("Import Video"), QString(), filter);
    if (!path.isEmpty())
        importMedia(index, path);
}

bool ContentEditor::importMedia(int index, const QString &filePath)
{
    const Core::ContentBody *content = body();
    if (!content || index < 0 || index >= int(content->blocks.size()))
        return false;
    const bool audio = content->blocks[size_t(index)].type == Core::ContentBlock::Type::Audio;
    Core::Result<Core::MediaAsset> imported = Core::MediaImporter::import(filePath);
    if (!imported) {
        emit statusMessageRequested(imported.error().message);
        return false;
    }
    if (audio ? !imported->mimeType.startsWith(u"audio/") : !imported->isVideo()) {
        emit statusMessageRequested(audio ? tr("“%1” is not a sound file.").arg(imported->fileName)
                                          : tr("“%1” is not a video.").arg(imported->fileName));
        return false;
    }
    Core::ContentBody next = *content;
    next.blocks[size_t(index)].media.video = imported->id;
    Core::Document *doc = document();
    doc->undoStack()->beginMacro(tr("Import %1").arg(imported->fileName));
    doc->push(std::make_unique<Core::AddAsset>(doc, imported.value()));
    pushBody(std::move(next), tr("Choose media file"));
    doc->undoStack()->endMacro();
    emit statusMessageRequested(tr("Imported %1.").arg(imported->fileName));
    return true;
}

bool ContentEditor::addCaptionTrack(int index,
                                    const QString &filePath,
                                    const QString &language,
                                    const QString &label)
{
    const Core::ContentBody *content = body();
    if (!content || index < 0 || index >= int(content->blocks.size())
        || content->blocks[size_t(index)].type != Core::ContentBlock::Type::Video)
        return false;
    auto imported = CaptionTracksEditor::importTrack(
        filePath, language, label, document()->course().metadata().language);
    if (!imported) {
        emit statusMessageRequested(imported.error().message);
        return false;
    }
    const auto &[asset, track] = imported.value();
    Core::ContentBody next = *content;
    next.blocks[size_t(index)].media.captions.push_back(track);
    Core::Document *doc = document();
    doc->undoStack()->beginMacro(tr("Add captions %1").arg(asset.fileName));
    doc->push(std::make_unique<Core::AddAsset>(doc, asset));
    pushBody(std::move(next), tr("Add captions"));
    doc->undoStack()->endMacro();
    emit statusMessageRequested(tr("Imported %1.").arg(asset.fileName));
    return true;
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
