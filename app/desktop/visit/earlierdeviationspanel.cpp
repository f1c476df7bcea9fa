#include "earlierdeviationspanel.h"

#include "models/earlierdeviationsmodel.h"
#include "visitsession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace tillsyn::desktop {

using namespace tillsyn::domain;

EarlierDeviationsPanel::EarlierDeviationsPanel(VisitSession *session, QWidget *parent)
    : QGroupBox(tr("Earlier deviations"), parent)
    , m_session(session)
    , m_model(new EarlierDeviationsModel(session, this))
    , m_view(new QTreeView(this))
    , m_comment(new QLineEdit(this))
{
    setObjectName(QStringLiteral("earlierDeviations"));
    m_view->setObjectName(QStringLiteral("earlierDeviationList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(EarlierDeviationsModel::ItemColumn,
                                           QHeaderView::Stretch);
    m_view->setMaximumHeight(160);
    m_comment->setObjectName(QStringLiteral("earlierDeviationComment"));
    m_comment->setPlaceholderText(tr("What was seen at this visit (Enter saves)"));
    auto *hint = new QLabel(tr("1 corrected · 2 remains · 3 not checked · Tab: comment"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    auto *row = new QHBoxLayout;
    row->addWidget(m_comment, 1);
    row->addWidget(hint);
    layout->addLayout(row);
    setTabOrder(m_view, m_comment);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EarlierDeviationsPanel::showCurrent);
    connect(m_comment, &QLineEdit::returnPressed, this, [this] {
        commitComment();
        m_view->setFocus();
    });
    connect(m_comment, &QLineEdit::editingFinished, this, &EarlierDeviationsPanel::commitComment);
    setVisible(!isEmpty());
    if (!isEmpty())
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_comment->setEnabled(session->isDraft());
}

bool EarlierDeviationsPanel::isEmpty() const
{
    return m_model->rowCount() == 0;
}

bool EarlierDeviationsPanel::hasFocusInside() const
{
    return m_view->hasFocus() || m_comment->hasFocus();
}

void EarlierDeviationsPanel::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_comment->clear();
        return;
    }
    const Deviation &d = m_model->deviation(current.row());
    const FollowUp *f = m_session->visit().followUp(d.visitId, d.itemId);
    m_comment->setText(f ? f->comment : QString());
}

void EarlierDeviationsPanel::markCurrent(int statusIndex)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_session->isDraft() || statusIndex < 0 || statusIndex > 2)
        return;
    static const FollowUpStatus statuses[] = {FollowUpStatus::Corrected, FollowUpStatus::Remains,
                                              FollowUpStatus::NotChecked};
    const Deviation &d = m_model->deviation(current.row());
    const FollowUp *f = m_session->visit().followUp(d.visitId, d.itemId);
    m_session->setFollowUp(
        {d.visitId, d.itemId, statuses[statusIndex], f ? f->comment : m_comment->text()});
    // On to the next one, as the checklist does.
    if (current.row() + 1 < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(current.row() + 1, 0));
}

void EarlierDeviationsPanel::commitComment()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_session->isDraft())
        return;
    const Deviation &d = m_model->deviation(current.row());
    const FollowUp *f = m_session->visit().followUp(d.visitId, d.itemId);
    if (f && f->comment == m_comment->text())
        return;
    if (!f && m_comment->text().isEmpty())
        return;
    // A comment alone records the deviation as not (yet) checked; a status chosen later keeps it.
    m_session->setFollowUp(
        {d.visitId, d.itemId, f ? f->status : FollowUpStatus::NotChecked, m_comment->text()});
}

} // namespace tillsyn::desktop
