//! `llvm-objdump -dr --no-show-raw-insn` output, parsed into function symbols, their
//! instructions, relocations and call instructions. Shared by `tests/tests/census.rs` (every call
//! instruction is a recorded call site) and `tests/tests/sp_check.rs` (SP depths from the
//! disassembly). Written from objdump's text alone, independent of the pass.

use std::collections::BTreeSet;

use stackbound_core::records::{CallRecord, FunctionRecord};

/// The target of a disassembly (from objdump's `file format` line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arch {
    X86_64,
    AArch64,
    /// ARM and Thumb (one ELF machine).
    Arm,
    RiscV,
    Other,
}

/// One instruction line.
#[derive(Debug, Clone)]
pub struct Insn {
    pub addr: u64,
    /// The instruction as objdump printed it (prefixes and comment included).
    pub text: String,
    /// Prefixes objdump printed before the mnemonic (`data16`, `rex64`, `notrack`, ...).
    pub prefixes: Vec<String>,
    pub mnemonic: String,
    /// The operand text, without objdump's trailing comment (`# imm = 0x140`, `// =64`).
    pub operands: String,
    /// `0x48 <caller+0x28>`: the branch/call target objdump resolved, and its label.
    pub target: Option<u64>,
    pub label: Option<String>,
    /// The relocations printed after the instruction: (type, symbol with addend).
    pub relocs: Vec<(String, String)>,
}

/// One call instruction from the disassembly.
#[derive(Debug, Clone)]
pub struct CallInsn {
    pub addr: u64,
    pub text: String,
    /// The callee's name where the disassembly names it.
    pub name: Option<String>,
    /// A call to an address inside its own function, without a relocation.
    pub intra: bool,
    /// RISC-V's save/restore millicode: a call to `__riscv_save_N` that links `t0` (the
    /// psABI's alternate link register). It allocates the caller's register-save area, so the
    /// pass walks it as an SP adjustment, not as a call site.
    pub frame_helper: bool,
}

/// One function symbol (or several at the same address): its instructions and calls.
#[derive(Debug, Clone)]
pub struct DisFunction {
    pub names: Vec<String>,
    pub section: String,
    pub arch: Arch,
    pub start: u64,
    /// Where the next symbol of the same section starts (`u64::MAX` for the last one).
    pub end: u64,
    pub insns: Vec<Insn>,
    pub calls: Vec<CallInsn>,
}

pub const X86_CALLS: &[&str] = &["call", "callq"];
pub const A64_CALLS: &[&str] = &["bl", "blr", "blraa", "blrab", "blraaz", "blrabz"];
/// ARM and Thumb calls: `bl`, `blx` (to a label or a register), unconditional or, in ARM mode and
/// IT blocks, with a condition code (`blne`; not `blt`, `ble`, `bls`, `blo`: those are `b` with
/// a condition).
pub const ARM_CALLS: &[&str] = &["bl", "blx"];
pub const ARM_CONDITIONS: &[&str] = &[
    "eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le",
];
/// Prefixes objdump prints before a mnemonic (the GD TLS sequence pads its call with
/// `data16 data16 rex64`; CET adds `notrack`, retpoline variants a `cs` prefix).
pub const PREFIXES: &[&str] = &["data16", "rex64", "rex", "notrack", "cs", "ds", "lock"];
/// Relocations whose symbol is the callee (direct, PLT, or through the GOT slot).
pub const CALLEE_RELOCS: &[&str] = &[
    "R_X86_64_PLT32",
    "R_X86_64_PC32",
    "R_X86_64_GOTPCREL",
    "R_X86_64_GOTPCRELX",
    "R_X86_64_REX_GOTPCRELX",
    "R_AARCH64_CALL26",
    "R_ARM_CALL",
    "R_ARM_THM_CALL",
    // RISC-V: on the `auipc` of the `auipc`+`jalr` pair; the parser moves it to the `jalr`.
    "R_RISCV_CALL_PLT",
    "R_RISCV_CALL",
    "R_RISCV_JAL",
];

pub fn parse_hex(s: &str) -> Option<u64> {
    u64::from_str_radix(s.trim_start_matches("0x"), 16).ok()
}

