; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
; RUN: %llc -O2 -mtriple=aarch64-unknown-linux-gnu %s -o %t.A64.o -filetype=obj -stack-report=%t.A64.jsonl
; RUN: %filecheck %s --check-prefix=A64 < %t.A64.jsonl
;
; A 4000-byte local array in a non-leaf function.
; x86-64: subq $4008, %rsp ; callq use   -> 8 + 4008 = 4016, call at 4016
; AArch64: stp x29, x30, [sp, #-16]! ; sub sp, sp, #4000 ; bl use
;                                         -> 16 + 4000 = 4016, call at 4016
;
; X86: "kind":"module"
; X86: "calls":[{"callee":"use","callee_local":false,"depth":4016,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"big_frame","own_depth":4016,
; X86: "kind":"end"
; A64: "kind":"module"
; A64: "calls":[{"callee":"use","callee_local":false,"depth":4016,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"big_frame","own_depth":4016,
; A64: "kind":"end"
declare void @use(ptr)
define void @big_frame() {
  %a = alloca [4000 x i8], align 16
  call void @use(ptr %a)
  ret void
}
