// The program that owns the test binaries' precompiled header (tests/CMakeLists.txt): it is never
// run; only its build matters.
int main()
{
    return 0;
}
