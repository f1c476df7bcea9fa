#include "visititemfilter.h"

#include "domain/visit.h"
#include "visitanswersmodel.h"

namespace tillsyn::desktop {

VisitItemFilter::VisitItemFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(false);
    // Answers change while the filter is on: re-evaluate so "unanswered" stays true.
    setDynamicSortFilter(true);
}

void VisitItemFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void VisitItemFilter::setMode(Mode mode)
{
    m_mode = mode;
    invalidateFilter();
}

bool VisitItemFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(VisitAnswersModel::IsSectionRole).toBool())
        return m_text.isEmpty() && m_mode == Mode::All;
    const int result = index.data(VisitAnswersModel::ResultRole).toInt();
    if (m_mode == Mode::Unanswered && result >= 0)
        return false;
    if (m_mode == Mode::Deviations && result != int(domain::Result::Deviation))
        return false;
    return m_text.isEmpty() || index.data(VisitAnswersModel::SearchTextRole)
                                   .toString()
                                   .contains(m_text, Qt::CaseInsensitive);
}

} // namespace tillsyn::desktop
