// SPDX-License-Identifier: MIT
#include "LinkDialog.h"

#include "app/spelling/SpellingProperties.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

LinkDialog::LinkDialog(const QString &initialUrl, QWidget *parent)
    : QDialog(parent)
    , m_initialUrl(initialUrl)
    , m_edit(new QLineEdit(initialUrl, this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Link"));
    m_edit->setObjectName(u"linkUrlEdit"_s);
    Spelling::setSpellCheckable(m_edit, false);
    m_edit->setPlaceholderText(tr("https://example.com/page or mailto:name@example.com"));
    m_edit->setMinimumWidth(360);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Address of the link (http, https or mailto):"), this));
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &LinkDialog::validate);
    validate();
}

QString LinkDialog::url() const
{
    return m_edit->text().trimmed();
}

bool LinkDialog::isAcceptedUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return !url.host().isEmpty();
    if (scheme == u"mailto")
        return url.path().contains(u'@');
    return false;
}

void LinkDialog::validate()
{
    const bool ok = isAcceptedUrl(url());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(ok || (url().isEmpty() && !m_initialUrl.isEmpty()));
    m_message->setText(
        ok || url().isEmpty()
            ? (m_initialUrl.isEmpty() ? QString() : tr("Clear the address to remove the link."))
            : tr("Only web addresses (http://, https://) and e-mail links "
                 "(mailto:) can be used."));
}

} // namespace App
