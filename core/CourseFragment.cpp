// SPDX-License-Identifier: MIT
#include "CourseFragment.h"

#include "CourseSerializer.h"
#include "HtmlSanitizer.h"
#include "ProjectFile.h"
#include "PugiByteWriter.h"
#include "Sha256.h"
#include "Tr.h"

#include <QHash>
#include <QSet>

#include <pugixml.hpp>

#include <cstring>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace Core {

namespace {

constexpr char fragmentNamespace[] = "https://capsule.example/ns/fragment/1";

const char *kindName(CourseFragment::Kind kind)
{
    switch (kind) {
    case CourseFragment::Kind::Slides:
        return "slides";
    case CourseFragment::Kind::Sections:
        return "sections";
    case CourseFragment::Kind::Blocks:
        return "blocks";
    }
    return "slides";
}

bool kindFromName(const char *name, CourseFragment::Kind &out)
{
    for (auto kind : {CourseFragment::Kind::Slides,
                      CourseFragment::Kind::Sections,
                      CourseFragment::Kind::Blocks}) {
        if (std::strcmp(name, kindName(kind)) == 0) {
            out = kind;
            return true;
        }
    }
    return false;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

QString toString(CourseFragment::Kind kind)
{
    return QString::fromLatin1(kindName(kind));
}

QString CourseFragment::mimeType()
{
    return u"application/x-capsule-fragment"_s;
}

QString CourseFragment::templateSuffix()
{
    return u"capsuleslide"_s;
}

CourseFragment::CourseFragment()
    : m_course(std::make_unique<Course>())
{}
CourseFragment::CourseFragment(CourseFragment &&) noexcept = default;
CourseFragment &CourseFragment::operator=(CourseFragment &&) noexcept = default;
CourseFragment::~CourseFragment() = default;

Result<CourseFragment>
CourseFragment::make(Kind kind, const Course &source, std::unique_ptr<Course> part)
{
    part->setId(source.id());
    part->metadata() = CourseMetadata{};
    part->metadata().title.clear();
    part->metadata().language = source.metadata().language;

    std::set<AssetId> used;
    for (const auto &section : part->sections()) {
        for (const auto &slide : section->slides) {
            const std::vector<AssetId> ids = slide->referencedAssets();
            used.insert(ids.begin(), ids.end());
        }
    }
    qint64 total = 0;
    for (const AssetId &id : used) {
        if (const MediaAsset *asset = source.asset(id))
            total += asset->byteSize;
    }
    if (total > maxMediaBytes) {
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The selection uses %1 MB of media; at most %2 MB can be copied "
                                "at once. Copy fewer slides, or slides with smaller media.")
                             .arg(megabytes(total), megabytes(maxMediaBytes)));
    }
    for (const AssetId &id : used) {
        const MediaAsset *asset = source.asset(id);
        if (!asset)
            continue; // a dangling reference: the serializer below reports it
        MediaAsset copy = *asset;
        if (copy.source.kind != AssetSource::Kind::Memory
            || !copy.source.expectedSha256.isEmpty()) {
            auto bytes = ProjectFile::readAssetBytes(asset->source, maxMediaBytes);
            if (!bytes)
                return bytes.error();
            copy.source = AssetSource(AssetSource::Kind::Memory, {}, {}, std::move(*bytes));
        }
        part->assets().emplace(id, std::move(copy));
    }
    CourseFragment fragment;
    fragment.m_kind = kind;
    fragment.m_course = std::move(part);
    return fragment;
}

Result<CourseFragment> CourseFragment::fromSlides(const Course &course,
                                                  const std::vector<SlideId> &ids)
{
    auto part = std::make_unique<Course>();
    auto section = std::make_unique<Section>();
    section->id = SectionId::generate();
    QSet<QString> seen;
    for (const SlideId &id : ids) {
        const SlidePosition at = course.slidePosition(id);
        if (!at.isValid() || seen.contains(id.toString()))
            continue;
        seen.insert(id.toString());
        section->slides.push_back(std::make_unique<Slide>(
            *course.sections()[size_t(at.section)]->slides[size_t(at.slide)]));
    }
    if (section->slides.empty())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("No slide is selected."));
    part->sections().push_back(std::move(section));
    return make(Kind::Slides, course, std::move(part));
}

