// SPDX-License-Identifier: MIT
#include "TranslationMenu.h"

#include "XliffExportDialog.h"
#include "XliffImportDialog.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/Translation.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace App {

TranslationMenu::TranslationMenu(QWidget *parent)
    : QMenu(tr("&Translation"), parent)
{
    setObjectName(u"translationMenu"_s);
    m_exportXliff = addAction(tr("&Export XLIFF…"), this, &TranslationMenu::exportXliff);
    m_exportXliff->setObjectName(u"actionExportXliff"_s);
    m_exportXliff->setToolTip(tr("Write a target language as an XLIFF file for a translator"));
    m_importXliff = addAction(tr("&Import XLIFF…"), this, &TranslationMenu::importXliff);
    m_importXliff->setObjectName(u"actionImportXliff"_s);
    m_importXliff->setToolTip(tr("Bring a translated XLIFF file back into the course"));
    addSeparator();
    m_importTmx
        = addAction(tr("Import Translation &Memory (TMX)…"), this, &TranslationMenu::importTmx);
    m_importTmx->setObjectName(u"actionImportTmx"_s);
    m_exportTmx
        = addAction(tr("E&xport Translation Memory (TMX)…"), this, &TranslationMenu::exportTmx);
    m_exportTmx->setObjectName(u"actionExportTmx"_s);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(2000);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveMemory(); });
    setDocument(nullptr);
}

void TranslationMenu::setDocument(Core::Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_exportXliff->setEnabled(document);
    m_importXliff->setEnabled(document);
    if (document)
        connect(document,
                &Core::Document::translationsChanged,
                this,
                &TranslationMenu::rememberApproved);
}

Translation::TranslationMemory &TranslationMenu::memory()
{
    if (!m_memoryLoaded) {
        m_memoryLoaded = true;
        const QString path = Translation::TranslationMemory::userMemoryPath();
        if (QFileInfo::exists(path)) {
            if (auto loaded = m_memory.loadTmx(path); !loaded)
                QMessageBox::warning(
                    parentWidget(), tr("Translation Memory"), loaded.error().message);
        }
    }
    return m_memory;
}

bool TranslationMenu::saveMemory()
{
    m_saveTimer->stop();
    if (auto saved = memory().saveTmx(Translation::TranslationMemory::userMemoryPath()); !saved) {
        QMessageBox::warning(parentWidget(), tr("Translation Memory"), saved.error().message);
        return false;
    }
    return true;
}

void TranslationMenu::rememberApproved(const QString &language, const QStringList &unitIds)
{
    if (!m_document)
        return;
    const Core::Course &course = m_document->course();
    const auto translations = course.languages().translations.find(language);
    if (translations == course.languages().translations.end())
        return;
    // Typing in the translation form lands here on every key: walk the course only when an
    // approved translation is among the changes.
    if (std::none_of(unitIds.begin(), unitIds.end(), [&](const QString &id) {
            const auto found = translations->second.find(id);
            return found != translations->second.end() && found->second.approved;
        }))
        return;
    bool added = false;
    for (const Core::TextField &field : Core::textFields(course)) {
        if (!unitIds.contains(field.unitId))
            continue;
        const auto found = translations->second.find(field.unitId);
        if (found == translations->second.end() || !found->second.approved
            || found->second.sourceHash != Core::sourceHash(field.source))
            continue;
        added = memory().add(course.metadata().language,
                             language,
                             field.source,
                             found->second.text,
                             course.metadata().title)
                || added;
    }
    if (added)
        m_saveTimer->start();
}

void TranslationMenu::exportXliff()
{
    if (m_document)
        XliffExportDialog::run(parentWidget(), *m_document, m_currentLanguage, &memory());
}

void TranslationMenu::importXliff()
{
    if (m_document)
        XliffImportDialog::run(parentWidget(), *m_document, &memory());
}

void TranslationMenu::importTmx()
{
    const QString path = QFileDialog::getOpenFileName(parentWidget(),
                                                      tr("Import Translation Memory"),
                                                      QString(),
                                                      tr("TMX files (*.tmx);;All files (*)"));
    if (path.isEmpty())
        return;
    Translation::TranslationMemory incoming;
    if (auto loaded = incoming.loadTmx(path); !loaded) {
        QMessageBox::warning(
            parentWidget(), tr("Import Translation Memory"), loaded.error().message);
        return;
    }
    int added = 0;
    for (const Translation::MemoryEntry &entry : incoming.entries())
        added += memory().add(entry) ? 1 : 0;
    if (!saveMemory())
        return;
    QMessageBox::information(parentWidget(),
                             tr("Import Translation Memory"),
                             tr("%n translation(s) added to your translation memory, which now "
                                "holds %1.",
                                nullptr,
                                added)
                                 .arg(memory().size()));
}

void TranslationMenu::exportTmx()
{
    const QString path = QFileDialog::getSaveFileName(parentWidget(),
                                                      tr("Export Translation Memory"),
                                                      u"translation-memory.tmx"_s,
                                                      tr("TMX files (*.tmx)"));
    if (path.isEmpty())
        return;
    if (auto saved = memory().saveTmx(path); !saved)
        QMessageBox::warning(
            parentWidget(), tr("Export Translation Memory"), saved.error().message);
}

} // namespace App
