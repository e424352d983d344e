; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
;
; Inline asm can push below SP without telling the compiler. Such functions
; are flagged so the report shows a lower bound ("≥"), never a silent number.
; The text is read statement by statement: a mnemonic that moves SP or calls,
; or SP named other than as a memory operand's base, flags it; a word inside
; another (`syscall`'s "call") or `(%rsp)` as an address does not.
;   asm_push: "pushq %rax; popq %rax" -> own 8 (all the pass can see), flagged
;             inline-asm-stack
;   asm_nostack: an empty asm string -> inline-asm only (no stack use)
;   asm_syscall: musl's `syscall` -> inline-asm only
;   asm_barrier: musl's `lock ; orl $0,(%rsp)` -> inline-asm only
;   asm_rsp_read: `movq %rsp, %rax` names SP as a register -> flagged
;   asm_call: `1: call *%rax` after a label -> flagged
;
; X86: "kind":"module"
; X86: "flags":["inline-asm","inline-asm-stack"]{{.*}}"name":"asm_push","own_depth":8,
; X86: "flags":["inline-asm"]{{.*}}"name":"asm_nostack","own_depth":8,
; X86: "flags":["inline-asm"]{{.*}}"name":"asm_syscall","own_depth":8,
; X86: "flags":["inline-asm"]{{.*}}"name":"asm_barrier","own_depth":8,
; X86: "flags":["inline-asm","inline-asm-stack"]{{.*}}"name":"asm_rsp_read",
; X86: "flags":["inline-asm","inline-asm-stack"]{{.*}}"name":"asm_call",
; X86: "kind":"end"
define void @asm_push() {
  call void asm sideeffect "pushq %rax; popq %rax", ""()
  ret void
}
define void @asm_nostack() {
  call void asm sideeffect "", ""()
  ret void
}
define i64 @asm_syscall(i64 %n) {
  %r = call i64 asm sideeffect "syscall", "={ax},{ax},~{rcx},~{r11},~{memory}"(i64 %n)
  ret i64 %r
}
define void @asm_barrier() {
  call void asm sideeffect "lock ; orl $$0,(%rsp)", "~{memory}"()
  ret void
}
define i64 @asm_rsp_read() {
  %r = call i64 asm sideeffect "movq %rsp, $0", "=r"()
  ret i64 %r
}
define void @asm_call(ptr %f) {
  call void asm sideeffect "1: call *$0", "r,~{memory}"(ptr %f)
  ret void
}
