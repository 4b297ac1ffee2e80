// SPDX-License-Identifier: MIT
// libFuzzer target: the preview server's request parser (Preview::HttpRequestParser) and its
// Range evaluation (Preview::HttpRange). The same bytes are parsed in one piece and in pieces
// whose sizes come from the input; both must agree, requests included (pipelining: each head
// is followed by the next one on the same parser after reset()).
#include "preview/HttpRange.h"
#include "preview/HttpRequestParser.h"

#include <cstdint>
#include <cstdlib>
#include <limits>
#include <vector>

namespace {

struct Outcome
{
    Preview::HttpRequestParser::State state;
    int errorStatus = 0;
    qsizetype consumed = 0;
    Preview::HttpRequest request;
};

void check(bool condition)
{
    if (!condition)
        std::abort();
}

/** Parses heads from data until one fails or the bytes run out, in pieces of the given sizes. */
std::vector<Outcome> parseAll(QByteArrayView data, const std::vector<qsizetype> &pieces)
{
    std::vector<Outcome> outcomes;
    Preview::HttpRequestParser parser(4096);
    qsizetype at = 0;
    qsizetype headStart = 0;
    size_t next = 0;
    while (at < data.size()) {
        const qsizetype piece = pieces.empty() ? data.size() : pieces[next++ % pieces.size()];
        const QByteArrayView chunk = data.sliced(at).first(qMin(piece, data.size() - at));
        const qsizetype used = parser.feed(chunk);
        check(used >= 0 && used <= chunk.size());
        at += used;
        using State = Preview::HttpRequestParser::State;
        if (parser.state() == State::Incomplete) {
            check(used == chunk.size());
            continue;
        }
        outcomes.push_back(
            {parser.state(), parser.errorStatus(), at - headStart, parser.request()});
        if (parser.state() == State::Failed) {
            check(parser.errorStatus() >= 400 && parser.errorStatus() < 600);
            check(!parser.errorText().isEmpty());
            return outcomes;
        }
        check(used > 0);
        check(parser.request().fieldCount("host") == 1);
        check(!parser.request().method.isEmpty() && !parser.request().target.isEmpty());
        parser.reset();
        headStart = at;
    }
    outcomes.push_back({parser.state(), parser.errorStatus(), at - headStart, {}});
    return outcomes;
}

bool same(const Outcome &a, const Outcome &b)
{
    // After an error the connection closes: how far the parser looked does not matter.
    const bool failed = a.state == Preview::HttpRequestParser::State::Failed;
    return a.state == b.state && a.errorStatus == b.errorStatus
           && (failed || a.consumed == b.consumed) && a.request.method == b.request.method
           && a.request.target == b.request.target
           && a.request.minorVersion == b.request.minorVersion
           && a.request.fields == b.request.fields
           && a.request.contentLength == b.request.contentLength;
}

void checkRange(QByteArrayView value, qint64 size)
{
    const Preview::HttpRange range = Preview::HttpRange::evaluate(value, size);
    if (range.kind == Preview::HttpRange::Kind::Partial) {
        check(range.first >= 0 && range.first <= range.last && range.last < size);
        check(range.length() > 0 && range.length() <= size);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArrayView data(reinterpret_cast<const char *>(bytes), qsizetype(size));

    const std::vector<Outcome> whole = parseAll(data, {});
    // Piece sizes 1..16 taken from the input's own bytes, so the fuzzer explores splits.
    std::vector<qsizetype> pieces;
    for (qsizetype i = 0; i < qMin<qsizetype>(data.size(), 32); ++i)
        pieces.push_back(1 + (static_cast<unsigned char>(data[i]) & 15));
    const std::vector<Outcome> split = parseAll(data, pieces);
    const std::vector<Outcome> bytewise = parseAll(data, {1});
    check(whole.size() == split.size() && whole.size() == bytewise.size());
    for (size_t i = 0; i < whole.size(); ++i)
        check(same(whole[i], split[i]) && same(whole[i], bytewise[i]));

    for (const Outcome &outcome : whole) {
        for (const auto &[name, value] : outcome.request.fields) {
            check(name == name.toLower());
            checkRange(value, 0);
            checkRange(value, 1);
            checkRange(value, 1000);
            checkRange(value, std::numeric_limits<qint64>::max());
        }
    }
    checkRange(data, qint64(size));
    return 0;
}
