// SPDX-License-Identifier: MIT
#include "SpellingService.h"

#include "HunspellChecker.h"
#include "SpellingAttachment.h"
#include "SpellingProperties.h"
#include "core/Course.h"
#include "core/Document.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace App {

namespace {

/** "fr-CA" → {"fr", "CA"}; "zh-Hant-TW" → {"zh", "TW"}. */
std::pair<QString, QString> splitLanguage(const QString &language)
{
    QStringList parts = QString(language).replace(u'_', u'-').split(u'-', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    const QString primary = parts.takeFirst().toLower();
    QString region;
    for (const QString &part : std::as_const(parts)) {
        if (part.size() == 2 || (part.size() == 3 && part.front().isDigit()))
            region = part.toUpper();
    }
    return {primary, region};
}

QString primaryOf(const QString &language)
{
    return splitLanguage(language).first;
}

} // namespace

SpellingService::SpellingService(QObject *parent)
    : SpellingService(Options(), parent)
{}

SpellingService::SpellingService(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.dictionaryDirectories.isEmpty())
        m_options.dictionaryDirectories = defaultDictionaryDirectories();
    if (m_options.userDictionaryDirectory.isEmpty()) {
        m_options.userDictionaryDirectory
            = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/spelling"_s;
    }
    scanDictionaries();
}

SpellingService::~SpellingService()
{
    if (m_attachedToApplication && qApp)
        qApp->removeEventFilter(this);
    const QList<SpellingAttachment *> attachments = m_attachments.values();
    m_attachments.clear();
    qDeleteAll(attachments);
}

QStringList SpellingService::defaultDictionaryDirectories()
{
    QStringList directories;
    const QString dicPath = qEnvironmentVariable("DICPATH");
    if (!dicPath.isEmpty())
        directories += dicPath.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    directories += QStandardPaths::locateAll(
        QStandardPaths::GenericDataLocation, u"hunspell"_s, QStandardPaths::LocateDirectory);
    directories
        += {u"/usr/share/hunspell"_s, u"/usr/share/myspell/dicts"_s, u"/usr/share/myspell"_s};
    directories.removeDuplicates();
    return directories;
}

void SpellingService::scanDictionaries()
{
    for (const QString &directory : std::as_const(m_options.dictionaryDirectories)) {
        const QDir dir(directory);
        const QStringList affs = dir.entryList({u"*.aff"_s}, QDir::Files | QDir::Readable);
        for (const QString &aff : affs) {
            const QString name = QFileInfo(aff).completeBaseName();
            if (name.startsWith(u"hyph_"_s) || name.startsWith(u"th_"_s)
                || m_dictionaries.count(name))
                continue;
            const QString dic = dir.filePath(name + u".dic"_s);
            if (!QFileInfo(dic).isReadable())
                continue;
            const QString affPath = dir.filePath(aff);
            const QString canonical = QFileInfo(affPath).canonicalFilePath();
            m_dictionaries[name] = {affPath, dic, canonical.isEmpty() ? affPath : canonical};
        }
    }
}

QStringList SpellingService::dictionaries() const
{
    QStringList names;
    for (const auto &[name, dictionary] : m_dictionaries)
        names.append(name);
    return names;
}

QString SpellingService::dictionaryFor(const QString &language) const
{
    const auto [primary, region] = splitLanguage(language);
    if (primary.isEmpty() || m_dictionaries.empty())
        return {};
    auto has = [this](const QString &name) { return m_dictionaries.count(name) > 0; };
    if (!region.isEmpty() && has(primary + u'_' + region))
        return primary + u'_' + region;
    // The language's main country as QLocale knows it: fr → fr_FR, en → en_US, pt → pt_BR.
    const QString likely = QLocale(primary).name();
    if (likely.startsWith(primary + u'_') && has(likely))
        return likely;
    if (has(primary))
        return primary;
    for (const auto &[name, dictionary] : m_dictionaries) {
        if (name.startsWith(primary + u'_'))
            return name;
    }
    return {};
}

SpellChecker *SpellingService::checker(const QString &language)
{
    const QString name = dictionaryFor(language);
    if (name.isEmpty())
        return nullptr;
    const Dictionary &dictionary = m_dictionaries.at(name);
    auto found = m_checkers.find(dictionary.key);
    if (found != m_checkers.end())
        return found->second.get();
    auto loaded = HunspellChecker::load(dictionary.affPath, dictionary.dicPath);
    std::unique_ptr<SpellChecker> checker;
    if (loaded) {
        checker = std::move(loaded).value();
        loadUserWords(primaryOf(name), checker.get());
    } else {
        qWarning("%s", qPrintable(loaded.error().message)); // the field stays unchecked
    }
    SpellChecker *result = checker.get();
    m_checkers[dictionary.key] = std::move(checker);
    return result;
}

bool SpellingService::isCorrect(const QString &language, const QString &word)
{
    if (m_ignored.contains(word))
        return true;
    SpellChecker *spell = checker(language);
    return !spell || spell->isCorrect(word);
}

