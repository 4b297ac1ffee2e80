// SPDX-License-Identifier: MIT
#include "QuestionEditor.h"

#include "BranchTargetPicker.h"
#include "FocusHelpers.h"
#include "IssueListWidget.h"
#include "ListTableEditor.h"
#include "QuietSetters.h"
#include "RegionEditor.h"
#include "RichTextEdit.h"
#include "SlideTitleEdit.h"
#include "app/models/BankQuestionModel.h"
#include "app/spelling/SpellingProperties.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/HtmlSanitizer.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace App {

namespace {

enum Page {
    ChoicesPage,
    TrueFalsePage,
    FillInPage,
    MatchingPage,
    SequencingPage,
    NumericPage,
    LikertPage,
    OpenTextPage,
    RegionsPage
};

Page pageFor(Core::QuestionType type)
{
    switch (type) {
    case Core::QuestionType::SingleChoice:
    case Core::QuestionType::MultipleResponse:
        return ChoicesPage;
    case Core::QuestionType::TrueFalse:
        return TrueFalsePage;
    case Core::QuestionType::FillIn:
        return FillInPage;
    case Core::QuestionType::Matching:
        return MatchingPage;
    case Core::QuestionType::Sequencing:
        return SequencingPage;
    case Core::QuestionType::Numeric:
        return NumericPage;
    case Core::QuestionType::Likert:
        return LikertPage;
    case Core::QuestionType::OpenText:
        return OpenTextPage;
    case Core::QuestionType::DragDrop:
    case Core::QuestionType::Hotspot:
        return RegionsPage;
    }
    return ChoicesPage;
}

/** "c4" when c1..c3 exist: one more than the highest number used with the prefix. */
template <typename T> QString nextId(const std::vector<T> &existing, QChar prefix)
{
    int highest = 0;
    for (const T &entry : existing) {
        if (entry.id.startsWith(prefix)) {
            bool ok = false;
            const int n = QStringView(entry.id).mid(1).toInt(&ok);
            if (ok)
                highest = qMax(highest, n);
        }
    }
    return prefix + QString::number(highest + 1);
}

template <typename T> void moveEntry(std::vector<T> &entries, int from, int to)
{
    if (from < 0 || to < 0 || from >= int(entries.size()) || to >= int(entries.size()))
        return;
    T entry = std::move(entries[size_t(from)]);
    entries.erase(entries.begin() + from);
    entries.insert(entries.begin() + to, std::move(entry));
}

template <typename T> void removeEntry(std::vector<T> &entries, int row)
{
    if (row >= 0 && row < int(entries.size()))
        entries.erase(entries.begin() + row);
}

/** Choice texts are rich text in the model; the table edits them as plain text. */
QString plainOf(const QString &html)
{
    return Core::HtmlSanitizer::toPlainText(html);
}

QString htmlOf(const QString &plain)
{
    return plain.toHtmlEscaped();
}

QStringList splitAnswers(const QString &text)
{
    QStringList answers;
    static const QRegularExpression separators(u"[,\\n]"_s);
    for (const QString &part : text.split(separators)) {
        const QString answer = part.trimmed();
        if (!answer.isEmpty())
            answers.append(answer);
    }
    return answers;
}

void setSpinValue(QDoubleSpinBox *spin, double value)
{
    if (std::abs(spin->value() - value) < 1e-9)
        return;
    const QSignalBlocker blocker(spin);
    spin->setValue(value);
}

QDoubleSpinBox *makeNumberSpin(QWidget *parent, const QString &name)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(-1e9, 1e9);
    spin->setDecimals(3);
    spin->setMinimumWidth(140);
    return spin;
}

QLabel *makeHelp(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QFormLayout *makeForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(8);
    return form;
}

} // namespace

