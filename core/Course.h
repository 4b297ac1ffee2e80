// SPDX-License-Identifier: MIT
#pragma once

#include "CourseSettings.h"
#include "GameSettings.h"
#include "Ids.h"
#include "MediaAsset.h"
#include "Slide.h"
#include "Translation.h"

#include <map>
#include <memory>
#include <vector>

namespace Core {

/** A titled, ordered group of slides. Owns its slides. */
struct Section
{
    SectionId id;
    QString title;
    std::vector<std::unique_ptr<Slide>> slides;
    /**
     * Only reached by a branch (remediation): "next" skips it, and its last slide returns to
     * the slide after the one that branched into it (core/Flow.h).
     */
    bool branchOnly = false;
    GameSettings game; ///< played as a game when game.enabled

    std::unique_ptr<Section> clone() const;
};

/**
 * A named, ordered set of question slides (QuestionBody) outside the linear flow, from which
 * draw slides pick. Owns its questions.
 */
struct QuestionBank
{
    BankId id;
    QString name;
    std::vector<std::unique_ptr<Slide>> questions;

    std::unique_ptr<QuestionBank> clone() const;
};

/** Where a bank question sits: indexes into banks and their questions. */
struct BankPosition
{
    int bank = -1;
    int question = -1;
    bool isValid() const { return bank >= 0 && question >= 0; }
    friend bool operator==(const BankPosition &, const BankPosition &) = default;
};

/** Where a slide sits: indexes into sections and slides. */
struct SlidePosition
{
    int section = -1;
    int slide = -1;
    bool isValid() const { return section >= 0 && slide >= 0; }
    friend bool operator==(const SlidePosition &, const SlidePosition &) = default;
};

/**
 * The whole document model of one capsule: metadata, settings, sections of slides and the
 * media library. Plain C++; owns everything it holds. Only loaders (building a fresh Course)
 * and Core::DocumentMutator write to it; everyone else sees a const Course.
 */
class Course
{
public:
    Course();
    Course(const Course &) = delete;
    Course &operator=(const Course &) = delete;

    /** A deep copy (same ids). */
    std::unique_ptr<Course> clone() const;

    CourseId id() const { return m_id; }
    void setId(CourseId id) { m_id = std::move(id); }

    const CourseMetadata &metadata() const { return m_metadata; }
    CourseMetadata &metadata() { return m_metadata; }
    const CourseSettings &settings() const { return m_settings; }
    CourseSettings &settings() { return m_settings; }

    const std::vector<std::unique_ptr<Section>> &sections() const { return m_sections; }
    std::vector<std::unique_ptr<Section>> &sections() { return m_sections; }

    /** The question banks, in the order the bank panel lists them. */
    const std::vector<std::unique_ptr<QuestionBank>> &banks() const { return m_banks; }
    std::vector<std::unique_ptr<QuestionBank>> &banks() { return m_banks; }

    /** The target languages and their translations (the source is metadata().language). */
    const CourseLanguages &languages() const { return m_languages; }
    CourseLanguages &languages() { return m_languages; }

    const std::map<AssetId, MediaAsset> &assets() const { return m_assets; }
    std::map<AssetId, MediaAsset> &assets() { return m_assets; }
    const MediaAsset *asset(const AssetId &id) const;

    // Look-ups (linear; courses have at most a few thousand slides).
    int sectionIndex(const SectionId &id) const;
    /** Sections only: invalid for a bank question (see bankQuestionPosition()). */
    SlidePosition slidePosition(const SlideId &id) const;
    /** A slide of a section or a question of a bank (so slide edits apply to both). */
    const Slide *slide(const SlideId &id) const;
    Slide *slide(const SlideId &id);
    /** Slides of the sections only. */
    int slideCount() const;
    /** Slides in reading order across sections (bank questions are not in it). */
    std::vector<const Slide *> allSlides() const;

    int bankIndex(const BankId &id) const;
    const QuestionBank *bank(const BankId &id) const;
    /** Where a bank question sits; invalid for a section's slide or an unknown id. */
    BankPosition bankQuestionPosition(const SlideId &id) const;

    /**
     * Every asset referenced by a slide, a bank question, the theme or a target language (a
     * per-language medium, see mediaFields()), sorted, unique.
     */
    std::vector<AssetId> usedAssets() const;
    /**
     * The slides and bank questions that reference an asset, in the source or as a target
     * language's medium (the theme logo is not one).
     */
    std::vector<SlideId> slidesUsingAsset(const AssetId &id) const;
    /** Every target language's medium that names an asset of the course: (asset, its slide). */
    std::vector<std::pair<AssetId, SlideId>> translatedMediaUses() const;

private:
    CourseId m_id;
    CourseMetadata m_metadata;
    CourseSettings m_settings;
    std::vector<std::unique_ptr<Section>> m_sections;
    std::vector<std::unique_ptr<QuestionBank>> m_banks;
    std::map<AssetId, MediaAsset> m_assets;
    CourseLanguages m_languages;
};

/**
 * assignBlockIds() on every content slide of the sections (bank questions have no blocks), for
 * courses built or read without block ids. Returns true when anything changed.
 */
bool assignBlockIds(Course &course);

/** Deep structural equality, ignoring where asset bytes currently live. */
bool operator==(const Course &a, const Course &b);

} // namespace Core
