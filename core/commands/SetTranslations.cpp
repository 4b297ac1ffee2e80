// SPDX-License-Identifier: MIT
#include "SetTranslations.h"

#include "CommandIds.h"
#include "core/Document.h"

#include <algorithm>
#include <set>

namespace Core {

SetTranslations::SetTranslations(
    Document *document, QString language, Changes changes, QString undoText, QUndoCommand *parent)
    : Command(document, parent)
    , m_language(std::move(language))
{
    // The last change of a unit wins, as if they were applied in order.
    std::set<QString> seen;
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        if (seen.insert(it->first).second)
            m_new.push_back(std::move(*it));
    }
    std::reverse(m_new.begin(), m_new.end());
    const auto &all = document->course().languages().translations;
    const auto lang = all.find(m_language);
    m_old.reserve(m_new.size());
    for (const auto &change : m_new) {
        std::optional<Translation> before;
        if (lang != all.end()) {
            if (const auto it = lang->second.find(change.first); it != lang->second.end())
                before = it->second;
        }
        m_old.emplace_back(change.first, before);
    }
    setText(std::move(undoText));
}

void SetTranslations::redo()
{
    if (!course().languages().targets.contains(m_language) || m_new == m_old) {
        setObsolete(true);
        return;
    }
    mutator().setTranslations(m_language, m_new);
}

void SetTranslations::undo()
{
    mutator().setTranslations(m_language, m_old);
}

int SetTranslations::id() const
{
    return m_new.size() == 1 && m_new.front().second ? int(CommandId::SetTranslations) : -1;
}

bool SetTranslations::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTranslations *>(other);
    if (next->m_language != m_language || next->m_new.size() != 1
        || next->m_new.front().first != m_new.front().first || !next->m_new.front().second
        || next->m_new.front().second->approved != m_new.front().second->approved) {
        return false;
    }
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace Core
