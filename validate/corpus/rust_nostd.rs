// validate: about Rust no_std function set (rustc, panic=abort): slices, iterators, generics, u128
// validate: entry rust_checksum 77
// validate: entry rust_matrix 3
// validate: entry rust_u128 1234567
// validate: cflags -C opt-level=2
// validate: quick
// validate: requires call __udivti3
#![no_std]

use core::num::NonZeroU128;

#[inline(never)]
fn fold<const N: usize>(data: &[u32; N], seed: u32) -> u32 {
    let mut h = seed ^ 0x9e37_79b9;
    for &d in data.iter() {
        h = (h ^ d).wrapping_mul(0x0100_0193).rotate_left(5);
    }
    h
}

#[inline(never)]
fn fill<const N: usize>(seed: u32) -> [u32; N] {
    let mut out = [0u32; N];
    let mut x = seed | 1;
    for slot in out.iter_mut() {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        *slot = x;
    }
    out
}

#[no_mangle]
pub extern "C" fn rust_checksum(x: i64) -> i64 {
    let a: [u32; 64] = fill(x as u32);
    let b: [u32; 16] = fill(a[3]);
    (fold(&a, 1) as i64) ^ (fold(&b, 2) as i64)
}

#[inline(never)]
fn matmul(a: &[[i64; 8]; 8], b: &[[i64; 8]; 8]) -> [[i64; 8]; 8] {
    let mut c = [[0i64; 8]; 8];
    for i in 0..8 {
        for j in 0..8 {
            let mut s = 0i64;
            for k in 0..8 {
                s = s.wrapping_add(a[i][k].wrapping_mul(b[k][j]));
            }
            c[i][j] = s;
        }
    }
    c
}

#[no_mangle]
pub extern "C" fn rust_matrix(x: i64) -> i64 {
    let mut a = [[0i64; 8]; 8];
    for (i, row) in a.iter_mut().enumerate() {
        for (j, v) in row.iter_mut().enumerate() {
            *v = x.wrapping_mul(i as i64 + 1) ^ j as i64;
        }
    }
    let c = matmul(&a, &a);
    let d = matmul(&c, &a);
    d.iter().flatten().fold(0i64, |s, v| s.wrapping_add(*v))
}

#[inline(never)]
fn divmod(a: u128, b: NonZeroU128) -> (u128, u128) {
    (a / b, a % b)
}

#[no_mangle]
pub extern "C" fn rust_u128(x: i64) -> i64 {
    let a = ((x as u128) << 80) | 0xdead_beef;
    let b = NonZeroU128::new((x as u128 | 1) * 1_000_003).unwrap_or(NonZeroU128::MIN);
    let (q, r) = divmod(a, b);
    (q as i64) ^ (r as i64)
}
