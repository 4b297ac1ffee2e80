// SPDX-License-Identifier: MIT
#pragma once

#include "core/CourseSettings.h"
#include "core/Ids.h"
#include "core/MediaAsset.h"
#include "core/Slide.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace Core {
class Course;
}

namespace App {

/**
 * Renders small slide and image thumbnails lazily, off the UI thread (QtConcurrent on a
 * private pool, QImage + QPainter only), and caches them by id and content hash.
 *
 * A slide thumbnail is a miniature of the page the player shows: the theme's page background,
 * header style, card or full-bleed page, corner radius and colours, and a small drawing of each
 * block (image cropped at its focal point, tabs, accordion rows, cards, steps, table grid...) or
 * of the question, video, draw and result page. Content that does not fit is drawn zoomed out,
 * then cut at the page's edge. At small sizes text is drawn as bars; from about 160 px wide the
 * titles, headings and key figures are real text in the theme's fonts.
 *
 * slideThumbnail() answers at once from the cache: the current image, a stale one while the
 * new one renders, or a null image while the first one renders. When a render finishes,
 * slideThumbnailReady() is emitted and the caller asks again. Views only ask for the rows they
 * paint, so a 2,000-slide outline renders only what is on screen. Lives on the GUI thread;
 * the destructor waits for running jobs.
 */
class ThumbnailRenderer final : public QObject
{
    Q_OBJECT
public:
    /** What a worker needs to draw a slide: copies, so the course can change meanwhile. */
    struct SlideSnapshot
    {
        Core::Slide slide;
        Core::Theme theme;
        /** The images the slide shows (and the theme's logo), at most maxSnapshotImages. */
        QHash<Core::AssetId, Core::AssetSource> images = {};
        QString courseTitle = {};       ///< shown in the header of the detailed rendering
        bool cover = false;             ///< the course's cover page instead of slide
        QString courseDescription = {}; ///< on the cover page
    };
    static constexpr int maxSnapshotImages = 8;

    explicit ThumbnailRenderer(QObject *parent = nullptr);
    ~ThumbnailRenderer() override;

    /** Logical size of slide thumbnails (16:9). */
    static QSize slideSize() { return {64, 36}; }
    /** Logical size of asset thumbnails (fits inside). */
    static QSize assetSize() { return {32, 32}; }

    void setDevicePixelRatio(qreal ratio);

    QImage slideThumbnail(const Core::Course &course, const Core::Slide &slide);
    /** Image assets only; others get a null image. */
    QImage assetThumbnail(const Core::MediaAsset &asset);

    /** Renders still queued or running. */
    int pendingCount() const { return int(m_pendingSlides.size() + m_pendingAssets.size()); }
    /** Drops every cached image (a document change). */
    void clear();

    /** A hash of everything a thumbnail shows; a change means a new render. */
    static size_t contentHash(const Core::Slide &slide, const Core::Theme &theme);
    /** The copies render() needs to draw slide of course with theme. */
    static SlideSnapshot
    snapshot(const Core::Course &course, const Core::Slide &slide, const Core::Theme &theme);
    /** The copies render() needs to draw the course's cover page with theme. */
    static SlideSnapshot coverSnapshot(const Core::Course &course, const Core::Theme &theme);
    /** Draws a thumbnail; pure and thread-safe. */
    static QImage render(const SlideSnapshot &snapshot, QSize logicalSize, qreal devicePixelRatio);

signals:
    void slideThumbnailReady(const Core::SlideId &id);
    void assetThumbnailReady(const Core::AssetId &id);

private:
    struct Entry
    {
        size_t hash = 0;
        QImage image;
    };

    QThreadPool m_pool;
    qreal m_dpr = 1.0;
    QCache<Core::SlideId, Entry> m_slides;
    QCache<Core::AssetId, QImage> m_assets;
    QHash<Core::SlideId, size_t> m_pendingSlides;
    QSet<Core::AssetId> m_pendingAssets;
    QSet<Core::AssetId> m_failedAssets;
    int m_generation = 0; ///< bumped by clear(): late results of older renders are dropped
};

} // namespace App
