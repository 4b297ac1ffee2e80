// SPDX-License-Identifier: MIT
#pragma once

#include "core/Validator.h"

#include <QObject>

#include <vector>

namespace App {

/**
 * Problems the editor holds back until the author has had a chance to fix them: a new image
 * block has no image yet, and saying so in red before anyone could pick one is noise. The
 * content editor defers such an issue when it adds the block and releases it once the author
 * leaves the block or the slide; the block shows a neutral hint meanwhile. The export check
 * never consults this list. One per application; views re-check on changed().
 */
class DeferredIssues final : public QObject
{
    Q_OBJECT
public:
    static DeferredIssues *instance();

    /** Holds back the issue `code` of a slide's field (Field::Block and its index). */
    void
    defer(const Core::SlideId &slide, const QString &code, Core::Validator::Field field, int index);
    /** Releases what is held back for one slide; with index >= 0, only for that index. */
    void release(const Core::SlideId &slide, int index = -1);
    void releaseAll();

    bool isDeferred(const Core::Validator::Issue &issue) const;
    /** Removes the deferred issues from a list. */
    void filter(std::vector<Core::Validator::Issue> &issues) const;

signals:
    void changed();

private:
    using QObject::QObject;

    struct Entry
    {
        Core::SlideId slide;
        QString code;
        Core::Validator::Field field;
        int index;
    };
    std::vector<Entry> m_entries;
};

} // namespace App
