// SPDX-License-Identifier: MIT
#include "PreviewSite.h"

#include "Tr.h"
#include "core/Course.h"
#include "core/MediaImporter.h"
#include "core/ProjectFile.h"
#include "core/Translation.h"
#include "export/PlayerData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Preview {

namespace {

constexpr QStringView playerPrefix = u"/player/";
constexpr QStringView previewPrefix = u"/preview/";

/** A relative path that stays inside its folder: no "..", no empty or hidden segment. */
bool isSafeRelativePath(QStringView path)
{
    if (path.isEmpty())
        return false;
    for (QStringView segment : path.split(u'/')) {
        if (segment.isEmpty() || segment.startsWith(u'.') || segment.contains(u'\\'))
            return false;
    }
    return true;
}

PreviewSite::Reply textReply(int status, const QString &text)
{
    return {status, "text/plain; charset=utf-8", text.toUtf8(), false};
}

} // namespace

PreviewSite::PreviewSite(QObject *parent)
    : QObject(parent)
{}

QJsonObject PreviewSite::playerData(const Core::Course &course)
{
    // The runtime key is a default: the page tells the player which API to use (?runtime=).
    std::vector<std::unique_ptr<Core::Course>> translated;
    std::vector<const Core::Course *> translations;
    for (const QString &target : course.languages().targets) {
        translated.push_back(Core::translatedCourse(course, target));
        translations.push_back(translated.back().get());
    }
    QJsonObject data
        = Export::PlayerData::toJson(course, translations, Export::PlayerRuntime::Scorm2004);
    data.insert(u"ui"_s,
                Export::PlayerData::interfaceStrings(Export::PlayerData::interfaceLanguages()));
    return data;
}

void PreviewSite::setCourse(const Core::Course &course)
{
    m_data = playerData(course);
    m_script.clear();
    m_json.clear();
    m_media.clear();
    for (const auto &[id, asset] : course.assets())
        m_media.insert(asset.archiveName(), asset);
    // Cached bytes stay valid while their asset exists: names are content-addressed.
    for (qsizetype i = m_mediaCacheOrder.size() - 1; i >= 0; --i) {
        if (!m_media.contains(m_mediaCacheOrder.at(i)))
            m_mediaCacheBytes -= m_mediaCache.take(m_mediaCacheOrder.takeAt(i)).size();
    }
    ++m_revision;
    m_fullRevision = m_updatesFrom = m_revision;
    m_updates.clear();
    emit revisionChanged(m_revision);
}

namespace {

/** Replaces the entry with "id" == id in container[key][index] (an array of objects). */
bool replaceIn(QJsonObject &container,
               QStringView key,
               qsizetype index,
               const QString &id,
               const QJsonObject &data)
{
    // take() then put back: the arrays are never shared, so nothing is copied.
    QJsonArray array = container.take(key).toArray();
    const bool found = index >= 0 && index < array.size()
                       && array.at(index).toObject().value(u"id"_s).toString() == id;
    if (found)
        array.replace(index, data);
    container.insert(key, array);
    return found;
}

} // namespace

QJsonObject PreviewSite::updateSlide(const Core::Course &course, const Core::SlideId &id)
{
    // A course in several languages has the slide in each (and answers shared between them):
    // only setCourse() gets them right.
    if (!updatesSlides())
        return {};
    const QJsonObject data
        = Export::PlayerData::slideToJson(course, id, Export::PlayerRuntime::Scorm2004);
    if (data.isEmpty())
        return {};
    // Where the slide sits in m_data: positions come from the course, which m_data mirrors
    // except for edits since the last setCourse() that changed no structure.
    QString outerKey = u"sections"_s;
    qsizetype outer = -1;
    qsizetype inner = -1;
    if (const Core::SlidePosition at = course.slidePosition(id); at.isValid()) {
        outer = at.section;
        inner = at.slide;
    } else if (const Core::BankPosition inBank = course.bankQuestionPosition(id);
               inBank.isValid()) {
        // Only the banks a draw slide uses are in the data, so look the bank up by id.
        outerKey = u"banks"_s;
        const QString bankId = course.banks().at(inBank.bank)->id.toString();
        const QJsonArray banks = m_data.value(outerKey).toArray();
        for (qsizetype i = 0; i < banks.size(); ++i) {
            if (banks.at(i).toObject().value(u"id"_s).toString() == bankId)
                outer = i;
        }
        inner = inBank.question;
    }
    const QString innerKey = outerKey == u"banks" ? u"questions"_s : u"slides"_s;
    QJsonArray outers = m_data.take(outerKey).toArray();
    bool found = false;
    if (outer >= 0 && outer < outers.size()) {
        QJsonObject container = outers.at(outer).toObject();
        outers.replace(outer, QJsonValue()); // drop the array's reference: no copy below
        found = replaceIn(container, innerKey, inner, id.toString(), data);
        outers.replace(outer, container);
    }
    if (!outers.isEmpty())
        m_data.insert(outerKey, outers);
    if (!found)
        return {};
    m_script.clear();
    m_json.clear();
    ++m_revision;
    // An update replaces the slide's earlier ones: a page applies the latest data only.
    std::erase_if(m_updates, [&](const Update &update) { return update.slide == id.toString(); });
    m_updates.push_back({m_revision, id.toString(), data});
    if (m_updates.size() > size_t(maxKeptUpdates)) {
        m_updatesFrom = m_updates.front().revision;
        m_updates.erase(m_updates.begin());
    }
    emit revisionChanged(m_revision);
    return data;
}

