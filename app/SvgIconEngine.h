// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QIconEngine>
#include <QPixmap>

namespace App {

/**
 * A single-colour SVG icon (stroke="currentColor") drawn in the palette's text colour: the
 * window text for normal icons, the highlighted text for selected ones, the disabled text
 * colour when disabled. So the same file reads on light and dark palettes.
 */
class SvgIconEngine final : public QIconEngine
{
public:
    SvgIconEngine(const QString &name, const QByteArray &svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap
    scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;

    /** The colour an icon in this mode is drawn with, from the application palette. */
    static QColor color(QIcon::Mode mode);

private:
    QString m_name;
    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};

} // namespace App