QuestionEditor::QuestionEditor(QWidget *parent)
    : Editor(parent)
    , m_title(new SlideTitleEdit(this))
    , m_type(new QComboBox(this))
    , m_prompt(new RichTextEdit(this))
    , m_points(new QDoubleSpinBox(this))
    , m_shuffle(new QCheckBox(tr("Shuffle the answers for each learner"), this))
    , m_answerGroup(new QGroupBox(this))
    , m_answerPages(new QWidget(this))
    , m_feedbackGroup(new QGroupBox(tr("Feedback"), this))
    , m_correctFeedback(new RichTextEdit(this))
    , m_incorrectFeedback(new RichTextEdit(this))
    , m_branchGroup(new QGroupBox(tr("Where learners go next"), this))
    , m_branchForm(nullptr)
    , m_onCorrect(new BranchTargetPicker(this))
    , m_onIncorrect(new BranchTargetPicker(this))
    , m_issues(new IssueListWidget(this))
{
    setObjectName(u"questionEditor"_s);

    // Question
    m_type->setObjectName(u"questionTypeCombo"_s);
    for (Core::QuestionType type : Core::allQuestionTypes())
        m_type->addItem(typeLabel(type), int(type));
    m_type->setToolTip(tr("Changing the type keeps the answers entered for the other types."));
    m_prompt->setObjectName(u"promptEdit"_s);
    m_prompt->setPlaceholderText(tr("The question as learners read it"));
    m_points->setObjectName(u"pointsSpin"_s);
    m_points->setRange(0, 1000);
    m_points->setDecimals(1);
    m_points->setToolTip(tr("0 points: the question is asked but does not count in the score"));
    m_shuffle->setObjectName(u"shuffleCheck"_s);

    auto *questionGroup = new QGroupBox(tr("Question"), this);
    m_questionGroup = questionGroup;
    auto *questionForm = makeForm();
    m_questionForm = questionForm;
    questionForm->addRow(tr("&Title:"), m_title);
    questionForm->addRow(tr("T&ype:"), m_type);
    // Bank questions: what draw slides select on.
    m_difficulty = new QComboBox(this);
    m_difficulty->setObjectName(u"difficultyCombo"_s);
    for (Core::Difficulty difficulty : {Core::Difficulty::None,
                                        Core::Difficulty::Easy,
                                        Core::Difficulty::Medium,
                                        Core::Difficulty::Hard})
        m_difficulty->addItem(BankQuestionModel::difficultyName(difficulty), int(difficulty));
    m_difficulty->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_difficulty->setToolTip(tr("Draw slides can ask for a number of questions of each "
                                "difficulty"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(u"tagsEdit"_s);
    Spelling::setSpellCheckable(m_tags, false);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. vocabulary, chapter 2"));
    m_tags->setToolTip(tr("Draw slides can draw only the questions that carry a tag"));
    questionForm->addRow(tr("&Difficulty:"), m_difficulty);
    questionForm->addRow(tr("Ta&gs:"), m_tags);
    questionForm->addRow(tr("&Prompt:"), m_prompt);
    auto *scoringField = new QWidget(this); // a widget, so the label's mnemonic has a buddy
    scoringField->setObjectName(u"scoringField"_s);
    m_scoringField = scoringField;
    scoringField->setFocusProxy(m_points);
    auto *scoring = new QHBoxLayout(scoringField);
    scoring->setContentsMargins(0, 0, 0, 0);
    scoring->addWidget(m_points);
    scoring->addSpacing(16);
    scoring->addWidget(m_shuffle);
    scoring->addStretch();
    questionForm->addRow(tr("P&oints:"), scoringField);
    // Questions of a game section: the countdown; 0 takes the section's default.
    m_timeLimit = new QSpinBox(this);
    m_timeLimit->setObjectName(u"timeLimitSpin"_s);
    m_timeLimit->setRange(0, Core::GameSettings::maxTimeLimit);
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_timeLimit->setToolTip(tr("Seconds learners have to answer when the section is played as a "
                               "game. Learners can still turn the timer off or get ten times "
                               "more time before they start."));
    questionForm->addRow(tr("Time &limit:"), m_timeLimit);
    questionGroup->setLayout(questionForm);

    // Answer: one page per kind of answer
    m_answerGroup->setObjectName(u"answerGroup"_s);
    // Hidden pages take no room (a QStackedWidget would be as tall as the tallest page).
    m_pages = {createChoicesPage(),
               createTrueFalsePage(),
               createFillInPage(),
               createMatchingPage(),
               createSequencingPage(),
               createNumericPage(),
               createLikertPage(),
               createOpenTextPage(),
               createRegionsPage()};
    auto *pagesLayout = new QVBoxLayout(m_answerPages);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *answerPage : m_pages) {
        answerPage->setParent(m_answerPages);
        answerPage->hide();
        pagesLayout->addWidget(answerPage);
    }
    auto *answerLayout = new QVBoxLayout(m_answerGroup);
    answerLayout->addWidget(m_answerPages);

    // Feedback
    m_correctFeedback->setObjectName(u"correctFeedbackEdit"_s);
    m_correctFeedback->setHeadingsAllowed(false);
    m_correctFeedback->setMinimumLines(2);
    m_correctFeedback->setPlaceholderText(tr("Shown after a correct answer (optional)"));
    m_incorrectFeedback->setObjectName(u"incorrectFeedbackEdit"_s);
    m_incorrectFeedback->setHeadingsAllowed(false);
    m_incorrectFeedback->setMinimumLines(2);
    m_incorrectFeedback->setPlaceholderText(
        tr("Shown after a wrong answer: explain the right one (optional)"));
    auto *feedbackForm = makeForm();
    feedbackForm->addRow(tr("&Correct:"), m_correctFeedback);
    feedbackForm->addRow(tr("&Incorrect:"), m_incorrectFeedback);
    m_feedbackGroup->setLayout(feedbackForm);

    // Branching
    m_branchGroup->setObjectName(u"branchGroup"_s);
    m_onCorrect->setObjectName(u"onCorrectPicker"_s);
    m_onIncorrect->setObjectName(u"onIncorrectPicker"_s);
    m_branchForm = makeForm();
    m_branchForm->addRow(tr("After a correct ans&wer:"), m_onCorrect);
    m_branchForm->addRow(tr("After an i&ncorrect answer:"), m_onIncorrect);
    m_branchGroup->setLayout(m_branchForm);

    auto *formPage = new QWidget;
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 6, 0);
    formLayout->setSpacing(12);
    formLayout->addWidget(questionGroup);
    formLayout->addWidget(m_answerGroup);
    formLayout->addWidget(m_feedbackGroup);
    formLayout->addWidget(m_branchGroup);
    formLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"questionScrollArea"_s);
    scroll->setWidget(formPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_issues->setEmptyText(tr("✓ No problems found in this question."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_issues);

    // Edits
    connect(m_difficulty, &QComboBox::activated, this, [this] {
        const auto difficulty = Core::Difficulty(m_difficulty->currentData().toInt());
        editBody([difficulty](Core::QuestionBody &body) { body.difficulty = difficulty; },
                 tr("Change difficulty"));
    });
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        const QStringList tags = parseTags(m_tags->text());
        editBody([tags](Core::QuestionBody &body) { body.tags = tags; }, tr("Edit tags"));
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        const auto type = Core::QuestionType(m_type->currentData().toInt());
        edit([type](Core::Question &q) { q.type = type; }, tr("Change question type"));
    });
    connect(m_prompt, &RichTextEdit::htmlEdited, this, [this](const QString &html) {
        edit([html](Core::Question &q) { q.prompt = html; }, tr("Edit prompt"), u"prompt"_s);
    });
    connect(m_points, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        edit([value](Core::Question &q) { q.points = value; }, tr("Change points"), u"points"_s);
    });
    connect(m_timeLimit, &QSpinBox::valueChanged, this, [this](int value) {
        edit([value](Core::Question &q) { q.timeLimit = value; },
             tr("Change time limit"),
             u"timeLimit"_s);
    });
    connect(m_shuffle, &QCheckBox::toggled, this, [this](bool on) {
        edit([on](Core::Question &q) { q.shuffle = on; },
             on ? tr("Shuffle answers") : tr("Keep answer order"));
    });
    connect(m_correctFeedback, &RichTextEdit::htmlEdited, this, [this](const QString &html) {
        edit([html](Core::Question &q) { q.correctFeedback = html; },
             tr("Edit feedback"),
             u"feedback:correct"_s);
    });
    connect(m_incorrectFeedback, &RichTextEdit::htmlEdited, this, [this](const QString &html) {
        edit([html](Core::Question &q) { q.incorrectFeedback = html; },
             tr("Edit feedback"),
             u"feedback:incorrect"_s);
    });
    connect(
        m_onCorrect, &BranchTargetPicker::targetChosen, this, [this](const Core::BranchTarget &t) {
            edit([t](Core::Question &q) { q.onCorrect = t; },
                 tr("Set where a correct answer leads"));
        });
    connect(m_onIncorrect,
            &BranchTargetPicker::targetChosen,
            this,
            [this](const Core::BranchTarget &t) {
                edit([t](Core::Question &q) { q.onIncorrect = t; },
                     tr("Set where an incorrect answer leads"));
            });
}