QJsonObject PreviewSite::changesSince(int revision) const
{
    QJsonObject changes{{u"revision"_s, m_revision}};
    if (revision < m_updatesFrom || revision > m_revision) {
        changes.insert(u"full"_s, true);
        return changes;
    }
    QJsonArray slides;
    for (const Update &update : m_updates) {
        if (update.revision > revision)
            slides.append(update.data);
    }
    changes.insert(u"slides"_s, slides);
    return changes;
}

PreviewSite::Reply PreviewSite::get(const QString &path)
{
    if (path == u"/" || path == u"/preview" || path == u"/preview/")
        return {302, "text/plain", "/preview/index.html", false}; // body: the redirect target
    if (path == u"/preview/revision")
        return {200, "text/plain; charset=utf-8", QByteArray::number(m_revision), false};
    if (path.startsWith(u"/preview/changes/")) {
        bool ok = false;
        const int since = QStringView(path).mid(17).toInt(&ok);
        if (ok) {
            return {200,
                    "application/json",
                    QJsonDocument(changesSince(since)).toJson(QJsonDocument::Compact),
                    false};
        }
    }
    if (path.startsWith(u"/preview/edit/")) {
        const QStringList parts = path.mid(14).split(u'/');
        if (parts.size() >= 2 && parts.size() <= 3 && !parts.at(0).isEmpty()) {
            emit editRequested(Core::SlideId(parts.at(0)), parts.at(1), parts.value(2));
            return {200, "text/plain; charset=utf-8", "ok", false};
        }
    }
    if (path.startsWith(previewPrefix)) {
        const QString relative = path.mid(previewPrefix.size());
        if (isSafeRelativePath(relative))
            return resource(u":/preview/"_s + relative);
    } else if (path.startsWith(playerPrefix)) {
        const QString relative = path.mid(playerPrefix.size());
        if (relative == u"content/course.js" || relative == u"content/course.json") {
            if (!hasCourse())
                return textReply(503, Tr::tr("No course is open."));
            const bool script = relative.endsWith(u".js");
            QByteArray &cached = script ? m_script : m_json;
            if (cached.isEmpty()) {
                cached = script ? Export::PlayerData::scriptFor(m_data)
                                : QJsonDocument(m_data).toJson(QJsonDocument::Compact);
            }
            return {200, contentTypeFor(relative), cached, false};
        }
        if (relative.startsWith(u"media/"))
            return media(relative);
        if (relative.isEmpty())
            return {302, "text/plain", "/player/index.html", false};
        if (isSafeRelativePath(relative) && !relative.startsWith(u"tests/"))
            return resource(u":/player/"_s + relative);
    }
    return textReply(404, Tr::tr("%1 is not part of the preview.").arg(path));
}

PreviewSite::Reply PreviewSite::resource(const QString &qrcPath) const
{
    QFile file(qrcPath);
    if (!file.open(QIODevice::ReadOnly))
        return textReply(404, Tr::tr("%1 is not part of the preview.").arg(qrcPath.mid(1)));
    return {200, contentTypeFor(qrcPath), file.readAll(), false};
}

