#pragma once

#include <memory>
#include <typeindex>
#include <typeinfo>

namespace tillsyn::test {

// Keeps an object for the rest of the running test case. Catch2 runs a test case again from the
// top for each of its sections; a fixture its sections only read (an office database on the
// tests' PostgreSQL server costs a good part of a second) is then built on the first run and
// found again on the others: one per test case, not one per section. Everything kept is
// destroyed when the test case ends (a listener in testmain.cpp), so no test case sees
// another's. Only for objects the sections do not change, or change only in parts no other
// section reads (e.g. each section merging visits of its own).
std::shared_ptr<void> keptObject(std::type_index key);
void keepObject(std::type_index key, std::shared_ptr<void> object);
// Destroys everything kept (when a test case ends).
void dropKeptObjects();

// The test case's T, made by `make` (returning a std::unique_ptr<T> or std::shared_ptr<T>) on
// first use.
template <typename T, typename Make> T &keptForTestCase(Make make)
{
    const std::type_index key(typeid(T));
    if (const std::shared_ptr<void> kept = keptObject(key))
        return *static_cast<T *>(kept.get());
    std::shared_ptr<T> made = make();
    keepObject(key, made);
    return *made;
}

} // namespace tillsyn::test
