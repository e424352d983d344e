//! A Cortex-M program of two modules (`tests/firmware/`): `main` in app.c, the interrupt
//! handlers in irq.c, their priorities in firmware.toml, bounded with `--entry` roots as a
//! firmware CI gate would run it.
//!
//! Expected numbers, from the assembly of the custom llc (`llc -O2 app.ll -o -`, the same for
//! irq.ll; Thumb-2, Cortex-M4, soft float):
//! - `log_event`: `sub sp, #16`, leaf: 16. `checksum`: `push {r4, r5, r7, lr}`, leaf: 16.
//! - `step`: `sub sp, #32`; `add sp, #32; b log_event` (a tail call at 0): max(32, 16) = 32.
//! - `main`: `push {r4, r5, r7, lr}` (16); `bl step` and `bl checksum` at 16: 16 + 32 = 48.
//! - `unused_self_test` reaches nothing from the roots: not in the report.
//! - Handlers, each entered with the 36-byte frame (32 stacked + 4 padding; no FP registers):
//!   `SysTick_Handler` (marked `interrupt` in irq.c): `push {r4, r6, r7, lr}` (16), `bfc`
//!   realignment to 8 (0 slack: an exception enters 8-aligned), `bl log_event` at 16:
//!   36 + 16 + 16 = 68. `UART0_IRQHandler`: `push {r7, lr}; sub sp, #32` (40), calls at 40:
//!   36 + 40 + 16 = 92. `DMA_IRQHandler`: `push {r7, lr}`, `bl checksum` at 8, tail call at 0:
//!   36 + 8 + 16 = 60.
//! - Nesting: priority 1 (SysTick 68) + priority 2 (UART0 92; DMA 60 never nests with it):
//!   160. On MSP the system needs main 48 + 160 = 208.

use std::path::PathBuf;

use stackbound::render::{self, RenderOptions};
use stackbound::{analyze, Assumptions, Options, Status};
use stackbound_tests::{custom_llc, workspace_root};

fn dir() -> PathBuf {
    workspace_root().join("tests/firmware")
}

fn options(entries: &[&str]) -> Options {
    let mut options = Options::default();
    options.llc.llc = Some(custom_llc().to_path_buf());
    options.llc.codegen.opt_level = Some("2".into());
    options.analysis.assumptions = Assumptions::load(&dir().join("firmware.toml")).unwrap();
    options.analysis.entries = entries.iter().map(|e| e.to_string()).collect();
    options.analysis.max_stack = Some(200);
    options
}

#[test]
fn handlers_and_threads_with_roots() {
    let inputs = [dir().join("app.ll"), dir().join("irq.ll")];
    let roots = ["main", "*_Handler", "*_IRQHandler"];
    let analysis = analyze(&inputs, &options(&roots)).unwrap();
    let report = stackbound::report(&analysis);
    let totals: Vec<(&str, u64, Status)> = report
        .functions
        .iter()
        .map(|f| (f.name.as_str(), f.total, f.status))
        .collect();
    use Status::Complete;
    assert_eq!(
        totals,
        [
            ("DMA_IRQHandler", 60, Complete),
            ("SysTick_Handler", 68, Complete),
            ("UART0_IRQHandler", 92, Complete),
            ("checksum", 16, Complete),
            ("log_event", 16, Complete),
            ("main", 48, Complete),
            ("step", 32, Complete),
        ]
    );
    let interrupts = report.interrupts.as_ref().expect("handlers");
    assert_eq!(interrupts.frame, 36);
    assert_eq!(interrupts.nesting, 68 + 92);
    assert_eq!(interrupts.nesting_status, Complete);
    let uart = &report.functions[report.find("UART0_IRQHandler")[0]];
    assert_eq!(uart.interrupt_frame, Some(36));
    assert_eq!(uart.own_depth, 36 + 40);
    // The budget (200) is met by every function in scope.
    assert!(report.violations.is_empty(), "{:?}", report.violations);

    let mut text = Vec::new();
    render::text(&report, &RenderOptions::default(), &mut text).unwrap();
    let text = String::from_utf8(text).unwrap();
    assert!(
        text.contains("nested, they add at most 160 bytes")
            && text.contains("priority 1: SysTick_Handler 68 + priority 2: UART0_IRQHandler 92"),
        "{text}"
    );
}

