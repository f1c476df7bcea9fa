#pragma once

#include <QSortFilterProxyModel>

namespace tillsyn::desktop {

// Narrows the runner's item list: free text (Ctrl+F) and "unanswered" / "deviations only".
// Sections stay visible while any of their items does.
class VisitItemFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Mode { All, Unanswered, Deviations };

    explicit VisitItemFilter(QObject *parent = nullptr);
    void setText(const QString &text);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    Mode m_mode = Mode::All;
};

} // namespace tillsyn::desktop
