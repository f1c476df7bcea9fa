#pragma once

#include <QCoreApplication>
#include <QString>

class QDialog;
class QWidget;

namespace tillsyn::desktop {

// The Help menu's pages. Each dialog deletes itself when closed.
class HelpDialogs
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::desktop::HelpDialogs)

public:
    // Help → Keyboard shortcuts: every shortcut of the program on one page.
    static QDialog *shortcuts(QWidget *parent);
    // Help → Handbook: the README's part for inspectors and offices (built into the program, so
    // it is there on a laptop without the source), in the language the program's own strings
    // were loaded in.
    static QDialog *handbook(QWidget *parent);
    // The handbook in `language` ("sv": resources/handbook/handbok_sv.md; any other: the README's
    // part, from "## As an inspector" up to "## File formats").
    static QString handbookMarkdown(const QString &language);
};

} // namespace tillsyn::desktop
