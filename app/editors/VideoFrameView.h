// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QWidget>

class QVideoFrame;
class QVideoSink;

namespace App {

/**
 * Paints the frames a QMediaPlayer delivers to its QVideoSink, scaled to fit. Used instead of
 * QVideoWidget, which crashes next to a QWebEngineView on xcb with Qt 6.4 and is invisible to
 * QWidget::grab() (docs: TOOLCHAIN §3.4). Owns its sink.
 */
class VideoFrameView final : public QWidget
{
    Q_OBJECT
public:
    explicit VideoFrameView(QWidget *parent = nullptr);

    QVideoSink *videoSink() const { return m_sink; }
    /** The frame shown, as an image (null before the first frame). */
    QImage currentImage() const { return m_image; }
    /** Drops the frame shown (a new video is being loaded). */
    void clear();
    void setPlaceholderText(const QString &text);

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void frameShown();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void onFrame(const QVideoFrame &frame);

    QVideoSink *m_sink;
    QImage m_image;
    QString m_placeholder;
};

} // namespace App
