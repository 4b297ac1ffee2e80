// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"

using namespace Qt::StringLiterals;

TEST_CASE("registerBuiltinExporters adds SCORM 1.2, SCORM 2004 and web", "[export][registry]")
{
    Export::ExporterRegistry registry;
    Export::registerBuiltinExporters(registry);
    QStringList ids;
    for (const Export::Exporter *exporter : registry.all())
        ids.append(exporter->id());
    CHECK(ids == QStringList{u"scorm12"_s, u"scorm2004"_s, u"web"_s});
    for (const QString &id : ids) {
        REQUIRE(registry.byId(id));
        CHECK(registry.byId(id)->id() == id);
    }
    CHECK_FALSE(registry.byId(u"pdf"_s));
}
