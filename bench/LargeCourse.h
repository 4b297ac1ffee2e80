// SPDX-License-Identifier: MIT
#pragma once

#include "core/Course.h"

#include <memory>

namespace Bench {

struct LargeCourseOptions
{
    int slides = 2000;      ///< total slides, spread over sections of 25
    qint64 mediaBytes = 0;  ///< total bytes of generated video media (0: images only)
    QString mediaDirectory; ///< where generated media files go (needed if mediaBytes > 0)
};

/**
 * A deterministic large course of mixed slide kinds: content slides with text, images and
 * callouts, questions cycling through every type, videos and a result slide per section.
 * Small images are generated in memory; large video media (for export benchmarks) are written
 * as files under mediaDirectory and referenced by path.
 */
std::unique_ptr<Core::Course> makeLargeCourse(const LargeCourseOptions &options);

} // namespace Bench
