//! Dynamic dispatch, closures, iterators, Box/Vec/String: calls through
//! vtables, drop glue, landing pads, and allocator libcalls.

pub trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str;
    fn scale(&mut self, k: f64);
}

pub struct Circle {
    pub r: f64,
}
pub struct Rect {
    pub w: f64,
    pub h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.141592653589793 * self.r * self.r
    }
    fn name(&self) -> &'static str {
        "circle"
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> &'static str {
        "rect"
    }
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
}

pub fn make_shapes(n: usize) -> Vec<Box<dyn Shape>> {
    (0..n)
        .map(|i| -> Box<dyn Shape> {
            if i % 2 == 0 {
                Box::new(Circle { r: i as f64 })
            } else {
                Box::new(Rect { w: i as f64, h: 2.0 })
            }
        })
        .collect()
}

pub fn total_area(shapes: &mut [Box<dyn Shape>], k: f64) -> f64 {
    shapes.iter_mut().map(|s| {
        s.scale(k);
        s.area()
    }).sum()
}

pub fn names(shapes: &[Box<dyn Shape>]) -> String {
    let mut out = String::new();
    for s in shapes {
        out.push_str(s.name());
        out.push(',');
    }
    out
}

pub fn apply_all(fs: &[&dyn Fn(i64) -> i64], x: i64) -> i64 {
    fs.iter().fold(x, |acc, f| f(acc))
}

pub fn make_adder(k: i64) -> Box<dyn Fn(i64) -> i64> {
    Box::new(move |x| x + k)
}

pub fn compose(fns: Vec<Box<dyn Fn(i64) -> i64>>) -> impl Fn(i64) -> i64 {
    move |x| fns.iter().fold(x, |acc, f| f(acc))
}

#[inline(never)]
pub fn generic_max<T: PartialOrd + Copy>(v: &[T]) -> Option<T> {
    let mut it = v.iter().copied();
    let mut m = it.next()?;
    for x in it {
        if x > m {
            m = x;
        }
    }
    Some(m)
}

pub fn maxes(a: &[i32], b: &[f32], c: &[u8]) -> (Option<i32>, Option<f32>, Option<u8>) {
    (generic_max(a), generic_max(b), generic_max(c))
}

pub fn lengths(v: &[String]) -> Vec<usize> {
    v.iter().map(|s| s.len()).filter(|&n| n > 1).collect()
}