Result<CourseFragment> CourseFragment::fromSections(const Course &course,
                                                    const std::vector<SectionId> &ids)
{
    auto part = std::make_unique<Course>();
    QSet<QString> seen;
    for (const SectionId &id : ids) {
        const int index = course.sectionIndex(id);
        if (index < 0 || seen.contains(id.toString()))
            continue;
        seen.insert(id.toString());
        part->sections().push_back(course.sections()[size_t(index)]->clone());
    }
    if (part->sections().empty())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("No section is selected."));
    return make(Kind::Sections, course, std::move(part));
}

Result<CourseFragment> CourseFragment::fromBlocks(const Course &course,
                                                  const SlideId &slideId,
                                                  const std::vector<int> &blockIndexes)
{
    const Slide *slide = course.slide(slideId);
    const auto *content = slide ? std::get_if<ContentBody>(&slide->body) : nullptr;
    if (!content)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("No block is selected."));
    std::set<int> indexes(blockIndexes.begin(), blockIndexes.end());
    Slide copy = Slide::create(SlideKind::Content, slide->title);
    auto &blocks = std::get<ContentBody>(copy.body).blocks;
    for (int index : indexes) {
        if (index >= 0 && size_t(index) < content->blocks.size())
            blocks.push_back(content->blocks[size_t(index)]);
    }
    if (blocks.empty())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("No block is selected."));
    auto part = std::make_unique<Course>();
    auto section = std::make_unique<Section>();
    section->id = SectionId::generate();
    section->slides.push_back(std::make_unique<Slide>(std::move(copy)));
    part->sections().push_back(std::move(section));
    return make(Kind::Blocks, course, std::move(part));
}

QString CourseFragment::name() const
{
    return m_course->metadata().title;
}

void CourseFragment::setName(const QString &name)
{
    m_course->metadata().title = name;
}

QString CourseFragment::language() const
{
    return m_course->metadata().language;
}

std::vector<const Slide *> CourseFragment::slides() const
{
    return m_course->allSlides();
}

const std::vector<ContentBlock> &CourseFragment::blocks() const
{
    static const std::vector<ContentBlock> none;
    if (m_kind != Kind::Blocks || m_course->sections().empty()
        || m_course->sections().front()->slides.empty()) {
        return none;
    }
    const auto *content = std::get_if<ContentBody>(&m_course->sections().front()->slides[0]->body);
    return content ? content->blocks : none;
}

Result<QByteArray> CourseFragment::toBytes() const
{
    qint64 media = 0;
    for (const auto &[id, asset] : m_course->assets())
        media += asset.source.data.size();
    if (media > maxMediaBytes) {
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The selection uses %1 MB of media; at most %2 MB can be copied "
                                "at once. Copy fewer slides, or slides with smaller media.")
                             .arg(megabytes(media), megabytes(maxMediaBytes)));
    }
    pugi::xml_document doc;
    pugi::xml_node root = doc.append_child("fragment");
    root.append_attribute("xmlns").set_value(fragmentNamespace);
    root.append_attribute("formatVersion").set_value(formatVersion);
    root.append_attribute("kind").set_value(kindName(m_kind));
    const QByteArray courseXml = CourseSerializer::toXml(*m_course);
    root.append_child("course").append_child(pugi::node_pcdata).set_value(courseXml.constData());
    for (const auto &[id, asset] : m_course->assets()) {
        pugi::xml_node file = root.append_child("file");
        file.append_attribute("id").set_value(id.toString().toLatin1().constData());
        file.append_child(pugi::node_pcdata).set_value(asset.source.data.toBase64().constData());
    }
    QByteArray out;
    PugiByteWriter writer(out);
    doc.save(writer, "  ", pugi::format_default, pugi::encoding_utf8);
    if (out.size() > maxBytes) {
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The selection takes %1 MB; at most %2 MB can be copied at once.")
                             .arg(megabytes(out.size()), megabytes(maxBytes)));
    }
    return out;
}

