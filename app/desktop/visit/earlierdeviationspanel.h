#pragma once

#include "domain/followup.h"

#include <QGroupBox>

class QLineEdit;
class QTreeView;

namespace tillsyn::desktop {

class EarlierDeviationsModel;
class VisitSession;

// "Earlier deviations" in the runner, shown first when the facility has open deviations: with
// the keyboard like every item — 1 corrected, 2 remains, 3 not checked; Tab writes a comment
// (Enter commits it and returns to the list). Hidden when there are none.
class EarlierDeviationsPanel : public QGroupBox
{
    Q_OBJECT

public:
    EarlierDeviationsPanel(VisitSession *session, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *commentEdit() const { return m_comment; }
    EarlierDeviationsModel *model() const { return m_model; }
    bool isEmpty() const;
    // Marks the deviation in focus; index 0 corrected, 1 remains, 2 not checked.
    void markCurrent(int statusIndex);
    bool hasFocusInside() const;

private:
    void showCurrent();
    void commitComment();

    VisitSession *m_session;
    EarlierDeviationsModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_comment;
};

} // namespace tillsyn::desktop
