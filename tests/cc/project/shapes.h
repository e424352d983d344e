#ifndef SHAPES_H
#define SHAPES_H
#ifdef __cplusplus
extern "C" {
#endif
int area_sum(int n);
int cxx_area(int side);
#ifdef __cplusplus
}
#endif
#endif
