#include "visitrunnerpage.h"

#include "dialogs/finishvisitdialog.h"
#include "dialogs/signaturedialog.h"
#include "dialogs/reportpreviewdialog.h"
#include "models/visitanswersmodel.h"
#include "models/visititemfilter.h"
#include "util/error.h"
#include "visit/earlierdeviationspanel.h"
#include "visit/visitsession.h"
#include "widgets/itempanel.h"
#include "widgets/plainmessage.h"
#include "widgets/visitheader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tillsyn::desktop {

using namespace tillsyn::domain;

VisitRunnerPage::VisitRunnerPage(storage::Database &db, const QString &visitId, QWidget *parent)
    : QWidget(parent)
    , m_session(new VisitSession(db, visitId, this))
    , m_undo(new QUndoStack(this))
    , m_model(new VisitAnswersModel(m_session, this))
    , m_filter(new VisitItemFilter(this))
    , m_header(new VisitHeader(m_session, this))
    , m_filterText(new QLineEdit(this))
    , m_filterMode(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_panel(new ItemPanel(m_session, m_undo, this))
    , m_earlier(new EarlierDeviationsPanel(m_session, this))
{
    m_filter->setSourceModel(m_model);
    m_filterText->setObjectName(QStringLiteral("itemFilter"));
    m_filterText->setPlaceholderText(tr("Filter items (Ctrl+F)"));
    m_filterText->setClearButtonEnabled(true);
    m_filterMode->addItem(tr("All items"), int(VisitItemFilter::Mode::All));
    m_filterMode->addItem(tr("Unanswered"), int(VisitItemFilter::Mode::Unanswered));
    m_filterMode->addItem(tr("Deviations only"), int(VisitItemFilter::Mode::Deviations));
    m_filterMode->setObjectName(QStringLiteral("itemFilterMode"));

    m_view->setObjectName(QStringLiteral("itemList"));
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(VisitAnswersModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(VisitAnswersModel::ResultColumn,
                                           QHeaderView::ResizeToContents);
    m_view->expandAll();
    m_view->installEventFilter(this);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_filterText, 1);
    filterBar->addWidget(m_filterMode);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filterBar);
    leftLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_earlier); // first: the deviations of the previous round
    layout->addWidget(splitter, 1);
    setTabOrder(m_view, m_panel->commentEdit());

    connect(m_filterText, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        m_view->expandAll();
        keepCurrentItemVisible();
    });
    connect(m_filterMode, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMode(VisitItemFilter::Mode(m_filterMode->currentData().toInt()));
        m_view->expandAll();
        keepCurrentItemVisible();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
    connect(m_filter, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &VisitRunnerPage::currentChanged);
    connect(m_panel, &ItemPanel::leaveCommentRequested, this, [this] { m_view->setFocus(); });
    connect(m_panel, &ItemPanel::nextRequested, this, [this] {
        moveToItem(+1);
        m_view->setFocus();
    });
    connect(m_header, &VisitHeader::finishRequested, this, &VisitRunnerPage::finishVisit);
    connect(m_header, &VisitHeader::reopenRequested, this, &VisitRunnerPage::reopenVisit);
    connect(m_header, &VisitHeader::reportRequested, this, &VisitRunnerPage::showReport);
    connect(m_session, &VisitSession::failed, this, &VisitRunnerPage::showFailure);
    createShortcuts();

    if (!m_session->visit().answers.empty()) {
        // Resume where the inspector was: the first unanswered item, else the first.
        QString start = m_session->visit().answers.front().itemId;
        for (const Answer &a : m_session->visit().answers) {
            if (!a.result) {
                start = a.itemId;
                break;
            }
        }
        selectItem(start);
    }
    setFocusProxy(m_earlier->isEmpty() ? static_cast<QWidget *>(m_view) : m_earlier->view());
}

void VisitRunnerPage::createShortcuts()
{
    for (int i = 0; i < 4; ++i) {
        auto *s = new QShortcut(QKeySequence(Qt::Key_1 + i), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, i] { answerCurrent(i); });
    }
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filterText->setFocus();
        m_filterText->selectAll();
    });
    auto *finish = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), this);
    finish->setContext(Qt::WidgetWithChildrenShortcut);
    connect(finish, &QShortcut::activated, this, &VisitRunnerPage::finishVisit);

    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({undo, redo});
}

QString VisitRunnerPage::currentItemId() const
{
    return m_panel->itemId();
}