PreviewSite::Reply PreviewSite::media(const QString &name) const
{
    const auto it = m_media.constFind(name);
    if (it == m_media.cend())
        return textReply(404, Tr::tr("The course has no media file %1.").arg(name));
    const QByteArray type = mediaContentType(it->mimeType);
    const auto reply = [&type](QByteArray bytes) {
        return Reply{200, type, std::move(bytes), true, true, type == "application/octet-stream"};
    };
    if (const auto cached = m_mediaCache.constFind(name); cached != m_mediaCache.cend()) {
        m_mediaCacheOrder.removeOne(name);
        m_mediaCacheOrder.append(name);
        return reply(*cached);
    }
    Core::Result<QByteArray> bytes = Core::ProjectFile::readAssetBytes(it->source);
    if (!bytes) {
        return textReply(500,
                         Tr::tr("Cannot read the media file \"%1\": %2")
                             .arg(it->fileName, bytes.error().message));
    }
    constexpr qint64 cacheLimit = 256 * 1024 * 1024;
    while (!m_mediaCacheOrder.isEmpty() && m_mediaCacheBytes + bytes->size() > cacheLimit)
        m_mediaCacheBytes -= m_mediaCache.take(m_mediaCacheOrder.takeFirst()).size();
    if (bytes->size() <= cacheLimit) {
        m_mediaCache.insert(name, *bytes);
        m_mediaCacheOrder.append(name);
        m_mediaCacheBytes += bytes->size();
    }
    return reply(std::move(bytes).value());
}

QByteArray PreviewSite::mediaContentType(const QString &mimeType)
{
    // Compared as a whole: a parameter, a space or a line break makes it unknown.
    if (!Core::MediaImporter::supportedMimeTypes().contains(mimeType))
        return "application/octet-stream";
    QByteArray type = mimeType.toLatin1();
    if (mimeType == u"text/vtt")
        type += "; charset=utf-8";
    return type;
}

bool PreviewSite::isMediaPath(QStringView path)
{
    return path.startsWith(u"/player/media/");
}

QByteArray PreviewSite::untrustedContentPolicy()
{
    // An SVG opened on its own still shows (inline styles, data: images); its scripts,
    // forms, plugins and requests do not run, and as a sandboxed document it has no origin.
    return "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
           "media-src data:; font-src data:";
}

QByteArray PreviewSite::contentTypeFor(const QString &path)
{
    static const QHash<QString, QByteArray> types{
        {u"html"_s, "text/html; charset=utf-8"},
        {u"js"_s, "text/javascript; charset=utf-8"},
        {u"mjs"_s, "text/javascript; charset=utf-8"},
        {u"css"_s, "text/css; charset=utf-8"},
        {u"json"_s, "application/json"},
        {u"svg"_s, "image/svg+xml"},
        {u"png"_s, "image/png"},
        {u"jpg"_s, "image/jpeg"},
        {u"jpeg"_s, "image/jpeg"},
        {u"gif"_s, "image/gif"},
        {u"webp"_s, "image/webp"},
        {u"woff2"_s, "font/woff2"},
        {u"vtt"_s, "text/vtt; charset=utf-8"},
        {u"mp4"_s, "video/mp4"},
        {u"webm"_s, "video/webm"},
        {u"txt"_s, "text/plain; charset=utf-8"},
    };
    const qsizetype dot = path.lastIndexOf(u'.');
    const QString extension = dot < 0 ? QString() : path.mid(dot + 1).toLower();
    return types.value(extension, "application/octet-stream");
}

QString PreviewSite::shellPath(const PreviewOptions &options)
{
    QUrlQuery query;
    query.addQueryItem(u"version"_s, options.scormVersion);
    query.addQueryItem(u"device"_s, options.device);
    if (!options.playerLanguage.isEmpty())
        query.addQueryItem(u"lang"_s, options.playerLanguage);
    if (!options.interfaceLanguage.isEmpty())
        query.addQueryItem(u"ui"_s, options.interfaceLanguage);
    if (!options.startSlide.isNull())
        query.addQueryItem(u"slide"_s, options.startSlide.toString());
    if (options.embedded)
        query.addQueryItem(u"embedded"_s, u"1"_s);
    if (options.dock)
        query.addQueryItem(u"dock"_s, u"1"_s);
    if (options.editMode)
        query.addQueryItem(u"edit"_s, u"1"_s);
    return u"/preview/index.html?"_s + query.toString(QUrl::FullyEncoded);
}

QUrl PreviewSite::shellUrl(const QUrl &root, const PreviewOptions &options)
{
    return root.resolved(QUrl(shellPath(options)));
}

} // namespace Preview
