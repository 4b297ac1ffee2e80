// SPDX-License-Identifier: MIT
#include "ColorButton.h"

#include <QColorDialog>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace App {

ColorButton::ColorButton(QWidget *parent)
    : QPushButton(parent)
{
    setIconSize(QSize(40, 18));
    connect(this, &QPushButton::clicked, this, &ColorButton::chooseColor);
    updateSwatch();
}

void ColorButton::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    updateSwatch();
    emit colorChanged(m_color);
}

void ColorButton::chooseColor()
{
    const QColor chosen = QColorDialog::getColor(m_color, this, m_dialogTitle);
    if (chosen.isValid())
        setColor(chosen);
}

void ColorButton::updateSwatch()
{
    const qreal ratio = devicePixelRatioF();
    QPixmap swatch(iconSize() * ratio);
    swatch.setDevicePixelRatio(ratio);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(m_color.isValid() ? m_color : QColor(Qt::transparent));
    painter.drawRoundedRect(
        QRectF(0.5, 0.5, iconSize().width() - 1, iconSize().height() - 1), 3, 3);
    painter.end();
    setIcon(QIcon(swatch));
    const QString name = m_color.isValid() ? m_color.name() : QString();
    setText(name);
    setAccessibleDescription(name);
}

} // namespace App