void QuestionEditor::refreshBranches(const Core::Question &q, bool inFlow)
{
    const bool graded = Core::isGraded(q.type);
    m_branchGroup->setVisible(inFlow && graded);
    if (!inFlow || !graded)
        return;
    const Core::Course &course = document()->course();
    // One picker per choice of a single-choice question: the chosen answer's target comes first.
    const size_t choices = q.type == Core::QuestionType::SingleChoice ? q.choices.size() : 0;
    while (m_choiceTargets.size() > choices) {
        BranchTargetPicker *picker = m_choiceTargets.back();
        m_branchForm->removeRow(picker);
        m_choiceTargets.pop_back();
    }
    while (m_choiceTargets.size() < choices) {
        const int row = int(m_choiceTargets.size());
        auto *picker = new BranchTargetPicker(m_branchGroup);
        picker->setObjectName(u"choiceTargetPicker%1"_s.arg(row));
        connect(picker,
                &BranchTargetPicker::targetChosen,
                this,
                [this, row](const Core::BranchTarget &t) {
                    edit(
                        [row, t](Core::Question &question) {
                            if (size_t(row) < question.choices.size())
                                question.choices[size_t(row)].leadsTo = t;
                        },
                        tr("Set where a choice leads"));
                });
        auto *label = new QLabel(m_branchGroup);
        label->setBuddy(picker);
        m_branchForm->addRow(label, picker);
        m_choiceTargets.push_back(picker);
    }
    m_onCorrect->setCourse(&course);
    m_onCorrect->setTarget(q.onCorrect);
    m_onIncorrect->setCourse(&course);
    m_onIncorrect->setTarget(q.onIncorrect);
    for (size_t i = 0; i < choices; ++i) {
        const Core::Choice &choice = q.choices[i];
        BranchTargetPicker *picker = m_choiceTargets[i];
        picker->setCourse(&course);
        picker->setTarget(choice.leadsTo);
        const QString text = Core::HtmlSanitizer::toPlainText(choice.text).simplified();
        const QString shortText = text.size() > 24 ? text.left(23).trimmed() + u'…' : text;
        const QString label = text.isEmpty() ? tr("Choice %1:").arg(i + 1)
                                             : tr("Choice %1 “%2”:").arg(i + 1).arg(shortText);
        if (auto *labelWidget = qobject_cast<QLabel *>(m_branchForm->labelForField(picker)))
            labelWidget->setText(label);
        picker->setAccessibleName(label);
        picker->setToolTip(tr("Where learners go when they choose this answer; “Next slide” "
                              "follows the correct or incorrect answer's setting."));
    }
}

QString QuestionEditor::typeLabel(Core::QuestionType type)
{
    switch (type) {
    case Core::QuestionType::SingleChoice:
        return tr("Single choice");
    case Core::QuestionType::MultipleResponse:
        return tr("Multiple response");
    case Core::QuestionType::TrueFalse:
        return tr("True or false");
    case Core::QuestionType::FillIn:
        return tr("Fill in the blanks");
    case Core::QuestionType::Matching:
        return tr("Matching");
    case Core::QuestionType::Sequencing:
        return tr("Sequencing");
    case Core::QuestionType::Numeric:
        return tr("Numeric");
    case Core::QuestionType::Likert:
        return tr("Likert scale (survey, not scored)");
    case Core::QuestionType::OpenText:
        return tr("Open text (survey, not scored)");
    case Core::QuestionType::DragDrop:
        return tr("Drag and drop on an image");
    case Core::QuestionType::Hotspot:
        return tr("Hotspot on an image");
    }
    return {};
}

const Core::Question *QuestionEditor::question() const
{
    const Core::Slide *s = slide();
    return s ? s->question() : nullptr;
}

std::optional<double> QuestionEditor::parseWeight(const QString &text)
{
    QString number = text.trimmed();
    if (number.endsWith(u'%'))
        number.chop(1);
    number = number.trimmed();
    if (number.startsWith(u'+'))
        number.remove(0, 1);
    bool ok = false;
    double value = QLocale().toDouble(number, &ok);
    if (!ok)
        value = number.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return std::clamp(value, -100.0, 100.0);
}

