; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
; RUN: %llc -O2 -mtriple=aarch64-unknown-linux-gnu %s -o %t.A64.o -filetype=obj -stack-report=%t.A64.jsonl
; RUN: %filecheck %s --check-prefix=A64 < %t.A64.jsonl
;
; Tail calls are charged from the SP the callee sees, not on top of the
; caller's frame.
; x86-64:
;   tail_only:        jmp use             -> own 8 (ret addr), tail call at 0
;   tail_after_frame: subq $72, %rsp ; callq use ; addq $72, %rsp ; jmp finish
;                     own 8 + 72 = 80; use at 80; finish at 0
; AArch64:
;   tail_only:        b use               -> own 0, tail call at 0
;   tail_after_frame: sub sp, sp, #80 ; bl use ; add sp, sp, #80 ; b finish
;                     own 80; use at 80; finish at 0
;
; X86: "kind":"module"
; X86: "calls":[{"callee":"use","callee_local":false,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}]{{.*}}"dynamic":false{{.*}}"name":"tail_only","own_depth":8,
; X86: "calls":[{"callee":"use","callee_local":false,"depth":80,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"finish","callee_local":false,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}]{{.*}}"dynamic":false{{.*}}"name":"tail_after_frame","own_depth":80,
; X86: "kind":"end"
; A64: "kind":"module"
; A64: "calls":[{"callee":"use","callee_local":false,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}]{{.*}}"dynamic":false{{.*}}"name":"tail_only","own_depth":0,
; A64: "calls":[{"callee":"use","callee_local":false,"depth":80,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"finish","callee_local":false,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}]{{.*}}"dynamic":false{{.*}}"name":"tail_after_frame","own_depth":80,
; A64: "kind":"end"
declare void @use(ptr)
declare void @finish()
define void @tail_only(ptr %p) {
  tail call void @use(ptr %p)
  ret void
}
define void @tail_after_frame() {
  %a = alloca [64 x i8], align 16
  call void @use(ptr %a)
  tail call void @finish()
  ret void
}
