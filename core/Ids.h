// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QUuid>

namespace Core {

/**
 * A strong-typed, stable identifier. Ids survive save/reload and re-export: they become the
 * identifiers of SCORM items and interactions, so they never contain spaces.
 */
template <typename Tag> class Id
{
public:
    Id() = default;
    explicit Id(QString value)
        : m_value(std::move(value))
    {}

    /** A new random id (a UUID without braces). */
    static Id generate() { return Id(QUuid::createUuid().toString(QUuid::WithoutBraces)); }

    bool isNull() const { return m_value.isEmpty(); }
    const QString &toString() const { return m_value; }

    friend bool operator==(const Id &a, const Id &b) { return a.m_value == b.m_value; }
    friend bool operator!=(const Id &a, const Id &b) { return a.m_value != b.m_value; }
    friend bool operator<(const Id &a, const Id &b) { return a.m_value < b.m_value; }
    friend size_t qHash(const Id &id, size_t seed = 0) { return qHash(id.m_value, seed); }

private:
    QString m_value;
};

struct CourseIdTag;
struct SectionIdTag;
struct SlideIdTag;
struct AssetIdTag;
struct BankIdTag;

using CourseId = Id<CourseIdTag>;
using SectionId = Id<SectionIdTag>;
using SlideId = Id<SlideIdTag>;
/** An asset's id is the lowercase hex SHA-256 of its bytes (content addressing). */
using AssetId = Id<AssetIdTag>;
/** A question bank's id (a UUID, like slides'). */
using BankId = Id<BankIdTag>;

} // namespace Core