/// `sym-0x4` / `sym+0x10` -> `sym`.
pub fn strip_addend(s: &str) -> &str {
    for sep in ["-0x", "+0x"] {
        if let Some(i) = s.rfind(sep) {
            if s[i + 3..].chars().all(|c| c.is_ascii_hexdigit()) && i > 0 {
                return &s[..i];
            }
        }
    }
    s
}

impl DisFunction {
    /// `insn` targets an address inside this function (past its entry) without a relocation:
    /// a call there is no call site (a retpoline thunk calls into itself).
    pub fn calls_into_itself(&self, insn: &Insn) -> bool {
        insn.relocs.is_empty() && insn.target.is_some_and(|t| t > self.start && t < self.end)
    }
}

impl Insn {
    pub fn is_call(&self, arch: Arch) -> bool {
        let m = self.mnemonic.as_str();
        match arch {
            Arch::X86_64 => X86_CALLS.contains(&m),
            Arch::AArch64 => A64_CALLS.contains(&m),
            Arch::Arm => ARM_CALLS.iter().any(|call| {
                m.strip_prefix(call)
                    .is_some_and(|cc| cc.is_empty() || ARM_CONDITIONS.contains(&cc))
            }),
            Arch::RiscV => self.riscv_link().is_some_and(|link| link != "zero"),
            Arch::Other => X86_CALLS.contains(&m) || A64_CALLS.contains(&m),
        }
    }

    /// The link register of a RISC-V `jal`/`jalr` (`c.jal`/`c.jalr` print the same): the first
    /// of two or more operands, else `ra` (`jalr s4` is `jalr ra, 0(s4)`). `jr`, `j` and `ret`
    /// link nothing.
    pub fn riscv_link(&self) -> Option<&str> {
        if !matches!(self.mnemonic.as_str(), "jal" | "jalr" | "c.jal" | "c.jalr") {
            return None;
        }
        let operands: Vec<&str> = self.operands.split(',').map(str::trim).collect();
        Some(if operands.len() >= 2 {
            operands[0]
        } else {
            "ra"
        })
    }
    /// The symbol of the first relocation whose type names a callee (not a section symbol).
    pub fn callee_reloc(&self) -> Option<&str> {
        let (ty, sym) = self.relocs.first()?;
        let sym = strip_addend(sym.trim());
        (CALLEE_RELOCS.contains(&ty.as_str()) && !sym.starts_with('.')).then_some(sym)
    }
}