/// Without roots the whole program is reported; without the assumptions only the handler the
/// IR marks is one, and the others are plain functions.
#[test]
fn without_roots_or_priorities() {
    let inputs = [dir().join("app.ll"), dir().join("irq.ll")];
    let mut options = options(&[]);
    options.analysis.assumptions = Assumptions::default();
    let report = stackbound::report(&analyze(&inputs, &options).unwrap());
    let total = |name: &str| report.functions[report.find(name)[0]].total;
    assert_eq!(total("unused_self_test"), 16);
    assert_eq!(total("SysTick_Handler"), 68);
    assert_eq!(total("UART0_IRQHandler"), 40 + 16);
    assert_eq!(report.interrupts.as_ref().unwrap().nesting, 68);
}

/// The same firmware linked into an ELF with its vector table (vectors.c), each module compiled
/// with the records in the object: `--entry vectors` takes the roots from the table. The reset
/// handler (`bl main` at 0, it never returns) is thread mode's root: 0 + 48 = 48. Every other
/// entry is a handler, charged the 36-byte frame: `Default_Handler` (`b .`, for NMI, HardFault,
/// SVCall and PendSV) 36 + 0 = 36, and the three above as before. Default_Handler has no
/// priority, so it is a level of its own: nesting 68 + 92 + 36 = 196.
#[test]
fn vector_table_roots_in_a_linked_binary() {
    use std::process::Command;
    use Status::Complete;
    let scratch = stackbound_tests::Scratch::new("firmware-elf");
    let mut objects = Vec::new();
    for module in ["app", "irq", "vectors"] {
        let obj = scratch.path().join(format!("{module}.o"));
        stackbound_tests::run(
            Command::new(custom_llc())
                .args([
                    "-O2",
                    "-filetype=obj",
                    "-function-sections",
                    "-stack-report-section",
                ])
                .arg(dir().join(format!("{module}.ll")))
                .arg("-o")
                .arg(&obj),
        );
        objects.push(obj);
    }
    let elf = scratch.path().join("fw.elf");
    stackbound_tests::run(
        Command::new(stackbound_tests::llvm_tool("ld.lld"))
            .args(["-e", "Reset_Handler", "--gc-sections"])
            .args(&objects)
            .arg("-o")
            .arg(&elf),
    );
    let analysis = analyze(std::slice::from_ref(&elf), &options(&["vectors"])).unwrap();
    let report = stackbound::report(&analysis);
    let total = |name: &str| {
        let f = report
            .functions
            .iter()
            .find(|f| f.name == name)
            .unwrap_or_else(|| panic!("{name} not in the report"));
        (f.total, f.status)
    };
    assert_eq!(total("Reset_Handler"), (48, Complete));
    assert_eq!(total("main"), (48, Complete));
    assert_eq!(total("Default_Handler"), (36, Complete));
    assert_eq!(total("SysTick_Handler"), (68, Complete));
    assert_eq!(total("UART0_IRQHandler"), (92, Complete));
    assert_eq!(total("DMA_IRQHandler"), (60, Complete));
    assert!(!report
        .functions
        .iter()
        .any(|f| f.name == "unused_self_test"));
    let interrupts = report.interrupts.as_ref().unwrap();
    assert_eq!(interrupts.handlers.len(), 4);
    assert_eq!(interrupts.nesting, 68 + 92 + 36);

    // Without a binary, or with an x86 one, the error says what to give instead.
    let err = analyze(&[dir().join("app.ll")], &options(&["vectors"]))
        .unwrap_err()
        .to_string();
    assert!(err.contains("exactly one linked binary"), "{err}");
}