Result<CourseFragment> CourseFragment::fromBytes(const QByteArray &bytes, const QString &source)
{
    if (bytes.size() > maxBytes) {
        return makeError(ErrorCode::InvalidContent,
                         Tr::tr("%1: the Capsule fragment takes %2 MB, more than the %3 MB "
                                "Capsule reads; it was not read.")
                             .arg(source, megabytes(bytes.size()), megabytes(maxBytes)));
    }
    const auto lineOf = [&bytes](ptrdiff_t offset) {
        const qsizetype end = std::clamp<qsizetype>(qsizetype(offset), 0, bytes.size());
        return QString::number(QByteArrayView(bytes.constData(), end).count('\n') + 1);
    };
    const auto invalid = [&](pugi::xml_node node, const QString &problem) {
        return makeError(ErrorCode::InvalidContent,
                         Tr::tr("%1: Capsule fragment, line %2: %3")
                             .arg(source, lineOf(node.offset_debug()), problem));
    };
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed
        = doc.load_buffer(bytes.constData(),
                          size_t(bytes.size()),
                          pugi::parse_cdata | pugi::parse_escapes | pugi::parse_doctype,
                          pugi::encoding_utf8);
    if (!parsed) {
        return makeError(
            ErrorCode::MalformedXml,
            Tr::tr("%1: not a Capsule fragment: the XML is not well-formed (line %2: "
                   "%3).")
                .arg(source, lineOf(parsed.offset), QString::fromUtf8(parsed.description())));
    }
    pugi::xml_node root;
    for (pugi::xml_node child = doc.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_doctype) {
            return makeError(ErrorCode::MalformedXml,
                             Tr::tr("%1: a Capsule fragment has no DOCTYPE (line %2).")
                                 .arg(source, lineOf(child.offset_debug())));
        }
        if (child.type() == pugi::node_element) {
            if (root) {
                return makeError(
                    ErrorCode::MalformedXml,
                    Tr::tr("%1: not a Capsule fragment: more than one root element.").arg(source));
            }
            root = child;
        }
    }
    if (!root || std::strcmp(root.name(), "fragment") != 0
        || std::strcmp(root.attribute("xmlns").value(), fragmentNamespace) != 0) {
        return makeError(ErrorCode::InvalidContent,
                         Tr::tr("%1: not a Capsule fragment (the root element must be "
                                "<fragment xmlns=\"%2\">).")
                             .arg(source, QString::fromLatin1(fragmentNamespace)));
    }
    // The version first: a newer wrapper is reported as newer whatever else changed in it.
    {
        const char *version = root.attribute("formatVersion").value();
        bool ok = false;
        const int value = QByteArray(version).toInt(&ok);
        const bool digits = *version && std::strspn(version, "0123456789") == std::strlen(version);
        if (digits && (!ok || value > formatVersion)) {
            return makeError(ErrorCode::NewerFormat,
                             Tr::tr("%1: the Capsule fragment comes from a newer version of "
                                    "Capsule (fragment format %2); this version reads format %3.")
                                 .arg(source, QString::fromUtf8(version))
                                 .arg(formatVersion));
        }
        if (!digits || value < 1) {
            return invalid(root,
                           Tr::tr("<fragment> has no valid \"formatVersion\" (\"%1\").")
                               .arg(QString::fromUtf8(version)));
        }
    }
    Kind kind = Kind::Slides;
    for (pugi::xml_attribute a = root.first_attribute(); a; a = a.next_attribute()) {
        const char *name = a.name();
        if (std::strcmp(name, "kind") == 0) {
            if (!kindFromName(a.value(), kind)) {
                return invalid(root,
                               Tr::tr("<fragment> has an unknown kind \"%1\" (slides, sections or "
                                      "blocks).")
                                   .arg(QString::fromUtf8(a.value())));
            }
        } else if (std::strcmp(name, "xmlns") != 0 && std::strcmp(name, "formatVersion") != 0) {
            return invalid(
                root,
                Tr::tr("<fragment> has an unknown attribute \"%1\".").arg(QString::fromUtf8(name)));
        }
    }
    if (!root.attribute("kind"))
        return invalid(root, Tr::tr("<fragment> lacks the required attribute \"kind\"."));

    pugi::xml_node courseNode;
    std::map<QString, pugi::xml_node> files;
    for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            if (QByteArray(child.value()).trimmed().isEmpty())
                continue;
            return invalid(child, Tr::tr("<fragment> cannot contain text."));
        }
        if (child.type() != pugi::node_element)
            continue;
        const QString tag = u'<' + QString::fromUtf8(child.name()) + u'>';
        if (std::strcmp(child.name(), "course") == 0) {
            if (courseNode)
                return invalid(child, Tr::tr("<course> appears more than once."));
            if (child.first_attribute()) {
                return invalid(child,
                               Tr::tr("<course> has an unknown attribute \"%1\".")
                                   .arg(QString::fromUtf8(child.first_attribute().name())));
            }
            courseNode = child;
        } else if (std::strcmp(child.name(), "file") == 0) {
            const QString id = QString::fromUtf8(child.attribute("id").value());
            if (!child.attribute("id") || child.first_attribute().next_attribute()
                || std::strcmp(child.first_attribute().name(), "id") != 0) {
                return invalid(child, Tr::tr("<file> must have exactly one attribute, \"id\"."));
            }
            if (files.count(id))
                return invalid(child, Tr::tr("the media %1 has two <file> elements.").arg(id));
            files.emplace(id, child);
        } else {
            return invalid(child, Tr::tr("%1 is not allowed in <fragment>.").arg(tag));
        }
    }
    if (!courseNode)
        return invalid(root, Tr::tr("<fragment> lacks the required element <course>."));
    for (pugi::xml_node child = courseNode.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_pcdata && child.type() != pugi::node_cdata)
            return invalid(child, Tr::tr("<course> holds an element; it holds escaped text."));
    }
    QByteArray courseXml;
    for (pugi::xml_node child = courseNode.first_child(); child; child = child.next_sibling())
        courseXml += child.value();
    auto course = CourseSerializer::fromXml(courseXml, source);
    if (!course)
        return course.error();
    Course &part = **course;

    // Media: exactly the ones listed, each with its bytes.
    for (auto &[id, asset] : part.assets()) {
        const auto it = files.find(id.toString());
        if (it == files.end()) {
            return makeError(ErrorCode::MissingAsset,
                             Tr::tr("%1: the Capsule fragment lists the media %2 (%3) but does not "
                                    "hold its bytes.")
                                 .arg(source, id.toString(), asset.fileName));
        }
        QByteArray text;
        for (pugi::xml_node child = it->second.first_child(); child; child = child.next_sibling()) {
            if (child.type() == pugi::node_element)
                return invalid(child, Tr::tr("<file> holds an element; it holds base64 text."));
            text += child.value();
        }
        auto decoded = QByteArray::fromBase64Encoding(text.simplified().replace(' ', QByteArray()),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return invalid(
                it->second,
                Tr::tr("the bytes of the media %1 are not valid base64.").arg(id.toString()));
        }
        if (decoded.decoded.size() != asset.byteSize
            || Sha256::hex(decoded.decoded) != id.toString()) {
            return makeError(ErrorCode::HashMismatch,
                             Tr::tr("%1: the bytes of the media %2 (%3) in the Capsule fragment "
                                    "are damaged (their size or SHA-256 does not match).")
                                 .arg(source, id.toString(), asset.fileName));
        }
        asset.source = AssetSource(AssetSource::Kind::Memory, {}, {}, std::move(decoded.decoded));
        files.erase(it);
    }
    if (!files.empty()) {
        return invalid(files.begin()->second,
                       Tr::tr("<file> holds the media %1, which the course part does not list.")
                           .arg(files.begin()->first));
    }

    // The shape of the part must match its kind.
    const auto &sections = part.sections();
    const bool oneSection = sections.size() == 1;
    bool shaped = !part.banks().size();
    switch (kind) {
    case Kind::Slides:
        shaped = shaped && oneSection && !sections[0]->slides.empty();
        break;
    case Kind::Sections:
        shaped = shaped && !sections.empty();
        break;
    case Kind::Blocks:
        shaped = shaped && oneSection && sections[0]->slides.size() == 1
                 && sections[0]->slides[0]->kind() == SlideKind::Content
                 && !std::get<ContentBody>(sections[0]->slides[0]->body).blocks.empty();
        break;
    }
    if (!shaped) {
        return invalid(courseNode,
                       Tr::tr("the course part does not hold what a \"%1\" fragment holds (see "
                              "the file format documentation).")
                           .arg(toString(kind)));
    }
    CourseFragment fragment;
    fragment.m_kind = kind;
    fragment.m_course = std::move(*course);
    return fragment;
}

