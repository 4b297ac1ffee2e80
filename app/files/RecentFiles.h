// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

namespace App {

/**
 * The "Open Recent" list: the last eight projects opened or saved, newest first, kept in
 * QSettings under "recentFiles". Files that no longer exist are pruned whenever the list is
 * read. settingsFile selects an INI file (tests); empty means the application's settings.
 */
class RecentFiles final : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximumCount = 8;

    explicit RecentFiles(QString settingsFile = {}, QObject *parent = nullptr);

    /** Existing files, newest first (missing ones are dropped from the settings too). */
    QStringList files() const;
    /** Puts path first (absolute, without duplicates) and trims the list. */
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    QStringList read() const;
    void write(const QStringList &files) const;

    QString m_settingsFile;
};

} // namespace App
