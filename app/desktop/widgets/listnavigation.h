#pragma once

class QAbstractItemView;
class QLineEdit;

namespace tillsyn::desktop {

// Down, Enter or Return in a search or filter field moves into the list below it, on its first
// row, so the keyboard goes from typing to choosing without the mouse or a run of Tabs.
void moveIntoListFromField(QLineEdit *field, QAbstractItemView *list);

} // namespace tillsyn::desktop
