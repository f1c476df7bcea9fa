#include "plainmessage.h"

namespace tillsyn::desktop {

void showPlainMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                      const QString &text, const QString &details)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

} // namespace tillsyn::desktop
