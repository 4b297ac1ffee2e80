// SPDX-License-Identifier: MIT
#include "LanguagePickerDialog.h"

#include "TranslationOperations.h"
#include "core/Translation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace App {

namespace {

constexpr int CodeRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;

/** Lower case without accents, so that "francais" finds "Français". */
QString folded(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

QString englishName(const QString &code)
{
    const QLocale locale(code);
    QString name = QLocale::languageToString(locale.language());
    if (code.contains(u'-')) {
        if (const QString territory = QLocale::territoryToString(locale.territory());
            !territory.isEmpty())
            name += u" ("_s + territory + u')';
    }
    return name;
}

} // namespace

QList<std::pair<QString, QString>> LanguagePickerDialog::knownLanguages()
{
    static const QList<std::pair<QString, QString>> languages = [] {
        QSet<QString> codes;
        const QList<QLocale> locales = QLocale::matchingLocales(
            QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            if (locale.language() == QLocale::C)
                continue;
            const QString code = locale.bcp47Name();
            if (Core::isValidLanguageTag(code))
                codes.insert(code);
            // The bare language too ("fr" beside "fr-CA").
            const QString bare = code.section(u'-', 0, 0);
            if (Core::isValidLanguageTag(bare))
                codes.insert(bare);
        }
        QList<std::pair<QString, QString>> list;
        for (const QString &code : std::as_const(codes))
            list.append({code, TranslationOperations::languageName(code)});
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            const int byName = QString::localeAwareCompare(a.second, b.second);
            return byName != 0 ? byName < 0 : a.first < b.first;
        });
        return list;
    }();
    return languages;
}

LanguagePickerDialog::LanguagePickerDialog(const QString &title,
                                           const QString &prompt,
                                           const QStringList &excluded,
                                           QWidget *parent)
    : QDialog(parent)
    , m_excluded(excluded)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_code(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"languagePickerDialog"_s);
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *promptLabel = new QLabel(prompt, this);
    promptLabel->setWordWrap(true);
    layout->addWidget(promptLabel);

    m_search->setObjectName(u"languageSearch"_s);
    m_search->setPlaceholderText(tr("Search by name or code: deutsch, German, de…"));
    m_search->setClearButtonEnabled(true);
    m_search->setProperty("capsuleSpellCheck", false); // no prose: no spell checking
    layout->addWidget(m_search);

    m_list->setObjectName(u"languageList"_s);
    m_list->setUniformItemSizes(true);
    for (const auto &[code, name] : knownLanguages()) {
        const QString english = englishName(code);
        const bool taken = m_excluded.contains(code);
        //: A language in the list of the Add Language dialog: native name, English name, code
        auto *item = new QListWidgetItem(
            taken ? tr("%1 — %2 (%3), already in the course").arg(name, english, code)
                  : tr("%1 — %2 (%3)").arg(name, english, code),
            m_list);
        item->setData(CodeRole, code);
        item->setData(SearchRole, folded(name + u' ' + english + u' ' + code));
        if (taken)
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
    }
    layout->addWidget(m_list, 1);

    auto *form = new QFormLayout;
    m_code->setObjectName(u"languageCode"_s);
    m_code->setProperty("capsuleSpellCheck", false);
    m_code->setPlaceholderText(tr("fr, en-GB, pt-BR, zh-Hant…"));
    m_code->setToolTip(tr("Any BCP 47 language tag, for a language or variant the list lacks."));
    form->addRow(tr("Language &code:"), m_code);
    layout->addLayout(form);
    m_message->setObjectName(u"languageMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &LanguagePickerDialog::filter);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && (item->flags() & Qt::ItemIsEnabled))
            m_code->setText(item->data(CodeRole).toString());
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        if ((item->flags() & Qt::ItemIsEnabled)
            && m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_code, &QLineEdit::textChanged, this, &LanguagePickerDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(520, 480);
    m_search->setFocus();
}

QString LanguagePickerDialog::code() const
{
    // The usual spelling of each subtag: "en-gb" is "en-GB", "zh-hant" is "zh-Hant".
    QStringList subtags = m_code->text().trimmed().replace(u'_', u'-').split(u'-');
    for (int i = 0; i < subtags.size(); ++i) {
        QString &subtag = subtags[i];
        if (i == 0)
            subtag = subtag.toLower();
        else if (subtag.size() == 2)
            subtag = subtag.toUpper();
        else if (subtag.size() == 4 && subtag.front().isLetter())
            subtag = subtag.left(1).toUpper() + subtag.mid(1).toLower();
        else
            subtag = subtag.toLower();
    }
    return subtags.join(u'-');
}

void LanguagePickerDialog::setCode(const QString &code)
{
    m_code->setText(code);
}

void LanguagePickerDialog::filter(const QString &text)
{
    const QString needle = folded(text.trimmed());
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool match = needle.isEmpty() || item->data(SearchRole).toString().contains(needle);
        item->setHidden(!match);
        if (match && !first && (item->flags() & Qt::ItemIsEnabled))
            first = item;
    }
    if (first && !needle.isEmpty())
        m_list->setCurrentItem(first);
}

void LanguagePickerDialog::validate()
{
    const QString tag = code();
    QString problem;
    if (tag.isEmpty())
        problem = tr("Choose a language in the list or type its code.");
    else if (!Core::isValidLanguageTag(tag))
        problem = tr("“%1” is not a BCP 47 language tag. Examples: fr, en-GB, pt-BR, zh-Hant.")
                      .arg(tag);
    else if (m_excluded.contains(tag))
        problem = tr("%1 is already in the course.").arg(TranslationOperations::languageName(tag));
    m_message->setText(problem.isEmpty() ? TranslationOperations::languageName(tag) : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace App
