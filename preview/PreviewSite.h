// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"
#include "core/MediaAsset.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace Core {
class Course;
}

namespace Preview {

/** What the preview page opens with; every field becomes a query parameter of the shell URL. */
struct PreviewOptions
{
    QString scormVersion = QStringLiteral("2004"); ///< "1.2" or "2004"
    QString device = QStringLiteral("desktop");    ///< "phone", "tablet" or "desktop"
    QString playerLanguage;    ///< the player's UI language ("fr", "en"); empty: the course's
    QString interfaceLanguage; ///< the preview page's own UI language; empty: the browser's
    Core::SlideId startSlide;  ///< "preview from this slide"; null: the first slide
    bool embedded = false;     ///< hosted in the editor's window rather than a browser tab
    bool dock = false;         ///< the editor's live preview dock: the player's stage alone
    bool editMode = false;     ///< a click on the slide asks to edit what was clicked
};

/**
 * The preview as a web site held in memory, so that the editor previews a course without
 * exporting it. One code path with the exporters: the same player files (":/player"), the same
 * content data (Export::PlayerData) and the same media names, laid out as
 *
 *   /preview/...                the preview page: LMS simulator and inspector (":/preview")
 *   /preview/revision           text: a number that grows with every setCourse() or updateSlide()
 *   /preview/changes/<rev>      JSON: what changed since revision rev (see changesSince())
 *   /preview/edit/<slide>/<field>[/<key>]  click-to-edit: emits editRequested(), replies "ok"
 *   /player/...                 the learner player, as in a package
 *   /player/content/course.js   the course data the player reads (content/course.js of a package)
 *   /player/content/course.json the same object as JSON, fetched by the page to refresh
 *   /player/media/<sha256>.<ext> the course's media, read from where the project keeps them
 *
 * setCourse() takes a snapshot of the course data and of where each asset's bytes live: a
 * refresh after an edit costs one PlayerData conversion, never a copy of the media. Replies are
 * computed on the calling thread; the site is not thread-safe (use it from the GUI thread).
 */
class PreviewSite : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        int status = 404;
        QByteArray contentType;
        QByteArray body;
        bool immutable = false; ///< content-addressed: a client may cache it for good
        /**
         * Course media: content from the project, not from Capsule. Whoever serves it keeps it
         * from running as a page of the preview's origin: a sandboxing Content-Security-Policy
         * over HTTP, no document, frame or worker loads in the editor's WebEngine.
         */
        bool untrusted = false;
        bool download = false; ///< not a type the player shows: served as an attachment
    };

    explicit PreviewSite(QObject *parent = nullptr);

    /** Takes the course's current content; the page refreshes on the next revision. */
    void setCourse(const Core::Course &course);

    /**
     * The player data the site serves for a course: Export::PlayerData's, for a course with
     * translations in all its languages (an "all" package, ?lang= picks one), with the
     * interface strings of every language the player has (the page's player-language menu).
     */
    static QJsonObject playerData(const Core::Course &course);
    bool hasCourse() const { return m_revision > 0; }
    int revision() const { return m_revision; }

    /**
     * Takes one slide's (or bank question's) current content after an edit that changed
     * nothing else: one slide's conversion and no copy of the rest, whatever the course size.
     * Returns the slide's new player data, to push to a page already showing the previous
     * revision; an empty object (and nothing changed) when the site has no course or the slide
     * is not in its data (a bank no draw slide uses, a slide added since) or the course has target
     * languages (the slide is in the data once per language): call setCourse().
     */
    QJsonObject updateSlide(const Core::Course &course, const Core::SlideId &id);
    /** Whether updateSlide() can patch one slide: not in a course with target languages. */
    bool updatesSlides() const { return hasCourse() && !m_data.contains(u"translations"); }
    /**
     * What changed since revision, for a page that polls: {"revision": n, "slides": [slide
     * data, one per slide, in update order]}, or {"revision": n, "full": true} when the page
     * must fetch course.json again (a setCourse() since, or more updates than the site keeps).
     */
    QJsonObject changesSince(int revision) const;

    /**
     * The reply for a GET of path (an absolute, percent-decoded URL path such as "/player/").
     * Not const: /preview/edit/... emits editRequested().
     */
    Reply get(const QString &path);

    /** "/preview/index.html?..." for options, relative to the site's root. */
    static QString shellPath(const PreviewOptions &options);
    /** The shell URL on a site served at root ("http://127.0.0.1:port",
     * "capsule-preview://course"). */
    static QUrl shellUrl(const QUrl &root, const PreviewOptions &options);

    static QByteArray contentTypeFor(const QString &path);
    /**
     * The Content-Type a media file of this MIME type is served with: only the types Capsule
     * imports (MediaImporter::supportedMimeTypes()); anything else, whatever a project file says,
     * is application/octet-stream (and a download).
     */
    static QByteArray mediaContentType(const QString &mimeType);
    /** Whether path (as given to get()) names a course media file. */
    static bool isMediaPath(QStringView path);
    /** The Content-Security-Policy of untrusted replies: no script, no plugin, no network. */
    static QByteArray untrustedContentPolicy();

    /** Updates changesSince() can list before it answers "full". */
    static constexpr int maxKeptUpdates = 256;

signals:
    void revisionChanged(int revision);
    /**
     * The page asked to edit what the author clicked: field is "title", "block", "prompt",
     * "answer", "correct-feedback", "incorrect-feedback", "video", "pass", "fail" or "draw";
     * key the block index, or the answer's id (a choice, pair, step) or blank index.
     */
    void editRequested(const Core::SlideId &slide, const QString &field, const QString &key);

private:
    Reply resource(const QString &qrcPath) const;
    Reply media(const QString &name) const;

    struct Update
    {
        int revision;
        QString slide;
        QJsonObject data;
    };

    int m_revision = 0;
    int m_fullRevision = 0;        ///< the revision of the last setCourse()
    std::vector<Update> m_updates; ///< since the last setCourse(), oldest first, capped
    int m_updatesFrom = 0;         ///< the revision after which m_updates is complete
    QJsonObject m_data;
    mutable QByteArray m_script;              ///< course.js, built on first request per revision
    mutable QByteArray m_json;                ///< course.json, likewise
    QHash<QString, Core::MediaAsset> m_media; ///< by archive name "media/<sha256>.<ext>"

    // The media read last, so that a video's range requests don't re-read it from the project.
    mutable QHash<QString, QByteArray> m_mediaCache;
    mutable QStringList m_mediaCacheOrder; ///< least recently used first
    mutable qint64 m_mediaCacheBytes = 0;
};

} // namespace Preview
