// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <map>
#include <memory>

class QMenu;

namespace Core {
class Document;
}

namespace App {

class SpellChecker;
class SpellingAttachment;

/**
 * Spell checking for the editor: finds the installed Hunspell dictionaries, gives the checker
 * of a language, keeps the user's own words per language ("Add to Dictionary", a UTF-8 word
 * list per primary language in userDictionaryDirectory) and the words ignored for the session,
 * and, once attachToApplication() ran, checks every editable text field the application shows
 * (QLineEdit, QTextEdit, QPlainTextEdit) in its language: the field's (or an ancestor's)
 * "capsuleLanguage" property, else the course's source language (SpellingProperties.h).
 *
 * Without any dictionary for a language, its fields are simply not checked. The service owns
 * the checkers and the attachments it made (children of their fields); it must outlive neither
 * nor be outlived by a field it checks (deleting it detaches everything).
 */
class SpellingService final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QStringList dictionaryDirectories; ///< empty: defaultDictionaryDirectories()
        QString userDictionaryDirectory;   ///< empty: <AppDataLocation>/spelling
    };

    explicit SpellingService(QObject *parent = nullptr);
    explicit SpellingService(Options options, QObject *parent = nullptr);
    ~SpellingService() override;

    /** $DICPATH, then ~/.local/share/hunspell and the XDG data folders' hunspell/, then
     *  /usr/share/hunspell and /usr/share/myspell/dicts. */
    static QStringList defaultDictionaryDirectories();

    /** The installed dictionaries' names ("en_US", "fr_FR", ...), sorted. */
    QStringList dictionaries() const;
    /** The dictionary used for a BCP 47 language: "fr" → fr_FR (else fr, else any fr_*),
     *  "fr-CA" → fr_CA (else as "fr"). Empty when none fits. */
    QString dictionaryFor(const QString &language) const;
    bool hasDictionary(const QString &language) const { return !dictionaryFor(language).isEmpty(); }
    /** The checker of a language, loaded on first use and owned here; null without dictionary. */
    SpellChecker *checker(const QString &language);

    /** True when word is spelled right in language, ignored, or language has no dictionary. */
    bool isCorrect(const QString &language, const QString &word);
    QStringList suggestions(const QString &language, const QString &word, int max = 6);
    /** Accepts word in language (and its regional variants) now and in later sessions. */
    void addToDictionary(const QString &language, const QString &word);
    /** Accepts word in every language until the application quits. */
    void ignore(const QString &word);
    /** The words the user added for language's primary subtag. */
    QStringList userWords(const QString &language) const;
    QString userDictionaryPath(const QString &language) const;

    /** Checking while typing (Preferences); off: no underline, no suggestion. */
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    /** The language of fields that do not say theirs: the course's source language. */
    QString defaultLanguage() const { return m_defaultLanguage; }
    void setDefaultLanguage(const QString &language);
    /** Follows a document's source language (CourseMetadata::language). Not owned. */
    void setDocument(Core::Document *document);

    /** The language a field is written in (its or an ancestor's property, else the default). */
    QString languageOf(const QWidget *field) const;
    /** Whether a widget is a text field to check: editable prose, not opted out. */
    static bool isCheckable(const QWidget *widget);

    /** Checks every editable text field the application shows from now on. */
    void attachToApplication();
    /** Checks one field (QLineEdit, QTextEdit, QPlainTextEdit). False if it is not checkable. */
    bool attach(QWidget *field);
    /** The attachment checking field, or null. */
    SpellingAttachment *attachment(const QWidget *field) const;

signals:
    /** Something that changes which words are wrong: enabled, languages, the word lists. */
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class SpellingAttachment;
    void forget(const QWidget *field);
    void scanDictionaries();
    void loadUserWords(const QString &primary, SpellChecker *checker) const;

    struct Dictionary
    {
        QString affPath;
        QString dicPath;
        QString key; ///< canonical .aff path: fr_FR and fr_CA linked to fr.aff share a checker
    };

    Options m_options;
    std::map<QString, Dictionary> m_dictionaries;                ///< by name
    std::map<QString, std::unique_ptr<SpellChecker>> m_checkers; ///< by key; null: failed to load
    QSet<QString> m_ignored;
    QHash<const QWidget *, SpellingAttachment *> m_attachments;
    QPointer<Core::Document> m_document;
    QMetaObject::Connection m_documentConnection;
    QString m_defaultLanguage;
    bool m_enabled = true;
    bool m_attachedToApplication = false;
};

} // namespace App