QStringList QuestionEditor::parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

void QuestionEditor::edit(const std::function<void(Core::Question &)> &change,
                          const QString &text,
                          const QString &mergeKey)
{
    editBody([&change](Core::QuestionBody &body) { change(body.question); }, text, mergeKey);
}

void QuestionEditor::editBody(const std::function<void(Core::QuestionBody &)> &change,
                              const QString &text,
                              const QString &mergeKey)
{
    const Core::Slide *s = slide();
    const auto *current = s ? std::get_if<Core::QuestionBody>(&s->body) : nullptr;
    if (!current)
        return;
    Core::QuestionBody body = *current; // tags and difficulty too, not only the question
    change(body);
    if (body == *current)
        return;
    pushBody(std::move(body), text, mergeKey);
}

QWidget *QuestionEditor::createRegionsPage()
{
    m_regionEditor = new RegionEditor;
    connect(m_regionEditor,
            &RegionEditor::questionEdited,
            this,
            [this](const Core::Question &next, const QString &text) {
                edit(
                    [&next](Core::Question &q) {
                        q.image = next.image;
                        q.imageAlt = next.imageAlt;
                        q.regions = next.regions;
                        q.dragItems = next.dragItems;
                    },
                    text);
            });
    return m_regionEditor;
}

QWidget *QuestionEditor::createChoicesPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_choicesHelp = makeHelp(QString(), page);
    m_choices = new ListTableEditor(
        {tr("Correct"), tr("Choice"), tr("Feedback (optional)"), tr("Credit (%)")}, page);
    m_choices->setObjectName(u"choicesTable"_s);
    m_choices->setCheckColumn(0, true);
    m_choices->setAddButtonText(tr("Add Choice"));
    m_partialCredit = new QCheckBox(tr("&Partial credit: each chosen answer earns a percentage "
                                       "of the points"),
                                    page);
    m_partialCredit->setObjectName(u"partialCreditCheck"_s);
    m_partialCredit->setToolTip(tr("Give each choice a credit from -100 % to 100 %. The score "
                                   "is the sum of the chosen choices' credits, between 0 and "
                                   "100 %. Without it, only the exact right answer scores."));
    layout->addWidget(m_choicesHelp);
    layout->addWidget(m_partialCredit);
    layout->addWidget(m_choices);

    connect(m_partialCredit, &QCheckBox::toggled, this, [this](bool on) {
        edit(
            [on](Core::Question &q) {
                q.partialCredit = on;
                // A starting point: the correct choices share 100 %, the others get nothing.
                if (on && std::all_of(q.choices.cbegin(), q.choices.cend(), [](const auto &c) {
                        return c.weight == 0;
                    })) {
                    const auto correct
                        = std::count_if(q.choices.cbegin(),
                                        q.choices.cend(),
                                        [](const Core::Choice &c) { return c.correct; });
                    for (Core::Choice &choice : q.choices)
                        choice.weight = choice.correct && correct > 0
                                            ? std::round(1000.0 / double(correct)) / 10.0
                                            : 0.0;
                }
            },
            on ? tr("Use partial credit") : tr("Score all or nothing"));
    });

    connect(m_choices, &ListTableEditor::addRequested, this, [this] {
        edit(
            [](Core::Question &q) {
                Core::Choice choice;
                choice.id = nextId(q.choices, u'c');
                q.choices.push_back(choice);
            },
            tr("Add choice"));
    });
    connect(m_choices, &ListTableEditor::removeRequested, this, [this](int row) {
        edit([row](Core::Question &q) { removeEntry(q.choices, row); }, tr("Remove choice"));
    });
    connect(m_choices, &ListTableEditor::moveRequested, this, [this](int from, int to) {
        edit([from, to](Core::Question &q) { moveEntry(q.choices, from, to); }, tr("Move choice"));
    });
    connect(m_choices, &ListTableEditor::checkToggled, this, [this](int row, bool checked) {
        edit(
            [row, checked](Core::Question &q) {
                if (row < 0 || row >= int(q.choices.size()))
                    return;
                // Radio semantics: one correct answer for single choice.
                if (checked && q.type == Core::QuestionType::SingleChoice) {
                    for (Core::Choice &choice : q.choices)
                        choice.correct = false;
                }
                q.choices[size_t(row)].correct = checked;
            },
            tr("Change correct answer"));
    });
    connect(m_choices,
            &ListTableEditor::textEdited,
            this,
            [this](int row, int column, const QString &text) {
                const Core::Question *q = question();
                if (!q || row < 0 || row >= int(q->choices.size()))
                    return;
                const QString id = q->choices[size_t(row)].id;
                if (column == 3) {
                    const std::optional<double> weight = parseWeight(text);
                    if (!weight) {
                        refresh(); // not a number: show the credit again
                        emit statusMessageRequested(
                            tr("A credit is a percentage from -100 to 100, such as 50 or -25."));
                        return;
                    }
                    edit(
                        [row, weight](Core::Question &question) {
                            question.choices[size_t(row)].weight = *weight;
                        },
                        tr("Change choice credit"),
                        u"choice:%1:weight"_s.arg(id));
                    return;
                }
                const bool isText = column == 1;
                edit(
                    [row, isText, text](Core::Question &question) {
                        Core::Choice &choice = question.choices[size_t(row)];
                        (isText ? choice.text : choice.feedback) = htmlOf(text);
                    },
                    isText ? tr("Edit choice") : tr("Edit choice feedback"),
                    u"choice:%1:%2"_s.arg(id, isText ? u"text"_s : u"feedback"_s));
            });
    return page;
}

