#pragma once

#include <QWidget>

class QDateEdit;
class QToolButton;

namespace tillsyn::desktop {

class VisitSession;

// The deadline of a deviation (issue 17): a date beside the comment with quick choices — two
// weeks, a month, three months from the visit — and none. Shown only for a deviation; each
// choice is committed at once.
class DeadlineEdit : public QWidget
{
    Q_OBJECT

public:
    DeadlineEdit(VisitSession *session, QWidget *parent = nullptr);

    void setItem(const QString &itemId);
    QDateEdit *dateEdit() const { return m_date; }
    // Commits a deadline `days` (or `months`) after the visit's start; 0, 0 clears it.
    void choose(int days, int months);

private:
    void refresh();

    VisitSession *m_session;
    QString m_itemId;
    QDateEdit *m_date;
    QToolButton *m_none;
    bool m_showing = false;
};

} // namespace tillsyn::desktop
