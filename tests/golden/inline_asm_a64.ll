; RUN: %llc -O2 -mtriple=aarch64-unknown-linux-gnu %s -o %t.A64.o -filetype=obj -stack-report=%t.A64.jsonl
; RUN: %filecheck %s --check-prefix=A64 < %t.A64.jsonl
;
; AArch64 inline asm: SP as the base of a memory operand without writeback
; does not move it; pre-index `!` and post-index `[sp], #16` do, and `bl`
; calls. `blt` is a branch, not a link.
;   a64_load: `ldr $0, [sp, #8]` -> inline-asm only
;   a64_svc: musl's `svc 0` -> inline-asm only
;   a64_blt: `cmp x0, #0; blt 1f; 1:` -> inline-asm only
;   a64_pre: `str x0, [sp, #-16]!; add sp, sp, #16` -> flagged
;   a64_post: `ldr $0, [sp], #16` -> flagged
;   a64_bl: `bl abort` -> flagged
;
; A64: "kind":"module"
; A64: "flags":["inline-asm"]{{.*}}"name":"a64_load",
; A64: "flags":["inline-asm"]{{.*}}"name":"a64_svc",
; A64: "flags":["inline-asm"]{{.*}}"name":"a64_blt",
; A64: "flags":["inline-asm","inline-asm-stack"]{{.*}}"name":"a64_pre",
; A64: "flags":["inline-asm","inline-asm-stack"]{{.*}}"name":"a64_post",
; A64: "flags":["inline-asm","inline-asm-stack"]{{.*}}"name":"a64_bl",
; A64: "kind":"end"
define i64 @a64_load() {
  %r = call i64 asm sideeffect "ldr $0, [sp, #8]", "=r"()
  ret i64 %r
}
define void @a64_svc() {
  call void asm sideeffect "svc 0", "~{memory}"()
  ret void
}
define void @a64_blt() {
  call void asm sideeffect "cmp x0, #0\0Ablt 1f\0A1:", "~{x0},~{nzcv}"()
  ret void
}
define void @a64_pre() {
  call void asm sideeffect "str x0, [sp, #-16]!\0Aadd sp, sp, #16", "~{memory}"()
  ret void
}
define i64 @a64_post() {
  %r = call i64 asm sideeffect "ldr $0, [sp], #16", "=r"()
  ret i64 %r
}
define void @a64_bl() {
  call void asm sideeffect "bl abort", "~{x30},~{memory}"()
  ret void
}
