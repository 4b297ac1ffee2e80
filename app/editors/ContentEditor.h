// SPDX-License-Identifier: MIT
#pragma once

#include "Editor.h"

#include <vector>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace App {

class ContentBlockWidget;
class IssueListWidget;
class SlideTitleEdit;

/**
 * Edits a content slide: its title and its blocks (text, media, interactive blocks), which can
 * be added, moved (buttons, Alt+Up/Down, drag and drop), duplicated, cut, copied, pasted within
 * the course and removed, each as one undo step. Each block is a ContentBlockWidget; the cards are
 * only recreated when the sequence of block types changes, otherwise updated in place.
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
    /** Like importImage() for the sound or video file of an audio or video block. */
    bool importMedia(int index, const QString &filePath);
    /**
     * Imports a WebVTT file and adds it as a caption track of video block index, as one undo
     * step (the same rules as a video slide: language guessed from the file name, else the
     * course's). On failure reports the reason and returns false.
     */
    bool addCaptionTrack(int index,
                         const QString &filePath,
                         const QString &language = {},
                         const QString &label = {});

    /** Block commands, each one undo step; index is the block's position on the slide. */
    void moveBlockTo(int from, int to);
    void duplicateBlock(int index);
    /** Copy and cut put the block on the system clipboard, with its media (FragmentClipboard). */
    void copyBlock(int index);
    void cutBlock(int index);
    /**
     * Pastes the clipboard's blocks after index (at the end when index < 0), from this course
     * or another one: one undo step that also imports their media.
     */
    void pasteBlock(int index);
    /** True when the clipboard holds blocks and a content slide is shown. */
    bool canPasteBlock() const;

    void focusField(Core::Validator::Field field, int index) override;

protected:
    void refresh() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Core::ContentBody *body() const;
    /** Puts the block on the system clipboard; false after telling the user why not. */
    bool copyToClipboard(int index);
    void rebuildBlocks(const std::vector<Core::ContentBlock> &blocks);
    void editBlock(int index,
                   const Core::ContentBlock &block,
                   const QString &mergeKey,
                   const QString &text);
    void moveBlock(int index, int delta);
    void removeBlock(int index);
    void chooseImageFile(int index);
    void chooseMediaFile(int index);
    void insertBlock(int at, const Core::ContentBlock &block, const QString &text);
    void focusBlockSoon(int index);
    /** The drop position (0..count) for a drag at y in the blocks container. */
    int dropIndex(int y) const;
    /** Lets DeferredIssues report what it held back for this slide (index < 0: all). */
    void releaseDeferred(int index = -1);
    void onFocusChanged(QWidget *old, QWidget *now);

    SlideTitleEdit *m_title;
    QScrollArea *m_scroll;
    QWidget *m_blocksContainer;
    QVBoxLayout *m_blocksLayout;
    QLabel *m_emptyLabel;
    QWidget *m_dropIndicator;
    QPushButton *m_pasteButton;
    IssueListWidget *m_issues;
    std::vector<ContentBlockWidget *> m_blockWidgets;
    Core::SlideId m_deferredSlide; ///< the slide with issues held back in DeferredIssues
};

} // namespace App
