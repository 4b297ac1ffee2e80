// SPDX-License-Identifier: MIT
#pragma once

#include "Course.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Core {

/**
 * A self-contained piece of a course: slides, whole sections or content blocks, with the bytes
 * of every medium they use. It is what the clipboard carries between courses (and Capsule
 * processes) and what a slide template file holds. The format is in docs/file-format.md:
 * a <fragment> XML document wrapping a complete course.xml (the part copied, read and written
 * by CourseSerializer, so a fragment follows every rule of the file format) and the media
 * bytes in base64.
 *
 * The part lives in course(): one section holding the slides (Slides), the sections
 * (Sections), or one section holding one content slide whose blocks are the part (Blocks).
 * Its metadata carries the source course's language and, for a template, its name (title);
 * its id is the source course's. Every asset of course() has its bytes in memory.
 *
 * fromBytes() is hostile-input code (the clipboard may hold anything): it is bounded by
 * maxBytes, strict (unknown elements and attributes are errors), verifies every medium's
 * SHA-256 and size, and never returns a partially read fragment.
 */
class CourseFragment
{
public:
    enum class Kind { Slides, Sections, Blocks };

    /** The version of the <fragment> wrapper written, and the newest one read. */
    static constexpr int formatVersion = 1;
    /** The largest fragment read or written, media included (base64): 48 MiB. */
    static constexpr qint64 maxBytes = 48 * 1024 * 1024;
    /** The most media bytes a fragment can carry: 3/4 of maxBytes (base64 takes 4/3). */
    static constexpr qint64 maxMediaBytes = 36 * 1024 * 1024;
    /** "application/x-capsule-fragment", the clipboard's MIME type. */
    static QString mimeType();
    /** The file name suffix of slide templates: "capsuleslide". */
    static QString templateSuffix();

    CourseFragment();
    CourseFragment(CourseFragment &&) noexcept;
    CourseFragment &operator=(CourseFragment &&) noexcept;
    ~CourseFragment();

    /**
     * Copies slides of course's sections, in the order given (unknown ids are ignored; none
     * known is InvalidArgument). Loads the bytes of their media: InvalidArgument when they
     * exceed maxMediaBytes (the message gives both sizes), else the errors of
     * ProjectFile::readAssetBytes().
     */
    static Result<CourseFragment> fromSlides(const Course &course, const std::vector<SlideId> &ids);
    /** Copies whole sections, as fromSlides(). */
    static Result<CourseFragment> fromSections(const Course &course,
                                               const std::vector<SectionId> &ids);
    /** Copies blocks of a content slide (indexes in any order, copied in slide order). */
    static Result<CourseFragment>
    fromBlocks(const Course &course, const SlideId &slide, const std::vector<int> &blockIndexes);

    /**
     * The fragment as UTF-8 XML. InvalidArgument when it would exceed maxBytes. The same
     * fragment always gives the same bytes.
     */
    Result<QByteArray> toBytes() const;
    /**
     * Parses and checks a fragment. source names it in messages ("The clipboard",
     * "objectifs.capsuleslide"). Errors: InvalidContent (over maxBytes, before parsing; a
     * wrong root, an unknown kind, element or attribute; a part that does not match its kind;
     * bad base64; a medium without its bytes or bytes for no medium), MalformedXml,
     * NewerFormat (a newer wrapper or course.xml), HashMismatch (bytes that do not match the
     * medium's id or size), and those of CourseSerializer::fromXml().
     */
    static Result<CourseFragment> fromBytes(const QByteArray &bytes, const QString &source);

    Kind kind() const { return m_kind; }
    const Course &course() const { return *m_course; }
    /** A template's name (the course title of the part); empty for a copy. */
    QString name() const;
    void setName(const QString &name);
    /** The language of the course the part was copied from (BCP 47). */
    QString language() const;

    /** The slides of the part, in order (all sections' for Sections). */
    std::vector<const Slide *> slides() const;
    /** The blocks of a Blocks fragment; empty otherwise. */
    const std::vector<ContentBlock> &blocks() const;

    /** The part for other applications: titles and texts, one paragraph per line. */
    QString toPlainText() const;
    /** The same as sanitized HTML (HtmlSanitizer's subset, headings for titles). */
    QString toHtml() const;

    /**
     * A copy of the part ready to go into target: new ids for every section and slide (a
     * question's choice, blank, pair and item ids are scoped to its question and kept),
     * internal references remapped, references that cannot hold in target dropped, and the
     * media target lacks. Nothing here touches target.
     */
    struct Instance
    {
        std::vector<std::unique_ptr<Section>> sections; ///< Sections
        std::vector<std::unique_ptr<Slide>> slides;     ///< Slides
        std::vector<ContentBlock> blocks;               ///< Blocks
        std::vector<MediaAsset> newAssets;              ///< not yet in target, bytes in memory
        int reusedAssets = 0;                           ///< already in target (same SHA-256)
        int droppedSlideLinks = 0;                      ///< buttons to slides not in target
        int droppedBranches = 0; ///< branch targets not in target, now "next"
        int droppedBankRefs = 0; ///< draws from banks not in target
        /** Translated notes on what was dropped, for a status message; empty if nothing. */
        QStringList notes() const;
    };
    Instance instantiate(const Course &target) const;

private:
    static Result<CourseFragment>
    make(Kind kind, const Course &source, std::unique_ptr<Course> part);

    Kind m_kind = Kind::Slides;
    std::unique_ptr<Course> m_course;
};

QString toString(CourseFragment::Kind kind); ///< "slides", "sections", "blocks"

} // namespace Core
