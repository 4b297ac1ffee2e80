// SPDX-License-Identifier: MIT
#pragma once

#include "Editor.h"

#include <vector>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace App {

class ContentBlockWidget;
class IssueListWidget;
class SlideTitleEdit;

/**
 * Edits a content slide: its title and its blocks (heading, rich text, image, callout), which
 * can be added, moved and removed. Each block is a ContentBlockWidget; the cards are only
 * recreated when the sequence of block types changes, otherwise updated in place.
 */
class ContentEditor final : public Editor
{
    Q_OBJECT
public:
    explicit ContentEditor(QWidget *parent = nullptr);

    /** Appends a block of the given type and focuses it. */
    void addBlock(Core::ContentBlock::Type type);
    /**
     * Imports an image file into the media library and shows it in block index, as one undo
     * step. On failure reports the importer's message and returns false.
     */
    bool importImage(int index, const QString &filePath);

    void focusField(Core::Validator::Field field, int index) override;

protected:
    void refresh() override;

private:
    const Core::ContentBody *body() const;
    void rebuildBlocks(const std::vector<Core::ContentBlock> &blocks);
    void editBlock(int index,
                   const Core::ContentBlock &block,
                   const QString &mergeKey,
                   const QString &text);
    void moveBlock(int index, int delta);
    void removeBlock(int index);
    void chooseImageFile(int index);
    /** Lets DeferredIssues report what it held back for this slide (index < 0: all). */
    void releaseDeferred(int index = -1);
    void onFocusChanged(QWidget *old, QWidget *now);

    SlideTitleEdit *m_title;
    QScrollArea *m_scroll;
    QWidget *m_blocksContainer;
    QVBoxLayout *m_blocksLayout;
    QLabel *m_emptyLabel;
    IssueListWidget *m_issues;
    std::vector<ContentBlockWidget *> m_blockWidgets;
    Core::SlideId m_deferredSlide; ///< the slide with issues held back in DeferredIssues
};

} // namespace App
