// validate: about AVX2: 32-byte vector locals whose address escapes force a realigned frame (x86-64 stack alignment is 16)
// validate: entry avx_entry 5
// validate: targets x86_64
// validate: cflags -mavx2
// validate: sp-offsets 2
// validate: requires flag realigned
// validate: requires asm vmovdqa
#include <immintrin.h>
#include "sb.h"

NOINLINE static long reduce(const __m256i *v, int n) {
    __m256i s = _mm256_setzero_si256();
    for (int k = 0; k < n; k++)
        s = _mm256_add_epi64(s, v[k]);
    long out[4];
    _mm256_storeu_si256((__m256i *)out, s);
    return out[0] + out[1] + out[2] + out[3];
}

NOINLINE static long avx_mix(long n) {
    __m256i v[3];
    v[0] = _mm256_set1_epi64x(n);
    v[1] = _mm256_set_epi64x(n, 2 * n, 3 * n, 4 * n);
    v[2] = _mm256_xor_si256(v[0], v[1]);
    return reduce(v, 3);
}

long avx_entry(long n) {
    return avx_mix(n) + 1;
}
