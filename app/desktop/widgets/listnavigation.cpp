#include "listnavigation.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace tillsyn::desktop {

namespace {

class FieldToList : public QObject
{
public:
    FieldToList(QLineEdit *field, QAbstractItemView *list)
        : QObject(field)
        , m_list(list)
    {
        field->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool move = key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
                          key->key() == Qt::Key_Enter;
        if (!move || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
            return QObject::eventFilter(watched, event);
        QAbstractItemModel *model = m_list->model();
        if (!model || model->rowCount() == 0)
            return true;
        m_list->setFocus(Qt::TabFocusReason);
        const QModelIndex first = model->index(0, 0);
        m_list->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_list->scrollTo(first);
        return true;
    }

private:
    QAbstractItemView *m_list;
};

} // namespace

void moveIntoListFromField(QLineEdit *field, QAbstractItemView *list)
{
    new FieldToList(field, list);
}

} // namespace tillsyn::desktop
