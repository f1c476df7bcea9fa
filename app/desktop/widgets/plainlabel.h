#pragma once

class QLabel;
class QWidget;

namespace tillsyn::desktop {

// A selectable, word-wrapping label that never interprets its text as markup: what users,
// imports and other offices wrote is shown exactly as written.
QLabel *makePlainLabel(QWidget *parent);

} // namespace tillsyn::desktop
