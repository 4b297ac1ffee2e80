// SPDX-License-Identifier: MIT
#pragma once

#include "Course.h"

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Core {

class Document;

/**
 * The raw write operations on a Document's course. Each one mutates and emits the paired
 * Document signals. Only Core::Command hands one out, so every edit is an undoable command.
 * Indexes are validated with Q_ASSERT: commands resolve ids to positions right before calling.
 */
class DocumentMutator
{
public:
    explicit DocumentMutator(Document &document)
        : m_document(document)
    {}

    void setMetadata(const CourseMetadata &metadata);
    void setSettings(const CourseSettings &settings);

    void insertSection(int index, std::unique_ptr<Section> section);
    std::unique_ptr<Section> takeSection(int index);
    void moveSection(int from, int to);
    void setSectionTitle(int index, const QString &title);
    void setSectionBranchOnly(int index, bool branchOnly);
    void setSectionGame(int index, const GameSettings &game);

    void insertSlide(SlidePosition position, std::unique_ptr<Slide> slide);
    std::unique_ptr<Slide> takeSlide(SlidePosition position);
    void moveSlide(SlidePosition from, SlidePosition to);
    void setSlideTitle(const SlideId &id, const QString &title);
    void setSlideBody(const SlideId &id, const SlideBody &body);

    void insertBank(int index, std::unique_ptr<QuestionBank> bank);
    std::unique_ptr<QuestionBank> takeBank(int index);
    void setBankName(int index, const QString &name);

    void insertBankQuestion(BankPosition position, std::unique_ptr<Slide> question);
    std::unique_ptr<Slide> takeBankQuestion(BankPosition position);
    /** to is the position after the move; across banks allowed. */
    void moveBankQuestion(BankPosition from, BankPosition to);

    /** Replaces the target languages and all translations (adding, removing a language). */
    void setLanguages(const CourseLanguages &languages);
    /** Sets the source language (metadata().language): metadataChanged and languagesChanged. */
    void setSourceLanguage(const QString &language);
    /** Sets (or, for nullopt, removes) translations of units into language. */
    void
    setTranslations(const QString &language,
                    const std::vector<std::pair<QString, std::optional<Translation>>> &changes);

    void addAsset(const MediaAsset &asset);
    MediaAsset takeAsset(const AssetId &id);

private:
    Course &course();
    Document &m_document;
};

} // namespace Core
