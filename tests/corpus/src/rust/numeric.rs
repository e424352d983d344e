//! 128-bit integers, checked arithmetic, floats, big stack arrays, recursion,
//! matches that become jump tables, and panics with their landing pads.

pub fn div128(a: u128, b: u128) -> u128 {
    a / b
}

pub fn rem_i128(a: i128, b: i128) -> i128 {
    a % b
}

pub fn mul_checked(a: u64, b: u64) -> Option<u64> {
    a.checked_mul(b)
}

pub fn widening(a: u64, b: u64) -> u128 {
    a as u128 * b as u128
}

pub fn to_string_u128(mut v: u128, out: &mut [u8; 40]) -> usize {
    let mut tmp = [0u8; 40];
    let mut n = 0;
    loop {
        tmp[n] = b'0' + (v % 10) as u8;
        n += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for i in 0..n {
        out[i] = tmp[n - 1 - i];
    }
    n
}

pub fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}

pub fn ackermann(m: u64, n: u64) -> u64 {
    match (m, n) {
        (0, n) => n + 1,
        (m, 0) => ackermann(m - 1, 1),
        (m, n) => ackermann(m - 1, ackermann(m, n - 1)),
    }
}

#[inline(never)]
pub fn big_array(k: u64) -> u64 {
    let mut a = [0u64; 4096];
    for (i, x) in a.iter_mut().enumerate() {
        *x = (i as u64).wrapping_mul(k) ^ (k >> (i % 64));
    }
    core::hint::black_box(&mut a);
    a.iter().fold(0, |s, &x| s.wrapping_add(x))
}

pub fn medium_array(idx: usize) -> u32 {
    let table = [7u32; 300];
    core::hint::black_box(&table);
    table[idx]
}

#[derive(Clone, Copy)]
pub enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Shl,
    Shr,
    And,
    Or,
    Xor,
}

pub fn eval(op: Op, a: i64, b: i64) -> i64 {
    match op {
        Op::Add => a.wrapping_add(b),
        Op::Sub => a.wrapping_sub(b),
        Op::Mul => a.wrapping_mul(b),
        Op::Div => a / b,
        Op::Rem => a % b,
        Op::Shl => a << (b & 63),
        Op::Shr => a >> (b & 63),
        Op::And => a & b,
        Op::Or => a | b,
        Op::Xor => a ^ b,
    }
}

pub fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

pub fn norm32(v: &[f32]) -> f32 {
    v.iter().map(|x| x * x).sum::<f32>().sqrt()
}

pub fn float_bits(x: f64) -> (u64, i32, f64) {
    (x.to_bits(), x as i32, x.powi(3).mul_add(2.0, 1.0))
}

#[repr(C)]
pub struct Big {
    pub data: [u64; 32],
    pub tag: u8,
}

pub fn pass_big(mut b: Big, k: u64) -> Big {
    for x in b.data.iter_mut() {
        *x += k;
    }
    b.tag ^= 1;
    b
}

pub fn copy_big(src: &Big) -> u64 {
    let b = pass_big(Big { data: src.data, tag: src.tag }, 3);
    b.data[31] + b.tag as u64
}
