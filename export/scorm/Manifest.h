// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <pugixml.hpp>

#include <vector>

namespace Core {
class Course;
}

namespace Export {

/** The SCORM edition a package targets. */
enum class ScormVersion {
    Scorm12,  ///< SCORM 1.2 (imscp_rootv1p1p2, adlcp_rootv1p2)
    Scorm2004 ///< SCORM 2004 4th Edition (imscp_v1p1, adlcp/adlseq/adlnav v1p3, imsss)
};

/**
 * Builds the imsmanifest.xml of a single-SCO package: one organization titled after the course,
 * one item, one SCO resource launching index.html that lists every file of the package.
 *
 * Pure: the same course and file list always give the same document. Identifiers derive from
 * the course id (MANIFEST-, ORG-, ITEM-, RES-<id>), so an LMS sees a re-export as an update.
 * No xsi:schemaLocation is written, so the package need not ship the XSD files.
 *
 * The mastery rules of docs/export.md apply: the course's own decision is authoritative unless
 * the author lets the LMS judge by score (Core::lmsJudgesByScore(): completion "quiz passed"
 * only). Then SCORM 1.2 gets adlcp:masteryscore (with passed/failed reporting) and SCORM 2004 a
 * primary objective satisfied by measure.
 *
 * A package in several languages (PackageLanguages "all") passes the course in each other
 * language: the LOM then has the title and description in every language and one general
 * language element per language, the course's first.
 *
 * @param files every entry of the package except imsmanifest.xml, in package order.
 */
pugi::xml_document buildManifest(const Core::Course &course,
                                 ScormVersion version,
                                 const QStringList &files,
                                 const std::vector<const Core::Course *> &translations = {});

/**
 * Same as above, listing the files PackageBuilder puts into this course's package (player files
 * from :/player/, content/course.js, the used media).
 */
pugi::xml_document buildManifest(const Core::Course &course, ScormVersion version);

/** The manifest as UTF-8 bytes with an XML declaration, indented by two spaces. */
QByteArray manifestBytes(const pugi::xml_document &manifest);

/**
 * An NCName-safe form of a Capsule id, for use after a letter prefix ("ITEM-" + it): characters
 * outside [A-Za-z0-9._-] become '_'.
 */
QString manifestIdentifierPart(const QString &id);

} // namespace Export
