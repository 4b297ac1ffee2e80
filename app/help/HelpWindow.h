// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSize>
#include <QUrl>
#include <QWidget>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace App {

/**
 * The user guide, offline: the Markdown pages of docs/ and their screenshots, compiled into
 * the editor (":/docs/"), shown in a QTextBrowser with a page list, back and forward. Links
 * between pages and to images work; web links open in the browser.
 */
class HelpWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    /** Shows a page of the guide, e.g. "editor.md" or "preview.md#lms-simulator". */
    void showPage(const QString &page);
    QUrl currentPage() const;
    QTextBrowser *browser() const { return m_browser; }

    /** The guide's page to start from. */
    static QString homePage();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followLink(const QUrl &link);
    /** Scales the page's screenshots down to the width of the view (never up). */
    void fitImages();
    void syncPageList();

    QListWidget *m_pages;
    QTextBrowser *m_browser;
    QLabel *m_message;
    QHash<QString, QSize> m_imageSizes; ///< natural sizes, by image name
};

} // namespace App
