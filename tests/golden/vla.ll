; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
; RUN: %llc -O2 -mtriple=aarch64-unknown-linux-gnu %s -o %t.A64.o -filetype=obj -stack-report=%t.A64.jsonl
; RUN: %filecheck %s --check-prefix=A64 < %t.A64.jsonl
;
; A variable-length alloca: the frame is dynamic and must be flagged, never
; bounded. The static part is still reported (x86: 8 + push rbp = 16; AArch64:
; stp x29, x30, [sp, #-16]! = 16); `mov %rax, %rsp` / `mov sp, x0` moves SP by a
; runtime amount.
;
; X86: "kind":"module"
; X86: "dynamic":true,"flags":[{{.*}}"variable-sized-object"{{.*}}"name":"vla","own_depth":16,
; X86: "kind":"end"
; A64: "kind":"module"
; A64: "dynamic":true,"flags":[{{.*}}"variable-sized-object"{{.*}}"name":"vla","own_depth":16,
; A64: "kind":"end"
declare void @use(ptr)
define void @vla(i64 %n) {
  %a = alloca i8, i64 %n, align 16
  call void @use(ptr %a)
  ret void
}
