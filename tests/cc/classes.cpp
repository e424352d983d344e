// C++: a virtual call, a template instantiated in a COMDAT group, an inline function, and an
// exception thrown and caught.
#include <stddef.h>

struct Shape {
    virtual ~Shape() {}
    virtual int area() const = 0;
};

struct Square : Shape {
    int side;
    explicit Square(int s) : side(s) {}
    int area() const override { return side * side; }
};

template <typename T> T largest(const T *xs, size_t n) {
    T best = xs[0];
    for (size_t i = 1; i < n; i++)
        if (xs[i] > best)
            best = xs[i];
    return best;
}

inline int clamp(int x) { return x < 0 ? 0 : x; }

extern int fail(int);

int measure(const Shape &s) { return clamp(s.area()); }

int guarded(int x) {
    try {
        if (x < 0)
            throw x;
        return fail(x);
    } catch (int e) {
        return -e;
    }
}

int use_all(int x) {
    Square sq(x);
    int xs[3] = {x, x + 1, x - 1};
    return measure(sq) + largest(xs, 3) + guarded(x);
}
