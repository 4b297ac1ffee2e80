// SPDX-License-Identifier: MIT
#include "SlideTemplates.h"

#include "app/Tr.h"
#include "core/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace App {

namespace {

/** A file name for a template: its name in lowercase letters, digits and dashes. */
QString baseName(const QString &name)
{
    QString base;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            base += c;
        else if ((c.isSpace() || c == u'-' || c == u'_') && !base.endsWith(u'-'))
            base += u'-';
    }
    while (base.endsWith(u'-'))
        base.chop(1);
    return base.isEmpty() ? u"template"_s : base.left(60);
}

} // namespace

QString SlideTemplates::userDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/templates"_s;
}

QString SlideTemplates::builtInLanguage(const QString &courseLanguage)
{
    return courseLanguage.section(u'-', 0, 0).toLower() == u"fr"_s ? u"fr"_s : u"en"_s;
}

std::vector<SlideTemplate> SlideTemplates::builtIns(const QString &courseLanguage)
{
    std::vector<SlideTemplate> templates;
    auto course
        = Core::ProjectFile::readFolder(u":/templates/slides/"_s + builtInLanguage(courseLanguage));
    if (!course) {
        qWarning("Built-in slide templates: %s", qPrintable(course.error().message));
        return templates;
    }
    for (const auto &section : (*course)->sections()) {
        std::vector<Core::SlideId> ids;
        for (const auto &slide : section->slides)
            ids.push_back(slide->id);
        auto fragment = Core::CourseFragment::fromSlides(**course, ids);
        if (!fragment)
            continue;
        fragment->setName(section->title);
        templates.push_back({section->title, true, {}, std::move(*fragment)});
    }
    return templates;
}

std::vector<SlideTemplate> SlideTemplates::userTemplates(QStringList *problems)
{
    std::vector<SlideTemplate> templates;
    const QDir dir(userDirectory());
    const QStringList files = dir.entryList({u"*."_s + Core::CourseFragment::templateSuffix()},
                                            QDir::Files | QDir::Readable);
    for (const QString &fileName : files) {
        const QString path = dir.filePath(fileName);
        QFile file(path);
        if (file.size() > Core::CourseFragment::maxBytes || !file.open(QIODevice::ReadOnly)) {
            if (problems)
                problems->append(Tr::tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        auto fragment
            = Core::CourseFragment::fromBytes(file.readAll(), QDir::toNativeSeparators(path));
        if (!fragment || fragment->kind() != Core::CourseFragment::Kind::Slides) {
            if (problems) {
                problems->append(
                    fragment
                        ? Tr::tr("%1 is not a slide template.").arg(QDir::toNativeSeparators(path))
                        : fragment.error().message);
            }
            continue;
        }
        const QString name
            = fragment->name().isEmpty() ? QFileInfo(path).completeBaseName() : fragment->name();
        templates.push_back({name, false, path, std::move(*fragment)});
    }
    std::sort(templates.begin(), templates.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return templates;
}

Core::Result<QString> SlideTemplates::save(Core::CourseFragment fragment, const QString &name)
{
    fragment.setName(name.simplified());
    auto bytes = fragment.toBytes();
    if (!bytes)
        return bytes.error();
    const QString folder = userDirectory();
    if (!QDir().mkpath(folder)) {
        return Core::makeError(
            Core::ErrorCode::Io,
            Tr::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    }
    const QString base = baseName(name);
    const QString suffix = u"."_s + Core::CourseFragment::templateSuffix();
    QString path = folder + u'/' + base + suffix;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder + u'/' + base + u'-' + QString::number(n) + suffix;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        return Core::makeError(Core::ErrorCode::Io,
                               Tr::tr("The template could not be saved to %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return path;
}

Core::Result<void> SlideTemplates::remove(const QString &filePath)
{
    QFile file(filePath);
    if (!file.remove()) {
        return Core::makeError(Core::ErrorCode::Io,
                               Tr::tr("The template %1 could not be deleted: %2")
                                   .arg(QDir::toNativeSeparators(filePath), file.errorString()));
    }
    return {};
}

} // namespace App