QStringList SpellingService::suggestions(const QString &language, const QString &word, int max)
{
    SpellChecker *spell = checker(language);
    return spell ? spell->suggestions(word, max) : QStringList();
}

QString SpellingService::userDictionaryPath(const QString &language) const
{
    const QString primary = primaryOf(language);
    if (primary.isEmpty())
        return {};
    return QDir(m_options.userDictionaryDirectory).filePath(primary + u".txt"_s);
}

QStringList SpellingService::userWords(const QString &language) const
{
    QFile file(userDictionaryPath(language));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList words;
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    while (!in.atEnd()) {
        const QString word = in.readLine().trimmed();
        if (!word.isEmpty() && !word.startsWith(u'#'))
            words.append(word);
    }
    return words;
}

void SpellingService::loadUserWords(const QString &primary, SpellChecker *checker) const
{
    const QStringList words = userWords(primary);
    for (const QString &word : words)
        checker->addWord(word);
}

void SpellingService::addToDictionary(const QString &language, const QString &word)
{
    const QString path = userDictionaryPath(language);
    const QString trimmed = word.trimmed();
    if (path.isEmpty() || trimmed.isEmpty())
        return;
    QStringList words = userWords(language);
    if (!words.contains(trimmed)) {
        words.append(trimmed);
        words.sort(Qt::CaseInsensitive);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
            file.write((words.join(u'\n') + u'\n').toUtf8());
            if (!file.commit())
                qWarning("Cannot save the spelling word list %s", qPrintable(path));
        }
    }
    // Every loaded dictionary of that language learns it now.
    const QString primary = primaryOf(language);
    for (const auto &[name, dictionary] : m_dictionaries) {
        if (primaryOf(name) != primary)
            continue;
        const auto found = m_checkers.find(dictionary.key);
        if (found != m_checkers.end() && found->second)
            found->second->addWord(trimmed);
    }
    emit changed();
}

void SpellingService::ignore(const QString &word)
{
    if (word.isEmpty() || m_ignored.contains(word))
        return;
    m_ignored.insert(word);
    emit changed();
}

void SpellingService::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    emit changed();
}

void SpellingService::setDefaultLanguage(const QString &language)
{
    if (m_defaultLanguage == language)
        return;
    m_defaultLanguage = language;
    emit changed();
}

void SpellingService::setDocument(Core::Document *document)
{
    disconnect(m_documentConnection);
    m_document = document;
    if (!document)
        return;
    setDefaultLanguage(document->course().metadata().language);
    m_documentConnection = connect(document, &Core::Document::metadataChanged, this, [this] {
        if (m_document)
            setDefaultLanguage(m_document->course().metadata().language);
    });
}

QString SpellingService::languageOf(const QWidget *field) const
{
    for (const QWidget *widget = field; widget; widget = widget->parentWidget()) {
        const QVariant language = widget->property(Spelling::languageProperty);
        if (language.isValid() && !language.toString().isEmpty())
            return language.toString();
        if (widget->isWindow())
            break;
    }
    return m_defaultLanguage;
}

bool SpellingService::isCheckable(const QWidget *widget)
{
    if (!widget)
        return false;
    if (const auto *line = qobject_cast<const QLineEdit *>(widget)) {
        if (line->isReadOnly() || line->echoMode() != QLineEdit::Normal || line->validator())
            return false;
        const QWidget *parent = line->parentWidget();
        if (qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QComboBox *>(parent))
            return false;
    } else if (const auto *text = qobject_cast<const QTextEdit *>(widget)) {
        if (text->isReadOnly() || qobject_cast<const QTextBrowser *>(text))
            return false;
    } else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget)) {
        if (plain->isReadOnly())
            return false;
    } else {
        return false;
    }
    if (qobject_cast<const QFileDialog *>(widget->window()))
        return false;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QVariant checkable = w->property(Spelling::spellCheckProperty);
        if (checkable.isValid())
            return checkable.toBool();
        if (w->isWindow())
            break;
    }
    return true;
}

void SpellingService::attachToApplication()
{
    if (m_attachedToApplication || !qApp)
        return;
    m_attachedToApplication = true;
    qApp->installEventFilter(this);
    // Fields already on screen.
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (widget->isVisible())
            attach(widget);
    }
}

bool SpellingService::attach(QWidget *field)
{
    if (!field || m_attachments.contains(field) || !isCheckable(field))
        return false;
    m_attachments.insert(field, new SpellingAttachment(field, this));
    return true;
}

SpellingAttachment *SpellingService::attachment(const QWidget *field) const
{
    return m_attachments.value(field);
}

void SpellingService::forget(const QWidget *field)
{
    m_attachments.remove(field);
}

bool SpellingService::eventFilter(QObject *watched, QEvent *event)
{
    // Cheap for every other event: one comparison.
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (!m_attachments.contains(widget)
            && (qobject_cast<QLineEdit *>(widget) || qobject_cast<QTextEdit *>(widget)
                || qobject_cast<QPlainTextEdit *>(widget)))
            attach(widget);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace App
