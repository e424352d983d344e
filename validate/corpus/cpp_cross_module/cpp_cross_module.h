/* Shared by the three modules of cpp_cross_module. */
#pragma once

class Big {
  public:
    explicit Big(long seed); /* big.cpp: clang emits the C1 constructor as an alias of C2 */
    ~Big();                  /* big.cpp: D1 likewise an alias of D2 */
    long sum() const;

  private:
    volatile char data_[2048];
};

struct Shape {
    virtual long area(long x) const = 0;

  protected:
    ~Shape() = default;
};

/* shapes.cpp: the derived classes and their objects live there only. */
Shape *shape_at(long k);