QWidget *QuestionEditor::createTrueFalsePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeHelp(tr("The statement in the prompt is:"), page));
    m_true = new QRadioButton(tr("&True"), page);
    m_true->setObjectName(u"trueRadio"_s);
    m_false = new QRadioButton(tr("&False"), page);
    m_false->setObjectName(u"falseRadio"_s);
    auto *group = new QButtonGroup(page);
    group->addButton(m_true);
    group->addButton(m_false);
    layout->addWidget(m_true);
    layout->addWidget(m_false);
    connect(m_true, &QRadioButton::toggled, this, [this](bool on) {
        edit([on](Core::Question &q) { q.trueFalseAnswer = on; }, tr("Change correct answer"));
    });
    return page;
}

QWidget *QuestionEditor::createFillInPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeHelp(tr("Write the text and put a marker where each blank goes: "
                                  "[[1]] for the first blank of the list below, [[2]] for the "
                                  "second, and so on."),
                               page));
    m_cloze = new QPlainTextEdit(page);
    m_cloze->setObjectName(u"clozeEdit"_s);
    m_cloze->setPlaceholderText(tr("The capital of France is [[1]]."));
    m_cloze->setTabChangesFocus(true);
    m_cloze->setFixedHeight(QFontMetrics(m_cloze->font()).lineSpacing() * 4 + 12);
    layout->addWidget(m_cloze);
    auto *insert = new QPushButton(tr("Insert Blank"), page);
    insert->setObjectName(u"insertBlankButton"_s);
    insert->setToolTip(tr("Insert a marker at the cursor and add its blank to the list"));
    auto *insertRow = new QHBoxLayout;
    insertRow->addWidget(insert);
    insertRow->addStretch();
    layout->addLayout(insertRow);

    layout->addSpacing(6);
    layout->addWidget(makeHelp(tr("Accepted answers: separate them with commas."), page));
    m_blanks
        = new ListTableEditor({tr("Blank"), tr("Accepted answers"), tr("Case sensitive")}, page);
    m_blanks->setObjectName(u"blanksTable"_s);
    m_blanks->setCheckColumn(2, false);
    m_blanks->setAddButtonText(tr("Add Blank"));
    layout->addWidget(m_blanks);

    connect(m_cloze, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_cloze->toPlainText();
        edit(
            [text](Core::Question &q) { q.clozeText = text; }, tr("Edit fill-in text"), u"cloze"_s);
    });
    connect(insert, &QPushButton::clicked, this, &QuestionEditor::insertBlankMarker);
    connect(m_blanks, &ListTableEditor::addRequested, this, [this] {
        edit(
            [](Core::Question &q) {
                Core::Blank blank;
                blank.id = nextId(q.blanks, u'b');
                q.blanks.push_back(blank);
            },
            tr("Add blank"));
    });
    connect(m_blanks, &ListTableEditor::removeRequested, this, [this](int row) {
        edit([row](Core::Question &q) { removeEntry(q.blanks, row); }, tr("Remove blank"));
    });
    connect(m_blanks, &ListTableEditor::moveRequested, this, [this](int from, int to) {
        edit([from, to](Core::Question &q) { moveEntry(q.blanks, from, to); }, tr("Move blank"));
    });
    connect(m_blanks, &ListTableEditor::checkToggled, this, [this](int row, bool checked) {
        edit(
            [row, checked](Core::Question &q) {
                if (row >= 0 && row < int(q.blanks.size()))
                    q.blanks[size_t(row)].caseSensitive = checked;
            },
            tr("Change case sensitivity"));
    });
    connect(m_blanks,
            &ListTableEditor::textEdited,
            this,
            [this](int row, int column, const QString &text) {
                edit(
                    [row, column, text](Core::Question &q) {
                        if (row < 0 || row >= int(q.blanks.size()))
                            return;
                        Core::Blank &blank = q.blanks[size_t(row)];
                        if (column == 0)
                            blank.label = text;
                        else
                            blank.acceptedAnswers = splitAnswers(text);
                    },
                    column == 0 ? tr("Edit blank") : tr("Edit accepted answers"));
            });
    return page;
}

void QuestionEditor::insertBlankMarker()
{
    const Core::Question *q = question();
    if (!q)
        return;
    const int number = int(q->blanks.size()) + 1;
    const QString marker = u"[[%1]]"_s.arg(number);
    QString text = m_cloze->toPlainText();
    const int position = m_cloze->textCursor().position();
    text.insert(position, marker);
    edit(
        [text](Core::Question &question) {
            question.clozeText = text;
            Core::Blank blank;
            blank.id = nextId(question.blanks, u'b');
            question.blanks.push_back(blank);
        },
        tr("Insert blank"));
    QTextCursor cursor = m_cloze->textCursor();
    cursor.setPosition(qMin(position + int(marker.size()), int(text.size())));
    m_cloze->setTextCursor(cursor);
    m_cloze->setFocus();
}

