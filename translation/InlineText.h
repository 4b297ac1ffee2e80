// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "core/Translation.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace Translation {

/**
 * A text as a translator sees it in XLIFF: runs of text between inline codes. A code stands for
 * markup the translator must keep but cannot edit: an element of core/HtmlSanitizer's safe
 * subset (paired: p, strong, a...; standalone: br) or a fill-in blank's [[n]] marker.
 * Exchange formats spell codes their own way (XLIFF 1.2 <g>/<x/>, 2.0 <pc>/<ph/>, TMX
 * <bpt>/<ept>/<ph>); this is the neutral form between them.
 */
struct Segment
{
    struct Piece
    {
        enum class Type { Text, Start, End, Standalone };
        Type type = Type::Text;
        QString value; ///< the text, or the code's id
        friend bool operator==(const Piece &, const Piece &) = default;
    };
    std::vector<Piece> pieces;

    void appendText(const QString &text);
    void appendCode(Piece::Type type, const QString &id) { pieces.push_back({type, id}); }
    void append(const Segment &other);
    /** The text without its codes. */
    QString plainText() const;
    bool isEmpty() const { return pieces.empty(); }
    friend bool operator==(const Segment &, const Segment &) = default;
};

/** What one code of a source text stands for. */
struct InlineCode
{
    enum class Kind {
        Element,    ///< a paired element: open and close are its start and end tags
        LineBreak,  ///< <br> (standalone)
        BlankMarker ///< a fill-in blank's [[n]] (standalone; open is the marker)
    };
    QString id; ///< "1", "2"... in document order, unique in the text
    Kind kind = Kind::Element;
    QString tag;      ///< element name ("strong", "a", "br"), empty for a marker
    QString open;     ///< the original markup: "<a href=\"...\">", "<br>", "[[2]]"
    QString close;    ///< "</a>"; empty for standalone codes
    QString parentId; ///< the code this one sits in (empty at top level)
    bool isPaired() const { return kind == Kind::Element; }
};

/** A field's source text split into a segment and the codes its markup became. */
struct CodedText
{
    Segment segment;
    std::vector<InlineCode> codes;
    const InlineCode *code(const QString &id) const;
};

/**
 * A translation's text seen through its source's codes: the k-th <a> (<strong>, <br>...) of the
 * translation is the k-th of the source, a blank marker is the same marker. markup keeps the
 * translation's own start tag where it differs from the source's (a localized link address).
 */
struct Alignment
{
    Segment segment;                   ///< carrying the source's code ids
    std::map<QString, QString> markup; ///< source code id → the translation's start tag
};

/**
 * Converts between a field's text (core/Translation.h TextField: plain, or HtmlSanitizer HTML;
 * ClozeText with [[n]] markers) and a Segment with codes. Pure functions.
 */
class InlineText
{
public:
    /** The segment and codes of a text in a field of this format and role. */
    static CodedText fromField(const QString &text, Core::TextFormat format, Core::TextRole role);

    /**
     * Rebuilds a field text from a translated segment using the source's codes. Fails (message
     * without a place, the caller adds file:line) when the segment loses, repeats, invents or
     * re-parents a code, uses a paired code as standalone or the reverse, or types a blank
     * marker as text.
     */
    static Core::Result<QString> toField(const Segment &segment,
                                         const CodedText &source,
                                         Core::TextFormat format,
                                         Core::TextRole role,
                                         const std::map<QString, QString> *markup = nullptr);

    /** A translation aligned with its source's codes; nothing if they do not correspond. */
    static std::optional<Alignment> align(const QString &translation,
                                          const CodedText &source,
                                          Core::TextFormat format,
                                          Core::TextRole role);
};

} // namespace Translation
