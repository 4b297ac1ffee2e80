// SPDX-License-Identifier: MIT
#include "TemplateGalleryDialog.h"

#include "app/models/ThumbnailRenderer.h"
#include "core/Course.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace {

constexpr QSize thumbnailSize(192, 108);

QListWidget *makeList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setViewMode(QListView::IconMode);
    list->setIconSize(thumbnailSize);
    list->setGridSize(thumbnailSize + QSize(28, 44));
    list->setResizeMode(QListView::Adjust);
    list->setMovement(QListView::Static);
    list->setWrapping(true);
    list->setWordWrap(true);
    list->setUniformItemSizes(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setSpacing(4);
    return list;
}

} // namespace

TemplateGalleryDialog::TemplateGalleryDialog(const Core::Course &course, QWidget *parent)
    : QDialog(parent)
    , m_course(course)
    , m_builtIn(makeList(this, u"builtInTemplates"_s))
    , m_mine(makeList(this, u"userTemplates"_s))
    , m_noOwnLabel(new QLabel(tr("Your own templates appear here. To make one, select a slide "
                                 "and choose Slide ▸ Save Slide as Template…"),
                              this))
{
    setObjectName(u"templateGalleryDialog"_s);
    setWindowTitle(tr("New Slide from Template"));
    resize(900, 640);

    auto *layout = new QVBoxLayout(this);
    auto *builtInLabel = new QLabel(tr("&Built-in"), this);
    auto *mineLabel = new QLabel(tr("&Mine"), this);
    for (QLabel *label : {builtInLabel, mineLabel}) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    builtInLabel->setBuddy(m_builtIn);
    mineLabel->setBuddy(m_mine);
    m_builtIn->setAccessibleName(tr("Built-in templates"));
    m_mine->setAccessibleName(tr("My templates"));
    m_noOwnLabel->setWordWrap(true);
    m_noOwnLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(builtInLabel);
    layout->addWidget(m_builtIn, 3);
    layout->addWidget(mineLabel);
    layout->addWidget(m_noOwnLabel);
    layout->addWidget(m_mine, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_deleteButton = buttons->addButton(tr("&Delete Template"), QDialogButtonBox::ResetRole);
    m_deleteButton->setObjectName(u"deleteTemplateButton"_s);
    m_deleteButton->setAutoDefault(false);
    m_insertButton = buttons->addButton(tr("&Insert"), QDialogButtonBox::AcceptRole);
    m_insertButton->setObjectName(u"insertTemplateButton"_s);
    m_insertButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (chosenTemplate())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteSelected(); });

    for (QListWidget *list : {m_builtIn, m_mine}) {
        list->installEventFilter(this);
        connect(list, &QListWidget::itemActivated, this, [this] { accept(); });
        connect(list, &QListWidget::itemSelectionChanged, this, [this] { updateButtons(); });
        connect(list, &QListWidget::currentItemChanged, this, [this, list](QListWidgetItem *item) {
            if (!item)
                return;
            m_lastList = list;
            // One choice across both lists.
            QListWidget *other = list == m_builtIn ? m_mine : m_builtIn;
            other->clearSelection();
            updateButtons();
        });
    }

    m_templates = SlideTemplates::builtIns(course.metadata().language);
    m_builtInCount = int(m_templates.size());
    fill(m_builtIn, m_templates, 0);
    reloadUserTemplates();
    if (m_builtIn->count() > 0) {
        m_builtIn->setCurrentRow(0);
        m_lastList = m_builtIn;
    }
    m_builtIn->setFocus();
    updateButtons();
}

TemplateGalleryDialog::~TemplateGalleryDialog() = default;

void TemplateGalleryDialog::fill(QListWidget *list,
                                 const std::vector<SlideTemplate> &templates,
                                 int offset)
{
    list->clear();
    const qreal dpr = devicePixelRatioF();
    for (size_t i = size_t(offset); i < templates.size(); ++i) {
        const SlideTemplate &t = templates[i];
        QImage image;
        const auto slides = t.fragment.slides();
        if (!slides.empty()) {
            const ThumbnailRenderer::SlideSnapshot snapshot = ThumbnailRenderer::snapshot(
                t.fragment.course(), *slides.front(), m_course.settings().theme);
            image = ThumbnailRenderer::render(snapshot, thumbnailSize, dpr);
        }
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(image)), t.name, list);
        item->setData(Qt::UserRole, int(i));
        item->setToolTip(slides.size() > 1 ? tr("%1 (%2 slides)").arg(t.name).arg(slides.size())
                                           : t.name);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
    }
}

void TemplateGalleryDialog::reloadUserTemplates()
{
    m_templates.resize(size_t(m_builtInCount));
    QStringList problems;
    for (SlideTemplate &t : SlideTemplates::userTemplates(&problems))
        m_templates.push_back(std::move(t));
    fill(m_mine, m_templates, m_builtInCount);
    const bool none = m_mine->count() == 0;
    m_noOwnLabel->setVisible(none);
    m_mine->setVisible(!none);
    if (!problems.isEmpty())
        m_noOwnLabel->setToolTip(problems.join(u'\n'));
}

const SlideTemplate *TemplateGalleryDialog::templateOf(const QListWidgetItem *item) const
{
    if (!item)
        return nullptr;
    const int index = item->data(Qt::UserRole).toInt();
    return index >= 0 && index < int(m_templates.size()) ? &m_templates[size_t(index)] : nullptr;
}

QListWidget *TemplateGalleryDialog::activeList() const
{
    return m_lastList;
}

const SlideTemplate *TemplateGalleryDialog::chosenTemplate() const
{
    QListWidget *list = activeList();
    if (!list || list->selectedItems().isEmpty())
        return nullptr;
    return templateOf(list->currentItem());
}

void TemplateGalleryDialog::updateButtons()
{
    const SlideTemplate *chosen = chosenTemplate();
    m_insertButton->setEnabled(chosen);
    m_deleteButton->setEnabled(chosen && !chosen->builtIn);
}

void TemplateGalleryDialog::deleteSelected(bool confirm)
{
    const SlideTemplate *chosen = chosenTemplate();
    if (!chosen || chosen->builtIn)
        return;
    if (confirm
        && QMessageBox::question(
               this,
               tr("Delete Template"),
               tr("Delete the template “%1”? This cannot be undone.").arg(chosen->name))
               != QMessageBox::Yes) {
        return;
    }
    const int row = m_mine->currentRow();
    if (auto removed = SlideTemplates::remove(chosen->filePath); !removed) {
        QMessageBox::warning(this, tr("Delete Template"), removed.error().message);
        return;
    }
    reloadUserTemplates();
    if (m_mine->count() > 0) {
        m_mine->setCurrentRow(std::min(row, m_mine->count() - 1));
        m_mine->setFocus();
    } else {
        m_lastList = m_builtIn;
        m_builtIn->setFocus();
    }
    updateButtons();
}

bool TemplateGalleryDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_mine && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            deleteSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace App
