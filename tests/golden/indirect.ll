; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
; RUN: %llc -O2 -mtriple=aarch64-unknown-linux-gnu %s -o %t.A64.o -filetype=obj -stack-report=%t.A64.jsonl
; RUN: %filecheck %s --check-prefix=A64 < %t.A64.jsonl
;
; Indirect calls are recorded as such, with the SP depth at the call.
; x86-64:
;   indirect:      pushq %rax ; callq *%rdi   -> 8 + 8 = 16, call at 16
;   indirect_tail: jmpq *%rdi                 -> own 8, tail call at 0
; AArch64:
;   indirect:      str x30, [sp, #-16]! ; blr x0 -> 16, call at 16
;   indirect_tail: br x0                          -> own 0, tail call at 0
;
; X86: "kind":"module"
; X86: "calls":[{"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"indirect","signatures":["void ()"],"tail":false,"type_ids":[]}]{{.*}}"dynamic":false{{.*}}"name":"indirect","own_depth":16,
; X86: "calls":[{"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"indirect","signatures":["void ()"],"tail":true,"type_ids":[]}]{{.*}}"dynamic":false{{.*}}"name":"indirect_tail","own_depth":8,
; X86: "kind":"end"
; A64: "kind":"module"
; A64: "calls":[{"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"indirect","signatures":["void ()"],"tail":false,"type_ids":[]}]{{.*}}"dynamic":false{{.*}}"name":"indirect","own_depth":16,
; A64: "calls":[{"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"indirect","signatures":["void ()"],"tail":true,"type_ids":[]}]{{.*}}"dynamic":false{{.*}}"name":"indirect_tail","own_depth":0,
; A64: "kind":"end"
define void @indirect(ptr %fp) {
  call void %fp()
  ret void
}
define void @indirect_tail(ptr %fp) {
  tail call void %fp()
  ret void
}
