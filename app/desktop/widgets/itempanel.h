#pragma once

#include "domain/visit.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QTimer;
class QUndoStack;

namespace tillsyn::desktop {

class DeadlineEdit;
class PhotoStrip;
class VisitSession;

// The item in focus: its wording, guidance (handledning) and legal reference, the four result
// buttons, the comment and the photos. Typing is committed a moment after the last keystroke
// and when the focus leaves the comment.
class ItemPanel : public QWidget
{
    Q_OBJECT

public:
    ItemPanel(VisitSession *session, QUndoStack *undo, QWidget *parent = nullptr);

    void setItem(const QString &itemId);
    const QString &itemId() const { return m_itemId; }
    void setResult(domain::Result result);
    void focusComment();
    // Commits a comment still waiting for its pause (before moving away or finishing).
    void commitComment();
    PhotoStrip *photoStrip() const { return m_photos; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    DeadlineEdit *deadlineEdit() const { return m_deadline; }

signals:
    void leaveCommentRequested(); // Escape in the comment
    void nextRequested();         // Ctrl+Enter in the comment

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showAnswer();
    void pushAnswer(std::optional<domain::Result> result, const QString &comment);

    VisitSession *m_session;
    QUndoStack *m_undo;
    QString m_itemId;
    QLabel *m_section;
    QLabel *m_text;
    QLabel *m_guidance;
    QLabel *m_legalReference;
    QButtonGroup *m_results;
    QPlainTextEdit *m_comment;
    QTimer *m_commentTimer;
    PhotoStrip *m_photos;
    DeadlineEdit *m_deadline;
    bool m_showing = false;
};

} // namespace tillsyn::desktop
