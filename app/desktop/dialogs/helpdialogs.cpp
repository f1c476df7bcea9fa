#include "helpdialogs.h"

#include "util/translations.h"
#include "widgets/windowgeometry.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tillsyn::desktop {

namespace {

QDialog *makeDialog(QWidget *parent, const QString &title, QWidget *body, const QString &key,
                    QSize preferred)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    body->setParent(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(body, 1);
    layout->addWidget(buttons);
    fitWindowToScreen(dialog, key, preferred);
    return dialog;
}

} // namespace

QDialog *HelpDialogs::shortcuts(QWidget *parent)
{
    const auto native = [](const QKeySequence &k) { return k.toString(QKeySequence::NativeText); };
    // Where each shortcut works, then the keys and what they do.
    const struct
    {
        QString where;
        QString keys;
        QString what;
    } rows[] = {
        {tr("Everywhere"), native(QKeySequence::Find), tr("Search facilities (in the runner: filter its items)")},
        {tr("Everywhere"), native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)), tr("Search facilities")},
        {tr("Everywhere"), native(QKeySequence(Qt::Key_F5)), tr("Sync now")},
        {tr("Everywhere"), native(QKeySequence::Open), tr("Open database")},
        {tr("Everywhere"), native(QKeySequence::Quit), tr("Quit")},
        {tr("Search fields"), tr("Down, Enter"), tr("Move into the list")},
        {tr("Facilities"), native(QKeySequence::New), tr("New visit for the selected facility")},
        {tr("Visits"), tr("Enter"), tr("Open the visit")},
        {tr("Visits"), native(QKeySequence(Qt::Key_Delete)), tr("Delete a draft (asks first)")},
        {tr("Runner"), QStringLiteral("1"), tr("No deviation")},
        {tr("Runner"), QStringLiteral("2"), tr("Deviation")},
        {tr("Runner"), QStringLiteral("3"), tr("Not checked")},
        {tr("Runner"), QStringLiteral("4"), tr("Not applicable")},
        {tr("Runner"), tr("Enter, Down / Up"), tr("Next / previous item")},
        {tr("Runner"), tr("Tab"), tr("Write a comment")},
        {tr("Comment"), tr("Esc"), tr("Back to the items")},
        {tr("Comment"), native(QKeySequence(Qt::CTRL | Qt::Key_Return)), tr("Next item")},
        {tr("Runner"), native(QKeySequence::Undo), tr("Undo an answer or a removed photo")},
        {tr("Runner"), native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)), tr("Redo")},
        {tr("Runner"), native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)), tr("Finish the visit")},
    };
    auto *table = new QTableWidget(int(std::size(rows)), 3);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({tr("Where"), tr("Keys"), tr("What")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < int(std::size(rows)); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].where));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].keys));
        table->setItem(r, 2, new QTableWidgetItem(rows[r].what));
    }
    return makeDialog(parent, tr("Keyboard shortcuts"), table, QStringLiteral("shortcuts"),
                      QSize(640, 560));
}

QString HelpDialogs::handbookMarkdown(const QString &language)
{
    // A translated handbook is a file of its own (the README is English only); a test keeps its
    // headings and commands in step with the README.
    if (language == u"sv") {
        QFile translated(QStringLiteral(":/tillsyn/resources/handbook/handbok_sv.md"));
        if (translated.open(QIODevice::ReadOnly))
            return QString::fromUtf8(translated.readAll());
    }
    QFile file(QStringLiteral(":/tillsyn/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString readme = QString::fromUtf8(file.readAll());
    const qsizetype from = readme.indexOf(QStringLiteral("## As an inspector"));
    const qsizetype to = readme.indexOf(QStringLiteral("## File formats"));
    if (from < 0)
        return readme;
    return readme.mid(from, to > from ? to - from : -1);
}

QDialog *HelpDialogs::handbook(QWidget *parent)
{
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("handbook"));
    browser->setOpenExternalLinks(true);
    // The language the program's strings were loaded in (--lang or the system's), not the
    // system locale by itself: the handbook must match the menus it describes.
    browser->setMarkdown(handbookMarkdown(Translations::current()));
    return makeDialog(parent, tr("Handbook"), browser, QStringLiteral("handbook"),
                      QSize(760, 640));
}

} // namespace tillsyn::desktop
