; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
;
; Inline asm can push below SP without telling the compiler. Such functions
; are flagged so the report shows a lower bound ("≥"), never a silent number.
;   asm_push: "pushq %rax; popq %rax" -> own 8 (all the pass can see), flagged
;             inline-asm-stack
;   asm_nostack: an empty asm string -> inline-asm only (no stack use)
;
; X86: "kind":"module"
; X86: "flags":["inline-asm","inline-asm-stack"]{{.*}}"name":"asm_push","own_depth":8,
; X86: "flags":["inline-asm"]{{.*}}"name":"asm_nostack","own_depth":8,
; X86: "kind":"end"
define void @asm_push() {
  call void asm sideeffect "pushq %rax; popq %rax", ""()
  ret void
}
define void @asm_nostack() {
  call void asm sideeffect "", ""()
  ret void
}
