#include "itempanel.h"

#include "deadlineedit.h"
#include "photostrip.h"
#include "plainlabel.h"
#include "visit/setanswercommand.h"
#include "visit/visitsession.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tillsyn::desktop {

using domain::Result;

namespace {
constexpr int kCommentPauseMs = 700;
}

ItemPanel::ItemPanel(VisitSession *session, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_section(makePlainLabel(this))
    , m_text(makePlainLabel(this))
    , m_guidance(makePlainLabel(this))
    , m_legalReference(makePlainLabel(this))
    , m_results(new QButtonGroup(this))
    , m_comment(new QPlainTextEdit(this))
    , m_commentTimer(new QTimer(this))
    , m_photos(new PhotoStrip(session, undo, this))
    , m_deadline(new DeadlineEdit(session, this))
{
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.25);
    textFont.setBold(true);
    m_text->setFont(textFont);
    m_text->setObjectName(QStringLiteral("itemText"));
    m_section->setObjectName(QStringLiteral("itemSection"));
    m_guidance->setObjectName(QStringLiteral("itemGuidance"));
    m_legalReference->setObjectName(QStringLiteral("itemLegalReference"));

    auto *buttons = new QHBoxLayout;
    const std::pair<Result, QString> results[] = {
        {Result::Ok, tr("&1  No deviation")},
        {Result::Deviation, tr("&2  Deviation")},
        {Result::NotChecked, tr("&3  Not checked")},
        {Result::NotApplicable, tr("&4  Not applicable")}};
    for (const auto &[result, label] : results) {
        auto *b = new QToolButton(this);
        b->setText(label);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus); // the keys 1–4 answer; focus stays in the list
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setMinimumHeight(36);
        b->setObjectName(QStringLiteral("result-%1").arg(domain::toString(result)));
        m_results->addButton(b, int(result));
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    m_results->setExclusive(true);

    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setPlaceholderText(
        tr("What was seen, and what the operator must do (Esc returns to the list, Ctrl+Enter "
           "goes to the next item)"));
    m_comment->setTabChangesFocus(true);
    m_comment->installEventFilter(this);
    m_commentTimer->setSingleShot(true);
    m_commentTimer->setInterval(kCommentPauseMs);

    auto *guidanceBox = new QGroupBox(tr("Guidance"), this);
    auto *guidanceLayout = new QFormLayout(guidanceBox);
    guidanceLayout->addRow(m_guidance);
    guidanceLayout->addRow(tr("Legal reference:"), m_legalReference);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_section);
    layout->addWidget(m_text);
    layout->addWidget(guidanceBox);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Comment"), this));
    layout->addWidget(m_comment, 1);
    layout->addWidget(m_deadline);
    layout->addWidget(new QLabel(tr("Photos"), this));
    layout->addWidget(m_photos);

    connect(m_results, &QButtonGroup::idClicked, this, [this](int id) { setResult(Result(id)); });
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            m_commentTimer->start();
    });
    connect(m_commentTimer, &QTimer::timeout, this, &ItemPanel::commitComment);
    connect(session, &VisitSession::answerChanged, this, [this](const QString &itemId) {
        if (itemId == m_itemId)
            showAnswer();
    });
    connect(session, &VisitSession::visitChanged, this, &ItemPanel::showAnswer);
    setItem({});
}

void ItemPanel::setItem(const QString &itemId)
{
    commitComment();
    m_itemId = itemId;
    const domain::Answer *a = m_session->visit().answer(itemId);
    m_section->setText(a ? a->section : QString());
    m_text->setText(a ? a->text : tr("Choose an item in the list."));
    m_guidance->setText(a ? m_session->guidance(itemId) : QString());
    m_legalReference->setText(a ? a->legalReference : QString());
    m_photos->setItem(itemId);
    m_deadline->setItem(itemId);
    showAnswer();
}

void ItemPanel::showAnswer()
{
    const domain::Answer *a = m_session->visit().answer(m_itemId);
    const bool editable = a && m_session->isDraft();
    m_showing = true;
    m_results->setExclusive(false);
    for (QAbstractButton *b : m_results->buttons()) {
        b->setChecked(a && a->result && int(*a->result) == m_results->id(b));
        b->setEnabled(editable);
    }
    m_results->setExclusive(true);
    if (!m_comment->hasFocus() || !a || m_comment->toPlainText() != a->comment) {
        if (!m_commentTimer->isActive())
            m_comment->setPlainText(a ? a->comment : QString());
    }
    m_comment->setReadOnly(!editable);
    m_showing = false;
}

void ItemPanel::pushAnswer(std::optional<Result> result, const QString &comment)
{
    const domain::Answer *a = m_session->visit().answer(m_itemId);
    if (!a || !m_session->isDraft() || (a->result == result && a->comment == comment))
        return;
    m_undo->push(new SetAnswerCommand(m_session, m_itemId, result, comment));
}

void ItemPanel::setResult(Result result)
{
    commitComment();
    const domain::Answer *a = m_session->visit().answer(m_itemId);
    if (a)
        pushAnswer(result, a->comment);
}

void ItemPanel::commitComment()
{
    m_commentTimer->stop();
    const domain::Answer *a = m_session->visit().answer(m_itemId);
    if (a && m_session->isDraft() && m_comment->toPlainText() != a->comment)
        pushAnswer(a->result, m_comment->toPlainText());
}

void ItemPanel::focusComment()
{
    m_comment->setFocus();
    m_comment->moveCursor(QTextCursor::End);
}

bool ItemPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_comment) {
        if (event->type() == QEvent::FocusOut) {
            commitComment();
        } else if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape) {
                commitComment();
                emit leaveCommentRequested();
                return true;
            }
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                key->modifiers().testFlag(Qt::ControlModifier)) {
                commitComment();
                emit nextRequested();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tillsyn::desktop