QWidget *QuestionEditor::createMatchingPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeHelp(tr("Each row is a correct pair; learners see the right-hand "
                                  "column shuffled."),
                               page));
    m_pairs = new ListTableEditor({tr("Item"), tr("Matches")}, page);
    m_pairs->setObjectName(u"pairsTable"_s);
    m_pairs->setAddButtonText(tr("Add Pair"));
    layout->addWidget(m_pairs);
    connect(m_pairs, &ListTableEditor::addRequested, this, [this] {
        edit(
            [](Core::Question &q) {
                Core::MatchPair pair;
                pair.id = nextId(q.pairs, u'p');
                q.pairs.push_back(pair);
            },
            tr("Add pair"));
    });
    connect(m_pairs, &ListTableEditor::removeRequested, this, [this](int row) {
        edit([row](Core::Question &q) { removeEntry(q.pairs, row); }, tr("Remove pair"));
    });
    connect(m_pairs, &ListTableEditor::moveRequested, this, [this](int from, int to) {
        edit([from, to](Core::Question &q) { moveEntry(q.pairs, from, to); }, tr("Move pair"));
    });
    connect(m_pairs,
            &ListTableEditor::textEdited,
            this,
            [this](int row, int column, const QString &text) {
                edit(
                    [row, column, text](Core::Question &q) {
                        if (row < 0 || row >= int(q.pairs.size()))
                            return;
                        (column == 0 ? q.pairs[size_t(row)].source : q.pairs[size_t(row)].target)
                            = text;
                    },
                    tr("Edit pair"));
            });
    return page;
}

QWidget *QuestionEditor::createSequencingPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeHelp(tr("List the steps in the correct order; learners see them "
                                  "shuffled and put them back in order."),
                               page));
    m_items = new ListTableEditor({tr("Step (in the correct order)")}, page);
    m_items->setObjectName(u"itemsTable"_s);
    m_items->setAddButtonText(tr("Add Step"));
    layout->addWidget(m_items);
    connect(m_items, &ListTableEditor::addRequested, this, [this] {
        edit(
            [](Core::Question &q) {
                Core::SequenceItem item;
                item.id = nextId(q.items, u's');
                q.items.push_back(item);
            },
            tr("Add step"));
    });
    connect(m_items, &ListTableEditor::removeRequested, this, [this](int row) {
        edit([row](Core::Question &q) { removeEntry(q.items, row); }, tr("Remove step"));
    });
    connect(m_items, &ListTableEditor::moveRequested, this, [this](int from, int to) {
        edit([from, to](Core::Question &q) { moveEntry(q.items, from, to); }, tr("Move step"));
    });
    connect(m_items, &ListTableEditor::textEdited, this, [this](int row, int, const QString &text) {
        edit(
            [row, text](Core::Question &q) {
                if (row >= 0 && row < int(q.items.size()))
                    q.items[size_t(row)].text = text;
            },
            tr("Edit step"));
    });
    return page;
}

QWidget *QuestionEditor::createNumericPage()
{
    auto *page = new QWidget;
    m_numericForm = makeForm();
    m_numericForm->setContentsMargins(0, 0, 0, 0);
    m_numericForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_numericMode = new QComboBox(page);
    m_numericMode->setObjectName(u"numericModeCombo"_s);
    m_numericMode->addItem(tr("Exact value, with a tolerance"), false);
    m_numericMode->addItem(tr("Any value in a range"), true);
    m_numericValue = makeNumberSpin(page, u"numericValueSpin"_s);
    m_numericTolerance = makeNumberSpin(page, u"numericToleranceSpin"_s);
    m_numericTolerance->setMinimum(0);
    m_numericTolerance->setPrefix(tr("± "));
    m_numericMinimum = makeNumberSpin(page, u"numericMinimumSpin"_s);
    m_numericMaximum = makeNumberSpin(page, u"numericMaximumSpin"_s);
    m_numericForm->addRow(tr("Accept:"), m_numericMode);
    m_numericForm->addRow(tr("Value:"), m_numericValue);
    m_numericForm->addRow(tr("Tolerance:"), m_numericTolerance);
    m_numericForm->addRow(tr("From:"), m_numericMinimum);
    m_numericForm->addRow(tr("To:"), m_numericMaximum);
    for (QDoubleSpinBox *spin :
         {m_numericValue, m_numericTolerance, m_numericMinimum, m_numericMaximum})
        spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_numericMode->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    page->setLayout(m_numericForm);

    connect(m_numericMode, &QComboBox::activated, this, [this] {
        const bool range = m_numericMode->currentData().toBool();
        edit([range](Core::Question &q) { q.numeric.isRange = range; },
             tr("Change numeric answer"));
    });
    auto connectSpin
        = [this](QDoubleSpinBox *spin, double Core::NumericAnswer::*field, const QString &key) {
              connect(spin, &QDoubleSpinBox::valueChanged, this, [this, field, key](double value) {
                  edit([field, value](Core::Question &q) { q.numeric.*field = value; },
                       tr("Change numeric answer"),
                       key);
              });
          };
    connectSpin(m_numericValue, &Core::NumericAnswer::value, u"numeric:value"_s);
    connectSpin(m_numericTolerance, &Core::NumericAnswer::tolerance, u"numeric:tolerance"_s);
    connectSpin(m_numericMinimum, &Core::NumericAnswer::minimum, u"numeric:minimum"_s);
    connectSpin(m_numericMaximum, &Core::NumericAnswer::maximum, u"numeric:maximum"_s);
    return page;
}

QWidget *QuestionEditor::createLikertPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeHelp(tr("The labels of the scale, from the lowest to the highest "
                                  "(for example from “Strongly disagree” to “Strongly agree”)."),
                               page));
    m_likert = new ListTableEditor({tr("Label")}, page);
    m_likert->setObjectName(u"likertTable"_s);
    m_likert->setAddButtonText(tr("Add Label"));
    layout->addWidget(m_likert);
    connect(m_likert, &ListTableEditor::addRequested, this, [this] {
        edit([](Core::Question &q) { q.likertScale.append(QString()); }, tr("Add label"));
    });
    connect(m_likert, &ListTableEditor::removeRequested, this, [this](int row) {
        edit(
            [row](Core::Question &q) {
                if (row >= 0 && row < q.likertScale.size())
                    q.likertScale.removeAt(row);
            },
            tr("Remove label"));
    });
    connect(m_likert, &ListTableEditor::moveRequested, this, [this](int from, int to) {
        edit(
            [from, to](Core::Question &q) {
                if (from >= 0 && to >= 0 && from < q.likertScale.size()
                    && to < q.likertScale.size())
                    q.likertScale.move(from, to);
            },
            tr("Move label"));
    });
    connect(
        m_likert, &ListTableEditor::textEdited, this, [this](int row, int, const QString &text) {
            edit(
                [row, text](Core::Question &q) {
                    if (row >= 0 && row < q.likertScale.size())
                        q.likertScale[row] = text;
                },
                tr("Edit label"));
        });
    return page;
}

