// SPDX-License-Identifier: MIT
#include "ThemeFile.h"

#include "Course.h"
#include "Tr.h"

using namespace Qt::StringLiterals;

namespace Core {

QString ThemeFile::suffix()
{
    return u".capsuletheme"_s;
}

Result<void> ThemeFile::write(const Theme &, const Course &, const QString &path)
{
    return makeError(ErrorCode::Io,
                     Tr::tr("%1: writing theme files is not implemented yet.").arg(path));
}

Result<ThemeFile> ThemeFile::read(const QString &path)
{
    return makeError(ErrorCode::Io,
                     Tr::tr("%1: reading theme files is not implemented yet.").arg(path));
}

} // namespace Core