QString CourseFragment::toPlainText() const
{
    QStringList lines;
    const auto addBlocks = [&lines](const std::vector<ContentBlock> &blocks) {
        for (const ContentBlock &block : blocks) {
            QStringList parts;
            const auto add = [&parts](const QString &html) {
                const QString text = HtmlSanitizer::toPlainText(html);
                if (!text.isEmpty())
                    parts.append(text);
            };
            add(block.text);
            for (const BlockItem &item : block.items) {
                add(item.title);
                add(item.text);
            }
            for (const QStringList &row : block.rows)
                parts.append(row.join(u'\t'));
            add(block.caption);
            if (!parts.isEmpty())
                lines.append(parts.join(u'\n'));
        }
    };
    if (m_kind == Kind::Blocks) {
        addBlocks(blocks());
    } else {
        for (const auto &section : m_course->sections()) {
            if (m_kind == Kind::Sections && !section->title.isEmpty())
                lines.append(section->title);
            for (const auto &slide : section->slides) {
                if (!slide->title.isEmpty())
                    lines.append(slide->title);
                if (const auto *content = std::get_if<ContentBody>(&slide->body))
                    addBlocks(content->blocks);
                else if (const Question *question = slide->question())
                    lines.append(HtmlSanitizer::toPlainText(question->prompt));
            }
        }
    }
    return lines.join(u"\n\n"_s);
}

