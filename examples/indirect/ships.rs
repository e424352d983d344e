//! The seed example's `ship.launch()` as a Rust `dyn Trait` call, for
//! `stackbound --resolve-indirect`. rustc's IR has no type ids, so the call is resolved by its
//! IR signature. Regenerate the IR with
//!   rustc --edition=2021 --crate-type=lib --emit=llvm-ir -C opt-level=2 -C panic=abort -C codegen-units=1 \
//!     ships.rs -o ships-rs.ll
#![no_std]

extern "C" {
    fn println(s: *const u8);
}

pub trait Ship {
    fn launch(&self);
}

pub struct Spaceship;

pub struct Rocket {
    pub stages: u64,
}

impl Ship for Spaceship {
    fn launch(&self) {
        unsafe { println(b"Launching!\0".as_ptr()) }
    }
}

impl Ship for Rocket {
    // A deeper launch: a 512-byte buffer on the stack.
    fn launch(&self) {
        let mut buf = [0u8; 512];
        buf[0] = self.stages as u8;
        core::hint::black_box(&mut buf);
        unsafe { println(buf.as_ptr()) }
    }
}

/// The virtual call: which `launch` runs is only known at run time.
#[no_mangle]
#[inline(never)]
pub fn launch_it(ship: &dyn Ship) {
    ship.launch()
}

#[no_mangle]
pub extern "C" fn fleet(stages: u64) {
    let rocket = Rocket { stages };
    let ship: &dyn Ship = if stages > 1 { &rocket } else { &Spaceship };
    launch_it(core::hint::black_box(ship))
}
