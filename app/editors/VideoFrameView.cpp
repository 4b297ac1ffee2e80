// SPDX-License-Identifier: MIT
#include "VideoFrameView.h"

#include <QPainter>
#include <QVideoFrame>
#include <QVideoSink>

namespace App {

VideoFrameView::VideoFrameView(QWidget *parent)
    : QWidget(parent)
    , m_sink(new QVideoSink(this))
{
    setObjectName(QStringLiteral("videoFrameView"));
    setMinimumSize(320, 180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &VideoFrameView::onFrame);
}

void VideoFrameView::clear()
{
    m_image = QImage();
    update();
}

void VideoFrameView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

QSize VideoFrameView::sizeHint() const
{
    return {640, 360};
}

int VideoFrameView::heightForWidth(int width) const
{
    return qMin(width * 9 / 16, 340);
}

void VideoFrameView::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    const QImage image = frame.toImage();
    if (image.isNull())
        return;
    m_image = image;
    update();
    emit frameShown();
}

void VideoFrameView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // The letterbox around a video is black in every theme, as in any player.
    painter.fillRect(rect(), Qt::black);
    if (m_image.isNull()) {
        painter.setPen(QColor(0xbd, 0xbd, 0xbd));
        painter.drawText(
            rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QSize scaled = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2),
                       scaled);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
}

} // namespace App