QString CourseFragment::toHtml() const
{
    QString html;
    const auto escape = [](const QString &text) { return text.toHtmlEscaped(); };
    const auto addBlocks = [&html, &escape](const std::vector<ContentBlock> &blocks) {
        using Type = ContentBlock::Type;
        for (const ContentBlock &block : blocks) {
            switch (block.type) {
            case Type::Heading:
            case Type::KeyFigure:
            case Type::Button:
                html += u"<p><strong>"_s + escape(block.text) + u"</strong></p>"_s;
                break;
            case Type::Table:
                for (const QStringList &row : block.rows) {
                    QStringList cells;
                    for (const QString &cell : row)
                        cells.append(escape(cell));
                    html += u"<p>"_s + cells.join(u" | "_s) + u"</p>"_s;
                }
                break;
            default:
                if (!block.text.isEmpty())
                    html += block.text;
                for (const BlockItem &item : block.items) {
                    if (!item.title.isEmpty())
                        html += u"<p><strong>"_s + escape(item.title) + u"</strong></p>"_s;
                    html += item.text;
                }
                break;
            }
            if (!block.caption.isEmpty())
                html += u"<p><em>"_s + escape(block.caption) + u"</em></p>"_s;
        }
    };
    if (m_kind == Kind::Blocks) {
        addBlocks(blocks());
    } else {
        for (const auto &section : m_course->sections()) {
            if (m_kind == Kind::Sections && !section->title.isEmpty())
                html += u"<h2>"_s + escape(section->title) + u"</h2>"_s;
            for (const auto &slide : section->slides) {
                if (!slide->title.isEmpty())
                    html += u"<h3>"_s + escape(slide->title) + u"</h3>"_s;
                if (const auto *content = std::get_if<ContentBody>(&slide->body))
                    addBlocks(content->blocks);
                else if (const Question *question = slide->question())
                    html += question->prompt;
                else if (const auto *scenario = std::get_if<ScenarioBody>(&slide->body))
                    html += scenario->situation;
            }
        }
    }
    return HtmlSanitizer::sanitize(html);
}