/// Parses `llvm-objdump -dr --no-show-raw-insn` output into functions, instructions and calls.
pub fn parse_disassembly(text: &str) -> Vec<DisFunction> {
    let mut funcs: Vec<DisFunction> = Vec::new();
    let mut section = String::new();
    let mut arch = Arch::Other;
    for line in text.lines() {
        if let Some(fmt) = line.split_once("file format ").map(|(_, f)| f.trim()) {
            arch = if fmt.contains("x86-64") {
                Arch::X86_64
            } else if fmt.contains("aarch64") {
                Arch::AArch64
            } else if fmt.contains("littlearm") || fmt.contains("bigarm") {
                Arch::Arm
            } else if fmt.contains("riscv") {
                Arch::RiscV
            } else {
                Arch::Other
            };
            continue;
        }
        if let Some(rest) = line.strip_prefix("Disassembly of section ") {
            section = rest.trim_end_matches(':').to_string();
            continue;
        }
        // `0000000000000010 <name>:`
        if let Some((addr, rest)) = line.split_once(" <") {
            if let (Some(a), Some(name)) = (
                parse_hex(addr).filter(|_| !addr.starts_with(char::is_whitespace)),
                rest.strip_suffix(">:"),
            ) {
                match funcs.last_mut() {
                    Some(f) if f.insns.is_empty() && f.start == a && f.section == section => {
                        f.names.push(name.to_string())
                    }
                    _ => funcs.push(DisFunction {
                        names: vec![name.to_string()],
                        section: section.clone(),
                        arch,
                        start: a,
                        end: u64::MAX,
                        insns: Vec::new(),
                        calls: Vec::new(),
                    }),
                }
                continue;
            }
        }
        let trimmed = line.trim_start();
        if trimmed.len() == line.len() {
            continue;
        }
        let Some((addr, body)) = trimmed.split_once(':') else {
            continue;
        };
        let Some(addr) = parse_hex(addr) else {
            continue;
        };
        let body = body.trim();
        let Some(f) = funcs.last_mut() else {
            continue;
        };
        if body.starts_with("R_") {
            // A relocation line: `R_X86_64_PLT32	use-0x4`, after its instruction.
            let mut it = body.split_whitespace();
            let ty = it.next().unwrap_or("").to_string();
            let sym = it.collect::<Vec<_>>().join(" ");
            if let Some(i) = f.insns.last_mut() {
                i.relocs.push((ty, sym));
            }
            continue;
        }
        // Drop objdump's comment: `# imm = 0x140` (x86; `#` starts AArch64 immediates) and
        // `// =64` (AArch64).
        let code = match body.find("//") {
            Some(i) => &body[..i],
            None => body,
        };
        let code = match (arch, code.find('#')) {
            (Arch::X86_64, Some(i)) => &code[..i],
            _ => code,
        };
        let mut toks = code.split_whitespace().peekable();
        let mut prefixes = Vec::new();
        while let Some(t) = toks.peek().filter(|t| PREFIXES.contains(t)) {
            prefixes.push(t.to_string());
            toks.next();
        }
        let mnemonic = toks.next().unwrap_or("").to_string();
        let operands = toks.collect::<Vec<_>>().join(" ");
        // `0x48 <caller+0x28>` for a branch or call objdump resolved (or a placeholder).
        let (target, label) = match operands.rsplit_once(" <") {
            Some((t, l)) => (
                parse_hex(t.rsplit([' ', ',']).next().unwrap_or("")),
                l.strip_suffix('>').map(str::to_string),
            ),
            None => (None, None),
        };
        f.insns.push(Insn {
            addr,
            text: body.to_string(),
            prefixes,
            mnemonic,
            operands,
            target,
            label,
            relocs: Vec::new(),
        });
    }
    // A function ends where the next one in its section starts.
    for i in 0..funcs.len() {
        if let Some(n) = funcs.get(i + 1).filter(|n| n.section == funcs[i].section) {
            funcs[i].end = n.start;
        }
    }
    for f in &mut funcs {
        if f.arch == Arch::RiscV {
            // A call is `auipc ra, 0` (holding the relocation) then `jalr ra`: the relocation
            // names the `jalr`'s callee.
            for i in 1..f.insns.len() {
                if f.insns[i - 1].mnemonic == "auipc" && f.insns[i].is_call(Arch::RiscV) {
                    let relocs = std::mem::take(&mut f.insns[i - 1].relocs);
                    f.insns[i].relocs.extend(relocs);
                }
            }
        }
        let arch = f.arch;
        let calls = f
            .insns
            .iter()
            .filter(|i| i.is_call(arch))
            .map(|c| {
                let intra = f.calls_into_itself(c);
                let name = match c.relocs.first() {
                    Some(_) => c.callee_reloc().map(str::to_string),
                    None if intra => None,
                    None => c.label.as_ref().filter(|l| !l.contains("+0x")).cloned(),
                };
                let frame_helper = arch == Arch::RiscV
                    && c.riscv_link() == Some("t0")
                    && name
                        .as_deref()
                        .is_some_and(|n| n.starts_with("__riscv_save_"));
                CallInsn {
                    addr: c.addr,
                    text: c.text.clone(),
                    name,
                    intra,
                    frame_helper,
                }
            })
            .collect();
        f.calls = calls;
    }
    funcs
}

// ---------------------------------------------------------------------------------------------
// Pairing call instructions with a function record's call sites
// ---------------------------------------------------------------------------------------------

/// A function record's non-tail call sites, grouped by the instruction they come from (records
/// with the same `index` are one instruction: a retpoline/SLS thunk call is the thunk plus the
/// indirect callee behind it).
pub fn record_call_groups(rec: &FunctionRecord) -> Vec<Vec<&CallRecord>> {
    let mut groups: Vec<Vec<&CallRecord>> = Vec::new();
    for c in rec.calls.iter().filter(|c| !c.tail) {
        match groups.last_mut() {
            Some(g) if g[0].index == c.index => g.push(c),
            _ => groups.push(vec![c]),
        }
    }
    groups
}

