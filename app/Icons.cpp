// SPDX-License-Identifier: MIT
#include "Icons.h"

#include "SvgIconEngine.h"

#include <QDir>
#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace App {

QByteArray Icons::svg(const QString &name)
{
    QFile file(u":/icons/%1.svg"_s.arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QIcon Icons::icon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    const QByteArray bytes = svg(name);
    Q_ASSERT_X(!bytes.isEmpty(), "Icons::icon", "no such icon in resources/icons");
    QIcon result
        = bytes.isEmpty() ? QIcon() : QIcon(new SvgIconEngine(u"capsule-"_s + name, bytes));
    cache.insert(name, result);
    return result;
}

QStringList Icons::names()
{
    QStringList result;
    const QStringList files = QDir(u":/icons"_s).entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        result.append(file.chopped(4));
    return result;
}

QIcon Icons::applicationIcon()
{
    return QIcon(u":/icons/app/io.github.capsule.Capsule.svg"_s);
}

} // namespace App