CourseFragment::Instance CourseFragment::instantiate(const Course &target) const
{
    Instance instance;
    // New ids first, so that references can be remapped whatever their order.
    QHash<QString, SlideId> newIds;
    for (const Slide *slide : slides())
        newIds.insert(slide->id.toString(), SlideId::generate());

    const auto remapBlocks = [&](std::vector<ContentBlock> &blocks) {
        for (ContentBlock &block : blocks) {
            if (block.targetSlide.isNull() || m_kind == Kind::Blocks) {
                // A block alone keeps a link only to a slide target has.
            } else if (const auto it = newIds.constFind(block.targetSlide.toString());
                       it != newIds.constEnd()) {
                block.targetSlide = *it;
                continue;
            }
            if (!block.targetSlide.isNull() && !target.slide(block.targetSlide)) {
                block.targetSlide = SlideId();
                ++instance.droppedSlideLinks;
            }
        }
    };
    // Sections pasted whole get new ids too; branches into them follow.
    QHash<QString, SectionId> newSectionIds;
    if (m_kind == Kind::Sections) {
        for (const auto &section : m_course->sections())
            newSectionIds.insert(section->id.toString(), SectionId::generate());
    }
    // A branch to a slide or section of the fragment goes to its copy; to one the target
    // course has, stays; otherwise it becomes "next" (counted with the buttons' links).
    const auto remapTarget = [&](BranchTarget &branch) {
        if (!branch.slide.isNull()) {
            if (const auto it = newIds.constFind(branch.slide.toString()); it != newIds.constEnd())
                branch.slide = *it;
            else if (!target.slidePosition(branch.slide).isValid())
                branch = {}, ++instance.droppedBranches;
        } else if (!branch.section.isNull()) {
            if (const auto it = newSectionIds.constFind(branch.section.toString());
                it != newSectionIds.constEnd())
                branch.section = *it;
            else if (target.sectionIndex(branch.section) < 0)
                branch = {}, ++instance.droppedBranches;
        }
    };
    const auto copySlide = [&](const Slide &slide) {
        auto copy = std::make_unique<Slide>(slide);
        copy->id = newIds.value(slide.id.toString());
        if (auto *question = std::get_if<QuestionBody>(&copy->body)) {
            remapTarget(question->question.onCorrect);
            remapTarget(question->question.onIncorrect);
            for (Choice &choice : question->question.choices)
                remapTarget(choice.leadsTo);
        } else if (auto *result = std::get_if<ResultBody>(&copy->body)) {
            remapTarget(result->onPass);
            remapTarget(result->onFail);
        }
        if (auto *content = std::get_if<ContentBody>(&copy->body)) {
            remapBlocks(content->blocks);
        } else if (auto *draw = std::get_if<DrawBody>(&copy->body)) {
            const auto before = draw->banks.size();
            std::erase_if(draw->banks, [&target](const BankId &id) { return !target.bank(id); });
            instance.droppedBankRefs += int(before - draw->banks.size());
        } else if (auto *scenario = std::get_if<ScenarioBody>(&copy->body)) {
            for (ScenarioResponse &response : scenario->responses)
                remapTarget(response.leadsTo);
        }
        return copy;
    };

    switch (m_kind) {
    case Kind::Slides:
        for (const Slide *slide : slides())
            instance.slides.push_back(copySlide(*slide));
        break;
    case Kind::Sections:
        for (const auto &section : m_course->sections()) {
            auto copy = std::make_unique<Section>();
            copy->id = newSectionIds.value(section->id.toString());
            copy->title = section->title;
            copy->branchOnly = section->branchOnly;
            for (const auto &slide : section->slides)
                copy->slides.push_back(copySlide(*slide));
            instance.sections.push_back(std::move(copy));
        }
        break;
    case Kind::Blocks:
        instance.blocks = blocks();
        remapBlocks(instance.blocks);
        break;
    }
    for (const auto &[id, asset] : m_course->assets()) {
        if (target.asset(id))
            ++instance.reusedAssets;
        else
            instance.newAssets.push_back(asset);
    }
    return instance;
}

QStringList CourseFragment::Instance::notes() const
{
    QStringList notes;
    // Spelled out rather than "%n ...(s)": English has no catalogue with plural forms.
    if (droppedSlideLinks == 1) {
        notes.append(Tr::tr("A button went to a slide that is not in this course; its link was "
                            "removed."));
    } else if (droppedSlideLinks > 1) {
        notes.append(Tr::tr("%1 buttons went to slides that are not in this course; their links "
                            "were removed.")
                         .arg(droppedSlideLinks));
    }
    if (droppedBranches == 1) {
        notes.append(Tr::tr("A branch went to a slide or section that is not in this course; it "
                            "now goes to the next slide."));
    } else if (droppedBranches > 1) {
        notes.append(Tr::tr("%1 branches went to slides or sections that are not in this course; "
                            "they now go to the next slide.")
                         .arg(droppedBranches));
    }
    if (droppedBankRefs == 1) {
        notes.append(Tr::tr("A draw used a question bank that is not in this course; it no longer "
                            "draws from it."));
    } else if (droppedBankRefs > 1) {
        notes.append(Tr::tr("%1 question banks used by draws are not in this course; the draws "
                            "no longer use them.")
                         .arg(droppedBankRefs));
    }
    return notes;
}

} // namespace Core
