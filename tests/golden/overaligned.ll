; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
; RUN: %llc -O2 -mtriple=aarch64-unknown-linux-gnu %s -o %t.A64.o -filetype=obj -stack-report=%t.A64.jsonl
; RUN: %filecheck %s --check-prefix=A64 < %t.A64.jsonl
;
; A 64-byte-aligned local: the prologue ANDs SP with a mask, which may move
; it down by up to 64 - 16 bytes (S0 is 16-byte aligned by the ABI).
; x86-64: pushq %rbp (SP = S0-16, 16-aligned) ; andq $-64, %rsp (<= 48 more)
;         ; subq $64, %rsp                    -> 16 + 48 + 64 = 128, call at 128
; AArch64: stp x29, x30, [sp, #-16]! ; sub x9, sp, #48 (x9 = S0-64)
;         ; and sp, x9, #~63 (<= 48 more)      -> 64 + 48 = 112, call at 112
;
; X86: "kind":"module"
; X86: "calls":[{"callee":"use","callee_local":false,"depth":128,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"flags":["realigned"]{{.*}}"name":"overaligned","own_depth":128,
; X86: "kind":"end"
; A64: "kind":"module"
; A64: "calls":[{"callee":"use","callee_local":false,"depth":112,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"flags":["realigned"]{{.*}}"name":"overaligned","own_depth":112,
; A64: "kind":"end"
declare void @use(ptr)
define void @overaligned() {
  %a = alloca [16 x i8], align 64
  call void @use(ptr %a)
  ret void
}