void VisitRunnerPage::currentChanged(const QModelIndex &current)
{
    const QString itemId =
        current.siblingAtColumn(0).data(VisitAnswersModel::ItemIdRole).toString();
    if (!itemId.isEmpty() && itemId != m_panel->itemId())
        m_panel->setItem(itemId);
}

void VisitRunnerPage::selectItem(const QString &itemId)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfItem(itemId));
    m_panel->setItem(itemId);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        // The first item of a section brings its section's header into view with it.
        if (index.row() == 0 && index.parent().isValid())
            m_view->scrollTo(index.parent());
        m_view->scrollTo(index);
    }
}

bool VisitRunnerPage::isShown(const QString &itemId) const
{
    return !itemId.isEmpty() && m_filter->mapFromSource(m_model->indexOfItem(itemId)).isValid();
}

void VisitRunnerPage::keepCurrentItemVisible()
{
    if (isShown(m_panel->itemId()))
        return;
    moveToItem(+1);
    if (!isShown(m_panel->itemId()))
        moveToItem(-1);
    // Nothing the filter shows: the panel must not keep an item the inspector cannot see, or
    // keys 1–4 would answer it unseen.
    if (!isShown(m_panel->itemId())) {
        m_view->setCurrentIndex({});
        m_panel->setItem({});
    }
}

void VisitRunnerPage::moveToItem(int step)
{
    const auto &answers = m_session->visit().answers;
    int position = -1;
    for (int i = 0; i < int(answers.size()); ++i) {
        if (answers[size_t(i)].itemId == m_panel->itemId())
            position = i;
    }
    // Walk in visit order, skipping what the filter hides (an answered item may just have left
    // the "unanswered" view).
    for (int i = position + step; i >= 0 && i < int(answers.size()); i += step) {
        const QString id = answers[size_t(i)].itemId;
        if (m_filter->mapFromSource(m_model->indexOfItem(id)).isValid()) {
            selectItem(id);
            return;
        }
    }
}

void VisitRunnerPage::answerCurrent(int resultIndex)
{
    // The keys 1–3 mark an earlier deviation while that list has the focus.
    if (m_earlier->view()->hasFocus()) {
        m_earlier->markCurrent(resultIndex);
        return;
    }
    // Only the item the inspector sees selected: a filter may have hidden the one in the panel.
    if (!isShown(m_panel->itemId()) || !m_session->isDraft())
        return;
    m_panel->setResult(Result(resultIndex));
}

void VisitRunnerPage::commitEdits()
{
    m_panel->commitComment();
    m_header->commitEdits();
}

bool VisitRunnerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Down:
            moveToItem(+1);
            return true;
        case Qt::Key_Up:
            moveToItem(-1);
            return true;
        case Qt::Key_Tab:
            m_panel->focusComment();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void VisitRunnerPage::finishVisit()
{
    if (!m_session->isDraft())
        return;
    commitEdits();
    FinishVisitDialog dialog(m_session->visit(),
                             m_session->lifecycle().check(m_session->visit().visitId), this);
    if (dialog.exec() != QDialog::Accepted) {
        if (!dialog.jumpToItem().isEmpty()) {
            if (!isShown(dialog.jumpToItem())) {
                m_filterText->clear();
                m_filterMode->setCurrentIndex(0); // all items
            }
            selectItem(dialog.jumpToItem());
            m_view->setFocus();
        }
        return;
    }
    // Signing is the last step, after the check: the operator signs what is finished, never
    // content the inspector goes back to change. A reopened revision is asked again.
    if (!m_session->visit().caseInfo.signature) {
        SignatureDialog signature(m_session, this);
        if (signature.exec() == QDialog::Rejected)
            return;
    }
    if (m_session->finish()) {
        m_undo->clear(); // a finished revision cannot be undone into
        emit visitFinished(m_session->visit().visitId);
    }
}

void VisitRunnerPage::reopenVisit()
{
    const auto answer =
        QMessageBox::question(this, tr("Reopen visit"),
                              tr("Reopen this visit as revision %1? Revision %2 stays as it is.")
                                  .arg(m_session->visit().revision + 1)
                                  .arg(m_session->visit().revision));
    if (answer == QMessageBox::Yes)
        m_session->reopen();
}

void VisitRunnerPage::showReport()
{
    try {
        ReportPreviewDialog dialog(m_session->database(), m_session->visit().visitId,
                                   m_session->visit().revision, this);
        dialog.exec();
    } catch (const Error &e) {
        showFailure(e.message());
    }
}

void VisitRunnerPage::showFailure(const QString &message)
{
    showPlainMessage(this, QMessageBox::Warning, tr("Tillsyn"), message);
}

} // namespace tillsyn::desktop