QWidget *QuestionEditor::createOpenTextPage()
{
    auto *page = new QWidget;
    auto *form = makeForm();
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_maxLength = new QSpinBox(page);
    m_maxLength->setObjectName(u"maxLengthSpin"_s);
    m_maxLength->setRange(0, 100000);
    m_maxLength->setSingleStep(50);
    m_maxLength->setSpecialValueText(tr("No limit"));
    m_maxLength->setSuffix(tr(" characters"));
    m_maxLength->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_maxLength->setMinimumWidth(160);
    form->addRow(tr("Maximum length:"), m_maxLength);
    form->addRow(QString(),
                 makeHelp(tr("Answers are recorded for the trainer, not scored. Long "
                             "answers make the saved progress larger."),
                          page));
    page->setLayout(form);
    connect(m_maxLength, &QSpinBox::valueChanged, this, [this](int value) {
        edit([value](Core::Question &q) { q.maxLength = value; },
             tr("Change maximum length"),
             u"maxLength"_s);
    });
    return page;
}

void QuestionEditor::focusField(Core::Validator::Field field, int index)
{
    using Field = Core::Validator::Field;
    using namespace FocusHelpers;
    const Core::Question *q = question();
    switch (field) {
    case Field::Prompt:
        focusAndReveal(m_prompt->textEdit());
        return;
    case Field::Points:
        focusAndReveal(m_points);
        return;
    case Field::CorrectFeedback:
        focusAndReveal(m_correctFeedback->textEdit());
        return;
    case Field::IncorrectFeedback:
        focusAndReveal(m_incorrectFeedback->textEdit());
        return;
    case Field::ClozeText:
        focusAndReveal(m_cloze);
        return;
    case Field::Branch:
        if (index >= 0 && size_t(index) < m_choiceTargets.size())
            focusAndReveal(m_choiceTargets[size_t(index)]);
        else
            focusAndReveal(m_onCorrect);
        return;
    case Field::Answers:
        if (!q)
            break;
        switch (pageFor(q->type)) {
        case ChoicesPage:
            focusRow(m_choices->table(), index, 1);
            return;
        case TrueFalsePage:
            focusAndReveal(q->trueFalseAnswer ? m_true : m_false);
            return;
        case FillInPage:
            focusRow(m_blanks->table(), index, 1);
            return;
        case MatchingPage:
            focusRow(m_pairs->table(), index);
            return;
        case SequencingPage:
            focusRow(m_items->table(), index);
            return;
        case NumericPage:
            focusAndReveal(q->numeric.isRange ? m_numericMinimum : m_numericValue);
            return;
        case LikertPage:
            focusRow(m_likert->table(), index);
            return;
        case OpenTextPage:
            focusAndReveal(m_maxLength);
            return;
        case RegionsPage:
            m_regionEditor->focusIssue(index);
            return;
        }
        break;
    default:
        break;
    }
    focusAndReveal(m_title);
}

void QuestionEditor::documentChanged()
{
    disconnect(m_sectionConnection);
    if (document()) {
        m_sectionConnection = connect(document(), &Core::Document::sectionChanged, this, [this] {
            if (slide())
                refresh();
        });
    }
}