/// What one recorded call group stands for in the disassembly.
pub enum Unit<'a> {
    /// A call instruction.
    Call(&'a CallInsn),
    /// A `bl` to an absorbed outlined function (flag `outlined-absorbed`), which the record
    /// replaces by that function's own calls: its name and how many calls it makes.
    Absorbed(&'a str, usize),
}

/// The call instructions of `f` (calls into `f` itself left out) as the units that pair one for
/// one, in order, with [`record_call_groups`] of its record.
pub fn call_units<'a>(
    f: &'a DisFunction,
    rec: &FunctionRecord,
    funcs: &'a [DisFunction],
) -> Vec<Unit<'a>> {
    let recorded: BTreeSet<&str> = record_call_groups(rec)
        .into_iter()
        .flatten()
        .filter_map(|c| c.callee.as_deref())
        .collect();
    let absorbing = rec.flags.iter().any(|f| f == "outlined-absorbed");
    let dis_by_name = |n: &str| funcs.iter().find(|f| f.names.iter().any(|m| m == n));
    let mut units = Vec::new();
    for c in f.calls.iter().filter(|c| !c.intra && !c.frame_helper) {
        match c.name.as_deref() {
            Some(n)
                if absorbing && n.starts_with("OUTLINED_FUNCTION_") && !recorded.contains(n) =>
            {
                let k = dis_by_name(n).map_or(0, |o| o.calls.iter().filter(|c| !c.intra).count());
                if k > 0 {
                    units.push(Unit::Absorbed(n, k));
                }
            }
            _ => units.push(Unit::Call(c)),
        }
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_objdump_calls() {
        let text = [
            "x.o:\tfile format elf64-x86-64",
            "",
            "Disassembly of section .text:",
            "",
            "0000000000000000 <get_tv>:",
            "       0:      \tpushq\t%rax",
            "       1:      \tleaq\t(%rip), %rdi",
            "\t\t0000000000000004:  R_X86_64_TLSGD\ttv-0x4",
            "       8:      \tdata16 data16 rex64 callq\t0x11 <get_tv+0x11>",
            "\t\t000000000000000c:  R_X86_64_PLT32\t__tls_get_addr-0x4",
            "      11:      \tcallq\t*(%rax)",
            "\t\t0000000000000011:  R_X86_64_TLSDESC_CALL\ttv",
            "      13:      \tcallq\t0x20 <helper>",
            "      18:      \tcallq\t0x1d <get_tv+0x1d>",
            "      1d:      \tretq",
            "",
            "0000000000000020 <helper>:",
            "0000000000000020 <helper_alias>:",
            "      20:      \tsubq\t$0x140, %rsp            # imm = 0x140",
            "      27:      \tretq",
            "",
            "Disassembly of section .text.thunk:",
            "",
            "0000000000000000 <__llvm_retpoline_r11>:",
            "       0:      \tcallq\t0x10 <__llvm_retpoline_r11+0x10>",
            "      10:      \tretq",
        ]
        .join("\n");
        let f = parse_disassembly(&text);
        assert_eq!(f.len(), 3);
        assert_eq!(f[0].names, ["get_tv"]);
        assert_eq!(f[0].arch, Arch::X86_64);
        let names: Vec<_> = f[0]
            .calls
            .iter()
            .map(|c| (c.name.clone(), c.intra))
            .collect();
        assert_eq!(
            names,
            [
                (Some("__tls_get_addr".to_string()), false),
                (None, false),
                (Some("helper".to_string()), false),
                (None, true),
            ]
        );
        assert_eq!(f[0].insns[2].prefixes, ["data16", "data16", "rex64"]);
        assert_eq!(f[0].insns[2].target, Some(0x11));
        assert_eq!(f[1].names, ["helper", "helper_alias"]);
        assert!(f[1].calls.is_empty());
        assert_eq!(
            f[1].insns[0].operands, "$0x140, %rsp",
            "the comment is dropped"
        );
        assert_eq!((f[0].end, f[1].start, f[1].end), (0x20, 0x20, u64::MAX));
        assert_eq!(f[2].section, ".text.thunk");
        assert!(
            f[2].calls[0].intra,
            "the last function of a section still ends at its section's end"
        );
        assert_eq!(strip_addend("use-0x4"), "use");
    }

    #[test]
    fn parses_aarch64_operands() {
        let text = [
            "x.o:\tfile format elf64-littleaarch64",
            "Disassembly of section .text:",
            "0000000000000000 <f>:",
            "       0:      \tsub\tsp, sp, #0x1, lsl #12   // =0x1000",
            "       4:      \tb.ne\t0x0 <f>",
            "       8:      \tbl\t0x8 <f+0x8>",
            "\t\t0000000000000008:  R_AARCH64_CALL26\tsink",
        ]
        .join("\n");
        let f = parse_disassembly(&text);
        assert_eq!(f[0].arch, Arch::AArch64);
        assert_eq!(f[0].insns[0].operands, "sp, sp, #0x1, lsl #12");
        assert_eq!(
            (f[0].insns[1].mnemonic.as_str(), f[0].insns[1].target),
            ("b.ne", Some(0))
        );
        assert_eq!(f[0].calls[0].name.as_deref(), Some("sink"));
    }

    #[test]
    fn parses_arm_and_riscv_calls() {
        let arm = [
            "a.o:\tfile format elf32-littlearm",
            "Disassembly of section .text:",
            "00000000 <f>:",
            "       0:      \tpush\t{r7, lr}",
            "       2:      \tbl\t0x2 <f+0x2> @ imm = #-0x4",
            "\t\t\t00000002:  R_ARM_THM_CALL\t__aeabi_ldivmod",
            "       6:      \tblx\tr4",
            "       8:      \tblt\t0x2 <f+0x2> @ imm = #-0xa",
            "       a:      \tblne\t0x20 <g>",
            "       e:      \tb.w\t0xe <f+0xe> @ imm = #-0x4",
            "\t\t\t0000000e:  R_ARM_THM_JUMP24\tg",
            "00000020 <g>:",
            "      20:      \tbx\tlr",
        ]
        .join("\n");
        let f = parse_disassembly(&arm);
        assert_eq!(f[0].arch, Arch::Arm);
        let calls: Vec<(Option<&str>, &str)> = f[0]
            .calls
            .iter()
            .map(|c| (c.name.as_deref(), c.text.as_str()))
            .collect();
        // bl (named by its relocation), blx r4 (indirect), blne (conditional call, named by
        // objdump); blt is a branch, b.w a tail call.
        assert_eq!(calls.len(), 3, "{calls:?}");
        assert_eq!(calls[0].0, Some("__aeabi_ldivmod"));
        assert_eq!(calls[1].0, None);
        assert_eq!(calls[2].0, Some("g"));

        let riscv = [
            "r.o:\tfile format elf32-littleriscv",
            "Disassembly of section .text:",
            "00000000 <f>:",
            "       0:      \tauipc\tt0, 0x0",
            "\t\t\t00000000:  R_RISCV_CALL_PLT\t__riscv_save_2",
            "\t\t\t00000000:  R_RISCV_RELAX\t*ABS*",
            "       4:      \tjalr\tt0, t0 <f>",
            "       8:      \tauipc\tra, 0x0",
            "\t\t\t00000008:  R_RISCV_CALL_PLT\tmemcpy",
            "       c:      \tjalr\tra <f+0x8>",
            "      10:      \tjalr\ts4",
            "      12:      \tjr\ta5",
            "      14:      \tauipc\tt1, 0x0",
            "\t\t\t00000014:  R_RISCV_CALL_PLT\t__riscv_restore_2",
            "      18:      \tjr\tt1 <f+0x14>",
        ]
        .join("\n");
        let f = parse_disassembly(&riscv);
        assert_eq!(f[0].arch, Arch::RiscV);
        let names: Vec<Option<&str>> = f[0].calls.iter().map(|c| c.name.as_deref()).collect();
        // The save libcall links through t0 (a frame helper, no call site); jr/tail jumps link
        // nothing.
        assert_eq!(names, [Some("__riscv_save_2"), Some("memcpy"), None]);
        let helpers: Vec<bool> = f[0].calls.iter().map(|c| c.frame_helper).collect();
        assert_eq!(helpers, [true, false, false]);
        assert!(f[0].calls.iter().all(|c| !c.intra));
    }
}
