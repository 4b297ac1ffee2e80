// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "app/models/MediaLibraryModel.h"
#include "app/models/MediaOperations.h"
#include "core/Document.h"
#include "core/commands/RemoveSlide.h"
#include "core/commands/SetSlideBody.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

QString writeImage(const QTemporaryDir &dir, const QString &name, QColor color)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(color);
    const QString path = dir.filePath(name);
    REQUIRE(image.save(path));
    return path;
}

} // namespace

TEST_CASE("MediaLibraryModel follows imports, usage and removals", "[app][models]")
{
    auto document = Core::Document::fromTemplate(u"blank"_s);
    REQUIRE(document);
    Core::Document &doc = *document.value();
    App::MediaLibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(&doc);
    CHECK(model.rowCount() == 0);

    QTemporaryDir dir;
    const QString red = writeImage(dir, u"red.png"_s, Qt::red);
    const QString blue = writeImage(dir, u"blue.png"_s, Qt::blue);
    const QString bogus = dir.filePath(u"notes.txt"_s);
    {
        QFile file(bogus);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("hello");
    }

    const auto errors = App::MediaOperations::importInto(doc, {red, blue, bogus});
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().message.contains(u"notes.txt"_s));
    CHECK(model.rowCount() == 2);
    CHECK(doc.undoStack()->count() == 1); // one step for both files

    Core::AssetId redId;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex name = model.index(row, App::MediaLibraryModel::NameColumn);
        if (name.data().toString() == u"red.png"_s)
            redId = model.assetId(name);
    }
    REQUIRE_FALSE(redId.isNull());
    const QModelIndex redUsage = model.indexForAsset(redId, App::MediaLibraryModel::UsageColumn);
    CHECK(redUsage.data(App::MediaLibraryModel::UsageCountRole).toInt() == 0);
    CHECK(redUsage.data().toString() == u"unused"_s);
    CHECK(model.indexForAsset(redId, App::MediaLibraryModel::TypeColumn).data().toString()
          == u"PNG image"_s);

    // A slide starts using the red image.
    const Core::Slide *welcome = doc.course().allSlides().front();
    Core::ContentBody body;
    Core::ContentBlock image;
    image.type = Core::ContentBlock::Type::Image;
    image.image = redId;
    image.altText = u"Red"_s;
    body.blocks.push_back(image);
    doc.push(std::make_unique<Core::SetSlideBody>(&doc, welcome->id, body, u"Add image"_s));
    CHECK(redUsage.data(App::MediaLibraryModel::UsageCountRole).toInt() == 1);
    CHECK(redUsage.data(Qt::ToolTipRole).toString().contains(welcome->title));
    CHECK(App::MediaOperations::unusedAssets(doc).size() == 1);

    // "Remove unused" removes the blue one only, in one step.
    const int steps = doc.undoStack()->count();
    CHECK(App::MediaOperations::removeUnused(doc) == 1);
    CHECK(doc.undoStack()->count() == steps + 1);
    CHECK(model.rowCount() == 1);
    CHECK(model.assetId(model.index(0, 0)) == redId);
    CHECK(App::MediaOperations::removeUnused(doc) == 0);
    CHECK(doc.undoStack()->count() == steps + 1);

    doc.undoStack()->undo();
    CHECK(model.rowCount() == 2);

    // Removing the slide leaves the red image unused again.
    doc.push(std::make_unique<Core::RemoveSlide>(&doc, welcome->id));
    CHECK(model.indexForAsset(redId, App::MediaLibraryModel::UsageColumn)
              .data(App::MediaLibraryModel::UsageCountRole)
              .toInt()
          == 0);
    CHECK(App::MediaOperations::removeUnused(doc) == 2);
    CHECK(model.rowCount() == 0);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    CHECK(model.rowCount() == 0);
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Media file names are recognised by the importer's filters", "[app][models]")
{
    CHECK(App::MediaOperations::isMediaFileName(u"photo.PNG"_s));
    CHECK(App::MediaOperations::isMediaFileName(u"clip.mp4"_s));
    CHECK(App::MediaOperations::isMediaFileName(u"captions.vtt"_s));
    CHECK_FALSE(App::MediaOperations::isMediaFileName(u"course.capsule"_s));
    CHECK_FALSE(App::MediaOperations::isMediaFileName(u"notes.txt"_s));
}

TEST_CASE("MediaLibraryModel counts a target language's media as used", "[app][models]")
{
    // The sample's English screen replaces the French one on its two questions.
    auto document = Core::Document::fromTemplate(u"sample"_s);
    REQUIRE(document);
    App::MediaLibraryModel model;
    model.setDocument(document.value().get());
    int english = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Core::AssetId id = model.assetId(model.index(row, 0));
        if (document.value()->course().asset(id)->fileName == u"ecran-conseiller.en.png")
            english = row;
    }
    REQUIRE(english >= 0);
    CHECK(model.index(english, App::MediaLibraryModel::UsageColumn).data().toString() == u"2"_s);
    CHECK(App::MediaOperations::unusedAssets(*document.value()).empty());
}
