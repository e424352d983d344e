// `plain` for the cross targets of tests/tests/objects.rs: compiled by clang itself, so its
// object carries no records.
int plain(int x) { return x + 1; }