void QuestionEditor::refresh()
{
    m_title->setDocument(document());
    m_title->setSlide(slideId());
    const Core::Question *q = question();
    setEnabled(q);
    m_issues->showIssuesOf(document() ? &document()->course() : nullptr, slideId());
    if (!q)
        return;

    {
        const QSignalBlocker blocker(m_type);
        m_type->setCurrentIndex(m_type->findData(int(q->type)));
    }
    // Tags and difficulty: for bank questions, where draw slides use them.
    const Core::Course &course = document()->course();
    const Core::BankPosition bankPosition = course.bankQuestionPosition(slideId());
    const bool inBank = bankPosition.isValid();
    m_questionForm->setRowVisible(m_difficulty, inBank);
    m_questionForm->setRowVisible(m_tags, inBank);
    m_questionGroup->setTitle(
        inBank
            ? tr("Question of the bank “%1”").arg(course.banks()[size_t(bankPosition.bank)]->name)
            : tr("Question"));
    if (inBank) {
        const auto &body = std::get<Core::QuestionBody>(slide()->body);
        const QSignalBlocker blocker(m_difficulty);
        m_difficulty->setCurrentIndex(m_difficulty->findData(int(body.difficulty)));
        if (parseTags(m_tags->text()) != body.tags || !m_tags->hasFocus())
            m_tags->setText(body.tags.join(u", "_s));
    }
    m_prompt->setHtml(q->prompt);
    setSpinValue(m_points, q->points);
    {
        const QSignalBlocker blocker(m_shuffle);
        m_shuffle->setChecked(q->shuffle);
    }
    const bool canShuffle = q->type == Core::QuestionType::SingleChoice
                            || q->type == Core::QuestionType::MultipleResponse
                            || q->type == Core::QuestionType::Matching;
    m_shuffle->setVisible(canShuffle);
    m_correctFeedback->setHtml(q->correctFeedback);
    m_incorrectFeedback->setHtml(q->incorrectFeedback);
    // A survey item (Likert, open text) is neither scored nor right or wrong: the player shows
    // no correct/incorrect feedback for it, so neither points nor feedback are offered.
    const bool graded = Core::isGraded(q->type);
    m_questionForm->setRowVisible(m_scoringField, graded);
    // The time limit matters only in a game section (docs/editor.md "Game mode").
    const Core::SlidePosition at = course.slidePosition(slideId());
    const Core::Section *section
        = at.isValid() ? course.sections()[size_t(at.section)].get() : nullptr;
    const bool inGame = graded && section && section->game.enabled;
    m_questionForm->setRowVisible(m_timeLimit, inGame);
    if (inGame) {
        m_timeLimit->setSpecialValueText(
            section->game.timeLimit > 0 ? tr("Section default (%1 s)").arg(section->game.timeLimit)
                                        : tr("Section default (no timer)"));
        QuietSetters::setValue(m_timeLimit, q->timeLimit);
    }
    m_feedbackGroup->setVisible(graded);
    refreshBranches(*q, course.slidePosition(slideId()).isValid());

    const Page page = pageFor(q->type);
    for (size_t i = 0; i < m_pages.size(); ++i)
        m_pages[i]->setVisible(int(i) == page);
    switch (page) {
    case ChoicesPage: {
        const bool single = q->type == Core::QuestionType::SingleChoice;
        m_answerGroup->setTitle(tr("Choices"));
        m_choicesHelp->setText(
            q->partialCredit ? tr("Mark the correct answers and give each choice its credit: "
                                  "learners earn the sum of the credits of what they choose.")
            : single         ? tr("Select the one correct answer.")
                             : tr("Tick every correct answer; learners must find all of them."));
        m_choices->setExclusive(single);
        {
            const QSignalBlocker blocker(m_partialCredit);
            m_partialCredit->setChecked(q->partialCredit);
        }
        QList<QStringList> rows;
        QList<bool> checks;
        for (const Core::Choice &choice : q->choices) {
            rows.append({QString(),
                         plainOf(choice.text),
                         plainOf(choice.feedback),
                         QLocale().toString(choice.weight, 'g', 4)});
            checks.append(choice.correct);
        }
        m_choices->setRows(rows, checks);
        m_choices->table()->setColumnHidden(3, !q->partialCredit);
        break;
    }
    case TrueFalsePage: {
        m_answerGroup->setTitle(tr("Correct answer"));
        const QSignalBlocker b1(m_true);
        const QSignalBlocker b2(m_false);
        m_true->setChecked(q->trueFalseAnswer);
        m_false->setChecked(!q->trueFalseAnswer);
        break;
    }
    case FillInPage: {
        m_answerGroup->setTitle(tr("Text and blanks"));
        if (m_cloze->toPlainText() != q->clozeText) {
            const QSignalBlocker blocker(m_cloze);
            const int position = m_cloze->textCursor().position();
            m_cloze->setPlainText(q->clozeText);
            QTextCursor cursor = m_cloze->textCursor();
            cursor.setPosition(qMin(position, int(q->clozeText.size())));
            m_cloze->setTextCursor(cursor);
        }
        QList<QStringList> rows;
        QList<bool> checks;
        for (const Core::Blank &blank : q->blanks) {
            rows.append({blank.label, blank.acceptedAnswers.join(u", "_s), QString()});
            checks.append(blank.caseSensitive);
        }
        m_blanks->setRows(rows, checks);
        break;
    }
    case MatchingPage: {
        m_answerGroup->setTitle(tr("Pairs"));
        QList<QStringList> rows;
        for (const Core::MatchPair &pair : q->pairs)
            rows.append({pair.source, pair.target});
        m_pairs->setRows(rows);
        break;
    }
    case SequencingPage: {
        m_answerGroup->setTitle(tr("Steps"));
        QList<QStringList> rows;
        for (const Core::SequenceItem &item : q->items)
            rows.append({item.text});
        m_items->setRows(rows);
        break;
    }
    case NumericPage: {
        m_answerGroup->setTitle(tr("Expected answer"));
        const QSignalBlocker blocker(m_numericMode);
        m_numericMode->setCurrentIndex(q->numeric.isRange ? 1 : 0);
        setSpinValue(m_numericValue, q->numeric.value);
        setSpinValue(m_numericTolerance, q->numeric.tolerance);
        setSpinValue(m_numericMinimum, q->numeric.minimum);
        setSpinValue(m_numericMaximum, q->numeric.maximum);
        m_numericForm->setRowVisible(m_numericValue, !q->numeric.isRange);
        m_numericForm->setRowVisible(m_numericTolerance, !q->numeric.isRange);
        m_numericForm->setRowVisible(m_numericMinimum, q->numeric.isRange);
        m_numericForm->setRowVisible(m_numericMaximum, q->numeric.isRange);
        break;
    }
    case LikertPage: {
        m_answerGroup->setTitle(tr("Scale"));
        QList<QStringList> rows;
        for (const QString &label : q->likertScale)
            rows.append({label});
        m_likert->setRows(rows);
        break;
    }
    case OpenTextPage: {
        m_answerGroup->setTitle(tr("Answer"));
        if (m_maxLength->value() != q->maxLength) {
            const QSignalBlocker blocker(m_maxLength);
            m_maxLength->setValue(q->maxLength);
        }
        break;
    }
    case RegionsPage:
        m_answerGroup->setTitle(q->type == Core::QuestionType::Hotspot
                                    ? tr("Image and regions")
                                    : tr("Image, zones and items"));
        m_regionEditor->setDocument(document());
        m_regionEditor->setQuestion(*q);
        break;
    }
}

} // namespace App
