// A class whose constructor and destructor are defined in big.cpp and used in big_use.cpp.
struct Big {
    char buf[2048];
    Big();
    ~Big();
};
struct Shape {
    virtual long area(long) const = 0;
    virtual ~Shape() {}
};
Shape *make_shape(long kind);
void consume(char *);
