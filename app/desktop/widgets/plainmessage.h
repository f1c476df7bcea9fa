#pragma once

#include <QMessageBox>
#include <QString>

namespace tillsyn::desktop {

// A modal message whose text (and details) are never read as markup: error messages name files,
// facilities and what users typed.
void showPlainMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                      const QString &text, const QString &details = {});

} // namespace tillsyn::desktop
