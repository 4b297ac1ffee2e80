// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace App {

/**
 * Asks for a link address; OK is only enabled for an http:, https: or mailto: URL, or for an
 * empty address when editing an existing link (which removes it).
 */
class LinkDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LinkDialog(const QString &initialUrl, QWidget *parent = nullptr);

    QString url() const;

    /** True for an absolute http(s) URL with a host, or a mailto: URL with an address. */
    static bool isAcceptedUrl(const QString &url);

private:
    void validate();

    QString m_initialUrl;
    QLineEdit *m_edit;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace App
