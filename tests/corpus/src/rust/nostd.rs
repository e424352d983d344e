//! A `#![no_std]` library: no allocator, no unwinding tables from std, only core.
#![no_std]

pub struct Ring<const N: usize> {
    buf: [u32; N],
    head: usize,
    len: usize,
}

impl<const N: usize> Ring<N> {
    pub const fn new() -> Self {
        Ring { buf: [0; N], head: 0, len: 0 }
    }
    pub fn push(&mut self, v: u32) -> bool {
        if self.len == N {
            return false;
        }
        self.buf[(self.head + self.len) % N] = v;
        self.len += 1;
        true
    }
    pub fn pop(&mut self) -> Option<u32> {
        if self.len == 0 {
            return None;
        }
        let v = self.buf[self.head];
        self.head = (self.head + 1) % N;
        self.len -= 1;
        Some(v)
    }
}

pub fn ring_roundtrip(vals: &[u32]) -> u64 {
    let mut r: Ring<64> = Ring::new();
    let mut s = 0u64;
    for &v in vals {
        if !r.push(v) {
            s += r.pop().unwrap_or(0) as u64;
            r.push(v);
        }
    }
    while let Some(v) = r.pop() {
        s += v as u64;
    }
    s
}

pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xedb8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

pub fn callback_sum(f: fn(u32) -> u32, n: u32) -> u32 {
    (0..n).map(f).fold(0u32, |a, b| a.wrapping_add(b))
}

pub fn parse_u64(s: &[u8]) -> Result<u64, usize> {
    let mut v: u64 = 0;
    for (i, &c) in s.iter().enumerate() {
        if !c.is_ascii_digit() {
            return Err(i);
        }
        v = v.checked_mul(10).and_then(|v| v.checked_add((c - b'0') as u64)).ok_or(i)?;
    }
    Ok(v)
}

pub fn copy_out(dst: &mut [u8; 256], src: &[u8; 256]) {
    *dst = *src;
}

pub fn bytes_swap(v: &mut [u64]) {
    for x in v.iter_mut() {
        *x = x.swap_bytes().rotate_left(13);
    }
}
