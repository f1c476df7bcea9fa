#pragma once

#include <QWidget>

#include <functional>

class QLineEdit;
class QPushButton;

namespace tillsyn::desktop {

// The case number (diarienummer) of a visit, with "From last visit" (F4): the number of the
// facility's last visit that had one, since a facility's controls usually belong to one case.
class CaseNumberEdit : public QWidget
{
    Q_OBJECT

public:
    // `lastNumber` gives the facility's last case number (empty when none).
    CaseNumberEdit(std::function<QString()> lastNumber, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void setReadOnly(bool readOnly);
    QLineEdit *lineEdit() const { return m_edit; }
    // Takes the last visit's number; false when there is none.
    bool takeFromLastVisit();

signals:
    void editingFinished();

private:
    std::function<QString()> m_lastNumber;
    QLineEdit *m_edit;
    QPushButton *m_fromLast;
};

} // namespace tillsyn::desktop
