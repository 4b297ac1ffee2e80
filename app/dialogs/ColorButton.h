// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPushButton>

namespace App {

/**
 * A push button showing a colour as a live swatch plus its #rrggbb name; clicking opens a
 * QColorDialog. Emits colorChanged() when the user picks a different colour.
 */
class ColorButton final : public QPushButton
{
    Q_OBJECT
public:
    explicit ColorButton(QWidget *parent = nullptr);

    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    /** Title of the colour dialog. */
    void setDialogTitle(const QString &title) { m_dialogTitle = title; }

signals:
    void colorChanged(const QColor &color);

private:
    void chooseColor();
    void updateSwatch();

    QColor m_color;
    QString m_dialogTitle;
};

} // namespace App
