// Calls through both ifuncs from another module.
long pick(long);
long opaque(long);
long call_pick(long x) { return pick(x) + 1; }
long call_opaque(long x) { return opaque(x) + 1; }
