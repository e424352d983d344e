/* Does not compile: the wrapper must fail as clang fails. */
int broken(void) { return undeclared_name; }
