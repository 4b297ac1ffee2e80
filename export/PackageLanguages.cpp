// SPDX-License-Identifier: MIT
#include "PackageLanguages.h"

#include "Tr.h"
#include "core/Course.h"
#include "core/Translation.h"

using namespace Qt::StringLiterals;

namespace Export {

namespace {

void warnUntranslated(const QString &language, int count, ExportContext &context)
{
    if (count <= 0)
        return;
    // Spelled out rather than "%n ...(s)": English has no catalogue with plural forms.
    const QString message
        = count == 1
              ? Tr::tr("Language %1: 1 text is not translated and appears in the source language.")
                    .arg(language)
              : Tr::tr("Language %1: %2 texts are not translated and appear in the source "
                       "language.")
                    .arg(language)
                    .arg(count);
    context.addWarning({u"translation.untranslated"_s, message, {}});
}

} // namespace

Core::Result<PackageLanguages> PackageLanguages::resolve(const Core::Course &course,
                                                         const QString &language,
                                                         ExportContext &context)
{
    PackageLanguages result;
    result.m_source = &course;
    const QString source = course.metadata().language;
    const QStringList targets = course.languages().targets;
    const QString requested = language.trimmed();
    if (requested.isEmpty() || requested == source) {
        // Without its target languages: Course::usedAssets() counts their media too, which a
        // package in the source language does not need.
        if (!targets.isEmpty()) {
            result.m_translated = course.clone();
            result.m_translated->languages() = Core::CourseLanguages{};
        }
        return result;
    }
    if (requested == all) {
        for (const QString &target : targets) {
            int untranslated = 0;
            result.m_others.push_back(Core::translatedCourse(course, target, &untranslated));
            warnUntranslated(target, untranslated, context);
        }
        return result;
    }
    const QString available = QStringList(QStringList{source} + targets).join(u", "_s);
    if (!Core::isValidLanguageTag(requested)) {
        return Core::makeError(Core::ErrorCode::InvalidArgument,
                               Tr::tr("“%1” is not a language tag such as fr or en-GB. This "
                                      "course is in: %2 (or “all”).")
                                   .arg(requested, available));
    }
    if (!targets.contains(requested)) {
        return Core::makeError(Core::ErrorCode::InvalidArgument,
                               Tr::tr("The course has no language “%1”. It is in: %2 (or "
                                      "“all”).")
                                   .arg(requested, available));
    }
    int untranslated = 0;
    result.m_translated = Core::translatedCourse(course, requested, &untranslated);
    warnUntranslated(requested, untranslated, context);
    return result;
}

const Core::Course &PackageLanguages::course() const
{
    if (m_translated)
        return *m_translated;
    return *m_source;
}

std::vector<const Core::Course *> PackageLanguages::translations() const
{
    std::vector<const Core::Course *> courses;
    for (const auto &other : m_others)
        courses.push_back(other.get());
    return courses;
}

QStringList PackageLanguages::languages() const
{
    QStringList codes{course().metadata().language};
    for (const auto &other : m_others)
        codes.append(other->metadata().language);
    return codes;
}

} // namespace Export
