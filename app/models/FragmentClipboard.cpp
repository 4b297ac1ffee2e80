// SPDX-License-Identifier: MIT
#include "FragmentClipboard.h"

#include "app/Tr.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace App {

QString FragmentClipboard::kindMimeType()
{
    return u"application/x-capsule-fragment-kind"_s;
}

Core::Result<QMimeData *> FragmentClipboard::mimeData(const Core::CourseFragment &fragment)
{
    auto bytes = fragment.toBytes();
    if (!bytes)
        return bytes.error();
    auto *data = new QMimeData;
    data->setData(Core::CourseFragment::mimeType(), *bytes);
    data->setData(kindMimeType(), Core::toString(fragment.kind()).toLatin1());
    data->setText(fragment.toPlainText());
    data->setHtml(fragment.toHtml());
    return data;
}

Core::Result<void> FragmentClipboard::copy(const Core::CourseFragment &fragment)
{
    auto data = mimeData(fragment);
    if (!data)
        return data.error();
    QGuiApplication::clipboard()->setMimeData(*data);
    return {};
}

std::optional<Core::CourseFragment::Kind> FragmentClipboard::kind(const QMimeData *data)
{
    using Kind = Core::CourseFragment::Kind;
    if (!data || !data->hasFormat(Core::CourseFragment::mimeType()))
        return std::nullopt;
    const QByteArray name = data->data(kindMimeType());
    for (Kind kind : {Kind::Slides, Kind::Sections, Kind::Blocks}) {
        if (name == Core::toString(kind).toLatin1())
            return kind;
    }
    return std::nullopt;
}

std::optional<Core::CourseFragment::Kind> FragmentClipboard::kind()
{
    return kind(QGuiApplication::clipboard()->mimeData());
}

std::optional<Core::Result<Core::CourseFragment>> FragmentClipboard::paste()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data || !data->hasFormat(Core::CourseFragment::mimeType()))
        return std::nullopt;
    return Core::CourseFragment::fromBytes(data->data(Core::CourseFragment::mimeType()),
                                           Tr::tr("The clipboard"));
}

} // namespace App
