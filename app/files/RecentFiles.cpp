// SPDX-License-Identifier: MIT
#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace App {

namespace {

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

const QString key = u"recentFiles"_s;

} // namespace

RecentFiles::RecentFiles(QString settingsFile, QObject *parent)
    : QObject(parent)
    , m_settingsFile(std::move(settingsFile))
{}

QStringList RecentFiles::read() const
{
    return openSettings(m_settingsFile)->value(key).toStringList();
}

void RecentFiles::write(const QStringList &files) const
{
    openSettings(m_settingsFile)->setValue(key, files);
}

QStringList RecentFiles::files() const
{
    const QStringList stored = read();
    QStringList existing;
    for (const QString &file : stored) {
        if (QFileInfo(file).isFile())
            existing.append(file);
    }
    if (existing != stored)
        write(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = read();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maximumCount)
        list.removeLast();
    write(list);
    emit changed();
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = read();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) > 0) {
        write(list);
        emit changed();
    }
}

void RecentFiles::clear()
{
    write({});
    emit changed();
}

} // namespace App
